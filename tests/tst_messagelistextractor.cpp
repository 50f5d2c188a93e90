// The 留言 list pages W-D-MSG and W-V5 read: a GBK page through PageDecoder, labelled list items,
// a grid of spans, an empty list, pages that are not message lists (a news list, a form to write a
// message), and the words and dates of cells. The table layout end to end: tst_messagerules.
#include "MessageListExtractor.h"
#include "MessageRules.h"
#include "PageDecoder.h"

#include <QtTest>

using namespace xj;

namespace {

HtmlDocument fixture(const QString &name)
{
    QFile f(QStringLiteral(XJ_SOURCE_DIR "/tests/data/messages/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const DecodedPage page = PageDecoder::decode(f.readAll());
    return HtmlDocument::parse(page.text, QUrl(QStringLiteral("http://www.example.gov.cn/hdjl/list.html")));
}

Round round(const QDate &from, const QDate &to)
{
    Round r;
    r.id = QStringLiteral("R");
    r.windowFrom = from;
    r.windowTo = to;
    r.asOf = to;
    return r;
}

} // namespace

class TestMessageListExtractor : public QObject {
    Q_OBJECT

private slots:
    void gbkTableThroughPageDecoder()
    {
        const MessageList list = MessageListExtractor::extract(fixture(QStringLiteral("gbk-table.html")), QDate(2024, 6, 30));
        QVERIFY(list.isMessageList);
        QCOMPARE(list.messages.size(), 2);
        QCOMPARE(list.messages[0].title, QStringLiteral("关于镇区垃圾清运的意见"));
        QCOMPARE(list.messages[0].received, QDate(2024, 6, 3));
        QCOMPARE(list.messages[0].replied, QDate(2024, 6, 7));
        QCOMPARE(list.messages[0].replyingUnit, QStringLiteral("镇环卫所"));
        QCOMPARE(list.messages[0].answered(), std::optional<bool>(true));
        // Dates without a year belong to the as-of date's year.
        QCOMPARE(list.messages[1].received, QDate(2024, 5, 20));
        QCOMPARE(list.messages[1].replied, QDate(2024, 5, 22));
    }

    void labelledListItems()
    {
        const MessageList list = MessageListExtractor::extract(fixture(QStringLiteral("li-labels.html")), QDate(2024, 6, 30));
        QVERIFY(list.isMessageList);
        QCOMPARE(list.layout, QStringLiteral("labels"));
        QCOMPARE(list.messages.size(), 3);
        QCOMPARE(list.messages[0].title, QStringLiteral("关于老旧小区加装电梯的咨询"));
        QCOMPARE(list.messages[0].received, QDate(2024, 6, 12));
        QCOMPARE(list.messages[0].replied, QDate(2024, 6, 14));
        QCOMPARE(list.messages[0].replyingUnit, QStringLiteral("县住房和城乡建设局"));
        QCOMPARE(list.messages[1].answered(), std::optional<bool>(false));
        QVERIFY(!list.messages[1].replied.isValid());
        QCOMPARE(list.messages[2].received, QDate(2024, 5, 20));
        QVERIFY(list.messages[2].replyingUnit.isEmpty());
        QVERIFY(list.shows(MessageList::kUnit));
        // Message 3 is answered and shows no unit: one field missing.
        Site site;
        site.id = 42;
        MessageRulesInput in{site, true, {}, list, {}, 0};
        const QList<Finding> all = MessageRules::publication(in, round(QDate(2024, 4, 1), QDate(2024, 6, 30)),
                                                             HolidayCalendar::shipped(), IndicatorSet::defaults());
        QList<Finding> fields;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(fields),
                     [](const Finding &f) { return f.details.value(QStringLiteral("item")).toString() == QLatin1String("fields"); });
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().details.value(QStringLiteral("position")).toInt(), 3);
        QCOMPARE(fields.first().points, 1.0);
        // 6-2 open at 6-30 and 5-20 → 5-31 (9 working days) are late; 6-12 → 6-14 is not.
        QCOMPARE(all.size() - fields.size(), 2);
    }

    void gridOfSpans()
    {
        const MessageList list = MessageListExtractor::extract(fixture(QStringLiteral("li-grid.html")), QDate(2024, 6, 30));
        QVERIFY(list.isMessageList);
        QCOMPARE(list.layout, QStringLiteral("grid"));
        QCOMPARE(list.messages.size(), 2);
        QCOMPARE(list.messages[0].title, QStringLiteral("办理居住证需要哪些材料"));
        QCOMPARE(list.messages[0].received, QDate(2024, 6, 18));
        QCOMPARE(list.messages[0].replyingUnit, QStringLiteral("县公安局"));
        QCOMPARE(list.messages[1].answered(), std::optional<bool>(false));
        QCOMPARE(list.messages[1].link, QStringLiteral("http://www.example.gov.cn/zx/show/8"));
    }

    void bareDateColumns()
    {
        // 时间 beside 状态 is when the message came in; beside a 留言时间 it is something else and
        // is left out without shifting the other columns.
        const auto parse = [](const QString &html) {
            return MessageListExtractor::extract(HtmlDocument::parse(html, QUrl(QStringLiteral("http://x/"))), QDate(2024, 6, 30));
        };
        MessageList list = parse(QStringLiteral("<table><tr><th>标题</th><th>时间</th><th>状态</th></tr>"
                                                "<tr><td>问</td><td>2024-06-03</td><td>已回复</td></tr></table>"));
        QVERIFY(list.isMessageList);
        QCOMPARE(list.messages.first().received, QDate(2024, 6, 3));
        list = parse(QStringLiteral("<table><tr><th>标题</th><th>留言时间</th><th>发布时间</th><th>状态</th></tr>"
                                    "<tr><td>问</td><td>2024-06-03</td><td>2024-06-05</td><td>办理中</td></tr></table>"));
        QVERIFY(list.isMessageList);
        QCOMPARE(list.fields.size(), 3);
        QCOMPARE(list.messages.first().received, QDate(2024, 6, 3));
        QCOMPARE(list.messages.first().status, QStringLiteral("办理中"));
        QVERIFY(!parse(QStringLiteral("<table><tr><th>标题</th><th>时间</th></tr><tr><td>县长调研</td><td>2024-06-03</td></tr></table>"))
                     .isMessageList);
    }

    void emptyListIsStillAList()
    {
        const MessageList list = MessageListExtractor::extract(fixture(QStringLiteral("empty-list.html")), QDate(2024, 6, 30));
        QVERIFY(list.isMessageList);
        QVERIFY(list.messages.isEmpty());
    }

    void pagesThatAreNotMessageLists()
    {
        for (const char *name : {"news-list.html", "form.html"}) {
            const MessageList list = MessageListExtractor::extract(fixture(QString::fromLatin1(name)), QDate(2024, 6, 30));
            QVERIFY2(!list.isMessageList, name);
            QVERIFY(list.messages.isEmpty());
        }
    }

    void messageForm()
    {
        QVERIFY(MessageListExtractor::looksLikeMessageForm(fixture(QStringLiteral("form.html"))));
        QVERIFY(!MessageListExtractor::looksLikeMessageForm(fixture(QStringLiteral("news-list.html"))));
        // A search box is a form too, without a textarea.
        const HtmlDocument search = HtmlDocument::parse(
            QStringLiteral("<title>咨询</title><form action=/s><input name=q><button>搜索</button></form>"), QUrl(QStringLiteral("http://x/")));
        QVERIFY(!MessageListExtractor::looksLikeMessageForm(search));
    }

    void headerWordsAndDates()
    {
        QCOMPARE(MessageListExtractor::fieldOfHeader(QStringLiteral(" 回复时间 ")), QStringLiteral("replied"));
        QCOMPARE(MessageListExtractor::fieldOfHeader(QStringLiteral("办结时间")), QStringLiteral("replied"));
        QCOMPARE(MessageListExtractor::fieldOfHeader(QStringLiteral("来信时间：")), QStringLiteral("received"));
        QCOMPARE(MessageListExtractor::fieldOfHeader(QStringLiteral("回复部门")), QStringLiteral("unit"));
        QCOMPARE(MessageListExtractor::fieldOfHeader(QStringLiteral("处理状态")), QStringLiteral("status"));
        QCOMPARE(MessageListExtractor::fieldOfHeader(QStringLiteral("信件标题")), QStringLiteral("title"));
        QVERIFY(MessageListExtractor::fieldOfHeader(QStringLiteral("关于城区停车难问题的回复时间安排说明")).isEmpty());
        const QDate asOf(2024, 3, 10);
        QCOMPARE(MessageListExtractor::dateInText(QStringLiteral("2024年2月29日 10:11"), asOf), QDate(2024, 2, 29));
        QCOMPARE(MessageListExtractor::dateInText(QStringLiteral("２０２４．０３．０１"), asOf), QDate(2024, 3, 1));
        QCOMPARE(MessageListExtractor::dateInText(QStringLiteral("12-28"), asOf), QDate(2023, 12, 28)); // not in the future
        QVERIFY(!MessageListExtractor::dateInText(QStringLiteral("10:30"), asOf).isValid());
    }
};

QTEST_GUILESS_MAIN(TestMessageListExtractor)
#include "tst_messagelistextractor.moc"
