#pragma once
// robots.txt as RFC 9309 defines it: the group(s) whose User-agent matches our product token
// (case-insensitive), else the "*" group(s); Allow/Disallow with the longest match winning and
// Allow winning a tie; "*" matches any run of characters, a final "$" anchors the end.
// Parsing is bounded: only the first 500 KiB are read (the RFC's minimum), the rest ignored.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace xj {

class RobotsTxt {
public:
    // Allows everything (no robots.txt, 4xx, or not fetched yet).
    RobotsTxt() = default;

    static RobotsTxt parse(const QByteArray &content, const QByteArray &productToken);
    // The RFC's rule for an unreachable robots.txt is "disallow all"; inspections must still
    // check the site, so we allow everything and say so in `note`.
    static RobotsTxt allowAll(const QString &note = QString());

    bool isAllowed(const QUrl &url) const;
    // `pathAndQuery` percent-encoded as on the wire, starting with "/".
    bool isAllowedPath(const QByteArray &pathAndQuery) const;

    QString note() const { return m_note; }
    int ruleCount() const { return int(m_rules.size()); }

    static bool matches(const QByteArray &pattern, const QByteArray &path); // exposed for tests

private:
    struct Rule {
        bool allow = false;
        QByteArray pattern;
    };
    QList<Rule> m_rules;
    QString m_note;
};

} // namespace xj
