// Bulletin benchmark (bench/bulletin/run.sh drives it; the numbers are in the README):
//
//   bench_bulletin --rows N --p12 FILE --password TEXT --out FILE.pdf
//
// A bulletin the size of a city's (three sections of text) whose attachment 1 has N rows (名单
// of objects with their problems, wrapped over two or three lines as real ones are) and whose
// attachment 2 has 120 units: typeset to GB/T 9704 (BulletinTypesetter::pdf, fonts embedded,
// ToUnicode repaired), signed (PdfSigner, PAdES B-B) and verified (PdfVerifier), each timed on
// its own; prints one line of key=value pairs, peak RSS included.
#include "BulletinTypesetter.h"
#include "PdfSigner.h"
#include "PdfVerifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <sys/resource.h>

using namespace xj;

namespace {

QString arg(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

BulletinDocument document(int rows)
{
    BulletinDocument d;
    d.agency = QStringLiteral("揭阳市政务服务数据管理局");
    d.documentNumber = QStringLiteral("揭政数局函〔2022〕41号");
    d.title = QStringLiteral("关于2022年第二季度全市政府网站和政务新媒体检查情况的通报");
    d.recipients = QStringLiteral("各县（市、区）人民政府（管委会），市政府各部门、各直属单位");
    d.date = QDate(2022, 8, 17);
    const QString paragraph = QStringLiteral(
        "对照国务院办公厅《检查考核指标》，我局对全市在运行的10个政府网站（含2个服务平台）、35个部门频道、86个政务新媒体进行了"
        "全覆盖检查。从检查结果看，大部分单位能认真落实网络意识形态工作、网络安全工作责任制以及政府网站和政务新媒体工作各项要求，"
        "对照检查指标进行整改优化，日常监管和服务保障水平不断提升，网站整体合格率为80%。");
    const QStringList numbers{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")};
    for (int h = 0; h < 3; ++h) {
        d.body << BulletinBlock{BulletinBlock::Heading1, numbers.at(h) + QStringLiteral("、总体情况"), {}};
        for (int i = 0; i < 4; ++i)
            d.body << BulletinBlock{BulletinBlock::Heading2, QStringLiteral("（%1）运行情况。").arg(numbers.value(i, QStringLiteral("四"))) + paragraph, {}}
                   << BulletinBlock{BulletinBlock::Paragraph, paragraph, {}};
    }
    BulletinAttachment a1;
    a1.title = QStringLiteral("存在突出问题的政府网站和政务新媒体名单");
    a1.notesBefore << QStringLiteral("注：检查采样时间为2022年4月1日至6月30日。");
    a1.table.header = QStringList{QStringLiteral("序号"), QStringLiteral("类型"), QStringLiteral("名称"), QStringLiteral("主办单位"),
                                  QStringLiteral("主要问题"), QStringLiteral("结论")};
    a1.table.columnWeights = {1, 2, 4, 4, 6, 2};
    const QStringList problems{QStringLiteral("首页不更新"), QStringLiteral("栏目不更新（要闻动态栏目超过2周未更新）"),
                               QStringLiteral("安全、泄密事故等严重问题（龙尾镇栏目严重表述错误）"), QStringLiteral("错敏词（错、漏字）"),
                               QStringLiteral("互动回应差（留言超过3个月未回复）")};
    for (int i = 1; i <= rows; ++i)
        a1.table.rows << QStringList{QString::number(i), i % 3 ? QStringLiteral("门户网站") : QStringLiteral("政务新媒体"),
                                     QStringLiteral("揭阳市第%1号政府网站").arg(i), QStringLiteral("揭阳市人民政府办公室"),
                                     problems.at(i % problems.size()), i % 4 ? QStringLiteral("不合格") : QStringLiteral("需整改")};
    BulletinAttachment a2;
    a2.title = QStringLiteral("揭阳市政务数据目录发布统计表");
    a2.table.header = QStringList{QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("挂接目录数"), QStringLiteral("开放数据数")};
    a2.table.columnWeights = {1, 6, 3, 3};
    for (int i = 1; i <= 120; ++i)
        a2.table.rows << QStringList{QString::number(i), QStringLiteral("揭阳市第%1局").arg(i), QString::number(i * 7 % 300),
                                     QString::number(i * 3 % 200)};
    a2.table.totalRow = QStringList{QString(), QStringLiteral("合计"), QStringLiteral("761"), QStringLiteral("507")};
    d.attachments << a1 << a2;
    return d;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = arg(args, QStringLiteral("--rows"), QStringLiteral("2000")).toInt();
    QString error;
    const auto identity = SigningIdentity::fromPkcs12(arg(args, QStringLiteral("--p12")), arg(args, QStringLiteral("--password")), &error);
    if (!identity)
        qFatal("%s", qPrintable(error));

    QElapsedTimer t;
    t.start();
    const BulletinDocument doc = document(rows);
    BulletinTypesetter typesetter;
    const QByteArray pdf = typesetter.pdf(doc, &error);
    const qint64 typesetMs = t.restart();
    if (pdf.isEmpty())
        qFatal("%s", qPrintable(error));
    const long rssAfterTypeset = peakRssKb();
    const QByteArray signedPdf = PdfSigner::sign(pdf, *identity, {}, &error);
    const qint64 signMs = t.restart();
    if (signedPdf.isEmpty())
        qFatal("%s", qPrintable(error));
    const VerificationReport report = PdfVerifier::verify(signedPdf);
    const qint64 verifyMs = t.restart();
    QFile out(arg(args, QStringLiteral("--out"), QStringLiteral("bench-bulletin.pdf")));
    if (!out.open(QIODevice::WriteOnly) || out.write(signedPdf) != signedPdf.size())
        qFatal("cannot write %s", qPrintable(out.fileName()));
    QTextStream(stdout) << "rows=" << rows << " pages=" << typesetter.pageCount() << " bytes=" << signedPdf.size()
                        << " typeset_s=" << typesetMs / 1000.0 << " sign_s=" << signMs / 1000.0 << " verify_s=" << verifyMs / 1000.0
                        << " valid=" << (report.ok() ? "yes" : "no") << " repaired_tounicode=" << typesetter.repairedMappings()
                        << " peak_rss_mb_typeset=" << rssAfterTypeset / 1024 << " peak_rss_mb=" << peakRssKb() / 1024 << '\n';
    return report.ok() ? 0 : 1;
}
