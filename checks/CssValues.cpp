#include "CssValues.h"

#include "CssMedia.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace xj {

namespace {

// CSS Color Level 4 named colours.
const QHash<QString, quint32> &namedColors()
{
    static const QHash<QString, quint32> table = {
        {"aliceblue", 0xf0f8ff}, {"antiquewhite", 0xfaebd7}, {"aqua", 0x00ffff}, {"aquamarine", 0x7fffd4},
        {"azure", 0xf0ffff}, {"beige", 0xf5f5dc}, {"bisque", 0xffe4c4}, {"black", 0x000000},
        {"blanchedalmond", 0xffebcd}, {"blue", 0x0000ff}, {"blueviolet", 0x8a2be2}, {"brown", 0xa52a2a},
        {"burlywood", 0xdeb887}, {"cadetblue", 0x5f9ea0}, {"chartreuse", 0x7fff00}, {"chocolate", 0xd2691e},
        {"coral", 0xff7f50}, {"cornflowerblue", 0x6495ed}, {"cornsilk", 0xfff8dc}, {"crimson", 0xdc143c},
        {"cyan", 0x00ffff}, {"darkblue", 0x00008b}, {"darkcyan", 0x008b8b}, {"darkgoldenrod", 0xb8860b},
        {"darkgray", 0xa9a9a9}, {"darkgreen", 0x006400}, {"darkgrey", 0xa9a9a9}, {"darkkhaki", 0xbdb76b},
        {"darkmagenta", 0x8b008b}, {"darkolivegreen", 0x556b2f}, {"darkorange", 0xff8c00}, {"darkorchid", 0x9932cc},
        {"darkred", 0x8b0000}, {"darksalmon", 0xe9967a}, {"darkseagreen", 0x8fbc8f}, {"darkslateblue", 0x483d8b},
        {"darkslategray", 0x2f4f4f}, {"darkslategrey", 0x2f4f4f}, {"darkturquoise", 0x00ced1}, {"darkviolet", 0x9400d3},
        {"deeppink", 0xff1493}, {"deepskyblue", 0x00bfff}, {"dimgray", 0x696969}, {"dimgrey", 0x696969},
        {"dodgerblue", 0x1e90ff}, {"firebrick", 0xb22222}, {"floralwhite", 0xfffaf0}, {"forestgreen", 0x228b22},
        {"fuchsia", 0xff00ff}, {"gainsboro", 0xdcdcdc}, {"ghostwhite", 0xf8f8ff}, {"gold", 0xffd700},
        {"goldenrod", 0xdaa520}, {"gray", 0x808080}, {"green", 0x008000}, {"greenyellow", 0xadff2f},
        {"grey", 0x808080}, {"honeydew", 0xf0fff0}, {"hotpink", 0xff69b4}, {"indianred", 0xcd5c5c},
        {"indigo", 0x4b0082}, {"ivory", 0xfffff0}, {"khaki", 0xf0e68c}, {"lavender", 0xe6e6fa},
        {"lavenderblush", 0xfff0f5}, {"lawngreen", 0x7cfc00}, {"lemonchiffon", 0xfffacd}, {"lightblue", 0xadd8e6},
        {"lightcoral", 0xf08080}, {"lightcyan", 0xe0ffff}, {"lightgoldenrodyellow", 0xfafad2}, {"lightgray", 0xd3d3d3},
        {"lightgreen", 0x90ee90}, {"lightgrey", 0xd3d3d3}, {"lightpink", 0xffb6c1}, {"lightsalmon", 0xffa07a},
        {"lightseagreen", 0x20b2aa}, {"lightskyblue", 0x87cefa}, {"lightslategray", 0x778899}, {"lightslategrey", 0x778899},
        {"lightsteelblue", 0xb0c4de}, {"lightyellow", 0xffffe0}, {"lime", 0x00ff00}, {"limegreen", 0x32cd32},
        {"linen", 0xfaf0e6}, {"magenta", 0xff00ff}, {"maroon", 0x800000}, {"mediumaquamarine", 0x66cdaa},
        {"mediumblue", 0x0000cd}, {"mediumorchid", 0xba55d3}, {"mediumpurple", 0x9370db}, {"mediumseagreen", 0x3cb371},
        {"mediumslateblue", 0x7b68ee}, {"mediumspringgreen", 0x00fa9a}, {"mediumturquoise", 0x48d1cc},
        {"mediumvioletred", 0xc71585}, {"midnightblue", 0x191970}, {"mintcream", 0xf5fffa}, {"mistyrose", 0xffe4e1},
        {"moccasin", 0xffe4b5}, {"navajowhite", 0xffdead}, {"navy", 0x000080}, {"oldlace", 0xfdf5e6},
        {"olive", 0x808000}, {"olivedrab", 0x6b8e23}, {"orange", 0xffa500}, {"orangered", 0xff4500},
        {"orchid", 0xda70d6}, {"palegoldenrod", 0xeee8aa}, {"palegreen", 0x98fb98}, {"paleturquoise", 0xafeeee},
        {"palevioletred", 0xdb7093}, {"papayawhip", 0xffefd5}, {"peachpuff", 0xffdab9}, {"peru", 0xcd853f},
        {"pink", 0xffc0cb}, {"plum", 0xdda0dd}, {"powderblue", 0xb0e0e6}, {"purple", 0x800080},
        {"rebeccapurple", 0x663399}, {"red", 0xff0000}, {"rosybrown", 0xbc8f8f}, {"royalblue", 0x4169e1},
        {"saddlebrown", 0x8b4513}, {"salmon", 0xfa8072}, {"sandybrown", 0xf4a460}, {"seagreen", 0x2e8b57},
        {"seashell", 0xfff5ee}, {"sienna", 0xa0522d}, {"silver", 0xc0c0c0}, {"skyblue", 0x87ceeb},
        {"slateblue", 0x6a5acd}, {"slategray", 0x708090}, {"slategrey", 0x708090}, {"snow", 0xfffafa},
        {"springgreen", 0x00ff7f}, {"steelblue", 0x4682b4}, {"tan", 0xd2b48c}, {"teal", 0x008080},
        {"thistle", 0xd8bfd8}, {"tomato", 0xff6347}, {"turquoise", 0x40e0d0}, {"violet", 0xee82ee},
        {"wheat", 0xf5deb3}, {"white", 0xffffff}, {"whitesmoke", 0xf5f5f5}, {"yellow", 0xffff00},
        {"yellowgreen", 0x9acd32},
    };
    return table;
}

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

std::optional<CssColor> fromHex(const QString &hex)
{
    for (const QChar c : hex)
        if (hexValue(c) < 0)
            return std::nullopt;
    auto pair = [&](int i) { return hexValue(hex.at(i)) * 16 + hexValue(hex.at(i + 1)); };
    auto twice = [&](int i) { return hexValue(hex.at(i)) * 17; };
    switch (hex.size()) {
    case 3: return CssColor {twice(0), twice(1), twice(2), 1};
    case 4: return CssColor {twice(0), twice(1), twice(2), twice(3) / 255.0};
    case 6: return CssColor {pair(0), pair(2), pair(4), 1};
    case 8: return CssColor {pair(0), pair(2), pair(4), pair(6) / 255.0};
    default: return std::nullopt;
    }
}

int clampChannel(double v)
{
    return int(std::lround(std::clamp(v, 0.0, 255.0)));
}

// The arguments of rgb()/hsl(): commas, spaces and the "/ alpha" separator all just separate.
CssTokens functionArguments(const CssTokens &value)
{
    CssTokens args;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const CssToken &t = value.at(i);
        if (t.is(CssToken::RightParen))
            break;
        if (t.is(CssToken::Comma) || t.is(CssToken::Whitespace) || t.isDelim(QLatin1Char('/')))
            continue;
        args.append(t);
    }
    return args;
}

std::optional<double> alphaOf(const CssTokens &args, int index)
{
    if (args.size() <= index)
        return 1.0;
    const CssToken &a = args.at(index);
    if (a.is(CssToken::Number))
        return std::clamp(a.number, 0.0, 1.0);
    if (a.is(CssToken::Percentage))
        return std::clamp(a.number / 100.0, 0.0, 1.0);
    return std::nullopt;
}

std::optional<CssColor> rgbFunction(const CssTokens &value)
{
    const CssTokens args = functionArguments(value);
    if (args.size() < 3 || args.size() > 4)
        return std::nullopt;
    int channels[3];
    for (int i = 0; i < 3; ++i) {
        const CssToken &a = args.at(i);
        if (a.is(CssToken::Number))
            channels[i] = clampChannel(a.number);
        else if (a.is(CssToken::Percentage))
            channels[i] = clampChannel(a.number * 2.55);
        else
            return std::nullopt;
    }
    const auto alpha = alphaOf(args, 3);
    if (!alpha)
        return std::nullopt;
    return CssColor {channels[0], channels[1], channels[2], *alpha};
}

std::optional<CssColor> hslFunction(const CssTokens &value)
{
    const CssTokens args = functionArguments(value);
    if (args.size() < 3 || args.size() > 4)
        return std::nullopt;
    const CssToken &h = args.at(0);
    double hue = 0;
    if (h.is(CssToken::Number) || (h.is(CssToken::Dimension) && h.value == QLatin1String("deg")))
        hue = h.number;
    else if (h.is(CssToken::Dimension) && h.value == QLatin1String("turn"))
        hue = h.number * 360;
    else if (h.is(CssToken::Dimension) && h.value == QLatin1String("rad"))
        hue = h.number * 180 / M_PI;
    else
        return std::nullopt;
    if (!args.at(1).is(CssToken::Percentage) && !args.at(1).is(CssToken::Number))
        return std::nullopt;
    if (!args.at(2).is(CssToken::Percentage) && !args.at(2).is(CssToken::Number))
        return std::nullopt;
    const double s = std::clamp(args.at(1).number / 100.0, 0.0, 1.0);
    const double l = std::clamp(args.at(2).number / 100.0, 0.0, 1.0);
    const auto alpha = alphaOf(args, 3);
    if (!alpha)
        return std::nullopt;
    hue = std::fmod(std::fmod(hue, 360.0) + 360.0, 360.0);
    // CSS Color 4 §7.1 hslToRgb.
    auto f = [&](double n) {
        const double k = std::fmod(n + hue / 30.0, 12.0);
        const double a = s * std::min(l, 1 - l);
        return l - a * std::max(-1.0, std::min({k - 3, 9 - k, 1.0}));
    };
    return CssColor {clampChannel(f(0) * 255), clampChannel(f(8) * 255), clampChannel(f(4) * 255), *alpha};
}

} // namespace

QString CssColor::name() const
{
    if (isOpaque())
        return QStringLiteral("#%1%2%3").arg(r, 2, 16, QLatin1Char('0')).arg(g, 2, 16, QLatin1Char('0')).arg(b, 2, 16, QLatin1Char('0'));
    return QStringLiteral("rgba(%1, %2, %3, %4)").arg(r).arg(g).arg(b).arg(alpha);
}

CssColor CssColor::over(const CssColor &below) const
{
    if (isOpaque())
        return *this;
    auto mix = [&](int top, int bottom) { return clampChannel(top * alpha + bottom * (1 - alpha)); };
    return CssColor {mix(r, below.r), mix(g, below.g), mix(b, below.b), 1};
}

bool CssColor::looksLike(const CssColor &other, int tolerance) const
{
    return std::abs(r - other.r) <= tolerance && std::abs(g - other.g) <= tolerance && std::abs(b - other.b) <= tolerance;
}

std::optional<double> CssValues::lengthPx(const CssToken &t, double fontSizePx, double percentBase)
{
    if (t.is(CssToken::Number))
        return t.number == 0 ? std::optional<double>(0) : std::nullopt;
    if (t.is(CssToken::Percentage)) {
        if (t.number == 0)
            return 0.0;
        return percentBase < 0 ? std::nullopt : std::optional<double>(t.number * percentBase / 100.0);
    }
    if (!t.is(CssToken::Dimension))
        return std::nullopt;
    const QString &u = t.value;
    const double n = t.number;
    if (u == QLatin1String("px"))
        return n;
    if (u == QLatin1String("pt"))
        return n * 96.0 / 72.0;
    if (u == QLatin1String("pc"))
        return n * 16.0;
    if (u == QLatin1String("in"))
        return n * 96.0;
    if (u == QLatin1String("cm"))
        return n * 96.0 / 2.54;
    if (u == QLatin1String("mm"))
        return n * 96.0 / 25.4;
    if (u == QLatin1String("q"))
        return n * 96.0 / 101.6;
    if (u == QLatin1String("em"))
        return n * fontSizePx;
    if (u == QLatin1String("ex") || u == QLatin1String("ch"))
        return n * fontSizePx / 2.0;
    if (u == QLatin1String("rem"))
        return n * kRootFontSize;
    if (u == QLatin1String("vw"))
        return n * CssMedia::kViewportWidth / 100.0;
    if (u == QLatin1String("vh"))
        return n * CssMedia::kViewportHeight / 100.0;
    if (u == QLatin1String("vmin"))
        return n * std::min(CssMedia::kViewportWidth, CssMedia::kViewportHeight) / 100.0;
    if (u == QLatin1String("vmax"))
        return n * std::max(CssMedia::kViewportWidth, CssMedia::kViewportHeight) / 100.0;
    return std::nullopt;
}

std::optional<double> CssValues::lengthPx(const CssTokens &value, double fontSizePx, double percentBase)
{
    const CssTokens s = significant(value);
    if (s.size() != 1)
        return std::nullopt;
    return lengthPx(s.first(), fontSizePx, percentBase);
}

std::optional<CssColor> CssValues::color(const CssTokens &value, const CssColor &current)
{
    const CssTokens s = significant(value);
    if (s.isEmpty())
        return std::nullopt;
    const CssToken &t = s.first();
    if (t.is(CssToken::Hash))
        return s.size() == 1 ? fromHex(t.value) : std::nullopt;
    if (t.is(CssToken::Ident) && s.size() == 1) {
        if (t.isIdent(u"transparent"))
            return CssColor {0, 0, 0, 0};
        if (t.isIdent(u"currentcolor"))
            return current;
        return namedColor(t.value);
    }
    if (t.is(CssToken::Function) && s.last().is(CssToken::RightParen)) {
        const QString fn = t.value.toLower();
        if (fn == QLatin1String("rgb") || fn == QLatin1String("rgba"))
            return rgbFunction(s);
        if (fn == QLatin1String("hsl") || fn == QLatin1String("hsla"))
            return hslFunction(s);
    }
    return std::nullopt;
}

std::optional<CssColor> CssValues::namedColor(const QString &name)
{
    const auto it = namedColors().constFind(name.toLower());
    if (it == namedColors().constEnd())
        return std::nullopt;
    return CssColor {int((*it >> 16) & 0xff), int((*it >> 8) & 0xff), int(*it & 0xff), 1};
}

std::optional<CssColor> CssValues::legacyColor(const QString &attribute)
{
    QString input = attribute.trimmed();
    if (input.isEmpty() || input.compare(QLatin1String("transparent"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    if (const auto named = namedColor(input))
        return named;
    if (input.size() == 4 && input.startsWith(QLatin1Char('#'))) {
        if (const auto shortHex = fromHex(input.mid(1)))
            return shortHex;
    }
    // HTML §2.3.6 "rules for parsing a legacy colour value", from step 8 on.
    if (input.startsWith(QLatin1Char('#')))
        input.remove(0, 1);
    for (QChar &c : input)
        if (hexValue(c) < 0)
            c = QLatin1Char('0');
    if (input.isEmpty())
        return std::nullopt;
    while (input.size() % 3 != 0)
        input += QLatin1Char('0');
    qsizetype length = input.size() / 3;
    QString parts[3] = {input.mid(0, length), input.mid(length, length), input.mid(2 * length, length)};
    if (length > 8) {
        for (QString &p : parts)
            p = p.right(8);
        length = 8;
    }
    while (length > 2 && parts[0].startsWith(QLatin1Char('0')) && parts[1].startsWith(QLatin1Char('0'))
           && parts[2].startsWith(QLatin1Char('0'))) {
        for (QString &p : parts)
            p.remove(0, 1);
        --length;
    }
    int channel[3];
    for (int i = 0; i < 3; ++i)
        channel[i] = parts[i].left(2).toInt(nullptr, 16);
    return CssColor {channel[0], channel[1], channel[2], 1};
}

CssTokens CssValues::significant(const CssTokens &value)
{
    CssTokens out;
    for (const CssToken &t : value)
        if (!t.is(CssToken::Whitespace))
            out.append(t);
    return out;
}

} // namespace xj
