// What a 留言 list page shows, found by walking the element tree: grids (a header row of column
// names and data rows, in a <table> or in <li>/<div> rows of cells) and labelled items. The JSON
// form and the words that name columns: MessageListFields.cpp.
#include "MessageListExtractor.h"

#include "MessageListInternal.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

using namespace messagelist;

namespace {

// One column of a grid: where it starts and what it holds.
struct Column {
    int position = 0;
    QString field;
};

// Position of each cell, counting colspan like a table does.
QList<int> cellPositions(const DomTree &dom, const QList<int> &cells)
{
    QList<int> positions;
    int at = 0;
    for (int c : cells) {
        positions.append(at);
        const int span = dom.attribute(c, u"colspan").toInt();
        at += span > 1 ? std::min(span, 50) : 1;
    }
    return positions;
}

QList<int> elementChildren(const DomTree &dom, int i, const QStringList &tags = {})
{
    QList<int> out;
    for (int c : dom.children(i))
        if (dom.isElement(c) && (tags.isEmpty() || tags.contains(dom.node(c).tag)))
            out.append(c);
    return out;
}

bool hasFormControl(const DomTree &dom, int cell)
{
    for (int j = cell + 1; j < dom.size() && dom.isAncestor(cell, j); ++j)
        if (dom.isElement(j, u"input") || dom.isElement(j, u"textarea") || dom.isElement(j, u"select"))
            return true;
    return false;
}

// A header row: its cells' fields, or nothing when the cells do not name a message list.
std::optional<QList<Column>> headerColumns(const DomTree &dom, const QList<int> &cells, QStringList *headers)
{
    if (cells.size() < 2 || cells.size() > 30)
        return std::nullopt;
    const QList<int> positions = cellPositions(dom, cells);
    QList<Column> columns;
    QStringList written;
    for (int k = 0; k < cells.size(); ++k) {
        const QString text = dom.text(cells[k], 40);
        // Column names carry no values, no colon and no form controls: "留言时间：2024-05-06" is an
        // item's label with its value, "留言标题：<input>" a form to write a message.
        if (MessageListExtractor::dateInText(text, {}).isValid() || text.endsWith(QLatin1Char(':'))
            || text.endsWith(QChar(0xFF1A)))
            return std::nullopt;
        const QString field = MessageListExtractor::fieldOfHeader(text);
        if (field.isEmpty())
            continue;
        if (hasFormControl(dom, cells[k]))
            return std::nullopt;
        columns.append({positions[k], field});
        written << text;
    }
    QStringList fields;
    for (const Column &c : std::as_const(columns))
        fields << c.field;
    if (!promoteGenericDate(&fields))
        return std::nullopt;
    QList<Column> kept;
    QStringList keptHeaders;
    for (int k = 0; k < columns.size(); ++k) {
        if (fields[k].isEmpty())
            continue; // a 发布时间 beside nothing that says 留言
        kept.append({columns[k].position, fields[k]});
        keptHeaders << written[k];
    }
    *headers = keptHeaders;
    return kept;
}

// A data row read by the header's columns.
std::optional<ListedMessage> readRow(const HtmlDocument &doc, int row, const QList<int> &cells, const QList<Column> &columns,
                                     const QDate &asOf)
{
    const DomTree &dom = doc.dom();
    const QList<int> positions = cellPositions(dom, cells);
    ItemValues values;
    int filled = 0;
    for (int k = 0; k < cells.size(); ++k) {
        const QString text = dom.text(cells[k], 400);
        filled += text.isEmpty() ? 0 : 1;
        for (const Column &c : columns)
            if (c.position == positions[k])
                values.set(c.field, text, cells[k]);
    }
    ListedMessage m = values.toMessage(doc, row, asOf);
    // Pagination and "暂无数据" rows span the grid with one cell and carry no date.
    if (filled < 2 && !m.received.isValid() && !m.replied.isValid())
        return std::nullopt;
    return m;
}

MessageList gridList(const QString &layout, const QList<Column> &columns, const QStringList &headers)
{
    MessageList list;
    list.isMessageList = true;
    list.layout = layout;
    list.headers = headers;
    for (const Column &c : columns)
        if (!list.fields.contains(c.field))
            list.fields << c.field;
    return list;
}

// <table>: the first row that names the columns, then every later row of the same table.
QList<MessageList> tables(const HtmlDocument &doc, const QDate &asOf)
{
    const DomTree &dom = doc.dom();
    QList<MessageList> found;
    QHash<int, QList<int>> rowsOfTable; // nested tables keep their own rows
    QList<int> tableOrder;
    for (int tr : dom.elements(u"tr")) {
        const int table = dom.closest(tr, u"table");
        if (table < 0)
            continue;
        if (!rowsOfTable.contains(table))
            tableOrder.append(table);
        rowsOfTable[table].append(tr);
    }
    for (int table : std::as_const(tableOrder)) {
        const QList<int> rows = rowsOfTable.value(table);
        std::optional<QList<Column>> columns;
        MessageList list;
        for (int tr : std::as_const(rows)) {
            const QList<int> cells = elementChildren(dom, tr, {QStringLiteral("td"), QStringLiteral("th")});
            if (!columns) {
                QStringList headers;
                if ((columns = headerColumns(dom, cells, &headers)))
                    list = gridList(QStringLiteral("table"), *columns, headers);
                continue;
            }
            if (const auto m = readRow(doc, tr, cells, *columns, asOf))
                list.messages.append(*m);
        }
        if (columns)
            found.append(list);
    }
    return found;
}

// <ul><li><span>标题</span><span>留言时间</span>…</li><li>…</li></ul>, or a header <div> with
// rows as its following siblings, or a header list followed by a list of rows.
QList<MessageList> grids(const HtmlDocument &doc, const QDate &asOf)
{
    const DomTree &dom = doc.dom();
    QList<MessageList> found;
    for (int i = 0; i < dom.size(); ++i) {
        static const QStringList tableParts = {QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"),
                                               QStringLiteral("tfoot"), QStringLiteral("tr")};
        if (!dom.isElement(i) || tableParts.contains(dom.node(i).tag)) // tables() reads those
            continue;
        const QList<int> cells = elementChildren(dom, i);
        QStringList headers;
        const auto columns = headerColumns(dom, cells, &headers);
        if (!columns)
            continue;
        MessageList list = gridList(QStringLiteral("grid"), *columns, headers);
        const QString tag = dom.node(i).tag;
        QList<int> rows;
        for (int s = dom.node(i).nextSibling; s >= 0; s = dom.node(s).nextSibling)
            if (dom.isElement(s, tag))
                rows.append(s);
        if (rows.isEmpty() && dom.node(i).parent >= 0) {
            // The header sits alone in its own list; the rows are in the next list.
            for (int s = dom.node(dom.node(i).parent).nextSibling; s >= 0 && rows.isEmpty(); s = dom.node(s).nextSibling)
                if (dom.isElement(s))
                    rows = elementChildren(dom, s);
        }
        for (int row : std::as_const(rows))
            if (const auto m = readRow(doc, row, elementChildren(dom, row), *columns, asOf))
                list.messages.append(*m);
        // Unlike a table's, a grid's rows are guessed: without any, it proves nothing.
        if (!list.messages.isEmpty())
            found.append(list);
    }
    return found;
}

// Items that label their values: "留言时间：2024-05-06 答复单位：县教育局 …".
MessageList labelledItems(const HtmlDocument &doc, const QDate &asOf)
{
    const DomTree &dom = doc.dom();
    QList<int> items;
    QHash<int, ItemValues> valuesOf;
    for (int i = 0; i < dom.size(); ++i) {
        if (!dom.isElement(i))
            continue;
        const QString &tag = dom.node(i).tag;
        if (tag != QLatin1String("li") && tag != QLatin1String("dl") && tag != QLatin1String("div") && tag != QLatin1String("tr"))
            continue;
        const ItemValues values = labelledValues(dom.text(i, 800));
        if (values.count() >= 2 && (values.has(MessageList::kReceived) || values.has(MessageList::kReplied))
            && values.hasDate(asOf)) {
            items.append(i);
            valuesOf.insert(i, values);
        }
    }
    // The innermost elements are the items; their containers repeat their labels. Items are in
    // document order and a subtree is contiguous in it, so an item contains another one exactly
    // when it contains the next one.
    QList<int> innermost;
    for (int k = 0; k < items.size(); ++k)
        if (k + 1 == items.size() || !dom.isAncestor(items[k], items[k + 1]))
            innermost.append(items[k]);
    MessageList list;
    if (innermost.isEmpty())
        return list;
    list.isMessageList = true;
    list.layout = QStringLiteral("labels");
    for (int i : std::as_const(innermost)) {
        const ItemValues &values = valuesOf[i];
        for (const QString &field : values.fields())
            if (!list.fields.contains(field))
                list.fields << field;
        for (const QString &label : values.labels())
            if (!list.headers.contains(label))
                list.headers << label;
        list.messages.append(values.toMessage(doc, i, asOf));
    }
    return list;
}

} // namespace

bool MessageListExtractor::looksLikeMessageForm(const HtmlDocument &doc)
{
    static const QRegularExpression purpose(QStringLiteral("留言|咨询|建言|写信|信箱|投诉|建议|诉求|问政"));
    const DomTree &dom = doc.dom();
    for (int form : dom.elements(u"form")) {
        bool textarea = false;
        for (int j = form + 1; j < dom.size() && dom.isAncestor(form, j) && !textarea; ++j)
            textarea = dom.isElement(j, u"textarea");
        if (textarea && (dom.text(form, 2000).contains(purpose) || doc.title().contains(purpose)))
            return true;
    }
    return false;
}

MessageList MessageListExtractor::extract(const HtmlDocument &doc, const QDate &asOf)
{
    if (doc.dom().isEmpty())
        return {};
    QList<MessageList> candidates = tables(doc, asOf);
    candidates += grids(doc, asOf);
    candidates += labelledItems(doc, asOf);
    // The candidate with the most messages is the list; an empty recognised header still says
    // "this is a 留言 list, with nothing published".
    MessageList best;
    for (const MessageList &c : std::as_const(candidates))
        if (c.isMessageList && (!best.isMessageList || c.messages.size() > best.messages.size()))
            best = c;
    return best;
}

} // namespace xj
