// DateExtractor: dates as government sites print them, and the dated items of real-looking list
// pages (tests/data/freshness/, GBK ones decoded through PageDecoder as the crawler does). The
// expected dates are read off the fixtures by hand; every near-miss (phone numbers, document
// numbers, 标识码, clock widgets, copyright years, 网站更新时间 in footers) is in there too.
#include "DateExtractor.h"
#include "PageDecoder.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace xj;

namespace {

const QString kDataDir = QStringLiteral(XJ_SOURCE_DIR "/tests/data/freshness/");

// A fixture as the crawler sees it: bytes → PageDecoder (no Content-Type: the page's own label)
// → HtmlDocument in that charset.
HtmlDocument fixture(const QString &name, QString *charset = nullptr)
{
    QFile f(kDataDir + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    const DecodedPage page = PageDecoder::decode(f.readAll());
    if (charset)
        *charset = page.charset;
    HtmlDocument::Options options;
    options.documentCharset = page.charset;
    return HtmlDocument::parse(page.text, QUrl(QStringLiteral("http://www.example.gov.cn/col/") + name), options);
}

QList<QDate> dates(const QStringList &iso)
{
    QList<QDate> out;
    for (const QString &s : iso)
        out.append(QDate::fromString(s, Qt::ISODate));
    return out;
}

QString show(const QList<QDate> &list)
{
    QStringList s;
    for (const QDate &d : list)
        s << d.toString(Qt::ISODate);
    return s.join(QLatin1Char(' '));
}

} // namespace

class TstDateExtractor : public QObject
{
    Q_OBJECT

private slots:
    void datesInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QStringList>("expected");
        const QDate june30(2022, 6, 30);
        const QDate jan5(2023, 1, 5);
        QTest::newRow("iso") << QStringLiteral("2022-06-30") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("chinese") << QStringLiteral("2022年6月30日") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("chinese padded, spaced") << QStringLiteral("2022 年 06 月 30 日") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("slashes") << QStringLiteral("2022/06/30") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("dots") << QStringLiteral("[2022.06.30]") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("single digits") << QStringLiteral("2022-6-3") << june30 << QStringList{"2022-06-03"};
        QTest::newRow("full-width") << QStringLiteral("２０２２－０６－３０") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("with time") << QStringLiteral("2022-06-30 10:21") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("with seconds, T") << QStringLiteral("2022-06-30T10:21:05+08:00") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("label") << QStringLiteral("发布时间：2022-06-28 来源：市政府办") << june30 << QStringList{"2022-06-28"};
        QTest::newRow("two-digit year") << QStringLiteral("22-06-30") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("two-digit year in the future") << QStringLiteral("98-06-30") << june30 << QStringList{};
        QTest::newRow("bracketed") << QStringLiteral("[06-30]") << june30 << QStringList{"2022-06-30"};
        QTest::newRow("parenthesised") << QStringLiteral("(06-28)") << june30 << QStringList{"2022-06-28"};
        QTest::newRow("full-width parentheses") << QStringLiteral("（06-28）") << june30 << QStringList{"2022-06-28"};
        QTest::newRow("month-day") << QStringLiteral("标题 06-28") << june30 << QStringList{"2022-06-28"};
        QTest::newRow("chinese month-day") << QStringLiteral("6月28日") << june30 << QStringList{"2022-06-28"};
        QTest::newRow("year wrap") << QStringLiteral("[12-28]") << jan5 << QStringList{"2022-12-28"};
        QTest::newRow("within tolerance after as-of") << QStringLiteral("[01-10]") << jan5 << QStringList{"2023-01-10"};
        QTest::newRow("beyond tolerance: last year") << QStringLiteral("[01-20]") << jan5 << QStringList{"2022-01-20"};
        QTest::newRow("feb 29 looks back to a leap year") << QStringLiteral("[02-29]") << jan5 << QStringList{"2020-02-29"};
        QTest::newRow("range") << QStringLiteral("2022-06-01至2022-06-30") << june30 << QStringList{"2022-06-01", "2022-06-30"};
        QTest::newRow("impossible day") << QStringLiteral("2022-02-30") << june30 << QStringList{};
        QTest::newRow("impossible month") << QStringLiteral("2022-13-01") << june30 << QStringList{};
        QTest::newRow("impossible month-day") << QStringLiteral("[02-30]") << june30 << QStringList{};
        QTest::newRow("phone") << QStringLiteral("电话：0663-8221234") << june30 << QStringList{};
        QTest::newRow("phone with area code in parentheses") << QStringLiteral("(0663)8221234 传真 0663-12-34") << june30 << QStringList{};
        QTest::newRow("mobile") << QStringLiteral("138-1234-5678 / 400-123-4567") << june30 << QStringList{};
        QTest::newRow("document number") << QStringLiteral("揭府办〔2022〕12号") << june30 << QStringList{};
        QTest::newRow("site code") << QStringLiteral("网站标识码：4452000001") << june30 << QStringList{};
        QTest::newRow("police record") << QStringLiteral("粤公网安备 44520202000123号 粤ICP备12345678号-1") << june30 << QStringList{};
        QTest::newRow("copyright years") << QStringLiteral("Copyright © 2005-2022") << june30 << QStringList{};
        QTest::newRow("url path") << QStringLiteral("/art/2022/6/30/art_1_2.html") << june30 << QStringList{};
        QTest::newRow("compact url date") << QStringLiteral("t20220630_123.html") << june30 << QStringList{};
        QTest::newRow("month only") << QStringLiteral("2022年6月工作简报") << june30 << QStringList{};
        QTest::newRow("time only") << QStringLiteral("10:21") << june30 << QStringList{};
        QTest::newRow("time range") << QStringLiteral("办理时间：09:00-12:00，14:30-17:30") << june30 << QStringList{};
        QTest::newRow("ip address") << QStringLiteral("192.168.10.20") << june30 << QStringList{};
        QTest::newRow("today widget") << QStringLiteral("今天是2022年6月30日 星期四") << june30 << QStringList{};
        QTest::newRow("today widget with lunar date") << QStringLiteral("2022年06月30日 农历六月初二") << june30 << QStringList{};
        QTest::newRow("clock with weekday") << QStringLiteral("2022-06-30 10:21:05 星期四") << june30 << QStringList{};
        QTest::newRow("weekday in an article is a widget too, but the next date counts")
            << QStringLiteral("今日：2022年6月30日（星期四） 发布时间：2022-06-29") << june30 << QStringList{"2022-06-29"};
    }
    void datesInText()
    {
        QFETCH(QString, text);
        QFETCH(QDate, asOf);
        QFETCH(QStringList, expected);
        QCOMPARE(show(DateExtractor::datesInText(text, asOf)), show(dates(expected)));
    }

    void labelledDatePrefersPublishOverOtherDates()
    {
        const QDate asOf(2022, 6, 30);
        QCOMPARE(DateExtractor::labelledDate(QStringLiteral("成文日期：2022年06月20日\n发布日期：2022年06月24日"), asOf),
                 std::optional<QDate>(QDate(2022, 6, 24)));
        QCOMPARE(DateExtractor::labelledDate(QStringLiteral("更新时间：2022-06-26 发布时间：2022-06-25"), asOf),
                 std::optional<QDate>(QDate(2022, 6, 25)));
        QCOMPARE(DateExtractor::labelledDate(QStringLiteral("来源：本站 日期：2022-06-21"), asOf), std::optional<QDate>(QDate(2022, 6, 21)));
        QCOMPARE(DateExtractor::labelledDate(QStringLiteral("成文日期：2022-06-20"), asOf), std::nullopt);
        QCOMPARE(DateExtractor::labelledDate(QStringLiteral("标题 日期\n2022-06-20"), asOf), std::nullopt); // a column header
        QCOMPARE(DateExtractor::labelledDate(QStringLiteral("本办法自2022年7月1日起施行"), asOf), std::nullopt);
    }

    void withoutAsOfDateYearlessDatesAreLeftOut()
    {
        QCOMPARE(show(DateExtractor::datesInText(QStringLiteral("[06-30] 22-06-29 2022-06-28"), QDate())),
                 QStringLiteral("2022-06-28"));
    }

    void hintYearCapsInferredYears()
    {
        const auto m = DateExtractor::matches(QStringLiteral("[06-30] 2021-05-01"), QDate(2022, 6, 30), 2021);
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].date, QDate(2021, 6, 30));
        QVERIFY(m[0].yearInferred);
        QCOMPARE(m[1].date, QDate(2021, 5, 1)); // a printed year is never changed
        QVERIFY(!m[1].yearInferred);
    }

    // ---- pages ----

    void pages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("listItems");
        QTest::addColumn<QStringList>("items"); // newest first
        QTest::addColumn<QString>("labelled");
        QTest::addColumn<QString>("meta");
        QTest::addColumn<bool>("navigationOnly");
        QTest::addColumn<bool>("blank");
        const QDate june30(2022, 6, 30);
        // ul/li with span.date, a pinned undated item (li.top), a sidebar of fresher 热点 news, a
        // "今天是…星期四" widget with links, pagination, and a footer with 网站最后更新：2022-06-30.
        QTest::newRow("ul li span, sidebar, widgets")
            << "column_ul_span.html" << june30 << 16
            << QStringList{"2022-06-28", "2022-06-27", "2022-06-24", "2022-06-22", "2022-06-05", "2022-06-01", "2022-05-26",
                           "2022-05-20", "2022-05-16", "2022-05-10", "2022-04-28", "2022-04-21", "2022-04-15", "2022-04-08",
                           "2022-04-01"}
            << "" << "" << false << false;
        // GBK, nested layout tables, 2022年06月20日 in a cell, a 共 86 条记录 pagination row.
        QTest::newRow("old CMS tables, GBK")
            << "table_oldcms_gbk.html" << june30 << 10
            << QStringList{"2022-06-20", "2022-06-15", "2022-06-09", "2022-06-01", "2022-05-26", "2022-05-18", "2022-05-06",
                           "2022-04-25", "2022-04-18", "2022-04-11"}
            << "" << "" << false << false;
        // GBK, links separated by <br> with （2022-06-15） after each.
        QTest::newRow("br-separated links, GBK")
            << "list_br_gbk.html" << june30 << 8
            << QStringList{"2022-06-15", "2022-06-08", "2022-06-01", "2022-05-20", "2022-05-11", "2022-04-29", "2022-04-15",
                           "2022-04-01"}
            << "" << "" << false << false;
        QTest::newRow("bracketed month-day across the new year")
            << "bracket_yearwrap.html" << QDate(2023, 1, 5) << 5
            << QStringList{"2023-01-04", "2023-01-03", "2022-12-30", "2022-12-28", "2022-11-15"} << "" << "" << false << false;
        // 要闻 2022年06月29日, 通知公告 (06-28), 政策文件 in a table 2022/06/17, 部门动态 in full-width digits.
        QTest::newRow("portal home with blocks")
            << "home_blocks.html" << june30 << 11
            << QStringList{"2022-06-29", "2022-06-28", "2022-06-27", "2022-06-26", "2022-06-21", "2022-06-20", "2022-06-17",
                           "2022-06-16", "2022-06-15", "2022-05-30", "2022-05-09"}
            << "" << "2022-06-30" << false << false;
        // Modern template: div.item > div.title + div.time rows with short titles, whole-card
        // links (<a><h4/><p/><span.date/></a>), a "list-top" block (not a header), an "inside-box"
        // (not a sidebar), a real l-sidebar of fresher news, a "2022-06-30 星期四" clock.
        QTest::newRow("div rows and card links")
            << "home_div_cards.html" << june30 << 8
            << QStringList{"2022-06-29", "2022-06-28", "2022-06-22", "2022-06-20", "2022-06-18", "2022-06-10", "2022-05-26",
                           "2022-05-03"}
            << "" << "" << false << false;
        QTest::newRow("dl with dates in dd")
            << "list_dl_dtdd.html" << june30 << 3 << QStringList{"2021-11-02", "2021-09-15", "2021-06-30"} << "" << ""
            << false << false;
        QTest::newRow("list written by a Hanweb script")
            << "hanweb_datastore.html" << june30 << 4 << QStringList{"2022-06-29", "2022-06-20", "2022-05-18", "2022-04-02"}
            << "" << "" << false << false;
        QTest::newRow("lone year heading an archive list")
            << "archive_year_heading.html" << june30 << 3 << QStringList{"2021-07-02", "2021-06-30", "2021-06-11"} << ""
            << "" << false << false;
        QTest::newRow("titles without dates")
            << "list_undated_titles.html" << june30 << 6 << QStringList{} << "" << "" << false << false;
        // 发布时间：2022-06-28 10:21; also 〔2022〕12号, a phone number, 2022年7月1日起施行 and the
        // signature date in the text, and a 今天是 widget dated after the as-of date.
        QTest::newRow("article with 发布时间")
            << "article_label.html" << june30 << 0 << QStringList{} << "2022-06-28" << "" << false << false;
        QTest::newRow("article with PubDate only")
            << "article_meta.html" << june30 << 0 << QStringList{} << "" << "2022-06-27" << false << false;
        // GBK 政策文件 page: 成文日期 2022年06月20日 and 发布日期 2022年06月24日 in an info table.
        QTest::newRow("policy document info table, GBK")
            << "policy_article_gbk.html" << june30 << 0 << QStringList{} << "2022-06-24" << "2022-06-24" << false << false;
        QTest::newRow("navigation-only home")
            << "home_navigation.html" << june30 << 0 << QStringList{} << "" << "" << true << true;
        // 今天是2022年6月30日 next to 设为首页 links, a welcome text, copyright years, 更新时间 in the footer.
        QTest::newRow("widgets and footer, no items")
            << "widgets_noitems.html" << june30 << 0 << QStringList{} << "" << "" << false << true;
        QTest::newRow("empty column list")
            << "column_empty.html" << june30 << 0 << QStringList{} << "" << "" << true << true;
        QTest::newRow("single-page column")
            << "column_single_page.html" << june30 << 0 << QStringList{} << "" << "" << false << false;
    }
    void pages()
    {
        QFETCH(QString, file);
        QFETCH(QDate, asOf);
        QFETCH(int, listItems);
        QFETCH(QStringList, items);
        QFETCH(QString, labelled);
        QFETCH(QString, meta);
        QFETCH(bool, navigationOnly);
        QFETCH(bool, blank);
        const HtmlDocument doc = fixture(file);
        QVERIFY(doc.parsed());
        const PageDates p = DateExtractor::extract(doc, asOf);
        QCOMPARE(show(p.itemDates), show(dates(items)));
        QCOMPARE(p.listItems, listItems);
        QCOMPARE(p.labelledDate ? p.labelledDate->toString(Qt::ISODate) : QString(), labelled);
        QCOMPARE(p.metaDate ? p.metaDate->toString(Qt::ISODate) : QString(), meta);
        QCOMPARE(p.navigationOnly, navigationOnly);
        QCOMPARE(p.blank(), blank);
        QVERIFY(!p.scriptedList);
    }

    void neighbouringNumbersStayApart()
    {
        QString html = QStringLiteral("<ul>");
        for (int day : {28, 27, 26})
            html += QStringLiteral("<li><a href=\"/a%1.html\">某某县召开安全生产工作会议</a><span>浏览12</span><span>06-%1</span></li>").arg(day);
        html += QStringLiteral("</ul><p><span>点击：35</span><span>2022-06-20</span></p>");
        const PageDates p = DateExtractor::extract(HtmlDocument::parse(html, QUrl(QStringLiteral("http://x.gov.cn/"))), QDate(2022, 6, 30));
        QCOMPARE(show(p.itemDates), QStringLiteral("2022-06-28 2022-06-27 2022-06-26"));
    }

    void gbkFixturesAreReallyGbk()
    {
        for (const char *name : {"table_oldcms_gbk.html", "list_br_gbk.html", "policy_article_gbk.html"}) {
            QFile f(kDataDir + QLatin1String(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(QString::fromUtf8(bytes).contains(QChar(0xFFFD)), name); // not valid UTF-8
            QString charset;
            const HtmlDocument doc = fixture(QLatin1String(name), &charset);
            QCOMPARE(charset, QStringLiteral("GB18030"));
            QVERIFY(doc.visibleText().contains(QStringLiteral("某某")));
        }
    }

    void singlePageColumnHasBodyText()
    {
        const PageDates p = DateExtractor::extract(fixture(QStringLiteral("column_single_page.html")), QDate(2022, 6, 30));
        QVERIFY2(p.articleChars >= PageDates::kBlankMaxArticleChars, qPrintable(QString::number(p.articleChars)));
        QCOMPARE(p.newest(), std::nullopt);
    }

    void scriptLoadedListIsNotBlank()
    {
        const PageDates p = DateExtractor::extract(fixture(QStringLiteral("column_scripted.html")), QDate(2022, 6, 30));
        QCOMPARE(p.listItems, 0);
        QVERIFY(p.scriptedList);
        QVERIFY(!p.blank());
    }

    void newestIgnoresTheTemplatePubDateOfListPages()
    {
        const PageDates p = DateExtractor::extract(fixture(QStringLiteral("home_blocks.html")), QDate(2022, 6, 30));
        QCOMPARE(p.newest(), std::optional<QDate>(QDate(2022, 6, 29)));
        QCOMPARE(p.newestUpTo(QDate(2022, 6, 28)), std::optional<QDate>(QDate(2022, 6, 28)));
        QCOMPARE(p.newestUpTo(QDate(2022, 5, 1)), std::nullopt); // the list knows nothing older; PubDate is ignored
        PageDates article;
        article.metaDate = QDate(2022, 6, 27);
        QCOMPARE(article.newestUpTo(QDate(2022, 6, 30)), std::optional<QDate>(QDate(2022, 6, 27)));
        QCOMPARE(article.newestUpTo(QDate(2022, 6, 26)), std::nullopt);
    }

    void jsonRoundTrip()
    {
        const PageDates p = DateExtractor::extract(fixture(QStringLiteral("column_ul_span.html")), QDate(2022, 6, 30));
        const QJsonObject json = p.toJson();
        const PageDates back = PageDates::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QCOMPARE(show(back.itemDates), show(p.itemDates));
        QCOMPARE(back.listItems, p.listItems);
        QCOMPARE(back.navigationOnly, p.navigationOnly);
        QCOMPARE(back.articleChars, p.articleChars);
        QCOMPARE(back.toJson(), json);

        PageDates article;
        article.labelledDate = QDate(2022, 6, 28);
        article.metaDate = QDate(2022, 6, 27);
        article.scriptedList = true;
        const PageDates again = PageDates::fromJson(article.toJson());
        QCOMPARE(again.labelledDate, article.labelledDate);
        QCOMPARE(again.metaDate, article.metaDate);
        QVERIFY(again.scriptedList);
        QCOMPARE(PageDates().toJson(), QJsonObject()); // nothing known, nothing stored
    }

    void storedItemsAreCapped()
    {
        PageDates p;
        for (int i = 0; i < 100; ++i)
            p.itemDates.append(QDate(2022, 1, 1).addDays(i));
        p.listItems = 100;
        const PageDates back = PageDates::fromJson(p.toJson());
        QCOMPARE(back.itemDates.size(), PageDates::kMaxStoredItems);
        QCOMPARE(back.itemDates.first(), QDate(2022, 1, 1).addDays(99)); // the newest are kept
        QCOMPARE(back.listItems, 100);
    }
};

QTEST_GUILESS_MAIN(TstDateExtractor)
#include "tst_dateextractor.moc"
