// The text recognisers of IdentityCheck: what a footer's words show of 网站标识码, ICP备案,
// 公安备案, 主办单位, 联系方式 and the 找错 entry. Every recogniser folds full-width forms first —
// CMS templates type "网站标识码：４４５２０００００１" and "粤ＩＣＰ备" as often as the ASCII forms.

#include "IdentityCheck.h"

#include <QRegularExpression>

namespace xj {

namespace {

constexpr qsizetype kMaxValue = 60; // a value kept in the facts: enough to prove, short to store

QString cut(const QString &s)
{
    return s.size() > kMaxValue ? s.left(kMaxValue) + QStringLiteral("…") : s;
}

// Where a 主办单位 value runs into the next footer item when the template put no space between.
QString cutAtNextItem(QString value)
{
    static const char *const labels[] = {"承办", "协办", "主管", "运维", "维护", "技术支持", "地址", "电话",
                                         "联系", "邮编", "邮箱", "传真", "网站标识码", "标识码", "识别码",
                                         "ICP", "备案", "公网安备", "版权", "建议使用", "分辨率", "Copyright"};
    qsizetype end = value.size();
    for (const char *label : labels) {
        const qsizetype at = value.indexOf(QString::fromUtf8(label), 0, Qt::CaseInsensitive);
        if (at > 0 && at < end)
            end = at;
    }
    value.truncate(end);
    if (value.startsWith(QStringLiteral("版权所有")))
        value.remove(0, 4);
    // "本网站由揭阳市教育局" (…主办): the unit is what follows 由.
    const qsizetype by = value.lastIndexOf(QStringLiteral("由"));
    if (by >= 0)
        value = value.mid(by + 1);
    return value.trimmed();
}

} // namespace

QString IdentityCheck::foldWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000 || u == 0x00A0)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QString IdentityCheck::findSiteCode(const QString &text)
{
    // "网站标识码：4452000001", "政府网站标识码 bm01000001", "网站识别码4452000001". The code is
    // digits (or bm and digits) when it is one; any other letters are taken as shown so that a
    // wrong code is reported rather than missed. Digits stop at a letter: "4452000001ICP备…".
    static const QRegularExpression re(QStringLiteral("(?:标识码|识别码)\\s*[:：]?\\s*((?:[bB][mM])?[0-9]+|[0-9A-Za-z]+)"));
    const QRegularExpressionMatch m = re.match(foldWidth(text));
    return m.hasMatch() ? cut(m.captured(1)) : QString();
}

QString IdentityCheck::findIcp(const QString &text)
{
    // "粤ICP备12345678号", "粤ICP备12345678号-1", "ICP备案号：粤ICP备 12345678号". The label
    // "ICP备案号" does not match: digits must follow 备.
    static const QRegularExpression re(
        QStringLiteral("(\\p{Han}?)\\s*ICP\\s*备\\s*([0-9]{5,12})\\s*(号?)(?:\\s*-\\s*([0-9]{1,3}))?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(foldWidth(text));
    if (!m.hasMatch())
        return {};
    QString icp = m.captured(1) + QStringLiteral("ICP备") + m.captured(2) + m.captured(3);
    if (!m.captured(4).isEmpty())
        icp += QLatin1Char('-') + m.captured(4);
    return icp;
}

QString IdentityCheck::findPoliceRecord(const QString &text)
{
    // "粤公网安备 44520202000123号".
    static const QRegularExpression re(QStringLiteral("(\\p{Han}?)\\s*公网安备\\s*[:：]?\\s*([0-9]{6,20})\\s*(号?)"));
    const QRegularExpressionMatch m = re.match(foldWidth(text));
    if (!m.hasMatch())
        return {};
    return m.captured(1) + QStringLiteral("公网安备") + m.captured(2) + m.captured(3);
}

QString IdentityCheck::findSponsor(const QString &text)
{
    const QString t = foldWidth(text);
    // "主办单位：揭阳市教育局", "网站主办: 揭阳市教育局", "主办单位 揭阳市教育局".
    static const QRegularExpression labelled(
        QStringLiteral("主办(?:单位)?\\s*(?:[:：]\\s*|(?<=单位)\\s+)([^\\s|｜丨,，;；、。:：]+)"));
    for (auto it = labelled.globalMatch(t); it.hasNext();) {
        const QString value = cutAtNextItem(it.next().captured(1));
        if (value.size() >= 2)
            return cut(value);
    }
    // "揭阳市人民政府办公室主办", "本网站由揭阳市教育局主办".
    static const QRegularExpression trailing(QStringLiteral("([^\\s|｜丨,，;；、。:：]{2,60}?)\\s*主办(?!单位|\\s*[:：])"));
    for (auto it = trailing.globalMatch(t); it.hasNext();) {
        const QString value = cutAtNextItem(it.next().captured(1));
        if (value.size() >= 2)
            return cut(value);
    }
    return {};
}

QString IdentityCheck::findContact(const QString &text)
{
    const QString t = foldWidth(text);
    // A telephone number: "0663-8221234", "(0663)8221234", "0663 8221234", or a mobile number.
    // Digits next to other digits are not one: the 14 digits of a 公安备案号 hold no phone number.
    static const QRegularExpression phone(
        QStringLiteral("(?<![0-9])(?:\\(0[0-9]{2,3}\\)\\s*|0[0-9]{2,3}\\s*[-—–]\\s*|0[0-9]{2,3}\\s)[0-9]{7,8}(?![0-9])"
                       "|(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"));
    // A label is enough: "联系电话：" followed by an image of the number, "联系我们" linking to a page.
    static const QRegularExpression label(QStringLiteral("(?:联系电话|电话|联系我们|联系方式|电子邮箱|邮箱|e-?mail)[^\\n]{0,20}"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *re : {&phone, &email, &label}) {
        const QRegularExpressionMatch m = re->match(t);
        if (m.hasMatch())
            return cut(m.captured(0).trimmed());
    }
    return {};
}

QString IdentityCheck::findFixitText(const QString &text)
{
    QString t = foldWidth(text);
    t.remove(QLatin1Char(' '));
    // "我为政府网站找错" as an entry's words; "政府网站找错" when 我为 is drawn in the image.
    for (const QString &phrase : {QStringLiteral("我为政府网站找错"), QStringLiteral("政府网站找错")})
        if (t.contains(phrase))
            return phrase;
    return {};
}

} // namespace xj
