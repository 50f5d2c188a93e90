// calendar import FILE | calendar show YEAR: the working-day calendar W-D-MSG counts reply times with.
#include "CliCommands.h"

#include "HolidayCalendar.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xj::cli {

namespace {

int importCalendar(Store &store, const QString &path)
{
    const CalendarImportResult r = HolidayCalendar::importFile(store, path);
    const QString label = QFileInfo(path).fileName();
    if (!r.ok) {
        for (const ImportProblem &p : r.problems)
            err() << p.toString() << '\n';
        err() << CliTr::tr("%1: nothing imported (%n problem(s))", nullptr, int(r.problems.size())).arg(label) << Qt::endl;
        return kBadInput;
    }
    out() << CliTr::tr("%1: calendar, %2 rows (%3): %4 new, %5 changed, %6 unchanged")
                 .arg(label)
                 .arg(r.rows)
                 .arg(r.encoding.isEmpty() ? QStringLiteral("xlsx") : r.encoding)
                 .arg(r.inserted)
                 .arg(r.updated)
                 .arg(r.unchanged)
          << Qt::endl;
    return kOk;
}

int showCalendar(Store &store, const QString &yearText, bool json)
{
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < 1900 || year > 9999) {
        err() << CliTr::tr("xunjian calendar show: \"%1\" is not a year").arg(yearText) << Qt::endl;
        return kBadInput;
    }
    HolidayCalendar calendar;
    QString error;
    if (!calendar.load(store, &error)) {
        err() << "xunjian: " << error << Qt::endl;
        return kFailed;
    }
    const QList<CalendarDay> days = calendar.days(year);
    const bool covered = calendar.covers(year);
    if (json) {
        QJsonArray rows;
        for (const CalendarDay &d : days)
            rows.append(QJsonObject{{QStringLiteral("date"), d.day.toString(Qt::ISODate)}, {QStringLiteral("kind"), d.kindCode()},
                                    {QStringLiteral("name"), d.name},
                                    {QStringLiteral("source"), d.imported ? QStringLiteral("imported") : QStringLiteral("shipped")}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("year"), year}, {QStringLiteral("covered"), covered},
                                           {QStringLiteral("days"), rows}})
                     .toJson(QJsonDocument::Indented);
        out().flush();
        return kOk;
    }
    if (!covered)
        out() << CliTr::tr("%1: no holiday data — working days of this year are counted with weekends only; "
                           "import the State Council's notice with `xunjian calendar import FILE`")
                     .arg(year)
              << '\n';
    for (const CalendarDay &d : days)
        out() << d.day.toString(Qt::ISODate) << '\t' << d.day.toString(QStringLiteral("ddd")) << '\t'
              << (d.workday ? CliTr::tr("workday") : CliTr::tr("holiday")) << '\t' << d.name
              << (d.imported ? QStringLiteral("\t") + CliTr::tr("(imported)") : QString()) << '\n';
    out().flush();
    return kOk;
}

} // namespace

int calendarCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("import") && sub != QLatin1String("show")) {
        err() << CliTr::tr("xunjian calendar: expected import FILE or show YEAR") << Qt::endl;
        return kBadInput;
    }
    QCommandLineParser p;
    if (sub == QLatin1String("import"))
        p.addPositionalArgument(QStringLiteral("FILE"), CliTr::tr("CSV or XLSX with the columns 日期, 类型 (放假/上班), 名称."));
    else
        p.addPositionalArgument(QStringLiteral("YEAR"), CliTr::tr("The year to list."));
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(p, QStringLiteral("calendar ") + sub, args.mid(1)))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    if (p.positionalArguments().size() != 1) {
        err() << CliTr::tr("xunjian calendar %1: name exactly one %2")
                     .arg(sub, sub == QLatin1String("import") ? QStringLiteral("FILE") : QStringLiteral("YEAR"))
              << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const QString arg = p.positionalArguments().first();
    return sub == QLatin1String("import") ? importCalendar(*store, arg)
                                          : showCalendar(*store, arg, p.value(QStringLiteral("format")) == QLatin1String("json"));
}

} // namespace xj::cli
