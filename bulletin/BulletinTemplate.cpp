#include "BulletinTemplate.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

bool TemplateValues::isSet(const QString &key) const
{
    if (lists.contains(key))
        return !lists.value(key).isEmpty();
    const QString v = text.value(key);
    return !v.isEmpty() && v != QLatin1String("0");
}

namespace {

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-');
}

// Recursive descent over the whole text, so that sections may span lines.
struct Parser {
    QString s;
    QString source;
    QString *error = nullptr;
    int i = 0;
    int line = 1;
    int column = 1;

    bool fail(int l, int c, const QString &message)
    {
        if (error)
            *error = QStringLiteral("%1:%2:%3: %4").arg(source).arg(l).arg(c).arg(message);
        return false;
    }
    void advance()
    {
        if (s.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        ++i;
    }
    void appendText(QList<BulletinTemplate::Node> &nodes, QChar c, int l, int col)
    {
        if (nodes.isEmpty() || nodes.last().kind != BulletinTemplate::Node::Text)
            nodes.append({BulletinTemplate::Node::Text, {}, {}, l, col, {}});
        nodes.last().text += c;
    }

    // Parses until `{/closing}` (consumed) or, with closing empty, the end of the text.
    bool parse(QList<BulletinTemplate::Node> &nodes, const QString &closing, int openLine, int openColumn)
    {
        while (i < s.size()) {
            const QChar c = s.at(i);
            const int l = line, col = column;
            const QChar next = i + 1 < s.size() ? s.at(i + 1) : QChar();
            if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && next == c) { // {{ and }}
                advance();
                advance();
                appendText(nodes, c, l, col);
                continue;
            }
            if (c == QLatin1Char('}'))
                return fail(l, col, BulletinTemplate::tr("a } without its {; write }} for the character"));
            if (c != QLatin1Char('{')) {
                advance();
                appendText(nodes, c, l, col);
                continue;
            }
            const int end = s.indexOf(QLatin1Char('}'), i);
            const int newline = s.indexOf(QLatin1Char('\n'), i);
            if (end < 0 || (newline >= 0 && newline < end))
                return fail(l, col, BulletinTemplate::tr("a { not closed on its line; write {{ for the character"));
            QString inner = s.mid(i + 1, end - i - 1);
            while (i <= end)
                advance();
            QChar sigil;
            if (inner.startsWith(QLatin1Char('#')) || inner.startsWith(QLatin1Char('^')) || inner.startsWith(QLatin1Char('/'))) {
                sigil = inner.at(0);
                inner.remove(0, 1);
            }
            QString separator = QStringLiteral("、");
            const int bar = inner.indexOf(QLatin1Char('|'));
            if (bar >= 0) {
                if (!sigil.isNull())
                    return fail(l, col, BulletinTemplate::tr("a separator belongs on a placeholder, not on a section tag"));
                separator = inner.mid(bar + 1);
                inner.truncate(bar);
            }
            const QString key = inner.trimmed();
            if (key.isEmpty() || !std::all_of(key.cbegin(), key.cend(), isKeyChar))
                return fail(l, col, BulletinTemplate::tr("not a placeholder name: {%1}").arg(inner));
            if (sigil == QLatin1Char('/')) {
                if (key != closing)
                    return fail(l, col, closing.isEmpty() ? BulletinTemplate::tr("{/%1} closes no section").arg(key)
                                                          : BulletinTemplate::tr("{/%1} where {/%2} was expected").arg(key, closing));
                return true;
            }
            if (sigil.isNull()) {
                nodes.append({BulletinTemplate::Node::Placeholder, key, separator, l, col, {}});
                continue;
            }
            BulletinTemplate::Node section{sigil == QLatin1Char('#') ? BulletinTemplate::Node::Section
                                                                      : BulletinTemplate::Node::InvertedSection,
                                           key, {}, l, col, {}};
            if (!parse(section.children, key, l, col))
                return false;
            nodes.append(section);
        }
        if (!closing.isEmpty())
            return fail(openLine, openColumn, BulletinTemplate::tr("section {%1} is never closed").arg(closing));
        return true;
    }
};

// Comment lines become empty (line numbers stay); directive names are checked where written.
bool prepare(QString &text, const QString &source, QString *error)
{
    text.remove(QLatin1Char('\r'));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression leadingTags(QStringLiteral("^\\s*(\\{[#^/][^{}]*\\}\\s*)*"));
    for (int n = 0; n < lines.size(); ++n) {
        QString &l = lines[n];
        if (l.trimmed().startsWith(QLatin1Char('%'))) {
            l.clear();
            continue;
        }
        const int at = int(leadingTags.match(l).capturedLength());
        if (at < l.size() && l.at(at) == QLatin1Char('@')) {
            const QString name = l.mid(at + 1).section(QLatin1Char(' '), 0, 0);
            if (!BulletinTemplate::directives().contains(name)) {
                if (error)
                    *error = QStringLiteral("%1:%2:%3: %4").arg(source).arg(n + 1).arg(at + 1)
                                 .arg(BulletinTemplate::tr("unknown directive @%1").arg(name));
                return false;
            }
        }
    }
    text = lines.join(QLatin1Char('\n'));
    return true;
}

void collectKeys(const QList<BulletinTemplate::Node> &nodes, QSet<QString> &out)
{
    for (const BulletinTemplate::Node &n : nodes) {
        if (n.kind != BulletinTemplate::Node::Text)
            out.insert(n.text);
        collectKeys(n.children, out);
    }
}

// The first key (in reading order) values lacks, in kept and dropped sections alike: a misspelt
// key must not wait for the round that keeps its section.
const BulletinTemplate::Node *firstUnknown(const QList<BulletinTemplate::Node> &nodes, const TemplateValues &values)
{
    for (const BulletinTemplate::Node &n : nodes) {
        if (n.kind != BulletinTemplate::Node::Text && !values.contains(n.text))
            return &n;
        if (const BulletinTemplate::Node *inner = firstUnknown(n.children, values))
            return inner;
    }
    return nullptr;
}

struct Renderer {
    const TemplateValues &values;
    QString source;
    QString *error = nullptr;
    QList<RenderedLine> lines;
    QString current;
    int currentLine = 1;
    QStringList currentKeys;
    bool started = false; // the line has a non-blank character
    bool directive = false;

    void breakLine(int nextSourceLine)
    {
        lines.append({current, currentLine, currentKeys, directive});
        current.clear();
        currentKeys.clear();
        started = directive = false;
        currentLine = nextSourceLine;
    }
    bool render(const QList<BulletinTemplate::Node> &nodes)
    {
        for (const BulletinTemplate::Node &n : nodes) {
            if (n.kind == BulletinTemplate::Node::Text) {
                int l = n.line;
                for (QChar c : n.text) {
                    if (c == QLatin1Char('\n')) {
                        breakLine(++l);
                        continue;
                    }
                    if (!started && !c.isSpace()) {
                        started = true;
                        directive = c == QLatin1Char('@');
                    }
                    current += c;
                }
                continue;
            }
            if (!values.contains(n.text)) {
                if (error)
                    *error = QStringLiteral("%1:%2:%3: %4").arg(source).arg(n.line).arg(n.column)
                                 .arg(BulletinTemplate::tr("unknown placeholder {%1}").arg(n.text));
                return false;
            }
            if (n.kind == BulletinTemplate::Node::Placeholder) {
                QString v = values.lists.contains(n.text) ? values.lists.value(n.text).join(n.separator) : values.text.value(n.text);
                // A value never starts a line of its own: the draft reads lines as blocks.
                v.replace(QLatin1Char('\n'), QLatin1Char(' ')).remove(QLatin1Char('\r'));
                current += v;
                started = started || !v.trimmed().isEmpty();
                if (!currentKeys.contains(n.text))
                    currentKeys << n.text;
                continue;
            }
            const bool keep = values.isSet(n.text) == (n.kind == BulletinTemplate::Node::Section);
            if (keep && !render(n.children))
                return false;
        }
        return true;
    }
};

} // namespace

const QStringList &BulletinTemplate::directives()
{
    static const QStringList names{QStringLiteral("title"),
                                   QStringLiteral("recipients"),
                                   QStringLiteral("h1"),
                                   QStringLiteral("h2"),
                                   QStringLiteral("h3"),
                                   QStringLiteral("h4"),
                                   QStringLiteral("attachment1-title"),
                                   QStringLiteral("attachment1-before"),
                                   QStringLiteral("attachment1-after"),
                                   QStringLiteral("attachment2-title"),
                                   QStringLiteral("attachment2-before"),
                                   QStringLiteral("attachment2-after")};
    return names;
}

std::optional<BulletinTemplate> BulletinTemplate::parse(const QString &text, const QString &sourceName, QString *error)
{
    QString prepared = text;
    if (!prepare(prepared, sourceName, error))
        return std::nullopt;
    Parser p;
    p.s = prepared;
    p.source = sourceName;
    p.error = error;
    BulletinTemplate t;
    t.m_sourceName = sourceName;
    if (!p.parse(t.m_nodes, {}, 0, 0))
        return std::nullopt;
    return t;
}

std::optional<BulletinTemplate> BulletinTemplate::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return parse(QString::fromUtf8(f.readAll()), path, error);
}

QString BulletinTemplate::builtInPath()
{
    return QStringLiteral(":/templates/bulletin-default.txt");
}

BulletinTemplate BulletinTemplate::builtIn()
{
    // The shipped file is tested (tst_bulletindraft); failing here is a build defect.
    QString error;
    auto t = load(builtInPath(), &error);
    if (!t)
        qFatal("built-in bulletin template: %s", qPrintable(error));
    return *t;
}

QStringList BulletinTemplate::keys() const
{
    QSet<QString> set;
    collectKeys(m_nodes, set);
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

std::optional<QList<RenderedLine>> BulletinTemplate::render(const TemplateValues &values, QString *error) const
{
    if (const Node *unknown = firstUnknown(m_nodes, values)) {
        if (error)
            *error = QStringLiteral("%1:%2:%3: %4").arg(m_sourceName).arg(unknown->line).arg(unknown->column)
                         .arg(tr("unknown placeholder {%1}").arg(unknown->text));
        return std::nullopt;
    }
    Renderer r{values, m_sourceName, error, {}, {}, 1, {}, false, false};
    if (!r.render(m_nodes))
        return std::nullopt;
    r.breakLine(0);
    QList<RenderedLine> out;
    for (RenderedLine &l : r.lines) {
        l.text = l.text.trimmed();
        if (!l.text.isEmpty())
            out.append(l);
    }
    return out;
}

} // namespace xj
