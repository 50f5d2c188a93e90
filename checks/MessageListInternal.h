#pragma once
// Shared by MessageListExtractor.cpp (walking the tree) and MessageListFields.cpp (what cells and
// labels say). Internal to checks/.

#include "MessageListExtractor.h"

#include <QHash>

namespace xj::messagelist {

// A column named only 时间/日期/发布时间: the received date when the other columns make the list
// a 留言 list, else (a news list's 发布时间) nothing.
inline constexpr const char *kGenericDate = "date";

// Turns kGenericDate into received where the other fields say 留言 (status, unit, reply date or
// reply text beside it), else into an empty string (the list keeps its length and order). False
// when the fields do not name a message list: that needs a received or reply date and one more
// field.
bool promoteGenericDate(QStringList *fields);

// The values one row or item shows, by field.
class ItemValues {
public:
    void set(const QString &field, const QString &text, int node = -1); // the first value of a field wins
    void addLabel(const QString &label) { m_labels << label; }
    bool has(const char *field) const { return m_text.contains(QLatin1String(field)); }
    int count() const { return int(m_text.size()); }
    bool hasDate(const QDate &asOf) const; // a received or reply date that parses
    QStringList fields() const;            // fields present, generic date promoted like a header
    QStringList labels() const { return m_labels; }
    QString text(const QString &field) const; // empty when absent
    ListedMessage toMessage(const HtmlDocument &doc, int item, const QDate &asOf) const;

private:
    QHash<QString, QString> m_text;
    QHash<QString, int> m_node;
    QStringList m_labels;
};

// "留言时间：2024-05-06 状态：已回复 …" → its values; labels are the words fieldOfHeader knows.
ItemValues labelledValues(const QString &itemText);

} // namespace xj::messagelist
