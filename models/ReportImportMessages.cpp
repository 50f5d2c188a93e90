// Report import: the messages table (留言 received on a site or an account, and when answered).
#include "MediaRecords.h"
#include "ReportImport.h"

namespace xj {

namespace {

struct MessageRow {
    int row;
    Message message;
};
struct MessagePlan {
    QList<MessageRow> rows;
};

QString messageKey(const Message &m)
{
    return QStringLiteral("%1:%2\n%3\n%4")
        .arg(m.objectType == ObjectType::Site ? 's' : 'a')
        .arg(m.objectId)
        .arg(m.received.toUTC().toString(Qt::ISODateWithMs), m.title);
}

} // namespace

bool validateMessages(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<MessagePlan>();
    ObjectLookup objects(ctx.store);
    QHash<QString, int> indexOfKey; // natural key → index in plan->rows
    const int total = int(ctx.table.rows.size());
    int done = 0;
    for (const TableRow &row : ctx.table.rows) {
        if (++done % 1000 == 0 && !ctx.progress(done, 2 * total))
            return ctx.result.cancelled = true, false;
        MessageRow r{row.number, {}};
        Message &m = r.message;
        const auto object = objects.resolve(ctx, row, true, true);
        bool ok = object.has_value();
        if (object)
            m.objectType = object->type, m.objectId = object->id;
        bool timeOk = true;
        m.received = ctx.dateTime(row, QStringLiteral("received"), &timeOk);
        if (timeOk && !m.received.isValid())
            ctx.problem(row.number, QStringLiteral("received"), ImportTr::tr("留言时间 is empty")), ok = false;
        ok &= timeOk;
        m.replied = ctx.dateTime(row, QStringLiteral("replied"), &timeOk); // empty = unanswered
        ok &= timeOk;
        if (m.received.isValid() && m.replied.isValid() && m.replied < m.received)
            ctx.problem(row.number, QStringLiteral("replied"), ImportTr::tr("回复时间 is before 留言时间")), ok = false;
        m.title = ctx.cell(row, QStringLiteral("title"));
        if (!ok)
            continue;
        // The same message twice is one message; twice with different replies is a contradiction
        // the file must settle (which reply would count for W-V5/M-V3?).
        const QString key = messageKey(m);
        if (const auto it = indexOfKey.constFind(key); it != indexOfKey.constEnd()) {
            const MessageRow &first = plan->rows[*it];
            if (first.message.replied != m.replied)
                ctx.problem(row.number, QStringLiteral("replied"),
                            ImportTr::tr("the same message is in row %1 with another 回复时间").arg(first.row));
            continue;
        }
        indexOfKey.insert(key, int(plan->rows.size()));
        plan->rows.append(r);
    }
    ctx.plan = plan;
    return true;
}

bool writeMessages(RegistryImporter::Context &ctx)
{
    auto &plan = *std::static_pointer_cast<MessagePlan>(ctx.plan);
    MediaRecords records(ctx.store);
    // What is stored already, per object, to tell a newly known reply (updated) from no change.
    QHash<QString, QDateTime> storedReply;
    QSet<QPair<int, qint64>> loaded;
    const int total = int(plan.rows.size());
    int done = 0;
    for (const MessageRow &r : std::as_const(plan.rows)) {
        if (++done % 1000 == 0 && !ctx.progress(total + done, 2 * total))
            return ctx.result.cancelled = true, false;
        const Message &m = r.message;
        const QPair<int, qint64> object{int(m.objectType), m.objectId};
        if (!loaded.contains(object)) {
            loaded.insert(object);
            for (const Message &s : records.messages(m.objectType, m.objectId))
                storedReply.insert(messageKey(s), s.replied);
        }
        bool isNew = false;
        if (!records.addMessage(m, &isNew))
            return false;
        if (isNew)
            ++ctx.result.inserted;
        else if (m.replied.isValid() && storedReply.value(messageKey(m)) != m.replied)
            ++ctx.result.updated;
        else
            ++ctx.result.unchanged;
    }
    return true;
}

} // namespace xj
