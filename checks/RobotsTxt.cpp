#include "RobotsTxt.h"

#include <cctype>

namespace xj {

namespace {
    constexpr qsizetype kMaxRobotsBytes = 500 * 1024;

    // Bytes outside ASCII are percent-encoded and existing escapes upper-cased, so that a rule
    // written "/新闻/" or "/%e6%96%b0" matches the path QUrl puts on the wire ("/%E6%96%B0…").
    QByteArray canonicalPath(const QByteArray &in)
    {
        static const char hex[] = "0123456789ABCDEF";
        QByteArray out;
        out.reserve(in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            const auto c = static_cast<unsigned char>(in[i]);
            if (c >= 0x80 || c <= 0x20) {
                out.append('%').append(hex[c >> 4]).append(hex[c & 15]);
            } else if (c == '%' && i + 2 < in.size() && isxdigit(static_cast<unsigned char>(in[i + 1]))
                       && isxdigit(static_cast<unsigned char>(in[i + 2]))) {
                out.append('%').append(char(toupper(in[i + 1]))).append(char(toupper(in[i + 2])));
                i += 2;
            } else {
                out.append(char(c));
            }
        }
        return out;
    }

    // The product token of a User-agent line: "Xunjian/0.1 (x)" → "xunjian".
    QByteArray agentToken(const QByteArray &value)
    {
        QByteArray token;
        for (char c : value) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == '*';
            if (!ok)
                break;
            token.append(c);
        }
        return token.toLower();
    }
} // namespace

bool RobotsTxt::matches(const QByteArray &pattern, const QByteArray &path)
{
    QByteArray p = pattern;
    const bool anchored = p.endsWith('$');
    if (anchored)
        p.chop(1);
    const QList<QByteArray> parts = p.split('*');
    // First piece is a prefix; middle pieces are found leftmost-first (greedy leftmost is optimal
    // for '*'); with '$' the last piece must end the path. Linear, no backtracking blow-up.
    if (!path.startsWith(parts.constFirst()))
        return false;
    qsizetype pos = parts.constFirst().size();
    if (parts.size() == 1)
        return !anchored || pos == path.size();
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        const qsizetype at = path.indexOf(parts[i], pos);
        if (at < 0)
            return false;
        pos = at + parts[i].size();
    }
    const QByteArray &last = parts.constLast();
    if (anchored)
        return path.size() - last.size() >= pos && path.endsWith(last);
    return path.indexOf(last, pos) >= 0;
}

RobotsTxt RobotsTxt::allowAll(const QString &note)
{
    RobotsTxt r;
    r.m_note = note;
    return r;
}

RobotsTxt RobotsTxt::parse(const QByteArray &content, const QByteArray &productToken)
{
    struct Group {
        QList<QByteArray> agents;
        QList<Rule> rules;
    };
    QList<Group> groups;
    bool lastWasAgent = false;
    const QList<QByteArray> lines = content.left(kMaxRobotsBytes).split('\n');
    for (QByteArray line : lines) {
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line.truncate(hash);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue; // blank or junk lines neither start nor end a group
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "user-agent") {
            if (!lastWasAgent || groups.isEmpty())
                groups.append(Group());
            groups.last().agents.append(agentToken(value));
            lastWasAgent = true;
        } else if (key == "allow" || key == "disallow") {
            lastWasAgent = false;
            if (groups.isEmpty() || value.isEmpty())
                continue; // rules before any group are orphans; "Disallow:" alone allows all
            groups.last().rules.append({key == "allow", canonicalPath(value)});
        } else {
            lastWasAgent = false; // crawl-delay, sitemap, …: not used
        }
    }
    const QByteArray token = productToken.toLower();
    RobotsTxt out;
    for (const bool wildcard : {false, true}) {
        for (const Group &g : std::as_const(groups))
            if (g.agents.contains(wildcard ? QByteArray("*") : token))
                out.m_rules += g.rules; // several groups for one agent are merged (RFC 9309 2.2.1)
        if (!out.m_rules.isEmpty())
            break;
        // A specific group with no rules still shadows "*": it allows everything for us.
        bool specificGroup = false;
        for (const Group &g : std::as_const(groups))
            specificGroup = specificGroup || g.agents.contains(token);
        if (specificGroup)
            break;
    }
    return out;
}

bool RobotsTxt::isAllowedPath(const QByteArray &pathAndQuery) const
{
    const QByteArray path = canonicalPath(pathAndQuery.isEmpty() ? QByteArray("/") : pathAndQuery);
    if (path == "/robots.txt")
        return true;
    qsizetype bestLength = -1;
    bool allowed = true;
    for (const Rule &rule : m_rules) {
        if (!matches(rule.pattern, path))
            continue;
        const qsizetype length = rule.pattern.size();
        if (length > bestLength || (length == bestLength && rule.allow)) {
            bestLength = length;
            allowed = rule.allow;
        }
    }
    return allowed;
}

bool RobotsTxt::isAllowed(const QUrl &url) const
{
    return isAllowedPath(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
}

} // namespace xj
