#pragma once
// The dashboard's headline figures: the sentences of the bulletin's 总体情况 built from a round's
// results, each figure a link (href = a key such as "checked-websites"), and for each key the list
// of the objects, findings or units behind the figure.
//
// The sentences are the bulletin's own Chinese wording — data, not user interface: the bulletin is
// Chinese whatever language the program speaks, so they are not translated. The titles and column
// headers of the lists are.
//
// Threading: pure functions on values; any thread.

#include "ResultsJob.h"

#include <QCoreApplication>

namespace xj {

// What a figure stands for, as a table.
struct FigureList {
    QString key;
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QList<qint64> ids; // object or unit id of each row
};

class RoundFigures {
    Q_DECLARE_TR_FUNCTIONS(xj::RoundFigures)
public:
    struct Paragraph {
        QString heading; // 总体运行情况 …, as the bulletin heads it (data)
        QString html;    // sentences with <a href="KEY"> around each figure
    };
    static QList<Paragraph> headlines(const DashboardData &d);
    // Every key the sentences may link.
    static QStringList keys();
    // The list behind a key; nullopt for an unknown key.
    static std::optional<FigureList> list(const DashboardData &d, const QString &key);
};

} // namespace xj
