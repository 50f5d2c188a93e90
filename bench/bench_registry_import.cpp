// Benchmark (issue: foundation): import a generated 100,000-row accounts CSV in GBK, then open it
// in the registry model, filter and scroll. Prints seconds per phase and the peak RSS.
// Usage: bench_registry_import [ROWS] [WORKDIR]   (defaults: 100000, a temporary folder)
#include "RegistryImporter.h"
#include "RegistryTableModel.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace xj;

static double peakMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    const QString csv = dir + QStringLiteral("/accounts-gbk.csv");
    const QString db = dir + QStringLiteral("/bench.sqlite");
    QFile::remove(db);

    // Realistic rows: Chinese names, 8 platforms, ~400 units, dates, some empty cells.
    static const char *platforms[] = {"微信公众号", "微博", "抖音", "今日头条", "微信视频号", "快手", "小程序", "其他"};
    static const char *statuses[] = {"运行", "运行", "运行", "运行", "运行", "运行", "关停", "待核查"};
    QString text = QStringLiteral("账号名称,实际名称,平台,账号ID,主办单位,状态,开通日期,备案日期\n");
    text.reserve(rows * 80);
    for (int i = 0; i < rows; ++i) {
        const int day = 1 + i % 28;
        text += QStringLiteral("临澜政务账号%1,%2,%3,gh_%4,临澜市第%5号单位,%6,2020-%7-%8,2020/%7/%8\n")
                    .arg(i)
                    .arg(i % 10 == 0 ? QStringLiteral("临澜政务账号%1官方").arg(i) : QString())
                    .arg(QString::fromUtf8(platforms[i % 8]))
                    .arg(100000000 + i)
                    .arg(i % 400)
                    .arg(QString::fromUtf8(statuses[i % 8]))
                    .arg(1 + i % 12)
                    .arg(day);
    }
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly) || f.write(QStringEncoder("GB18030").encode(text)) < 0)
        return 1;
    f.close();
    text.clear();
    text.squeeze();
    printf("rows: %d, file: %.1f MB (GBK)\n", rows, QFile(csv).size() / 1e6);

    QElapsedTimer t;
    t.start();
    QString error;
    auto store = Store::open(StoreLocation::sqlite(db), &error);
    if (!store) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Reading (decode + parse) and the import proper, timed apart.
    QElapsedTimer phase;
    phase.start();
    const auto table = TableReader::read(csv, &error);
    if (!table) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double readSeconds = phase.elapsed() / 1000.0;
    const ImportResult r = RegistryImporter(*store).importTable(*table, QStringLiteral("accounts-gbk.csv"), {}, {});
    if (!r.ok) {
        fprintf(stderr, "import failed: %s\n", r.problems.isEmpty() ? "" : qPrintable(r.problems.first().toString()));
        return 1;
    }
    const double importSeconds = t.elapsed() / 1000.0;
    printf("import: %.2f s (read and decode %.2f s) (%d new), peak RSS so far %.0f MiB\n", importSeconds, readSeconds,
           r.inserted, peakMiB());

    t.restart();
    RegistryTableModel model(*store, RegistryTab::Accounts);
    const int count = model.rowCount();
    for (int row = 0; row < count; row += 25) // scroll the whole table, a screenful at a time
        for (int c = 0; c < model.columnCount(); ++c)
            model.data(model.index(row, c));
    const double openSeconds = t.elapsed() / 1000.0;
    t.restart();
    RegistryFilter filter;
    filter.text = QStringLiteral("账号9999");
    model.setFilter(filter);
    const int filtered = model.rowCount();
    filter.text.clear();
    filter.status = QStringLiteral("pending");
    model.setFilter(filter);
    model.sort(4, Qt::DescendingOrder);
    const double filterSeconds = t.elapsed() / 1000.0;
    printf("model: %d rows opened and scrolled in %.2f s; search+status filter+sort %.3f s (%d, %d rows)\n", count,
           openSeconds, filterSeconds, filtered, model.rowCount());
    printf("total: %.2f s, peak RSS %.0f MiB\n", importSeconds + openSeconds, peakMiB());
    return 0;
}
