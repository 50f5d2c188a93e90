// HtmlDocument: links, text, meta tags and footer of pages shaped like real government pages,
// broken HTML, and the limits that keep hostile pages from taking the crawler down.
#include "HtmlDocument.h"
#include "PageDecoder.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QtTest>
#include <thread>

using namespace xj;

namespace {

const QUrl kPageUrl(QStringLiteral("http://www.jieyang.gov.cn/zwgk/tzgg/content_1.html"));

const char kPage[] = R"HTML(<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>
  揭阳市人民政府门户网站 - 通知公告
</title>
<meta name="SiteName" content="揭阳市人民政府门户网站">
<meta name="SiteDomain" content="www.jieyang.gov.cn">
<meta name="SiteIDCode" content="4459000001">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="关于开展2024年政府网站检查的通知">
<meta name="PubDate" content="2024-03-01 09:30">
<meta name="ContentSource" content="市政务服务数据管理局">
<meta property="og:title" content="开放图谱标题">
<link rel="shortcut icon" href="favicon.ico">
<base href="https://www.jieyang.gov.cn/zwgk/tzgg/">
<link rel="stylesheet" href="../../css/main.css">
<link rel="dns-prefetch" href="//cdn.example.com">
<link rel="canonical" href="https://www.jieyang.gov.cn/zwgk/tzgg/content_1.html">
<style>.hide{display:none}</style>
<script src="/js/jquery.min.js"></script>
<script>var s = "<a href='/from-script'>x</a>"; document.write("脚本文字");</script>
</head>
<body background="img/bg.gif">
<div class="header"><a href="/"><img src="/images/logo.png" alt="揭阳市人民政府"></a></div>
<div class="header-bottom">
  <a href="index.html">通知公告</a>
  <a href="//www.gd.gov.cn/">广东省人民政府</a>
  <a href="http://WWW.GOV.CN:80/index.htm#top">中国政府网</a>
  <a href="javascript:void(0)">打印</a> <a href="mailto:web@jieyang.gov.cn">信箱</a> <a href="tel:0663-12345">电话</a> <a href="">空</a>
  <a href="
     content_2.html">换行的链接</a>
  <a href="..\images\win.jpg">反斜杠</a>
</div>
<h1>关于开展2024年政府网站检查的通知</h1>
<p>各县（市、区）人民政府：<br>现将有关事项通知如下。</p>
<p style="DISPLAY: none">隐藏文字</p>
<div hidden>也隐藏</div>
<noscript>请启用脚本</noscript>
<template><a href="/in-template">模板</a></template>
<ul class="attachments">
  <li><a href="/files/2024/通知.pdf">附件1：通知.pdf</a></li>
  <li><a href="files/表格.XLSX">附件2</a></li>
  <li><a href="/download.jsp?file=/upload/申请表.docx">附件3</a></li>
  <li><a href="/download.jsp?id=42">附件4：说明.wps</a></li>
  <li><a href="/getfile?id=43" download>附件5</a></li>
  <li><a href="/files/报告.ofd">附件6</a></li>
</ul>
<picture>
  <source srcset="/img/a.webp 1x, /img/a@2x.webp 2x" type="image/webp">
  <img src="/img/a.jpg" srcset="/img/a-480.jpg 480w,/img/a-800.jpg 800w, data:image/png;base64,AAAA 1x" alt="示意图">
</picture>
<img src="data:image/gif;base64,R0lGODlh" alt="内嵌">
<map name="m"><area shape="rect" coords="0,0,1,1" href="/map/area1.html" alt="区域一"></map>
<iframe src="https://map.example.com/embed?x=1" title="地图"></iframe>
<video src="/media/v.mp4" poster="/media/v.jpg"><source src="/media/v.webm"><track src="/media/v.vtt">您的浏览器不支持视频</video>
<audio src="/media/a.mp3"></audio>
<embed src="/flash/old.swf"><object data="/flash/obj.swf"></object>
<form action="/search/search.jsp"><input name="q"><input type="image" src="/images/search.gif" alt="搜索"></form>
<table><tr><td background="/images/cell.gif">单元格一</td><td>单元格二</td></tr></table>
<div id="footer">
  <div class="links"><a href="/wzdt/">网站地图</a> | <a href="https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo/4459000001">我为政府网站找错</a></div>
  <div class="copyright">
    主办单位：揭阳市人民政府办公室&nbsp;&nbsp;网站标识码：4459000001<br>
    <a href="https://beian.miit.gov.cn/">粤ICP备05012345号</a>　<img src="/images/gongan.png">粤公网安备 44520202000123号
    <a href="https://bszs.conac.cn/sitename?method=show&amp;id=ABC"><img src="/images/red.png" alt="党政机关"></a>
  </div>
</div>
</body>
</html>
)HTML";

const QString kBase = QStringLiteral("https://www.jieyang.gov.cn");

int lineOf(const QString &source, const QString &needle)
{
    const qsizetype at = source.indexOf(needle);
    return at < 0 ? -1 : int(source.left(at).count(QLatin1Char('\n'))) + 1;
}

QList<ExtractedLink> withRaw(const HtmlDocument &doc, const QString &raw)
{
    QList<ExtractedLink> out;
    for (const ExtractedLink &l : doc.links())
        if (l.rawHref == raw)
            out << l;
    return out;
}

QStringList urlsOfKind(const HtmlDocument &doc, ExtractedLink::Kind kind)
{
    QStringList out;
    for (const ExtractedLink &l : doc.links())
        if (l.kind == kind)
            out << l.url.toString();
    return out;
}

} // namespace

class TstHtmlDocument : public QObject
{
    Q_OBJECT

    const QString m_source = QString::fromUtf8(kPage);
    HtmlDocument m_doc;

private slots:
    // Parsed here, not in the constructor: the first parse installs the SIGABRT handler, and it
    // must come after QtTest's own crash handler to be the one that runs first.
    void initTestCase() { m_doc = HtmlDocument::parse(m_source, kPageUrl); }

    void titleBaseAndMetaTags()
    {
        QVERIFY(m_doc.parsed());
        QVERIFY(m_doc.warnings().isEmpty());
        QCOMPARE(m_doc.title(), QStringLiteral("揭阳市人民政府门户网站 - 通知公告"));
        QCOMPARE(m_doc.pageUrl(), kPageUrl);
        QCOMPARE(m_doc.baseUrl(), QUrl(kBase + QStringLiteral("/zwgk/tzgg/")));
        const auto meta = m_doc.metaTags();
        QCOMPARE(meta.value(QStringLiteral("SiteIDCode")), QStringLiteral("4459000001"));
        QCOMPARE(meta.value(QStringLiteral("ColumnName")), QStringLiteral("通知公告"));
        QCOMPARE(meta.value(QStringLiteral("PubDate")), QStringLiteral("2024-03-01 09:30"));
        QCOMPARE(meta.value(QStringLiteral("og:title")), QStringLiteral("开放图谱标题"));
        QCOMPARE(m_doc.metaTag(QStringLiteral("contentsource")), QStringLiteral("市政务服务数据管理局"));
        QVERIFY(!meta.contains(QStringLiteral("Author")));
        QVERIFY(m_doc.metaTag(QStringLiteral("Author")).isEmpty());
        QCOMPARE(m_doc.inlineStyles(), QStringList{QStringLiteral(".hide{display:none}")});
        QCOMPARE(m_doc.stylesheetUrls(), QList<QUrl>{QUrl(kBase + QStringLiteral("/css/main.css"))});
    }

    void linksResolvedAgainstBase_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        // <base> applies to links before it too.
        QTest::newRow("relative, before base") << "favicon.ico" << kBase + "/zwgk/tzgg/favicon.ico" << int(ExtractedLink::Icon) << "";
        QTest::newRow("dot-dot") << "../../css/main.css" << kBase + "/css/main.css" << int(ExtractedLink::Stylesheet) << "";
        QTest::newRow("canonical") << "https://www.jieyang.gov.cn/zwgk/tzgg/content_1.html"
                                   << kBase + "/zwgk/tzgg/content_1.html" << int(ExtractedLink::OtherLink) << "";
        QTest::newRow("root-relative") << "/js/jquery.min.js" << kBase + "/js/jquery.min.js" << int(ExtractedLink::Script) << "";
        QTest::newRow("body background") << "img/bg.gif" << kBase + "/zwgk/tzgg/img/bg.gif" << int(ExtractedLink::Image) << "";
        QTest::newRow("image link text is alt") << "/" << kBase + "/" << int(ExtractedLink::Anchor) << "揭阳市人民政府";
        QTest::newRow("relative anchor") << "index.html" << kBase + "/zwgk/tzgg/index.html" << int(ExtractedLink::Anchor) << "通知公告";
        QTest::newRow("protocol-relative") << "//www.gd.gov.cn/" << "https://www.gd.gov.cn/" << int(ExtractedLink::Anchor)
                                           << "广东省人民政府";
        QTest::newRow("absolute, normalised") << "http://WWW.GOV.CN:80/index.htm#top" << "http://www.gov.cn/index.htm"
                                              << int(ExtractedLink::Anchor) << "中国政府网";
        QTest::newRow("newline in href") << "\n     content_2.html" << kBase + "/zwgk/tzgg/content_2.html"
                                         << int(ExtractedLink::Anchor) << "换行的链接";
        QTest::newRow("backslashes") << "..\\images\\win.jpg" << kBase + "/zwgk/images/win.jpg" << int(ExtractedLink::Anchor) << "反斜杠";
        QTest::newRow("pdf") << "/files/2024/通知.pdf" << kBase + "/files/2024/通知.pdf" << int(ExtractedLink::Attachment)
                             << "附件1：通知.pdf";
        QTest::newRow("upper-case extension") << "files/表格.XLSX" << kBase + "/zwgk/tzgg/files/表格.XLSX"
                                              << int(ExtractedLink::Attachment) << "附件2";
        QTest::newRow("file in query") << "/download.jsp?file=/upload/申请表.docx" << kBase + "/download.jsp?file=/upload/申请表.docx"
                                       << int(ExtractedLink::Attachment) << "附件3";
        QTest::newRow("file named by text") << "/download.jsp?id=42" << kBase + "/download.jsp?id=42"
                                            << int(ExtractedLink::Attachment) << "附件4：说明.wps";
        QTest::newRow("download attribute") << "/getfile?id=43" << kBase + "/getfile?id=43" << int(ExtractedLink::Attachment) << "附件5";
        QTest::newRow("ofd") << "/files/报告.ofd" << kBase + "/files/报告.ofd" << int(ExtractedLink::Attachment) << "附件6";
        QTest::newRow("img src") << "/img/a.jpg" << kBase + "/img/a.jpg" << int(ExtractedLink::Image) << "示意图";
        QTest::newRow("area") << "/map/area1.html" << kBase + "/map/area1.html" << int(ExtractedLink::Area) << "区域一";
        QTest::newRow("iframe") << "https://map.example.com/embed?x=1" << "https://map.example.com/embed?x=1"
                                << int(ExtractedLink::Iframe) << "地图";
        QTest::newRow("video poster") << "/media/v.jpg" << kBase + "/media/v.jpg" << int(ExtractedLink::Image) << "";
        QTest::newRow("video src") << "/media/v.mp4" << kBase + "/media/v.mp4" << int(ExtractedLink::Media) << "";
        QTest::newRow("video source") << "/media/v.webm" << kBase + "/media/v.webm" << int(ExtractedLink::Source) << "";
        QTest::newRow("track") << "/media/v.vtt" << kBase + "/media/v.vtt" << int(ExtractedLink::Media) << "";
        QTest::newRow("audio") << "/media/a.mp3" << kBase + "/media/a.mp3" << int(ExtractedLink::Media) << "";
        QTest::newRow("embed") << "/flash/old.swf" << kBase + "/flash/old.swf" << int(ExtractedLink::Embed) << "";
        QTest::newRow("object") << "/flash/obj.swf" << kBase + "/flash/obj.swf" << int(ExtractedLink::Object) << "";
        QTest::newRow("form") << "/search/search.jsp" << kBase + "/search/search.jsp" << int(ExtractedLink::Form) << "";
        QTest::newRow("input image") << "/images/search.gif" << kBase + "/images/search.gif" << int(ExtractedLink::Image) << "搜索";
        QTest::newRow("td background") << "/images/cell.gif" << kBase + "/images/cell.gif" << int(ExtractedLink::Image) << "";
        QTest::newRow("entity in href") << "https://bszs.conac.cn/sitename?method=show&id=ABC"
                                        << "https://bszs.conac.cn/sitename?method=show&id=ABC" << int(ExtractedLink::Anchor) << "党政机关";
    }
    void linksResolvedAgainstBase()
    {
        QFETCH(QString, raw);
        QFETCH(QString, url);
        QFETCH(int, kind);
        QFETCH(QString, text);
        const auto found = withRaw(m_doc, raw);
        QCOMPARE(found.size(), 1);
        const ExtractedLink &l = found.first();
        QCOMPARE(l.url, QUrl(url));
        QCOMPARE(HtmlDocument::kindCode(l.kind), HtmlDocument::kindCode(ExtractedLink::Kind(kind)));
        QCOMPARE(l.text, text);
        QVERIFY(l.line > 0);
    }

    void linkPositionsAndAttributes()
    {
        const ExtractedLink a = withRaw(m_doc, QStringLiteral("index.html")).value(0);
        QCOMPARE(a.tag, QStringLiteral("a"));
        QCOMPARE(a.attribute, QStringLiteral("href"));
        QCOMPARE(a.line, lineOf(m_source, QStringLiteral("<a href=\"index.html\">")));
        QCOMPARE(a.column, 3);
        const ExtractedLink bg = withRaw(m_doc, QStringLiteral("img/bg.gif")).value(0);
        QCOMPARE(bg.tag, QStringLiteral("body"));
        QCOMPARE(bg.attribute, QStringLiteral("background"));
        QCOMPARE(withRaw(m_doc, QStringLiteral("/img/a-800.jpg")).value(0).attribute, QStringLiteral("srcset"));
    }

    void srcsetGivesEveryCandidate()
    {
        QCOMPARE(urlsOfKind(m_doc, ExtractedLink::Source),
                 (QStringList{kBase + "/img/a.webp", kBase + "/img/a@2x.webp", kBase + "/media/v.webm"}));
        const QStringList images = urlsOfKind(m_doc, ExtractedLink::Image);
        QVERIFY(images.contains(kBase + "/img/a-480.jpg"));
        QVERIFY(images.contains(kBase + "/img/a-800.jpg"));
        QCOMPARE(HtmlDocument::srcsetUrls(QStringLiteral("a.jpg 1x, b.jpg 2x")), (QStringList{"a.jpg", "b.jpg"}));
        QCOMPARE(HtmlDocument::srcsetUrls(QStringLiteral("a.jpg, b.jpg 2x,")), (QStringList{"a.jpg", "b.jpg"}));
        // Without whitespace a comma belongs to the URL (CDNs put commas in image URLs).
        QCOMPARE(HtmlDocument::srcsetUrls(QStringLiteral("a,w_80.jpg 1x")), QStringList{"a,w_80.jpg"});
        QCOMPARE(HtmlDocument::srcsetUrls(QStringLiteral(" a.jpg (x, y) 100w , c.jpg")), (QStringList{"a.jpg", "c.jpg"}));
        QCOMPARE(HtmlDocument::srcsetUrls(QStringLiteral("single.png")), QStringList{"single.png"});
        QVERIFY(HtmlDocument::srcsetUrls(QStringLiteral(" , ")).isEmpty());
    }

    void unfetchableAndInertLinksLeftOut()
    {
        for (const ExtractedLink &l : m_doc.links()) {
            QVERIFY2(l.url.isValid() && l.url.scheme().startsWith(QLatin1String("http")), qPrintable(l.rawHref));
            for (const char *bad : {"javascript", "mailto", "tel:", "data:", "from-script", "in-template", "cdn.example"})
                QVERIFY2(!l.rawHref.contains(QLatin1String(bad)), qPrintable(l.rawHref));
        }
        QVERIFY(withRaw(m_doc, QString()).isEmpty());
        QCOMPARE(urlsOfKind(m_doc, ExtractedLink::Attachment).size(), 6);
        QCOMPARE(urlsOfKind(m_doc, ExtractedLink::Icon).size(), 1);
        QCOMPARE(urlsOfKind(m_doc, ExtractedLink::OtherLink).size(), 1);
    }

    void attachmentUrls()
    {
        for (const char *yes : {"http://a.gov.cn/x/报告.PDF", "http://a.gov.cn/a.docx?v=2", "http://a.gov.cn/d?f=x.7z",
                                "http://a.gov.cn/f.ceb", "http://a.gov.cn/f.et"})
            QVERIFY2(HtmlDocument::isAttachmentUrl(QUrl(QString::fromUtf8(yes))), yes);
        for (const char *no : {"http://a.gov.cn/a.html", "http://a.gov.cn/pdf/", "http://a.gov.cn/a.pdf/view.html",
                               "http://a.gov.cn/x.petx", "http://a.gov.cn/"})
            QVERIFY2(!HtmlDocument::isAttachmentUrl(QUrl(QString::fromUtf8(no))), no);
    }

    void visibleText()
    {
        const QString text = m_doc.visibleText();
        QVERIFY(text.contains(QStringLiteral("\n关于开展2024年政府网站检查的通知\n")));
        QVERIFY(text.contains(QStringLiteral("各县（市、区）人民政府：\n现将有关事项通知如下。")));
        QVERIFY(text.contains(QStringLiteral("单元格一 单元格二")));
        for (const char *hidden : {"脚本文字", "display", "隐藏文字", "也隐藏", "请启用脚本", "模板", "您的浏览器不支持", "门户网站 - 通知公告"})
            QVERIFY2(!text.contains(QString::fromUtf8(hidden)), hidden);
        QVERIFY(!text.contains(QLatin1String("  ")));
        QVERIFY(!text.contains(QChar(0xA0)));
    }

    void footerOfMarkedRegion()
    {
        QVERIFY(m_doc.footerFromElement());
        const QString footer = m_doc.footerText();
        QVERIFY2(footer.contains(QStringLiteral("网站标识码：4459000001")), qPrintable(footer));
        QVERIFY(footer.contains(QStringLiteral("粤ICP备05012345号")));
        QVERIFY(footer.contains(QStringLiteral("主办单位：揭阳市人民政府办公室 网站标识码")));
        QVERIFY(footer.contains(QStringLiteral("我为政府网站找错"))); // the whole #footer, not only .copyright
        QVERIFY(!footer.contains(QStringLiteral("通知如下")));
        QVERIFY(!footer.contains(QStringLiteral("广东省人民政府"))); // the earlier .header-bottom is not the footer
    }

    void footerOfTableLayoutIsTheTail()
    {
        QString html = QStringLiteral("<table><tr><td><p>正文开始</p>");
        for (int i = 0; i < 30; ++i)
            html += QStringLiteral("<p>第%1段正文内容，政府信息公开。</p>").arg(i);
        html += QStringLiteral("<div class=\"foot\" style=\"display:none\">隐藏的页脚</div>"
                               "</td></tr><tr><td>版权所有：某某县人民政府 网站标识码：4459000001<br>粤ICP备05012345号-1</td></tr></table>");
        const HtmlDocument doc = HtmlDocument::parse(html, kPageUrl);
        QVERIFY(!doc.footerFromElement()); // the only marked region is hidden
        QVERIFY(doc.footerText().contains(QStringLiteral("网站标识码：4459000001")));
        QVERIFY(doc.footerText().contains(QStringLiteral("粤ICP备05012345号-1")));
        QVERIFY(!doc.footerText().contains(QStringLiteral("正文开始")));
        QVERIFY(!doc.footerText().contains(QStringLiteral("隐藏的页脚")));
        QVERIFY(HtmlDocument::parse(QString(), kPageUrl).footerText().isEmpty());
    }

    void gbkPageEndToEnd()
    {
        const QString html = QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                                            "<title>某某县人民政府</title></head><body><a href=\"/search?q=张三&amp;p=1\">查询</a>"
                                            "<div class=\"bottom\">网站标识码：4459000001 粤ICP备05012345号</div></body></html>");
        const DecodedPage page = PageDecoder::decode(test::encode(html, QStringLiteral("gbk")), "text/html");
        QCOMPARE(PageDecoder::sourceCode(page.source), QStringLiteral("meta"));
        HtmlDocument::Options options;
        options.documentCharset = page.charset;
        const HtmlDocument doc = HtmlDocument::parse(page.text, kPageUrl, options);
        QCOMPARE(doc.title(), QStringLiteral("某某县人民政府"));
        QCOMPARE(doc.footerText(), QStringLiteral("网站标识码：4459000001 粤ICP备05012345号"));
        // As a browser sends it from a GBK page; from a UTF-8 page the same link is UTF-8.
        QCOMPARE(doc.links().value(0).url.toString(QUrl::FullyEncoded),
                 QStringLiteral("http://www.jieyang.gov.cn/search?q=%D5%C5%C8%FD&p=1"));
        QCOMPARE(HtmlDocument::parse(page.text, kPageUrl).links().value(0).url.toString(QUrl::FullyEncoded),
                 QStringLiteral("http://www.jieyang.gov.cn/search?q=%E5%BC%A0%E4%B8%89&p=1"));
    }

    void metaRefresh()
    {
        const HtmlDocument doc = HtmlDocument::parse(
            QStringLiteral("<meta http-equiv=\"Refresh\" content=\"0; URL='/new/index.html'\"><meta http-equiv=refresh content=5>"),
            kPageUrl);
        QCOMPARE(doc.links().size(), 1);
        QCOMPARE(doc.links().first().kind, ExtractedLink::MetaRefresh);
        QCOMPARE(doc.links().first().url, QUrl(QStringLiteral("http://www.jieyang.gov.cn/new/index.html")));
        QCOMPARE(doc.links().first().attribute, QStringLiteral("content"));
        QCOMPARE(HtmlDocument::refreshUrl(QStringLiteral("3;url=http://a.gov.cn/")), QStringLiteral("http://a.gov.cn/"));
        QCOMPARE(HtmlDocument::refreshUrl(QStringLiteral(" 0 , URL = \"b.html\" x")), QStringLiteral("b.html"));
        QCOMPARE(HtmlDocument::refreshUrl(QStringLiteral("1; c.html")), QStringLiteral("c.html"));
        QCOMPARE(HtmlDocument::refreshUrl(QStringLiteral("0.5;url=d.html")), QStringLiteral("d.html"));
        QVERIFY(HtmlDocument::refreshUrl(QStringLiteral("5")).isEmpty());
        QVERIFY(HtmlDocument::refreshUrl(QStringLiteral("url=e.html")).isEmpty()); // no time: invalid
        QVERIFY(HtmlDocument::refreshUrl(QString()).isEmpty());
    }

    void malformedHtml()
    {
        QString html = QStringLiteral(
            "<html><body><div><p>未闭合<a href=/a1>链接一<a href='/a2'>链接二</div></p></span>"
            "<table><td>单元格<a href=\"/a3\">三</table><b><i>交错</b></i>"
            "<a href=\"/a4\"<img src=/x.png>属性粘连</a><a href=\"/a5\" href=\"/dup\">重复属性</a>"
            "<a/href=\"/a6\">斜杠</a><<a href=\"/a7\">双尖</a><!-- <a href=\"/commented\">注释</a> -->"
            "<p><a href=\"/one\">一<p>二</a>"
            "<a href=\"/a8\">NUL");
        html += QChar(0);
        html += QStringLiteral("字</a><x-custom><a href=/a9>自定义</x-custom></a><a href=\"/unterminated");
        const HtmlDocument doc = HtmlDocument::parse(html, kPageUrl);
        QVERIFY(doc.parsed());
        QStringList raws;
        for (const ExtractedLink &l : doc.links())
            raws << l.rawHref;
        // "/one" once: the parser's clone of the <a> in the second paragraph is not a second link.
        QCOMPARE(raws, (QStringList{"/a1", "/a2", "/a3", "/a4", "/a5", "/a6", "/a7", "/one", "/a8", "/a9"}));
        QVERIFY(!doc.visibleText().contains(QChar(0)));
        QVERIFY(doc.visibleText().contains(QStringLiteral("交错")));
        QCOMPARE(withRaw(doc, QStringLiteral("/a8")).value(0).text, QStringLiteral("NUL字"));
    }

    // 100 000 nested <div>s take gumbo minutes; past 512 levels start tags are ignored, links kept.
    void deepNesting()
    {
        const int n = 100000;
        const QString html = QStringLiteral("<body>") + QStringLiteral("<div>").repeated(n)
                             + QStringLiteral("<a href=\"/deep\">深处</a>") + QStringLiteral("</div>").repeated(n)
                             + QStringLiteral("<div class=\"footer\">网站标识码：4459000001</div>");
        QElapsedTimer timer;
        timer.start();
        const HtmlDocument doc = HtmlDocument::parse(html, kPageUrl);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(doc.parsed());
        QCOMPARE(doc.flattenedTags(), n - 512);
        QCOMPARE(doc.warnings().size(), 1);
        QCOMPARE(withRaw(doc, QStringLiteral("/deep")).size(), 1);
        QCOMPARE(doc.footerText(), QStringLiteral("网站标识码：4459000001"));
    }

    // Unclosed formatting elements are re-created in every later paragraph: a page can make the
    // parser build far more nodes than it has tags. The memory budget stops it.
    void amplificationIsBounded()
    {
        QString html;
        for (int i = 0; i < 40000; ++i)
            html += QStringLiteral("<p><b id=%1>x</p>").arg(i);
        QElapsedTimer timer;
        timer.start();
        const HtmlDocument doc = HtmlDocument::parse(html, kPageUrl);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!doc.parsed());
        QVERIFY(doc.links().isEmpty());
        QVERIFY(doc.warnings().join(QLatin1Char(' ')).contains(QLatin1String("MB")));
    }

    // Debian's gumbo keeps its assert()s; this input trips one. The page is reported as not
    // analysed, the process lives on, in any thread, and the next parse works.
    void parserAssertionIsSurvived()
    {
        const QString crafted = QStringLiteral("<template><tr><math><mi><![CDATA[x]]>&");
        HtmlDocument doc = HtmlDocument::parse(crafted, kPageUrl);
        QVERIFY(!doc.parsed());
        QCOMPARE(doc.warnings().size(), 1);
        std::thread worker([&] { doc = HtmlDocument::parse(crafted, kPageUrl); });
        worker.join();
        QVERIFY(!doc.parsed());
        QVERIFY(HtmlDocument::parse(m_source, kPageUrl).parsed());
        QCOMPARE(HtmlDocument::parse(m_source, kPageUrl).links().size(), m_doc.links().size());
    }

    void limits()
    {
        HtmlDocument::Options small;
        small.maxParserMemory = 8 * 1024;
        HtmlDocument doc = HtmlDocument::parse(m_source, kPageUrl, small);
        QVERIFY(!doc.parsed());
        QVERIFY(doc.visibleText().isEmpty());
        QCOMPARE(doc.warnings().size(), 1);

        HtmlDocument::Options quick;
        quick.maxParseMs = 1;
        doc = HtmlDocument::parse(m_source.repeated(400), kPageUrl, quick);
        QVERIFY(!doc.parsed());
        QCOMPARE(doc.warnings().size(), 1);

        HtmlDocument::Options cut;
        cut.maxInputBytes = m_source.toUtf8().indexOf("通知如下") + 4; // inside a character
        doc = HtmlDocument::parse(m_source, kPageUrl, cut);
        QVERIFY(doc.parsed());
        QVERIFY(doc.inputTruncated());
        QCOMPARE(doc.warnings().size(), 1);
        QVERIFY(doc.visibleText().endsWith(QStringLiteral("现将有关事项通")));
        QVERIFY(!doc.visibleText().contains(QChar::ReplacementCharacter));
        QVERIFY(!m_doc.inputTruncated());
        QCOMPARE(m_doc.flattenedTags(), 0);
    }

    // The element tree kept for the analyses: structure, rendering, text, paths, and links and
    // the footer pointing at their elements.
    void domTree()
    {
        const HtmlDocument doc = HtmlDocument::parse(QStringLiteral(
            "<html><head><title>T</title><style>p{}</style></head><body>"
            "<div id=\"nav\"><ul><li><a href=\"/a\">甲</a></li><li style=\"display:none\"><a href=\"/b\">乙</a></li></ul></div>"
            "<table><tr><td>标题</td><td>2024-03-01</td></tr></table>"
            "<p>一<br>二</p><p class=\"x  y\">三&nbsp;四</p>"
            "<template><a href=\"/t\">模板</a></template>"
            "<div class=\"footer\"><p>网站标识码：4459000001</p><img src=\"/badge.png\" alt=\"党政机关\"></div>"
            "</body></html>"), kPageUrl);
        const DomTree &dom = doc.dom();
        QVERIFY(!dom.isEmpty());
        QCOMPARE(dom.node(DomTree::root()).type, DomNode::Document);
        const QList<int> anchors = dom.elements(u"a");
        QCOMPARE(anchors.size(), 2); // template contents are inert
        QVERIFY(dom.node(anchors.at(0)).rendered);
        QVERIFY(!dom.node(anchors.at(1)).rendered); // an ancestor has display:none
        QCOMPARE(dom.text(anchors.at(0)), QStringLiteral("甲"));
        QCOMPARE(dom.attribute(anchors.at(1), u"href"), QStringLiteral("/b"));
        QVERIFY(dom.attribute(anchors.at(1), u"title").isNull());
        QCOMPARE(dom.closest(anchors.at(0), u"div"), dom.elements(u"div").first());
        QCOMPARE(dom.path(anchors.at(0)), QStringLiteral("body > div#nav > ul > li:nth-of-type(1) > a"));
        QCOMPARE(dom.text(dom.elements(u"table").first()), QStringLiteral("标题 2024-03-01"));
        const QList<int> paragraphs = dom.elements(u"p");
        QCOMPARE(dom.text(paragraphs.at(0)), QStringLiteral("一\n二"));
        QCOMPARE(dom.classes(paragraphs.at(1)), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(dom.text(paragraphs.at(1)), QStringLiteral("三 四"));
        QVERIFY(!dom.node(dom.elements(u"title").first()).rendered);
        QCOMPARE(dom.text(dom.elements(u"body").first()), doc.visibleText());

        // Each link knows its element.
        for (const ExtractedLink &l : doc.links())
            QVERIFY2(l.node >= 0 && dom.isElement(l.node, l.tag), qPrintable(l.rawHref));
        QCOMPARE(doc.links().first().node, anchors.at(0));
        // The footer element, for the identity checks' images and links.
        QVERIFY(doc.footerFromElement());
        QVERIFY(dom.isElement(doc.footerNode(), u"div"));
        QVERIFY(dom.isAncestor(doc.footerNode(), dom.elements(u"img").first()));
    }
};

QTEST_GUILESS_MAIN(TstHtmlDocument)
#include "tst_htmldocument.moc"
