<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentTables</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>主要问题</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>需整改</source>
        <translation>需整改</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>挂接目录数</source>
        <translation>挂接目录数</translation>
    </message>
    <message>
        <source>开放数据数</source>
        <translation>开放数据数</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: cannot write</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>%1: %2 of %3 probes failed (%4%) over %5 monitored days: not reachable</source>
        <translation>%1: %2 of %3 probes failed (%4%) over %5 monitored days: not reachable</translation>
    </message>
    <message>
        <source>%1: %2 of %3 probes failed (%4%) over %5 monitored days</source>
        <translation>%1: %2 of %3 probes failed (%4%) over %5 monitored days</translation>
    </message>
    <message>
        <source>%1: not enough probes to judge — %2 days with %3 or more probes (%4 days are needed), %5 probes in all, %6 failed</source>
        <translation>%1: not enough probes to judge — %2 days with %3 or more probes (%4 days are needed), %5 probes in all, %6 failed</translation>
    </message>
</context>
<context>
    <name>BulletinDocument</name>
    <message>
        <source>body[%1].kind: unknown block kind "%2"</source>
        <translation>body[%1].kind: unknown block kind "%2"</translation>
    </message>
</context>
<context>
    <name>BulletinDraft</name>
    <message>
        <source>%1月%2日</source>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <source>%1月底</source>
        <translation>%1月底</translation>
    </message>
    <message>
        <source>%1（%2条）</source>
        <translation>%1（%2条）</translation>
    </message>
    <message>
        <source>%1于%2%3</source>
        <translation>%1于%2%3</translation>
    </message>
    <message>
        <source>%1因%2原因于%3%4</source>
        <translation>%1因%2原因于%3%4</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1个%2因“%3”被单项否决，如%4。</source>
        <translation>%1个%2因“%3”被单项否决，如%4。</translation>
    </message>
    <message>
        <source>%1个%2在“%3”方面被扣分，如%4。</source>
        <translation>%1个%2在“%3”方面被扣分，如%4。</translation>
    </message>
    <message>
        <source>%1个%2存在“%3”情况，如%4。</source>
        <translation>%1个%2存在“%3”情况，如%4。</translation>
    </message>
    <message>
        <source>第一季度</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>第二季度</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>第三季度</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>第四季度</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>政府网站</source>
        <translation>政府网站</translation>
    </message>
    <message>
        <source>部门频道</source>
        <translation>部门频道</translation>
    </message>
    <message>
        <source>政务新媒体</source>
        <translation>政务新媒体</translation>
    </message>
</context>
<context>
    <name>BulletinFonts</name>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>body text</translation>
    </message>
    <message>
        <source>level-1 headings</source>
        <translation>level-1 headings</translation>
    </message>
    <message>
        <source>level-2 headings</source>
        <translation>level-2 headings</translation>
    </message>
    <message>
        <source>page numbers</source>
        <translation>page numbers</translation>
    </message>
    <message>
        <source>%1 (%2): no suitable font installed, the system default is used</source>
        <translation>%1 (%2): no suitable font installed, the system default is used</translation>
    </message>
    <message>
        <source>%1 (%2) is not installed; %3 is used instead</source>
        <translation>%1 (%2) is not installed; %3 is used instead</translation>
    </message>
</context>
<context>
    <name>BulletinLayout</name>
    <message>
        <source>附件：</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>附件%1</source>
        <translation>附件%1</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>抄送：%1。</source>
        <translation>抄送：%1。</translation>
    </message>
    <message>
        <source>%1印发</source>
        <translation>%1印发</translation>
    </message>
</context>
<context>
    <name>BulletinPublisher</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>附件%1</source>
        <translation>附件%1</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Typesetting</source>
        <translation>Typesetting</translation>
    </message>
    <message>
        <source>A signed bulletin is finalised in a store; none is open.</source>
        <translation>A signed bulletin is finalised in a store; none is open.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Writing the attachments</source>
        <translation>Writing the attachments</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Finalising needs the signer's certificate.</source>
        <translation>Finalising needs the signer's certificate.</translation>
    </message>
</context>
<context>
    <name>BulletinRecords</name>
    <message>
        <source>bulletin %1 is not a draft (a final bulletin cannot be changed; make a new version)</source>
        <translation>bulletin %1 is not a draft (a final bulletin cannot be changed; make a new version)</translation>
    </message>
    <message>
        <source>bulletin %1 is not a draft: it cannot be deleted</source>
        <translation>bulletin %1 is not a draft: it cannot be deleted</translation>
    </message>
    <message>
        <source>no bulletin %1</source>
        <translation>no bulletin %1</translation>
    </message>
    <message>
        <source>bulletin %1 is already %2</source>
        <translation>bulletin %1 is already %2</translation>
    </message>
    <message>
        <source>the bulletin's PDF was not produced</source>
        <translation>the bulletin's PDF was not produced</translation>
    </message>
    <message>
        <source>bulletin %1 was finalised by someone else meanwhile</source>
        <translation>bulletin %1 was finalised by someone else meanwhile</translation>
    </message>
    <message>
        <source>bulletin %1 is not final: only a final bulletin can be retracted</source>
        <translation>bulletin %1 is not final: only a final bulletin can be retracted</translation>
    </message>
    <message>
        <source>bulletin %1 is a draft: edit it instead of making a new version</source>
        <translation>bulletin %1 is a draft: edit it instead of making a new version</translation>
    </message>
    <message>
        <source>bulletin %1 is already superseded by bulletin %2</source>
        <translation>bulletin %1 is already superseded by bulletin %2</translation>
    </message>
</context>
<context>
    <name>BulletinTemplate</name>
    <message>
        <source>a } without its {; write }} for the character</source>
        <translation>a } without its {; write }} for the character</translation>
    </message>
    <message>
        <source>a { not closed on its line; write {{ for the character</source>
        <translation>a { not closed on its line; write {{ for the character</translation>
    </message>
    <message>
        <source>a separator belongs on a placeholder, not on a section tag</source>
        <translation>a separator belongs on a placeholder, not on a section tag</translation>
    </message>
    <message>
        <source>not a placeholder name: {%1}</source>
        <translation>not a placeholder name: {%1}</translation>
    </message>
    <message>
        <source>{/%1} closes no section</source>
        <translation>{/%1} closes no section</translation>
    </message>
    <message>
        <source>{/%1} where {/%2} was expected</source>
        <translation>{/%1} where {/%2} was expected</translation>
    </message>
    <message>
        <source>section {%1} is never closed</source>
        <translation>section {%1} is never closed</translation>
    </message>
    <message>
        <source>unknown directive @%1</source>
        <translation>unknown directive @%1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}</source>
        <translation>unknown placeholder {%1}</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
</context>
<context>
    <name>BulletinTypesetter</name>
    <message>
        <source>The bulletin has no attachment %1.</source>
        <translation>The bulletin has no attachment %1.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer.</source>
        <translation>Cannot start the PDF writer.</translation>
    </message>
</context>
<context>
    <name>ChecklistSheet</name>
    <message>
        <source>合格</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1分，%2</source>
        <translation>%1分，%2</translation>
    </message>
    <message>
        <source>符合</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>未判定</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>无问题</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>确认%1项，待审%2项，排除%3项</source>
        <translation>确认%1项，待审%2项，排除%3项</translation>
    </message>
    <message>
        <source>%1检查记录表</source>
        <translation>%1检查记录表</translation>
    </message>
    <message>
        <source>检查对象：%1。</source>
        <translation>检查对象：%1。</translation>
    </message>
    <message>
        <source>检查轮次：%1。检查人：%2。检查日期：%3。</source>
        <translation>检查轮次：%1。检查人：%2。检查日期：%3。</translation>
    </message>
    <message>
        <source>当前得分：%1。</source>
        <translation>当前得分：%1。</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>检查方式</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>ContentDecoder</name>
    <message>
        <source>cannot initialise decompression</source>
        <translation>cannot initialise decompression</translation>
    </message>
    <message>
        <source>%1 compressed bytes expand beyond %2 bytes</source>
        <translation>%1 compressed bytes expand beyond %2 bytes</translation>
    </message>
    <message>
        <source>corrupt compressed body: %1</source>
        <translation>corrupt compressed body: %1</translation>
    </message>
    <message>
        <source>content encoding %1 not supported; body kept encoded</source>
        <translation>content encoding %1 not supported; body kept encoded</translation>
    </message>
</context>
<context>
    <name>DarkLinkDetector</name>
    <message>
        <source>not displayed (display: none)</source>
        <translation>not displayed (display: none)</translation>
    </message>
    <message>
        <source>invisible (visibility: hidden)</source>
        <translation>invisible (visibility: hidden)</translation>
    </message>
    <message>
        <source>fully transparent (opacity 0)</source>
        <translation>fully transparent (opacity 0)</translation>
    </message>
    <message>
        <source>text too small to see (font size ≤ 1px)</source>
        <translation>text too small to see (font size ≤ 1px)</translation>
    </message>
    <message>
        <source>clipped by a box of no size (overflow hidden)</source>
        <translation>clipped by a box of no size (overflow hidden)</translation>
    </message>
    <message>
        <source>placed far outside the page</source>
        <translation>placed far outside the page</translation>
    </message>
    <message>
        <source>pushed out of view by text-indent</source>
        <translation>pushed out of view by text-indent</translation>
    </message>
    <message>
        <source>text in the colour of its background</source>
        <translation>text in the colour of its background</translation>
    </message>
    <message>
        <source>in an iframe of no size</source>
        <translation>in an iframe of no size</translation>
    </message>
    <message>
        <source>in a marquee that never shows it</source>
        <translation>in a marquee that never shows it</translation>
    </message>
    <message>
        <source>written into the page by a script</source>
        <translation>written into the page by a script</translation>
    </message>
    <message>
        <source>served only to search engines (cloaking)</source>
        <translation>served only to search engines (cloaking)</translation>
    </message>
    <message>
        <source>written by an inline script</source>
        <translation>written by an inline script</translation>
    </message>
    <message>
        <source>served only to a search engine's User-Agent</source>
        <translation>served only to a search engine's User-Agent</translation>
    </message>
</context>
<context>
    <name>DarkLinkRules</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>hidden link to %1 %2: %3, at %4</source>
        <translation>hidden link to %1 %2: %3, at %4</translation>
    </message>
    <message>
        <source>; severe: it contains «%1» (gambling, porn or similar content)</source>
        <translation>; severe: it contains «%1» (gambling, porn or similar content)</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>2022-06-30, 2022/6/30, 2022年6月30日, 2022.06.30, 20220630 or an Excel date number; a time HH:MM or HH:MM:SS may follow</source>
        <translation>2022-06-30, 2022/6/30, 2022年6月30日, 2022.06.30, 20220630 or an Excel date number; a time HH:MM or HH:MM:SS may follow</translation>
    </message>
</context>
<context>
    <name>EvidenceScreenshots</name>
    <message>
        <source>screenshot %1 of finding %2 is kept in the store, but not in the WARC evidence: %3</source>
        <translation>screenshot %1 of finding %2 is kept in the store, but not in the WARC evidence: %3</translation>
    </message>
    <message>
        <source>cannot create the evidence folder %1</source>
        <translation>cannot create the evidence folder %1</translation>
    </message>
</context>
<context>
    <name>FeedPostFetcher</name>
    <message>
        <source>no account named %1 in the registry</source>
        <translation>no account named %1 in the registry</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>the server answered HTTP %1</translation>
    </message>
    <message>
        <source>the posts could not be written to the database</source>
        <translation>the posts could not be written to the database</translation>
    </message>
</context>
<context>
    <name>FeedReader</name>
    <message>
        <source>not an RSS or Atom feed (root element &lt;%1&gt;)</source>
        <translation>not an RSS or Atom feed (root element &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>malformed feed at line %1, column %2: %3</source>
        <translation>malformed feed at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>empty document: no feed</source>
        <translation>empty document: no feed</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>robots.txt disallows %1</source>
        <translation>robots.txt disallows %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>more than %1 redirects</translation>
    </message>
    <message>
        <source>redirected back to %1</source>
        <translation>redirected back to %1</translation>
    </message>
    <message>
        <source>robots.txt could not be fetched (%1); everything allowed</source>
        <translation>robots.txt could not be fetched (%1); everything allowed</translation>
    </message>
    <message>
        <source>robots.txt unavailable (HTTP %1); everything allowed</source>
        <translation>robots.txt unavailable (HTTP %1); everything allowed</translation>
    </message>
    <message>
        <source>cannot fetch %1: only http(s) GET and HEAD</source>
        <translation>cannot fetch %1: only http(s) GET and HEAD</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>fetched</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>host name not found</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>connection closed before the response was complete</source>
        <translation>connection closed before the response was complete</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>server stopped sending (stalled)</source>
        <translation>server stopped sending (stalled)</translation>
    </message>
    <message>
        <source>secure connection (TLS) failed</source>
        <translation>secure connection (TLS) failed</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>response too large</translation>
    </message>
    <message>
        <source>malformed chunked response</source>
        <translation>malformed chunked response</translation>
    </message>
    <message>
        <source>malformed HTTP response</source>
        <translation>malformed HTTP response</translation>
    </message>
    <message>
        <source>compressed response expands beyond the size limit</source>
        <translation>compressed response expands beyond the size limit</translation>
    </message>
    <message>
        <source>redirect loop</source>
        <translation>redirect loop</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>too many redirects</translation>
    </message>
    <message>
        <source>disallowed by robots.txt</source>
        <translation>disallowed by robots.txt</translation>
    </message>
    <message>
        <source>not a web address that can be fetched</source>
        <translation>not a web address that can be fetched</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>network error</translation>
    </message>
</context>
<context>
    <name>FreshnessRules</name>
    <message numerus="yes">
        <source>none of the site's %n registered column(s) is a %1 column</source>
        <translation><numerusform>none of the site's %n registered column is a %1 column</numerusform><numerusform>none of the site's %n registered columns is a %1 column</numerusform></translation>
    </message>
    <message>
        <source>the freshest %1 column «%2» was last updated %3, before the as-of date %4 by more than %5</source>
        <translation>the freshest %1 column «%2» was last updated %3, before the as-of date %4 by more than %5</translation>
    </message>
    <message>
        <source>the %1 column «%2» is blank (as of %3)</source>
        <translation>the %1 column «%2» is blank (as of %3)</translation>
    </message>
    <message>
        <source>the %1 column «%2» shows no publish date up to the as-of date %3 (a page without dates counts as not updated)</source>
        <translation>the %1 column «%2» shows no publish date up to the as-of date %3 (a page without dates counts as not updated)</translation>
    </message>
    <message>
        <source>column «%1» is blank: its page lists nothing (as of %2)</source>
        <translation>column «%1» is blank: its page lists nothing (as of %2)</translation>
    </message>
    <message>
        <source>column «%1» (%2) was last updated %3, before the as-of date %4 by more than %5</source>
        <translation>column «%1» (%2) was last updated %3, before the as-of date %4 by more than %5</translation>
    </message>
    <message>
        <source>column «%1» (%2) shows no publish date up to the as-of date %3</source>
        <translation>column «%1» (%2) shows no publish date up to the as-of date %3</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>%1 blank</source>
        <translation>%1 blank</translation>
    </message>
    <message>
        <source>%1 shows no date</source>
        <translation>%1 shows no date</translation>
    </message>
    <message>
        <source>%1 not reachable</source>
        <translation>%1 not reachable</translation>
    </message>
    <message>
        <source>%1 list loaded by script</source>
        <translation>%1 list loaded by script</translation>
    </message>
    <message numerus="yes">
        <source>navigation-only home page: none of its %n second-level page(s) has an item within %1 days before the as-of date %2; the newest is %3</source>
        <translation><numerusform>navigation-only home page: none of its %n second-level page has an item within %1 days before the as-of date %2; the newest is %3</numerusform><numerusform>navigation-only home page: none of its %n second-level pages has an item within %1 days before the as-of date %2; the newest is %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>navigation-only home page: none of its %n second-level page(s) shows a publish date up to the as-of date %1</source>
        <translation><numerusform>navigation-only home page: none of its %n second-level page shows a publish date up to the as-of date %1</numerusform><numerusform>navigation-only home page: none of its %n second-level pages shows a publish date up to the as-of date %1</numerusform></translation>
    </message>
    <message>
        <source>the home page's newest item is dated %1, %2 days before the as-of date %3 (limit %4 days)</source>
        <translation>the home page's newest item is dated %1, %2 days before the as-of date %3 (limit %4 days)</translation>
    </message>
    <message>
        <source>the home page shows no publish date up to the as-of date %1 (a page without dates counts as not updated)</source>
        <translation>the home page shows no publish date up to the as-of date %1 (a page without dates counts as not updated)</translation>
    </message>
    <message>
        <source>(a) %1 news columns not updated within %2 or notice/policy columns not updated within %3 (at least %4): %5</source>
        <translation>(a) %1 news columns not updated within %2 or notice/policy columns not updated within %3 (at least %4): %5</translation>
    </message>
    <message>
        <source>(b) %1 columns not updated on their cadence (at least %2): %3</source>
        <translation>(b) %1 columns not updated on their cadence (at least %2): %3</translation>
    </message>
    <message>
        <source>(c) %1 blank columns (at least %2): %3</source>
        <translation>(c) %1 blank columns (at least %2): %3</translation>
    </message>
    <message>
        <source>as of %1: %2</source>
        <translation>as of %1: %2</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>a second column for %1</source>
        <translation>a second column for %1</translation>
    </message>
    <message>
        <source>no date column (expected a header 日期 or date)</source>
        <translation>no date column (expected a header 日期 or date)</translation>
    </message>
    <message>
        <source>no kind column (expected a header 类型 or kind)</source>
        <translation>no kind column (expected a header 类型 or kind)</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>the date is empty</translation>
    </message>
    <message>
        <source>"%1" is not a date; expected one of: %2</source>
        <translation>"%1" is not a date; expected one of: %2</translation>
    </message>
    <message>
        <source>"%1" is not a kind; expected holiday (放假) or workday (上班)</source>
        <translation>"%1" is not a kind; expected holiday (放假) or workday (上班)</translation>
    </message>
    <message>
        <source>%1 is already in row %2</source>
        <translation>%1 is already in row %2</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>the file is too large for a calendar</source>
        <translation>the file is too large for a calendar</translation>
    </message>
</context>
<context>
    <name>HtmlDocument</name>
    <message>
        <source>Only the first %1 MB of the page were analysed: the page is larger.</source>
        <translation>Only the first %1 MB of the page were analysed: the page is larger.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) nested deeper than %1 levels were ignored.</source>
        <translation><numerusform>%n tag nested deeper than %1 levels were ignored.</numerusform><numerusform>%n tags nested deeper than %1 levels were ignored.</numerusform></translation>
    </message>
    <message>
        <source>The page was not analysed: parsing it took more than %1 s.</source>
        <translation>The page was not analysed: parsing it took more than %1 s.</translation>
    </message>
    <message>
        <source>The page was not analysed: parsing it needed more than %1 MB of memory.</source>
        <translation>The page was not analysed: parsing it needed more than %1 MB of memory.</translation>
    </message>
    <message>
        <source>The page was not analysed: the HTML parser failed an internal check on it.</source>
        <translation>The page was not analysed: the HTML parser failed an internal check on it.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>not an http or https address: %1</source>
        <translation>not an http or https address: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>response larger than %1 bytes</translation>
    </message>
    <message>
        <source>response truncated at %1 bytes</source>
        <translation>response truncated at %1 bytes</translation>
    </message>
    <message>
        <source>no complete response within %1 ms</source>
        <translation>no complete response within %1 ms</translation>
    </message>
    <message>
        <source>could not connect within %1 ms</source>
        <translation>could not connect within %1 ms</translation>
    </message>
    <message>
        <source>no data received for %1 ms</source>
        <translation>no data received for %1 ms</translation>
    </message>
    <message>
        <source>only %1 bytes per second</source>
        <translation>only %1 bytes per second</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>header section larger than %1 bytes</source>
        <translation>header section larger than %1 bytes</translation>
    </message>
    <message>
        <source>chunk size line too long</source>
        <translation>chunk size line too long</translation>
    </message>
    <message>
        <source>no status line</source>
        <translation>no status line</translation>
    </message>
    <message>
        <source>malformed status line: %1</source>
        <translation>malformed status line: %1</translation>
    </message>
    <message>
        <source>header continuation line without a header</source>
        <translation>header continuation line without a header</translation>
    </message>
    <message>
        <source>malformed header line: %1</source>
        <translation>malformed header line: %1</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>invalid Content-Length</translation>
    </message>
    <message>
        <source>invalid chunk size: %1</source>
        <translation>invalid chunk size: %1</translation>
    </message>
    <message>
        <source>chunk data longer than its declared size</source>
        <translation>chunk data longer than its declared size</translation>
    </message>
    <message>
        <source>connection closed without a response</source>
        <translation>connection closed without a response</translation>
    </message>
    <message>
        <source>connection closed inside the response headers</source>
        <translation>connection closed inside the response headers</translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 body bytes</source>
        <translation>connection closed after %1 of %2 body bytes</translation>
    </message>
    <message>
        <source>connection closed before the last chunk (%1 body bytes received)</source>
        <translation>connection closed before the last chunk (%1 body bytes received)</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message numerus="yes">
        <source>the page footer lacks %n item(s): %1</source>
        <translation><numerusform>the page footer lacks %n item: %1</numerusform><numerusform>the page footer lacks %n items: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>网站标识码 shown %1 differs from the registry's %2 (%n page(s))</source>
        <translation><numerusform>网站标识码 shown %1 differs from the registry's %2 (%n page)</numerusform><numerusform>网站标识码 shown %1 differs from the registry's %2 (%n pages)</numerusform></translation>
    </message>
    <message>
        <source>the site is addressed by the IP address %1, not a domain under %2</source>
        <translation>the site is addressed by the IP address %1, not a domain under %2</translation>
    </message>
    <message>
        <source>the domain %1 is not under %2</source>
        <translation>the domain %1 is not under %2</translation>
    </message>
    <message>
        <source>the site's name %1 does not name its unit %2 (region %3, department %4)</source>
        <translation>the site's name %1 does not name its unit %2 (region %3, department %4)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>the home page header does not show the name %1: title %2, logo %3, h1 %4</source>
        <translation>the home page header does not show the name %1: title %2, logo %3, h1 %4</translation>
    </message>
    <message>
        <source>article page lacks the meta tag(s) %1</source>
        <translation>article page lacks the meta tag(s) %1</translation>
    </message>
    <message>
        <source>column page lacks the meta tag(s) %1</source>
        <translation>column page lacks the meta tag(s) %1</translation>
    </message>
    <message>
        <source> (present but empty: %1)</source>
        <translation> (present but empty: %1)</translation>
    </message>
    <message>
        <source>the home page footer has no 我为政府网站找错 entry</source>
        <translation>the home page footer has no 我为政府网站找错 entry</translation>
    </message>
    <message>
        <source>the page footer has no 我为政府网站找错 entry</source>
        <translation>the page footer has no 我为政府网站找错 entry</translation>
    </message>
</context>
<context>
    <name>IndicatorSet</name>
    <message>
        <source>%1: expected a number</source>
        <translation>%1: expected a number</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: expected true or false</translation>
    </message>
    <message>
        <source>%1: expected a list of texts</source>
        <translation>%1: expected a list of texts</translation>
    </message>
    <message>
        <source>%1: wrong type of value</source>
        <translation>%1: wrong type of value</translation>
    </message>
    <message>
        <source>%1: expected a number ≥ 0</source>
        <translation>%1: expected a number ≥ 0</translation>
    </message>
    <message>
        <source>%1[%2]: expected a text</source>
        <translation>%1[%2]: expected a text</translation>
    </message>
    <message>
        <source>%1: expected veto, deduct or notice, not %2</source>
        <translation>%1: expected veto, deduct or notice, not %2</translation>
    </message>
    <message>
        <source>%1: expected a number of points ≥ 0</source>
        <translation>%1: expected a number of points ≥ 0</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: expected an object</translation>
    </message>
    <message>
        <source>%1: no such parameter</source>
        <translation>%1: no such parameter</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: unknown key</translation>
    </message>
    <message>
        <source>name: expected a text</source>
        <translation>name: expected a text</translation>
    </message>
    <message>
        <source>version: expected a whole number ≥ 1</source>
        <translation>version: expected a whole number ≥ 1</translation>
    </message>
    <message>
        <source>note: expected a text</source>
        <translation>note: expected a text</translation>
    </message>
    <message>
        <source>indicators: expected an object</source>
        <translation>indicators: expected an object</translation>
    </message>
    <message>
        <source>name: the indicator set has no name</source>
        <translation>name: the indicator set has no name</translation>
    </message>
    <message>
        <source>indicators.%1: no such indicator</source>
        <translation>indicators.%1: no such indicator</translation>
    </message>
    <message>
        <source>indicators.%1: expected an object</source>
        <translation>indicators.%1: expected an object</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
</context>
<context>
    <name>IndicatorSetStore</name>
    <message>
        <source>indicator set %1 (%2 v%3) cannot be read: %4</source>
        <translation>indicator set %1 (%2 v%3) cannot be read: %4</translation>
    </message>
    <message>
        <source>built-in: indicators.md</source>
        <translation>built-in: indicators.md</translation>
    </message>
    <message>
        <source>the indicator set has no name</source>
        <translation>the indicator set has no name</translation>
    </message>
    <message>
        <source>the indicator set was not stored</source>
        <translation>the indicator set was not stored</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON object with "name" and "indicators"</source>
        <translation>expected a JSON object with "name" and "indicators"</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>imported from %1</translation>
    </message>
</context>
<context>
    <name>LinkJudge</name>
    <message>
        <source>links to %1, a site registered as shut down</source>
        <translation>links to %1, a site registered as shut down</translation>
    </message>
    <message>
        <source>redirected to %1, a parked domain: %2</source>
        <translation>redirected to %1, a parked domain: %2</translation>
    </message>
    <message>
        <source>%1 redirected to %2</source>
        <translation>%1 redirected to %2</translation>
    </message>
    <message>
        <source>answers 200 with the site's own not-found page: %1</source>
        <translation>answers 200 with the site's own not-found page: %1</translation>
    </message>
    <message>
        <source>answers 200 but says the page is not found: %1</source>
        <translation>answers 200 but says the page is not found: %1</translation>
    </message>
</context>
<context>
    <name>MapDetector</name>
    <message>
        <source>image %1 looks like a map (%2 mentions «%3»: %4); check that 南海诸岛, 钓鱼岛 and 赤尾屿 are shown and the borders are right</source>
        <translation>image %1 looks like a map (%2 mentions «%3»: %4); check that 南海诸岛, 钓鱼岛 and 赤尾屿 are shown and the borders are right</translation>
    </message>
    <message>
        <source>; it carries 审图号 %1, an approved standard map: compare it with the approved version</source>
        <translation>; it carries 审图号 %1, an approved standard map: compare it with the approved version</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <source>last post %1, %2 days before the as-of date %3 (limit %4 days)</source>
        <translation>last post %1, %2 days before the as-of date %3 (limit %4 days)</translation>
    </message>
    <message>
        <source>no post on record up to the as-of date %1</source>
        <translation>no post on record up to the as-of date %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unanswered for more than %1 months at the as-of date %2, received %3</source>
        <translation><numerusform>%n message unanswered for more than %1 months at the as-of date %2, received %3</numerusform><numerusform>%n messages unanswered for more than %1 months at the as-of date %2, received %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>none of %n message(s) received since %1 answered by the as-of date %2</source>
        <translation><numerusform>none of %n message received since %1 answered by the as-of date %2</numerusform><numerusform>none of %n messages received since %1 answered by the as-of date %2</numerusform></translation>
    </message>
    <message>
        <source>%1 → %2 (%3 days)</source>
        <translation>%1 → %2 (%3 days)</translation>
    </message>
    <message>
        <source>%1 gaps of %2–%3 days between posts from %4 to %5: %6</source>
        <translation>%1 gaps of %2–%3 days between posts from %4 to %5: %6</translation>
    </message>
    <message>
        <source>reminded %1; no post from %2 to the as-of date %3 (%4 days)</source>
        <translation>reminded %1; no post from %2 to the as-of date %3 (%4 days)</translation>
    </message>
    <message>
        <source>reminded %1; no post from %2 to %3 (%4 days)</source>
        <translation>reminded %1; no post from %2 to %3 (%4 days)</translation>
    </message>
    <message>
        <source>opened %1, not registered by the as-of date %2</source>
        <translation>opened %1, not registered by the as-of date %2</translation>
    </message>
    <message>
        <source>not registered by the as-of date %1</source>
        <translation>not registered by the as-of date %1</translation>
    </message>
    <message>
        <source>opened %1, registered %2: %3 days later (limit %4 days)</source>
        <translation>opened %1, registered %2: %3 days later (limit %4 days)</translation>
    </message>
    <message>
        <source>registered name «%1», actual name «%2»</source>
        <translation>registered name «%1», actual name «%2»</translation>
    </message>
</context>
<context>
    <name>MessageRules</name>
    <message>
        <source>received %1, answered %2</source>
        <translation>received %1, answered %2</translation>
    </message>
    <message>
        <source>received %1, unanswered</source>
        <translation>received %1, unanswered</translation>
    </message>
    <message>
        <source>no working online 咨询建言 channel</source>
        <translation>no working online 咨询建言 channel</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the year before %1 not answered within %2 months: %3</source>
        <translation><numerusform>%n message of the year before %1 not answered within %2 months: %3</numerusform><numerusform>%n messages of the year before %1 not answered within %2 months: %3</numerusform></translation>
    </message>
    <message>
        <source>the site has no 留言 channel: no message is published</source>
        <translation>the site has no 留言 channel: no message is published</translation>
    </message>
    <message>
        <source>the 留言 list %1 shows no message</source>
        <translation>the 留言 list %1 shows no message</translation>
    </message>
    <message numerus="yes">
        <source> (%n message(s) received according to the imported records)</source>
        <translation><numerusform> (%n message received according to the imported records)</numerusform><numerusform> (%n messages received according to the imported records)</numerusform></translation>
    </message>
    <message>
        <source>the newest message on the 留言 list %1 was received %2, more than %3 months before the as-of date %4</source>
        <translation>the newest message on the 留言 list %1 was received %2, more than %3 months before the as-of date %4</translation>
    </message>
    <message>
        <source>the newest imported message was received %1, more than %2 months before the as-of date %3</source>
        <translation>the newest imported message was received %1, more than %2 months before the as-of date %3</translation>
    </message>
    <message>
        <source>留言时间</source>
        <translation>留言时间</translation>
    </message>
    <message>
        <source>回复时间</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>答复单位</source>
        <translation>答复单位</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>message %1 «%2» on the 留言 list is published without %3</source>
        <translation>message %1 «%2» on the 留言 list is published without %3</translation>
    </message>
    <message>
        <source>message «%1» received %2, answered %3: %4 working days (limit %5, deadline %6)</source>
        <translation>message «%1» received %2, answered %3: %4 working days (limit %5, deadline %6)</translation>
    </message>
    <message>
        <source>message «%1» received %2, unanswered at the as-of date %3: %4 working days (limit %5, deadline %6)</source>
        <translation>message «%1» received %2, unanswered at the as-of date %3: %4 working days (limit %5, deadline %6)</translation>
    </message>
    <message>
        <source> — counted with weekends only: no holiday data for %1</source>
        <translation> — counted with weekends only: no holiday data for %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>the database has schema version %1, newer than this Xunjian knows (%2): open it with a newer Xunjian</source>
        <translation>the database has schema version %1, newer than this Xunjian knows (%2): open it with a newer Xunjian</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>cannot read migration %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>migration %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>PageDecoder</name>
    <message>
        <source>byte order mark</source>
        <translation>byte order mark</translation>
    </message>
    <message>
        <source>HTTP Content-Type header</source>
        <translation>HTTP Content-Type header</translation>
    </message>
    <message>
        <source>&lt;meta&gt; charset in the page</source>
        <translation>&lt;meta&gt; charset in the page</translation>
    </message>
    <message>
        <source>detected from the bytes</source>
        <translation>detected from the bytes</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>not a PDF file</source>
        <translation>not a PDF file</translation>
    </message>
    <message>
        <source>the PDF's document catalog (/Root) cannot be read</source>
        <translation>the PDF's document catalog (/Root) cannot be read</translation>
    </message>
    <message>
        <source>the PDF has no page to attach the signature field to</source>
        <translation>the PDF has no page to attach the signature field to</translation>
    </message>
    <message>
        <source>the PDF's form (/AcroForm) cannot be extended</source>
        <translation>the PDF's form (/AcroForm) cannot be extended</translation>
    </message>
    <message>
        <source>the first page's annotations cannot be read</source>
        <translation>the first page's annotations cannot be read</translation>
    </message>
    <message>
        <source>the signature did not fit the space reserved for it</source>
        <translation>the signature did not fit the space reserved for it</translation>
    </message>
    <message>
        <source>cannot start the CMS signature</source>
        <translation>cannot start the CMS signature</translation>
    </message>
    <message>
        <source>cannot add the signer to the CMS signature</source>
        <translation>cannot add the signer to the CMS signature</translation>
    </message>
    <message>
        <source>cannot add the signed attributes</source>
        <translation>cannot add the signed attributes</translation>
    </message>
    <message>
        <source>cannot sign with the private key</source>
        <translation>cannot sign with the private key</translation>
    </message>
    <message>
        <source>cannot store the signature value</source>
        <translation>cannot store the signature value</translation>
    </message>
    <message>
        <source>cannot encode the CMS signature</source>
        <translation>cannot encode the CMS signature</translation>
    </message>
    <message>
        <source>not a PDF file: no startxref</source>
        <translation>not a PDF file: no startxref</translation>
    </message>
    <message>
        <source>the PDF's startxref offset is broken</source>
        <translation>the PDF's startxref offset is broken</translation>
    </message>
    <message>
        <source>the PDF's cross-reference table is broken</source>
        <translation>the PDF's cross-reference table is broken</translation>
    </message>
    <message>
        <source>the PDF's cross-reference stream is broken or uses a filter other than FlateDecode</source>
        <translation>the PDF's cross-reference stream is broken or uses a filter other than FlateDecode</translation>
    </message>
    <message>
        <source>the PDF's trailer has no /Size</source>
        <translation>the PDF's trailer has no /Size</translation>
    </message>
    <message>
        <source>the PDF is encrypted: sign it before encrypting</source>
        <translation>the PDF is encrypted: sign it before encrypting</translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>the /Contents is not a CMS SignedData: %1</source>
        <translation>the /Contents is not a CMS SignedData: %1</translation>
    </message>
    <message>
        <source>the CMS does not carry the signer's certificate</source>
        <translation>the CMS does not carry the signer's certificate</translation>
    </message>
    <message>
        <source>Digest Mismatch: the signed bytes were changed after signing</source>
        <translation>Digest Mismatch: the signed bytes were changed after signing</translation>
    </message>
    <message>
        <source>the CMS signature does not verify with its certificate</source>
        <translation>the CMS signature does not verify with its certificate</translation>
    </message>
    <message>
        <source>the /ByteRange does not leave out exactly the /Contents string</source>
        <translation>the /ByteRange does not leave out exactly the /Contents string</translation>
    </message>
    <message>
        <source>the certificate was not checked against a trust list</source>
        <translation>the certificate was not checked against a trust list</translation>
    </message>
</context>
<context>
    <name>ProbeRunner</name>
    <message>
        <source>no site named %1 in the registry</source>
        <translation>no site named %1 in the registry</translation>
    </message>
    <message>
        <source>no running website to probe</source>
        <translation>no running website to probe</translation>
    </message>
</context>
<context>
    <name>RectificationNotice</name>
    <message>
        <source>关于%1政府网站和政务新媒体问题整改的通知</source>
        <translation>关于%1政府网站和政务新媒体问题整改的通知</translation>
    </message>
    <message>
        <source>根据%1全市政府网站和政务新媒体检查情况，你单位主办的%2共%3个问题尚未完成整改（详见附件）。</source>
        <translation>根据%1全市政府网站和政务新媒体检查情况，你单位主办的%2共%3个问题尚未完成整改（详见附件）。</translation>
    </message>
    <message>
        <source>其中%1个问题已超过整改期限。</source>
        <translation>其中%1个问题已超过整改期限。</translation>
    </message>
    <message>
        <source>请你单位按照“谁主办谁负责、谁主管谁负责”的原则，对照问题清单逐项整改，于%1前完成整改，并将整改情况书面报送我局。逾期未整改或整改不到位的，将在下一期检查情况通报中予以通报。</source>
        <translation>请你单位按照“谁主办谁负责、谁主管谁负责”的原则，对照问题清单逐项整改，于%1前完成整改，并将整改情况书面报送我局。逾期未整改或整改不到位的，将在下一期检查情况通报中予以通报。</translation>
    </message>
    <message>
        <source>%1政府网站和政务新媒体问题整改清单</source>
        <translation>%1政府网站和政务新媒体问题整改清单</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>页面</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1（逾期）</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>注：问题截至%1，页面为检查时的地址。</source>
        <translation>注：问题截至%1，页面为检查时的地址。</translation>
    </message>
    <message>
        <source>已通知</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>已复核</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>待整改</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>%1年%2</source>
        <translation>%1年%2</translation>
    </message>
    <message>
        <source>政府网站</source>
        <translation>政府网站</translation>
    </message>
    <message>
        <source>政务新媒体</source>
        <translation>政务新媒体</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>RegistryExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: cannot write</translation>
    </message>
</context>
<context>
    <name>RegistryImporter</name>
    <message>
        <source>账号名称 is empty</source>
        <translation>账号名称 is empty</translation>
    </message>
    <message>
        <source>unknown platform "%1"; expected %2</source>
        <translation>unknown platform "%1"; expected %2</translation>
    </message>
    <message>
        <source>主办单位 is empty</source>
        <translation>主办单位 is empty</translation>
    </message>
    <message>
        <source>unknown status "%1"; expected %2</source>
        <translation>unknown status "%1"; expected %2</translation>
    </message>
    <message>
        <source>%1 account "%2" already given in row %3</source>
        <translation>%1 account "%2" already given in row %3</translation>
    </message>
    <message>
        <source>changed by importing %1</source>
        <translation>changed by importing %1</translation>
    </message>
    <message>
        <source>名称 is empty</source>
        <translation>名称 is empty</translation>
    </message>
    <message>
        <source>no site, channel or account "%1" in the registry</source>
        <translation>no site, channel or account "%1" in the registry</translation>
    </message>
    <message>
        <source>"%1" names %2 objects; give 类型 (the site's 类型 or the account's 平台)</source>
        <translation>"%1" names %2 objects; give 类型 (the site's 类型 or the account's 平台)</translation>
    </message>
    <message>
        <source>no %1 "%2" in the registry</source>
        <translation>no %1 "%2" in the registry</translation>
    </message>
    <message>
        <source>no %1 account "%2" in the registry</source>
        <translation>no %1 account "%2" in the registry</translation>
    </message>
    <message>
        <source>unknown 类型 "%1"; expected a site kind (%2) or a platform (%3)</source>
        <translation>unknown 类型 "%1"; expected a site kind (%2) or a platform (%3)</translation>
    </message>
    <message>
        <source>日期 is empty: a status change needs the date it took effect</source>
        <translation>日期 is empty: a status change needs the date it took effect</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date (%3)</source>
        <translation>%1: "%2" is not a date (%3)</translation>
    </message>
    <message>
        <source>missing column %1 (%2), required in a %3 table</source>
        <translation>missing column %1 (%2), required in a %3 table</translation>
    </message>
    <message>
        <source>column "%1" repeats a column already read</source>
        <translation>column "%1" repeats a column already read</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>database: %1</translation>
    </message>
    <message>
        <source>unknown kind "%1"; expected %2</source>
        <translation>unknown kind "%1"; expected %2</translation>
    </message>
    <message>
        <source>"%1" is not an http(s) address</source>
        <translation>"%1" is not an http(s) address</translation>
    </message>
    <message>
        <source>网站标识码 is required for a %1</source>
        <translation>网站标识码 is required for a %1</translation>
    </message>
    <message>
        <source>malformed 网站标识码 "%1": 10 digits, or bm and 8 digits</source>
        <translation>malformed 网站标识码 "%1": 10 digits, or bm and 8 digits</translation>
    </message>
    <message>
        <source>a 部门频道 needs its hosting site in 上级网站</source>
        <translation>a 部门频道 needs its hosting site in 上级网站</translation>
    </message>
    <message>
        <source>a 部门频道 needs its hosting site, but the file has no 上级网站 column</source>
        <translation>a 部门频道 needs its hosting site, but the file has no 上级网站 column</translation>
    </message>
    <message>
        <source>only a 部门频道 has a 上级网站</source>
        <translation>only a 部门频道 has a 上级网站</translation>
    </message>
    <message>
        <source>%1 "%2" already given in row %3</source>
        <translation>%1 "%2" already given in row %3</translation>
    </message>
    <message>
        <source>网站标识码 %1 already given in row %2</source>
        <translation>网站标识码 %1 already given in row %2</translation>
    </message>
    <message>
        <source>网站标识码 %1 belongs to "%2" in the registry</source>
        <translation>网站标识码 %1 belongs to "%2" in the registry</translation>
    </message>
    <message>
        <source>上级网站 "%1" is not a website in this file or in the registry</source>
        <translation>上级网站 "%1" is not a website in this file or in the registry</translation>
    </message>
    <message>
        <source>网站 is empty</source>
        <translation>网站 is empty</translation>
    </message>
    <message>
        <source>no site "%1" in the registry (名称 or 网站标识码)</source>
        <translation>no site "%1" in the registry (名称 or 网站标识码)</translation>
    </message>
    <message>
        <source>"%1" names %2 sites; give the 网站标识码 instead</source>
        <translation>"%1" names %2 sites; give the 网站标识码 instead</translation>
    </message>
    <message>
        <source>栏目名称 is empty</source>
        <translation>栏目名称 is empty</translation>
    </message>
    <message>
        <source>unknown category "%1"; expected %2</source>
        <translation>unknown category "%1"; expected %2</translation>
    </message>
    <message>
        <source>column "%1" of "%2" already given in row %3</source>
        <translation>column "%1" of "%2" already given in row %3</translation>
    </message>
    <message>
        <source>单位 is empty</source>
        <translation>单位 is empty</translation>
    </message>
    <message>
        <source>unit "%1" already given in row %2</source>
        <translation>unit "%1" already given in row %2</translation>
    </message>
    <message>
        <source>unknown unit kind "%1"; expected %2</source>
        <translation>unknown unit kind "%1"; expected %2</translation>
    </message>
    <message>
        <source>a unit cannot be its own 上级单位</source>
        <translation>a unit cannot be its own 上级单位</translation>
    </message>
    <message>
        <source>上级单位 "%1" is neither in this file nor in the registry</source>
        <translation>上级单位 "%1" is neither in this file nor in the registry</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date or time (%3)</source>
        <translation>%1: "%2" is not a date or time (%3)</translation>
    </message>
    <message>
        <source>a %1 table belongs to a round: name it with --round ID</source>
        <translation>a %1 table belongs to a round: name it with --round ID</translation>
    </message>
    <message>
        <source>no round "%1"; create it first (xunjian round create)</source>
        <translation>no round "%1"; create it first (xunjian round create)</translation>
    </message>
    <message>
        <source>no unit "%1" in the registry; import it with the units table first</source>
        <translation>no unit "%1" in the registry; import it with the units table first</translation>
    </message>
    <message>
        <source>指标 is empty</source>
        <translation>指标 is empty</translation>
    </message>
    <message>
        <source>unknown indicator "%1": give a code of the indicator list (W-V2, W-D-LINK, M-V2 …) or its Chinese name</source>
        <translation>unknown indicator "%1": give a code of the indicator list (W-V2, W-D-LINK, M-V2 …) or its Chinese name</translation>
    </message>
    <message>
        <source>%1 is counted from the catalog table, not filed as a finding</source>
        <translation>%1 is counted from the catalog table, not filed as a finding</translation>
    </message>
    <message>
        <source>问题描述 is empty</source>
        <translation>问题描述 is empty</translation>
    </message>
    <message>
        <source>unknown state "%1"; expected 待复核, 已确认 or 已排除</source>
        <translation>unknown state "%1"; expected 待复核, 已确认 or 已排除</translation>
    </message>
    <message>
        <source>扣分: "%1" is not a number of points between 0 and 100</source>
        <translation>扣分: "%1" is not a number of points between 0 and 100</translation>
    </message>
    <message>
        <source>the same finding is in row %1 with another 状态 or 扣分</source>
        <translation>the same finding is in row %1 with another 状态 or 扣分</translation>
    </message>
    <message>
        <source>留言时间 is empty</source>
        <translation>留言时间 is empty</translation>
    </message>
    <message>
        <source>回复时间 is before 留言时间</source>
        <translation>回复时间 is before 留言时间</translation>
    </message>
    <message>
        <source>the same message is in row %1 with another 回复时间</source>
        <translation>the same message is in row %1 with another 回复时间</translation>
    </message>
    <message>
        <source>发布时间 is empty</source>
        <translation>发布时间 is empty</translation>
    </message>
    <message>
        <source>提醒时间 is empty</source>
        <translation>提醒时间 is empty</translation>
    </message>
    <message>
        <source>no account "%1" in the registry</source>
        <translation>no account "%1" in the registry</translation>
    </message>
    <message>
        <source>no %1 account "%2" in the registry (it has one on %3)</source>
        <translation>no %1 account "%2" in the registry (it has one on %3)</translation>
    </message>
    <message>
        <source>"%1" names %2 accounts (%3); give 平台</source>
        <translation>"%1" names %2 accounts (%3); give 平台</translation>
    </message>
    <message>
        <source>"%1" names %2 accounts (%3); add a 平台 column</source>
        <translation>"%1" names %2 accounts (%3); add a 平台 column</translation>
    </message>
    <message>
        <source>对象 is empty</source>
        <translation>对象 is empty</translation>
    </message>
    <message>
        <source>"%1" names %2 accounts (%3); give the 平台 in 类型</source>
        <translation>"%1" names %2 accounts (%3); give the 平台 in 类型</translation>
    </message>
    <message>
        <source>"%1" names %2 objects; give 类型 (the site's 类型 or the account's 平台) or the 网站标识码</source>
        <translation>"%1" names %2 objects; give 类型 (the site's 类型 or the account's 平台) or the 网站标识码</translation>
    </message>
    <message>
        <source>"%1" is a new-media account, not a website</source>
        <translation>"%1" is a new-media account, not a website</translation>
    </message>
    <message>
        <source>"%1" is a website, not a new-media account</source>
        <translation>"%1" is a website, not a new-media account</translation>
    </message>
    <message>
        <source>%1 is empty: give a count (0 when there is none)</source>
        <translation>%1 is empty: give a count (0 when there is none)</translation>
    </message>
    <message>
        <source>%1: "%2" is not a whole number ≥ 0</source>
        <translation>%1: "%2" is not a whole number ≥ 0</translation>
    </message>
    <message>
        <source>订阅地址 "%1" is not an http(s) address</source>
        <translation>订阅地址 "%1" is not an http(s) address</translation>
    </message>
</context>
<context>
    <name>RenderedDarkLinks</name>
    <message>
        <source>the page could not be loaded and analysed within %1 s</source>
        <translation>the page could not be loaded and analysed within %1 s</translation>
    </message>
    <message>
        <source>the rendered check needs a GUI application object (QGuiApplication)</source>
        <translation>the rendered check needs a GUI application object (QGuiApplication)</translation>
    </message>
    <message>
        <source>the analysis script did not answer</source>
        <translation>the analysis script did not answer</translation>
    </message>
    <message>
        <source>the page could not be analysed (%1)</source>
        <translation>the page could not be analysed (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewRecords</name>
    <message>
        <source>finding %1: unknown state “%2” (pending, confirmed or dismissed)</source>
        <translation>finding %1: unknown state “%2” (pending, confirmed or dismissed)</translation>
    </message>
    <message>
        <source>finding %1: unknown severity “%2” (veto, deduct, notice or manual)</source>
        <translation>finding %1: unknown severity “%2” (veto, deduct, notice or manual)</translation>
    </message>
    <message>
        <source>finding %1: unknown rectification status “%2” (open, notified, fixed or verified)</source>
        <translation>finding %1: unknown rectification status “%2” (open, notified, fixed or verified)</translation>
    </message>
    <message>
        <source>finding %1: points cannot be negative</source>
        <translation>finding %1: points cannot be negative</translation>
    </message>
    <message>
        <source>finding %1: no unit %2</source>
        <translation>finding %1: no unit %2</translation>
    </message>
    <message>
        <source>finding %1 does not exist</source>
        <translation>finding %1 does not exist</translation>
    </message>
    <message>
        <source>finding %1: unknown indicator “%2”</source>
        <translation>finding %1: unknown indicator “%2”</translation>
    </message>
    <message>
        <source>finding %1: indicator %2 does not apply to a %3</source>
        <translation>finding %1: indicator %2 does not apply to a %3</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>finding %1 was changed by %2 meanwhile (version %3, not %4)</source>
        <translation>finding %1 was changed by %2 meanwhile (version %3, not %4)</translation>
    </message>
    <message>
        <source>finding %1: dismissing needs a reason</source>
        <translation>finding %1: dismissing needs a reason</translation>
    </message>
    <message>
        <source>finding %1: changing the severity or the indicator needs a reason</source>
        <translation>finding %1: changing the severity or the indicator needs a reason</translation>
    </message>
    <message>
        <source>finding %1: %2</source>
        <translation>finding %1: %2</translation>
    </message>
    <message>
        <source>finding %1 was changed meanwhile</source>
        <translation>finding %1 was changed meanwhile</translation>
    </message>
    <message>
        <source>finding %1 has no change to undo</source>
        <translation>finding %1 has no change to undo</translation>
    </message>
    <message>
        <source>checklist %1 %2 %3</source>
        <translation>checklist %1 %2 %3</translation>
    </message>
    <message>
        <source>%1: unknown result “%2” (pass, fail, na or undecided)</source>
        <translation>%1: unknown result “%2” (pass, fail, na or undecided)</translation>
    </message>
    <message>
        <source>%1: unknown indicator</source>
        <translation>%1: unknown indicator</translation>
    </message>
    <message>
        <source>%1: the indicator does not apply to this kind of object</source>
        <translation>%1: the indicator does not apply to this kind of object</translation>
    </message>
    <message>
        <source>%1 was changed by %2 meanwhile</source>
        <translation>%1 was changed by %2 meanwhile</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>to rectify</source>
        <translation>to rectify</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>notified</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>rectified</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>responsible unit</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>rectification</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>dismissal reason</source>
        <translation>dismissal reason</translation>
    </message>
    <message>
        <source>finding %1: the screenshot is empty</source>
        <translation>finding %1: the screenshot is empty</translation>
    </message>
    <message>
        <source>finding %1: unknown pane “%2” (captured, live or previous)</source>
        <translation>finding %1: unknown pane “%2” (captured, live or previous)</translation>
    </message>
    <message>
        <source>finding %1: keeping the screenshot failed: %2</source>
        <translation>finding %1: keeping the screenshot failed: %2</translation>
    </message>
    <message>
        <source>confirmed %1 (%2), finding %3: %4</source>
        <translation>confirmed %1 (%2), finding %3: %4</translation>
    </message>
    <message>
        <source>finding %1: filing its %2 finding failed: %3</source>
        <translation>finding %1: filing its %2 finding failed: %3</translation>
    </message>
    <message>
        <source>promoted from finding %1</source>
        <translation>promoted from finding %1</translation>
    </message>
    <message>
        <source>finding %1: removing its promoted finding failed: %2</source>
        <translation>finding %1: removing its promoted finding failed: %2</translation>
    </message>
    <message>
        <source>manual finding: unknown indicator “%1”</source>
        <translation>manual finding: unknown indicator “%1”</translation>
    </message>
    <message>
        <source>manual finding: indicator %1 does not apply to a %2</source>
        <translation>manual finding: indicator %1 does not apply to a %2</translation>
    </message>
    <message>
        <source>manual finding: no round “%1”</source>
        <translation>manual finding: no round “%1”</translation>
    </message>
    <message>
        <source>manual finding: no site %1</source>
        <translation>manual finding: no site %1</translation>
    </message>
    <message>
        <source>manual finding: no account %1</source>
        <translation>manual finding: no account %1</translation>
    </message>
    <message>
        <source>manual finding: say what is wrong (evidence text or a selection)</source>
        <translation>manual finding: say what is wrong (evidence text or a selection)</translation>
    </message>
    <message>
        <source>manual finding: %1</source>
        <translation>manual finding: %1</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
</context>
<context>
    <name>RoundResults</name>
    <message>
        <source>no round %1</source>
        <translation>no round %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Round %1: window %2 – %3, as of %4</source>
        <translation>Round %1: window %2 – %3, as of %4</translation>
    </message>
    <message>
        <source>  failed: %1 (%2): %3</source>
        <translation>  failed: %1 (%2): %3</translation>
    </message>
    <message>
        <source>Websites: %1 checked (%2 service platforms), %3 passed, pass rate %4</source>
        <translation>Websites: %1 checked (%2 service platforms), %3 passed, pass rate %4</translation>
    </message>
    <message>
        <source>Channels: %1 checked, %2 passed, pass rate %3</source>
        <translation>Channels: %1 checked, %2 passed, pass rate %3</translation>
    </message>
    <message>
        <source>Accounts: %1 checked, %2 passed, pass rate %3</source>
        <translation>Accounts: %1 checked, %2 passed, pass rate %3</translation>
    </message>
    <message>
        <source>  notice: %1 (%2): %3</source>
        <translation>  notice: %1 (%2): %3</translation>
    </message>
    <message>
        <source>Closed in the window: %1 (%2), %3 on %4 %5</source>
        <translation>Closed in the window: %1 (%2), %3 on %4 %5</translation>
    </message>
    <message>
        <source>Registered late in the window: %1 (%2) on %3</source>
        <translation>Registered late in the window: %1 (%2) on %3</translation>
    </message>
    <message>
        <source>Registered in the window: %1 (%2) on %3</source>
        <translation>Registered in the window: %1 (%2) on %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Catalog: %1 linked (province rank %2), %3 open (province rank %4)</source>
        <translation>Catalog: %1 linked (province rank %2), %3 open (province rank %4)</translation>
    </message>
    <message>
        <source>  most linked: %1</source>
        <translation>  most linked: %1</translation>
    </message>
    <message>
        <source>  most open: %1</source>
        <translation>  most open: %1</translation>
    </message>
    <message>
        <source>  city departments with fewer than %1 open: %2</source>
        <translation>  city departments with fewer than %1 open: %2</translation>
    </message>
    <message>
        <source>  units with nothing open: %1</source>
        <translation>  units with nothing open: %1</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>no round %1</source>
        <translation>no round %1</translation>
    </message>
    <message>
        <source>no website or channel with id %1</source>
        <translation>no website or channel with id %1</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>no account with id %1</translation>
    </message>
</context>
<context>
    <name>SealImage</name>
    <message>
        <source>示例机关</source>
        <translation>示例机关</translation>
    </message>
    <message>
        <source>样章</source>
        <translation>样章</translation>
    </message>
    <message>
        <source>%1: not an image the program can read (%2)</source>
        <translation>%1: not an image the program can read (%2)</translation>
    </message>
    <message>
        <source>%1: the seal image has no transparency; use a PNG whose background is transparent</source>
        <translation>%1: the seal image has no transparency; use a PNG whose background is transparent</translation>
    </message>
</context>
<context>
    <name>SigningIdentity</name>
    <message>
        <source>cannot read the certificate file %1: %2</source>
        <translation>cannot read the certificate file %1: %2</translation>
    </message>
    <message>
        <source>not a PKCS#12 (.p12/.pfx) file: %1</source>
        <translation>not a PKCS#12 (.p12/.pfx) file: %1</translation>
    </message>
    <message>
        <source>cannot open the PKCS#12 file (wrong password, or no key and certificate in it): %1</source>
        <translation>cannot open the PKCS#12 file (wrong password, or no key and certificate in it): %1</translation>
    </message>
    <message>
        <source>the PKCS#12 file's key does not belong to its certificate</source>
        <translation>the PKCS#12 file's key does not belong to its certificate</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>the Qt SQL driver for %1 is not installed</source>
        <translation>the Qt SQL driver for %1 is not installed</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: cannot open the database: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a Xunjian database: %2</source>
        <translation>%1: not a Xunjian database: %2</translation>
    </message>
    <message>
        <source>no round %1</source>
        <translation>no round %1</translation>
    </message>
    <message>
        <source>a status change needs the date it took effect</source>
        <translation>a status change needs the date it took effect</translation>
    </message>
    <message>
        <source>no such object (id %1)</source>
        <translation>no such object (id %1)</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1: not a PostgreSQL address; expected postgresql://user@host:port/database</source>
        <translation>%1: not a PostgreSQL address; expected postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>no database given</source>
        <translation>no database given</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: this is an old .xls workbook or a password-protected one; open it in Excel or WPS and save it as .xlsx or CSV</source>
        <translation>%1: this is an old .xls workbook or a password-protected one; open it in Excel or WPS and save it as .xlsx or CSV</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: the file is larger than %2 MiB</translation>
    </message>
    <message>
        <source>%1: more than %2 cells</source>
        <translation>%1: more than %2 cells</translation>
    </message>
    <message>
        <source>%1:%2: unterminated quoted field</source>
        <translation>%1:%2: unterminated quoted field</translation>
    </message>
    <message>
        <source>%1: not a readable XLSX workbook (%2)</source>
        <translation>%1: not a readable XLSX workbook (%2)</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (%2 is missing)</source>
        <translation>%1: not an XLSX workbook (%2 is missing)</translation>
    </message>
    <message>
        <source>%1: sheet "%2" is not a worksheet</source>
        <translation>%1: sheet "%2" is not a worksheet</translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet</source>
        <translation>%1: the workbook has no worksheet</translation>
    </message>
    <message>
        <source>%1: no sheet named "%2" (sheets: %3)</source>
        <translation>%1: no sheet named "%2" (sheets: %3)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2 is missing)</source>
        <translation>%1: the workbook is damaged (%2 is missing)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (row %2)</source>
        <translation>%1: the workbook is damaged (row %2)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (cell reference "%2")</source>
        <translation>%1: the workbook is damaged (cell reference "%2")</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (cell outside the sheet)</source>
        <translation>%1: the workbook is damaged (cell outside the sheet)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (cell %2%3 refers to a missing shared string)</source>
        <translation>%1: the workbook is damaged (cell %2%3 refers to a missing shared string)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2)</source>
        <translation>%1: the workbook is damaged (%2)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2, line %3: %4)</source>
        <translation>%1: the workbook is damaged (%2, line %3: %4)</translation>
    </message>
</context>
<context>
    <name>TableSchemas</name>
    <message>
        <source>the headers fit more than one table; name it with --as</source>
        <translation>the headers fit more than one table; name it with --as</translation>
    </message>
    <message>
        <source>the headers match no known table (sites, units, accounts, columns, status, posts, reminders, messages, catalog, findings); check the header row or name the table with --as</source>
        <translation>the headers match no known table (sites, units, accounts, columns, status, posts, reminders, messages, catalog, findings); check the header row or name the table with --as</translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>the file is not valid %1 text: undecodable bytes at byte offset %2</source>
        <translation>the file is not valid %1 text: undecodable bytes at byte offset %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>City department</source>
        <translation>City department</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>County or district</translation>
    </message>
    <message>
        <source>Development zone</source>
        <translation>Development zone</translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation>Other unit</translation>
    </message>
    <message>
        <source>Portal website</source>
        <translation>Portal website</translation>
    </message>
    <message>
        <source>Department website</source>
        <translation>Department website</translation>
    </message>
    <message>
        <source>Service platform</source>
        <translation>Service platform</translation>
    </message>
    <message>
        <source>Department channel</source>
        <translation>Department channel</translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation>WeChat official account</translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation>WeChat Channels</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>Toutiao</source>
        <translation>Toutiao</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>Mini program</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>Other platform</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>To be verified</source>
        <translation>To be verified</translation>
    </message>
    <message>
        <source>Registered late</source>
        <translation>Registered late</translation>
    </message>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Policy documents</source>
        <translation>Policy documents</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Other column</source>
        <translation>Other column</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Reviewing</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>Warc</name>
    <message>
        <source>decompressed data exceeds the limit of %1 bytes</source>
        <translation>decompressed data exceeds the limit of %1 bytes</translation>
    </message>
    <message>
        <source>compressed data is truncated</source>
        <translation>compressed data is truncated</translation>
    </message>
    <message>
        <source>compressed data is corrupt (%1)</source>
        <translation>compressed data is corrupt (%1)</translation>
    </message>
    <message>
        <source>cannot seek to offset %1</source>
        <translation>cannot seek to offset %1</translation>
    </message>
</context>
<context>
    <name>WarcReader</name>
    <message>
        <source>not a WARC record (no WARC/ version line)</source>
        <translation>not a WARC record (no WARC/ version line)</translation>
    </message>
    <message>
        <source>WARC record headers do not end</source>
        <translation>WARC record headers do not end</translation>
    </message>
    <message>
        <source>malformed WARC header line: %1</source>
        <translation>malformed WARC header line: %1</translation>
    </message>
    <message>
        <source>WARC record has no valid Content-Length</source>
        <translation>WARC record has no valid Content-Length</translation>
    </message>
    <message>
        <source>WARC record block is truncated (%1 of %2 bytes)</source>
        <translation>WARC record block is truncated (%1 of %2 bytes)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>the record at offset %1 is %2 bytes long, not %3</source>
        <translation>the record at offset %1 is %2 bytes long, not %3</translation>
    </message>
    <message>
        <source>the record at offset %1 is %2, not %3</source>
        <translation>the record at offset %1 is %2, not %3</translation>
    </message>
    <message>
        <source>not a complete HTTP message</source>
        <translation>not a complete HTTP message</translation>
    </message>
    <message>
        <source>the chunked HTTP body is broken or truncated</source>
        <translation>the chunked HTTP body is broken or truncated</translation>
    </message>
    <message>
        <source>unsupported content encoding: %1</source>
        <translation>unsupported content encoding: %1</translation>
    </message>
    <message>
        <source>the body exceeds the limit of %1 bytes</source>
        <translation>the body exceeds the limit of %1 bytes</translation>
    </message>
    <message>
        <source>%1 at offset %2: %3</source>
        <translation>%1 at offset %2: %3</translation>
    </message>
</context>
<context>
    <name>WarcWriter</name>
    <message>
        <source>cannot create the evidence folder %1</source>
        <translation>cannot create the evidence folder %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>no free file name for %1 in %2</source>
        <translation>no free file name for %1 in %2</translation>
    </message>
    <message>
        <source>cannot compress a WARC record</source>
        <translation>cannot compress a WARC record</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>WebsiteEvaluation</name>
    <message>
        <source>the holiday calendar has no data for %1: working days there count weekends only (import it with: xunjian calendar import)</source>
        <translation>the holiday calendar has no data for %1: working days there count weekends only (import it with: xunjian calendar import)</translation>
    </message>
    <message>
        <source>no site with id %1</source>
        <translation>no site with id %1</translation>
    </message>
    <message>
        <source>round %1 has no finished check run: nothing to judge</source>
        <translation>round %1 has no finished check run: nothing to judge</translation>
    </message>
</context>
<context>
    <name>WordingCheck</name>
    <message>
        <source>serious wording error “%1”: %2</source>
        <translation>serious wording error “%1”: %2</translation>
    </message>
    <message>
        <source>serious wording error: “%1” should read “%2”: %3</source>
        <translation>serious wording error: “%1” should read “%2”: %3</translation>
    </message>
    <message>
        <source>possible typo “%1”: %2</source>
        <translation>possible typo “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” should read “%2”: %3</source>
        <translation>“%1” should read “%2”: %3</translation>
    </message>
    <message>
        <source>sensitive word “%1”: %2</source>
        <translation>sensitive word “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n time(s) on this page)</source>
        <translation><numerusform>(%n time on this page)</numerusform><numerusform>(%n times on this page)</numerusform></translation>
    </message>
</context>
<context>
    <name>WordingDictionary</name>
    <message>
        <source>Serious wording error</source>
        <translation>Serious wording error</translation>
    </message>
    <message>
        <source>Typo</source>
        <translation>Typo</translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation>Sensitive word</translation>
    </message>
    <message>
        <source>Allowed phrase</source>
        <translation>Allowed phrase</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>suspected</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>the term is empty</source>
        <translation>the term is empty</translation>
    </message>
    <message>
        <source>the term “%1” starts or ends with a space</source>
        <translation>the term “%1” starts or ends with a space</translation>
    </message>
    <message>
        <source>the term “%1” has a line break</source>
        <translation>the term “%1” has a line break</translation>
    </message>
    <message>
        <source>the term “%1…” is longer than 100 characters</source>
        <translation>the term “%1…” is longer than 100 characters</translation>
    </message>
    <message>
        <source>the correct form of “%1” is the term itself</source>
        <translation>the correct form of “%1” is the term itself</translation>
    </message>
    <message>
        <source>unknown level “%1”; expected 一般, 疑似 or 严重</source>
        <translation>unknown level “%1”; expected 一般, 疑似 or 严重</translation>
    </message>
    <message>
        <source>“%1” is already in the dictionary as %2</source>
        <translation>“%1” is already in the dictionary as %2</translation>
    </message>
    <message>
        <source>no dictionary entry %1</source>
        <translation>no dictionary entry %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>larger than %1 MiB</translation>
    </message>
    <message>
        <source>“%1” is on row %2 already, with another correct form (“%3”)</source>
        <translation>“%1” is on row %2 already, with another correct form (“%3”)</translation>
    </message>
    <message>
        <source>a word list (.txt) needs a kind: serious, typo, sensitive or allow</source>
        <translation>a word list (.txt) needs a kind: serious, typo, sensitive or allow</translation>
    </message>
    <message>
        <source>more than a term and its correct form: “%1”</source>
        <translation>more than a term and its correct form: “%1”</translation>
    </message>
    <message>
        <source>no term before the separator</source>
        <translation>no term before the separator</translation>
    </message>
    <message>
        <source>column “%1” repeats column %2</source>
        <translation>column “%1” repeats column %2</translation>
    </message>
    <message>
        <source>no 词语 (term) column; the header is: %1</source>
        <translation>no 词语 (term) column; the header is: %1</translation>
    </message>
    <message>
        <source>no 类型 (kind) column: give the kind of every entry with --kind</source>
        <translation>no 类型 (kind) column: give the kind of every entry with --kind</translation>
    </message>
    <message>
        <source>no kind: expected 严重表述错误, 错别字, 敏感词 or 允许词</source>
        <translation>no kind: expected 严重表述错误, 错别字, 敏感词 or 允许词</translation>
    </message>
    <message>
        <source>unknown kind “%1”: expected 严重表述错误, 错别字, 敏感词 or 允许词</source>
        <translation>unknown kind “%1”: expected 严重表述错误, 错别字, 敏感词 or 允许词</translation>
    </message>
    <message>
        <source>unknown level “%1”: expected 一般, 疑似 or 严重</source>
        <translation>unknown level “%1”: expected 一般, 疑似 or 严重</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>database: %1</translation>
    </message>
</context>
<context>
    <name>WordingEntriesModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Correct form</source>
        <translation>Correct form</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>WordingMatcher</name>
    <message>
        <source>Hyperscan could not compile the dictionary: %1</source>
        <translation>Hyperscan could not compile the dictionary: %1</translation>
    </message>
    <message>
        <source>Hyperscan could not allocate its scratch space</source>
        <translation>Hyperscan could not allocate its scratch space</translation>
    </message>
    <message>
        <source>this CPU is not one Hyperscan supports (it needs SSSE3)</source>
        <translation>this CPU is not one Hyperscan supports (it needs SSSE3)</translation>
    </message>
    <message>
        <source>built without Hyperscan</source>
        <translation>built without Hyperscan</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>not a valid zip archive</source>
        <translation>not a valid zip archive</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 is encrypted</translation>
    </message>
    <message>
        <source>%1: unsupported compression method</source>
        <translation>%1: unsupported compression method</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 is damaged</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <source>%1 is damaged (checksum mismatch)</source>
        <translation>%1 is damaged (checksum mismatch)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>export KIND FILE                        write a table as CSV (UTF-8 BOM) or XLSX</source>
        <translation>export KIND FILE                        write a table as CSV (UTF-8 BOM) or XLSX</translation>
    </message>
    <message>
        <source>counts [--format json]                  registry counts as the bulletin states them</source>
        <translation>counts [--format json]                  registry counts as the bulletin states them</translation>
    </message>
    <message>
        <source>demo --db FILE                          create the demo database</source>
        <translation>demo --db FILE                          create the demo database</translation>
    </message>
    <message>
        <source>screenshot --view NAME --out FILE.png   picture of a view, taken offscreen</source>
        <translation>screenshot --view NAME --out FILE.png   picture of a view, taken offscreen</translation>
    </message>
    <message>
        <source>Usage: xunjian [--db DB] [COMMAND …]</source>
        <translation>Usage: xunjian [--db DB] [COMMAND …]</translation>
    </message>
    <message>
        <source>Without a command the workstation opens. Commands:</source>
        <translation>Without a command the workstation opens. Commands:</translation>
    </message>
    <message>
        <source>Every command takes --db DB (a SQLite file or postgresql://user@host:port/db; default $XUNJIAN_DB, else the user's own database).</source>
        <translation>Every command takes --db DB (a SQLite file or postgresql://user@host:port/db; default $XUNJIAN_DB, else the user's own database).</translation>
    </message>
    <message>
        <source>The store: a SQLite file or postgresql://user@host:port/db.</source>
        <translation>The store: a SQLite file or postgresql://user@host:port/db.</translation>
    </message>
    <message>
        <source>The view: %1.</source>
        <translation>The view: %1.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Window size, WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <source>xunjian screenshot: give --out FILE.png and a --size like 1440x900</source>
        <translation>xunjian screenshot: give --out FILE.png and a --size like 1440x900</translation>
    </message>
    <message>
        <source>xunjian screenshot: unknown view "%1"; expected one of %2</source>
        <translation>xunjian screenshot: unknown view "%1"; expected one of %2</translation>
    </message>
    <message>
        <source>xunjian screenshot: cannot write %1</source>
        <translation>xunjian screenshot: cannot write %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported (%n problem(s))</source>
        <translation><numerusform>%1: nothing imported (%n problem)</numerusform><numerusform>%1: nothing imported (%n problems)</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 table, %3 rows (%4): %5 new, %6 changed, %7 unchanged, %8 status changes</source>
        <translation>%1: %2 table, %3 rows (%4): %5 new, %6 changed, %7 unchanged, %8 status changes</translation>
    </message>
    <message>
        <source>CSV or XLSX files, imported in the order given.</source>
        <translation>CSV or XLSX files, imported in the order given.</translation>
    </message>
    <message>
        <source>The XLSX sheet (default: the first).</source>
        <translation>The XLSX sheet (default: the first).</translation>
    </message>
    <message>
        <source>xunjian import: name at least one file</source>
        <translation>xunjian import: name at least one file</translation>
    </message>
    <message>
        <source>units, sites, columns, accounts or status</source>
        <translation>units, sites, columns, accounts or status</translation>
    </message>
    <message>
        <source>A .csv (UTF-8 with BOM) or .xlsx file.</source>
        <translation>A .csv (UTF-8 with BOM) or .xlsx file.</translation>
    </message>
    <message>
        <source>xunjian export: expected KIND and FILE</source>
        <translation>xunjian export: expected KIND and FILE</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text or json</translation>
    </message>
    <message>
        <source>Replace an existing demo database.</source>
        <translation>Replace an existing demo database.</translation>
    </message>
    <message>
        <source>xunjian demo: give the new SQLite file with --db</source>
        <translation>xunjian demo: give the new SQLite file with --db</translation>
    </message>
    <message>
        <source>xunjian demo: %1 exists; add --force to replace it</source>
        <translation>xunjian demo: %1 exists; add --force to replace it</translation>
    </message>
    <message>
        <source>demo database ready: %1</source>
        <translation>demo database ready: %1</translation>
    </message>
    <message>
        <source>The round, e.g. 2026Q3.</source>
        <translation>The round, e.g. 2026Q3.</translation>
    </message>
    <message>
        <source>First day of the sampling window.</source>
        <translation>First day of the sampling window.</translation>
    </message>
    <message>
        <source>Last day of the sampling window.</source>
        <translation>Last day of the sampling window.</translation>
    </message>
    <message>
        <source>The date the checks judge against (default: --to).</source>
        <translation>The date the checks judge against (default: --to).</translation>
    </message>
    <message>
        <source>xunjian round create: give one round ID</source>
        <translation>xunjian round create: give one round ID</translation>
    </message>
    <message>
        <source>xunjian round create: "%1" is not a round ID (letters, digits, - _ .; e.g. 2026Q3)</source>
        <translation>xunjian round create: "%1" is not a round ID (letters, digits, - _ .; e.g. 2026Q3)</translation>
    </message>
    <message>
        <source>xunjian round create: --%1 "%2" is not a date</source>
        <translation>xunjian round create: --%1 "%2" is not a date</translation>
    </message>
    <message>
        <source>xunjian round create: --from and --to are required</source>
        <translation>xunjian round create: --from and --to are required</translation>
    </message>
    <message>
        <source>xunjian round create: the window ends before it starts</source>
        <translation>xunjian round create: the window ends before it starts</translation>
    </message>
    <message>
        <source>xunjian round create: round %1 exists already</source>
        <translation>xunjian round create: round %1 exists already</translation>
    </message>
    <message>
        <source>round %1: %2 to %3, as of %4</source>
        <translation>round %1: %2 to %3, as of %4</translation>
    </message>
    <message>
        <source>The round to check, e.g. 2026Q3.</source>
        <translation>The round to check, e.g. 2026Q3.</translation>
    </message>
    <message>
        <source>Check only this site (repeatable).</source>
        <translation>Check only this site (repeatable).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation>Requests in flight at once (default 8).</translation>
    </message>
    <message>
        <source>Requests in flight to one host (default 2).</source>
        <translation>Requests in flight to one host (default 2).</translation>
    </message>
    <message>
        <source>Milliseconds between two requests to one host (default 1000).</source>
        <translation>Milliseconds between two requests to one host (default 1000).</translation>
    </message>
    <message>
        <source>Content pages sampled per column (default 3).</source>
        <translation>Content pages sampled per column (default 3).</translation>
    </message>
    <message>
        <source>Pages fetched per site at most (default 200).</source>
        <translation>Pages fetched per site at most (default 200).</translation>
    </message>
    <message>
        <source>Do not honour robots.txt (inspections may).</source>
        <translation>Do not honour robots.txt (inspections may).</translation>
    </message>
    <message>
        <source>Do not fetch pages whose certificate is wrong (they are recorded either way).</source>
        <translation>Do not fetch pages whose certificate is wrong (they are recorded either way).</translation>
    </message>
    <message>
        <source>The User-Agent header to send (default: Xunjian's own).</source>
        <translation>The User-Agent header to send (default: Xunjian's own).</translation>
    </message>
    <message>
        <source>Start a new run instead of resuming an unfinished one.</source>
        <translation>Start a new run instead of resuming an unfinished one.</translation>
    </message>
    <message>
        <source>xunjian check: name one round</source>
        <translation>xunjian check: name one round</translation>
    </message>
    <message>
        <source>xunjian check: --%1 takes a whole number of at least %2</source>
        <translation>xunjian check: --%1 takes a whole number of at least %2</translation>
    </message>
    <message>
        <source>sites %1/%2 · pages %3/%4 · links %5/%6 · findings %7</source>
        <translation>sites %1/%2 · pages %3/%4 · links %5/%6 · findings %7</translation>
    </message>
    <message>
        <source>interrupted: the run can be resumed with the same command</source>
        <translation>interrupted: the run can be resumed with the same command</translation>
    </message>
    <message>
        <source>run %1 of round %2: %3</source>
        <translation>run %1 of round %2: %3</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>stopped, resumable</source>
        <translation>stopped, resumable</translation>
    </message>
    <message>
        <source>The round.</source>
        <translation>The round.</translation>
    </message>
    <message>
        <source>json or csv</source>
        <translation>json or csv</translation>
    </message>
    <message>
        <source>Only this indicator code, e.g. W-D-LINK.</source>
        <translation>Only this indicator code, e.g. W-D-LINK.</translation>
    </message>
    <message>
        <source>xunjian findings: name one round; --format json or csv</source>
        <translation>xunjian findings: name one round; --format json or csv</translation>
    </message>
    <message>
        <source>xunjian findings: no round %1</source>
        <translation>xunjian findings: no round %1</translation>
    </message>
    <message>
        <source>check ROUND [--target NAME…] [--jobs N]  crawl and check the round's sites (resumable)</source>
        <translation>check ROUND [--target NAME…] [--jobs N]  crawl and check the round's sites (resumable)</translation>
    </message>
    <message>
        <source>findings ROUND [--format json|csv]      the round's findings</source>
        <translation>findings ROUND [--format json|csv]      the round's findings</translation>
    </message>
    <message>
        <source>probe [--target NAME…]                  one availability probe of every running website</source>
        <translation>probe [--target NAME…]                  one availability probe of every running website</translation>
    </message>
    <message>
        <source>monitor [--interval 72m] [--passes N]   keep probing, as a service (W-V2)</source>
        <translation>monitor [--interval 72m] [--passes N]   keep probing, as a service (W-V2)</translation>
    </message>
    <message>
        <source>availability ROUND [--format json]      probe coverage and the W-V2 verdict per website</source>
        <translation>availability ROUND [--format json]      probe coverage and the W-V2 verdict per website</translation>
    </message>
    <message>
        <source>columns suggested | accept ID… | reject ID…  columns found by checks</source>
        <translation>columns suggested | accept ID… | reject ID…  columns found by checks</translation>
    </message>
    <message>
        <source>Suggestion ids (accept, reject).</source>
        <translation>Suggestion ids (accept, reject).</translation>
    </message>
    <message>
        <source>With accept: the column's category instead of the guessed one.</source>
        <translation>With accept: the column's category instead of the guessed one.</translation>
    </message>
    <message>
        <source>xunjian columns: expected suggested, accept ID… or reject ID…</source>
        <translation>xunjian columns: expected suggested, accept ID… or reject ID…</translation>
    </message>
    <message>
        <source>xunjian columns: unknown category "%1"; expected %2</source>
        <translation>xunjian columns: unknown category "%1"; expected %2</translation>
    </message>
    <message>
        <source>xunjian columns: no suggestion %1</source>
        <translation>xunjian columns: no suggestion %1</translation>
    </message>
    <message>
        <source>Probe only this site (repeatable).</source>
        <translation>Probe only this site (repeatable).</translation>
    </message>
    <message>
        <source>Time between passes: 72m, 30s, 1h (default 72m: 20 probes a day).</source>
        <translation>Time between passes: 72m, 30s, 1h (default 72m: 20 probes a day).</translation>
    </message>
    <message>
        <source>Stop after this many passes (default: run until stopped).</source>
        <translation>Stop after this many passes (default: run until stopped).</translation>
    </message>
    <message>
        <source>xunjian monitor: --interval takes a time like 72m, 30s or 1h</source>
        <translation>xunjian monitor: --interval takes a time like 72m, 30s or 1h</translation>
    </message>
    <message>
        <source>pass %1 done at %2</source>
        <translation>pass %1 done at %2</translation>
    </message>
    <message>
        <source>xunjian availability: name an existing round</source>
        <translation>xunjian availability: name an existing round</translation>
    </message>
    <message>
        <source>import FILE… [--as KIND] [--round ID]    load registry and report tables (CSV/XLSX)</source>
        <translation>import FILE… [--as KIND] [--round ID]    load registry and report tables (CSV/XLSX)</translation>
    </message>
    <message>
        <source>round create ID --from DATE --to DATE [--as-of DATE] | round list | round set ID --linked-rank N --open-rank N</source>
        <translation>round create ID --from DATE --to DATE [--as-of DATE] | round list | round set ID --linked-rank N --open-rank N</translation>
    </message>
    <message>
        <source>evaluate ROUND                          file the new-media findings (M-V2, M-V3, M-P-*) of the round</source>
        <translation>evaluate ROUND                          file the new-media findings (M-V2, M-V3, M-P-*) of the round</translation>
    </message>
    <message>
        <source>summary ROUND [--format text|json]      the bulletin's figures: checked, passed, rates, lists, catalog</source>
        <translation>summary ROUND [--format text|json]      the bulletin's figures: checked, passed, rates, lists, catalog</translation>
    </message>
    <message>
        <source>finding add ROUND --target NAME --indicator CODE --description TEXT  record a finding by hand</source>
        <translation>finding add ROUND --target NAME --indicator CODE --description TEXT  record a finding by hand</translation>
    </message>
    <message>
        <source>%1 table of round %2</source>
        <translation>%1 table of round %2</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>%1 table</translation>
    </message>
    <message>
        <source>%1: %2, %3 rows (%4): %5 new, %6 changed, %7 unchanged</source>
        <translation>%1: %2, %3 rows (%4): %5 new, %6 changed, %7 unchanged</translation>
    </message>
    <message>
        <source>The table: units, sites, columns, accounts, status, posts, reminders, messages, catalog or findings (default: from the headers).</source>
        <translation>The table: units, sites, columns, accounts, status, posts, reminders, messages, catalog or findings (default: from the headers).</translation>
    </message>
    <message>
        <source>The round catalog and findings tables belong to (required for them).</source>
        <translation>The round catalog and findings tables belong to (required for them).</translation>
    </message>
    <message>
        <source>xunjian import: unknown table "%1"; expected units, sites, columns, accounts, status, posts, reminders, messages, catalog or findings</source>
        <translation>xunjian import: unknown table "%1"; expected units, sites, columns, accounts, status, posts, reminders, messages, catalog or findings</translation>
    </message>
    <message>
        <source>xunjian export: unknown table "%1"; expected units, sites, columns, accounts or status</source>
        <translation>xunjian export: unknown table "%1"; expected units, sites, columns, accounts or status</translation>
    </message>
    <message>
        <source>Province rank by 挂接目录数 (1 = first; none clears it).</source>
        <translation>Province rank by 挂接目录数 (1 = first; none clears it).</translation>
    </message>
    <message>
        <source>Province rank by 开放数据数 (1 = first; none clears it).</source>
        <translation>Province rank by 开放数据数 (1 = first; none clears it).</translation>
    </message>
    <message>
        <source>xunjian round set: give one round ID</source>
        <translation>xunjian round set: give one round ID</translation>
    </message>
    <message>
        <source>xunjian round set: give --linked-rank, --open-rank or both</source>
        <translation>xunjian round set: give --linked-rank, --open-rank or both</translation>
    </message>
    <message>
        <source>xunjian round set: --%1 "%2" is not a rank (1, 2, … or none)</source>
        <translation>xunjian round set: --%1 "%2" is not a rank (1, 2, … or none)</translation>
    </message>
    <message>
        <source>xunjian round set: no round %1</source>
        <translation>xunjian round set: no round %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>round %1: linked rank %2, open rank %3</source>
        <translation>round %1: linked rank %2, open rank %3</translation>
    </message>
    <message>
        <source>xunjian round: expected create, list or set</source>
        <translation>xunjian round: expected create, list or set</translation>
    </message>
    <message>
        <source>xunjian %1: name an existing round</source>
        <translation>xunjian %1: name an existing round</translation>
    </message>
    <message>
        <source>xunjian %1: no post on record for any account of the round: M-V2, M-P-DEADLINE and M-P-REMIND were not evaluated (import the posts table first)</source>
        <translation>xunjian %1: no post on record for any account of the round: M-V2, M-P-DEADLINE and M-P-REMIND were not evaluated (import the posts table first)</translation>
    </message>
    <message>
        <source>round %1: %2 accounts evaluated, %3 findings filed (%4), %5 earlier ones removed</source>
        <translation>round %1: %2 accounts evaluated, %3 findings filed (%4), %5 earlier ones removed</translation>
    </message>
    <message>
        <source>Do not evaluate the new-media rules first (use the findings as they are).</source>
        <translation>Do not evaluate the new-media rules first (use the findings as they are).</translation>
    </message>
    <message>
        <source>City departments with fewer open data items than this are listed (default 10).</source>
        <translation>City departments with fewer open data items than this are listed (default 10).</translation>
    </message>
    <message>
        <source>xunjian summary: --format text or json</source>
        <translation>xunjian summary: --format text or json</translation>
    </message>
    <message>
        <source>xunjian summary: --open-low takes a whole number of at least 0</source>
        <translation>xunjian summary: --open-low takes a whole number of at least 0</translation>
    </message>
    <message>
        <source>The site, channel or account, by its registered name.</source>
        <translation>The site, channel or account, by its registered name.</translation>
    </message>
    <message>
        <source>The target's 类型 or 平台, when several objects have its name.</source>
        <translation>The target's 类型 or 平台, when several objects have its name.</translation>
    </message>
    <message>
        <source>The indicator: its code (W-V1) or its Chinese name.</source>
        <translation>The indicator: its code (W-V1) or its Chinese name.</translation>
    </message>
    <message>
        <source>What is wrong (the evidence).</source>
        <translation>What is wrong (the evidence).</translation>
    </message>
    <message>
        <source>The page where it is.</source>
        <translation>The page where it is.</translation>
    </message>
    <message>
        <source>Points deducted, for a deduction (capped at the indicator's points).</source>
        <translation>Points deducted, for a deduction (capped at the indicator's points).</translation>
    </message>
    <message>
        <source>Record it as confirmed (default: pending review).</source>
        <translation>Record it as confirmed (default: pending review).</translation>
    </message>
    <message>
        <source>xunjian finding add: --target, --indicator and --description are required</source>
        <translation>xunjian finding add: --target, --indicator and --description are required</translation>
    </message>
    <message>
        <source>xunjian finding add: "%1" is not an indicator of a website, channel or account</source>
        <translation>xunjian finding add: "%1" is not an indicator of a website, channel or account</translation>
    </message>
    <message>
        <source>xunjian finding add: --points takes a number of at least 0</source>
        <translation>xunjian finding add: --points takes a number of at least 0</translation>
    </message>
    <message>
        <source>xunjian finding add: no %1 named "%2" that %3 applies to</source>
        <translation>xunjian finding add: no %1 named "%2" that %3 applies to</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>xunjian finding add: "%1" names several objects (%2): add --kind</source>
        <translation>xunjian finding add: "%1" names several objects (%2): add --kind</translation>
    </message>
    <message>
        <source>finding %1: %2 on %3 (%4), %5</source>
        <translation>finding %1: %2 on %3 (%4), %5</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>pending review</source>
        <translation>pending review</translation>
    </message>
    <message>
        <source>xunjian finding: use "finding add ROUND --target NAME --indicator CODE --description TEXT"</source>
        <translation>xunjian finding: use "finding add ROUND --target NAME --indicator CODE --description TEXT"</translation>
    </message>
    <message>
        <source>fetch-posts ROUND [--target NAME…]      read the accounts' RSS/Atom feeds into posts</source>
        <translation>fetch-posts ROUND [--target NAME…]      read the accounts' RSS/Atom feeds into posts</translation>
    </message>
    <message>
        <source>The round: its as-of date decides which accounts are running.</source>
        <translation>The round: its as-of date decides which accounts are running.</translation>
    </message>
    <message>
        <source>Read only this account's feed (账号名称, repeatable).</source>
        <translation>Read only this account's feed (账号名称, repeatable).</translation>
    </message>
    <message>
        <source>Fetch feeds even where robots.txt disallows it.</source>
        <translation>Fetch feeds even where robots.txt disallows it.</translation>
    </message>
    <message>
        <source>xunjian fetch-posts: name an existing round</source>
        <translation>xunjian fetch-posts: name an existing round</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already known</source>
        <translation>%1: %2 new, %3 already known</translation>
    </message>
    <message>
        <source>%1: error %2: %3</source>
        <translation>%1: error %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n without a date (skipped)</source>
        <translation><numerusform>, %n without a date (skipped)</numerusform><numerusform>, %n without a date (skipped)</numerusform></translation>
    </message>
    <message>
        <source>, only the first %1 items read</source>
        <translation>, only the first %1 items read</translation>
    </message>
    <message>
        <source>; error %1: %2</source>
        <translation>; error %1: %2</translation>
    </message>
    <message>
        <source>no running account of the round has a feed address (订阅地址)</source>
        <translation>no running account of the round has a feed address (订阅地址)</translation>
    </message>
    <message>
        <source>%1 feeds read, %2 new posts, %3 errors</source>
        <translation>%1 feeds read, %2 new posts, %3 errors</translation>
    </message>
    <message>
        <source>xunjian fetch-posts: %1</source>
        <translation>xunjian fetch-posts: %1</translation>
    </message>
    <message>
        <source>%1: calendar, %2 rows (%3): %4 new, %5 changed, %6 unchanged</source>
        <translation>%1: calendar, %2 rows (%3): %4 new, %5 changed, %6 unchanged</translation>
    </message>
    <message>
        <source>xunjian calendar show: "%1" is not a year</source>
        <translation>xunjian calendar show: "%1" is not a year</translation>
    </message>
    <message>
        <source>%1: no holiday data — working days of this year are counted with weekends only; import the State Council's notice with `xunjian calendar import FILE`</source>
        <translation>%1: no holiday data — working days of this year are counted with weekends only; import the State Council's notice with `xunjian calendar import FILE`</translation>
    </message>
    <message>
        <source>workday</source>
        <translation>workday</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>(imported)</translation>
    </message>
    <message>
        <source>xunjian calendar: expected import FILE or show YEAR</source>
        <translation>xunjian calendar: expected import FILE or show YEAR</translation>
    </message>
    <message>
        <source>CSV or XLSX with the columns 日期, 类型 (放假/上班), 名称.</source>
        <translation>CSV or XLSX with the columns 日期, 类型 (放假/上班), 名称.</translation>
    </message>
    <message>
        <source>The year to list.</source>
        <translation>The year to list.</translation>
    </message>
    <message>
        <source>xunjian calendar %1: name exactly one %2</source>
        <translation>xunjian calendar %1: name exactly one %2</translation>
    </message>
    <message>
        <source>Crawl and check links only: no page analysis (dates, identifiers, hidden links, wording, maps) and no site-level rules.</source>
        <translation>Crawl and check links only: no page analysis (dates, identifiers, hidden links, wording, maps) and no site-level rules.</translation>
    </message>
    <message>
        <source>score ROUND [--format text|json] [--kind K] [--site NAME]  each object's score, vetoes and deductions with the findings behind them</source>
        <translation>score ROUND [--format text|json] [--kind K] [--site NAME]  each object's score, vetoes and deductions with the findings behind them</translation>
    </message>
    <message>
        <source>indicators list | show [NAME [VERSION]] | export FILE [NAME [VERSION]] | import FILE [--activate] | activate NAME VERSION</source>
        <translation>indicators list | show [NAME [VERSION]] | export FILE [NAME [VERSION]] | import FILE [--activate] | activate NAME VERSION</translation>
    </message>
    <message>
        <source>calendar import FILE | show YEAR        holidays and adjusted workdays (调休) for reply deadlines</source>
        <translation>calendar import FILE | show YEAR        holidays and adjusted workdays (调休) for reply deadlines</translation>
    </message>
    <message>
        <source>dictionary list|import FILE|add KIND TERM [CORRECT]|remove KIND TERM|export FILE  the wording dictionary</source>
        <translation>dictionary list|import FILE|add KIND TERM [CORRECT]|remove KIND TERM|export FILE  the wording dictionary</translation>
    </message>
    <message>
        <source>wording FILE|URL [--format json]          the wording dictionary's hits in a text or HTML file or a page</source>
        <translation>wording FILE|URL [--format json]          the wording dictionary's hits in a text or HTML file or a page</translation>
    </message>
    <message>
        <source>xunjian dictionary: unknown kind "%1"; expected serious, typo, sensitive or allow (严重表述错误, 错别字, 敏感词, 允许词)</source>
        <translation>xunjian dictionary: unknown kind "%1"; expected serious, typo, sensitive or allow (严重表述错误, 错别字, 敏感词, 允许词)</translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>nothing imported</translation>
    </message>
    <message>
        <source>%1 entries read: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1 entries read: %2 added, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <source>xunjian dictionary: expected list, import FILE, add KIND TERM [CORRECT], remove KIND TERM, export FILE or starter</source>
        <translation>xunjian dictionary: expected list, import FILE, add KIND TERM [CORRECT], remove KIND TERM, export FILE or starter</translation>
    </message>
    <message>
        <source>FILE (import, export); KIND TERM [CORRECT] (add, remove).</source>
        <translation>FILE (import, export); KIND TERM [CORRECT] (add, remove).</translation>
    </message>
    <message>
        <source>serious, typo, sensitive or allow: the kind listed, or of a .txt list's entries.</source>
        <translation>serious, typo, sensitive or allow: the kind listed, or of a .txt list's entries.</translation>
    </message>
    <message>
        <source>With list: only entries whose term, correct form or note contain TEXT.</source>
        <translation>With list: only entries whose term, correct form or note contain TEXT.</translation>
    </message>
    <message>
        <source>With add: 一般, 疑似 or 严重.</source>
        <translation>With add: 一般, 疑似 or 严重.</translation>
    </message>
    <message>
        <source>With add: a note.</source>
        <translation>With add: a note.</translation>
    </message>
    <message>
        <source>xunjian dictionary %1: name one file</source>
        <translation>xunjian dictionary %1: name one file</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation>%1 entries written to %2</translation>
    </message>
    <message>
        <source>xunjian dictionary add: expected KIND TERM [CORRECT]</source>
        <translation>xunjian dictionary add: expected KIND TERM [CORRECT]</translation>
    </message>
    <message>
        <source>xunjian dictionary remove: expected KIND TERM</source>
        <translation>xunjian dictionary remove: expected KIND TERM</translation>
    </message>
    <message>
        <source>xunjian dictionary remove: no %1 “%2”</source>
        <translation>xunjian dictionary remove: no %1 “%2”</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>xunjian dictionary add: unknown level "%1"; expected 一般, 疑似 or 严重</source>
        <translation>xunjian dictionary add: unknown level "%1"; expected 一般, 疑似 or 严重</translation>
    </message>
    <message>
        <source>xunjian dictionary add: %1</source>
        <translation>xunjian dictionary add: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>already in the dictionary</source>
        <translation>already in the dictionary</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>A text or HTML file, or the address of a page.</source>
        <translation>A text or HTML file, or the address of a page.</translation>
    </message>
    <message>
        <source>automatic, hyperscan or aho-corasick</source>
        <translation>automatic, hyperscan or aho-corasick</translation>
    </message>
    <message>
        <source>xunjian wording: name one file or address</source>
        <translation>xunjian wording: name one file or address</translation>
    </message>
    <message>
        <source>xunjian wording: unknown engine "%1"; expected automatic, hyperscan or aho-corasick</source>
        <translation>xunjian wording: unknown engine "%1"; expected automatic, hyperscan or aho-corasick</translation>
    </message>
    <message>
        <source>xunjian wording: Aho–Corasick used: %1</source>
        <translation>xunjian wording: Aho–Corasick used: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in %1 characters</source>
        <translation><numerusform>%n hit in %1 characters</numerusform><numerusform>%n hits in %1 characters</numerusform></translation>
    </message>
    <message>
        <source>xunjian %1: no indicator set "%2" version %3</source>
        <translation>xunjian %1: no indicator set "%2" version %3</translation>
    </message>
    <message>
        <source>xunjian %1: no indicator set named "%2" (see xunjian indicators list)</source>
        <translation>xunjian %1: no indicator set named "%2" (see xunjian indicators list)</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (active)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objective</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>needs review</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>cap %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>xunjian indicators import: name one FILE</source>
        <translation>xunjian indicators import: name one FILE</translation>
    </message>
    <message>
        <source>stored %1</source>
        <translation>stored %1</translation>
    </message>
    <message>
        <source>%1 already has these indicators: nothing stored</source>
        <translation>%1 already has these indicators: nothing stored</translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation>active: %1</translation>
    </message>
    <message>
        <source>xunjian indicators: expected list, show [NAME [VERSION]], export FILE [NAME [VERSION]], import FILE [--activate] or activate NAME VERSION</source>
        <translation>xunjian indicators: expected list, show [NAME [VERSION]], export FILE [NAME [VERSION]], import FILE [--activate] or activate NAME VERSION</translation>
    </message>
    <message>
        <source>Make the imported set the active one.</source>
        <translation>Make the imported set the active one.</translation>
    </message>
    <message>
        <source>The indicator set's JSON file.</source>
        <translation>The indicator set's JSON file.</translation>
    </message>
    <message>
        <source>The set's name (default: the active set).</source>
        <translation>The set's name (default: the active set).</translation>
    </message>
    <message>
        <source>Its version (default: the newest).</source>
        <translation>Its version (default: the newest).</translation>
    </message>
    <message>
        <source>xunjian %1: --format text or json</source>
        <translation>xunjian %1: --format text or json</translation>
    </message>
    <message>
        <source>xunjian %1: wrong arguments (see --help)</source>
        <translation>xunjian %1: wrong arguments (see --help)</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 written to %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 before the cap)</source>
        <translation>%1 %2 (%3 before the cap)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>%1: would fail</source>
        <translation>%1: would fail</translation>
    </message>
    <message>
        <source>%1: would pass</source>
        <translation>%1: would pass</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Vetoes</source>
        <translation>Vetoes</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>If the pending findings were confirmed</source>
        <translation>If the pending findings were confirmed</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4, score %5</source>
        <translation>%1 (%2, %3): %4, score %5</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>  %1 %2: veto</source>
        <translation>  %1 %2: veto</translation>
    </message>
    <message>
        <source>  %1 %2: −%3 (%4 before the cap of %5)</source>
        <translation>  %1 %2: −%3 (%4 before the cap of %5)</translation>
    </message>
    <message>
        <source>  %1 %2: −%3</source>
        <translation>  %1 %2: −%3</translation>
    </message>
    <message>
        <source>  %1 %2: notice</source>
        <translation>  %1 %2: notice</translation>
    </message>
    <message>
        <source> (disabled in the indicator set)</source>
        <translation> (disabled in the indicator set)</translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4 %5</source>
        <translation>#%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>counted:</source>
        <translation>counted:</translation>
    </message>
    <message>
        <source>pending review, not counted (a veto if confirmed):</source>
        <translation>pending review, not counted (a veto if confirmed):</translation>
    </message>
    <message>
        <source>pending review, not counted (would take %1 more):</source>
        <translation>pending review, not counted (would take %1 more):</translation>
    </message>
    <message>
        <source>not counted:</source>
        <translation>not counted:</translation>
    </message>
    <message>
        <source>  Would fail if the pending findings were confirmed: %1</source>
        <translation>  Would fail if the pending findings were confirmed: %1</translation>
    </message>
    <message>
        <source>  If the pending findings were confirmed: %1</source>
        <translation>  If the pending findings were confirmed: %1</translation>
    </message>
    <message>
        <source>Only websites, channels or accounts: website, channel or account.</source>
        <translation>Only websites, channels or accounts: website, channel or account.</translation>
    </message>
    <message>
        <source>Only the object with this registered name (its findings in full in text).</source>
        <translation>Only the object with this registered name (its findings in full in text).</translation>
    </message>
    <message>
        <source>xunjian score: --format text or json</source>
        <translation>xunjian score: --format text or json</translation>
    </message>
    <message>
        <source>xunjian score: --kind website, channel or account</source>
        <translation>xunjian score: --kind website, channel or account</translation>
    </message>
    <message>
        <source>xunjian score: name an existing round</source>
        <translation>xunjian score: name an existing round</translation>
    </message>
    <message>
        <source>xunjian score: no %1 named "%2" was checked in round %3</source>
        <translation>xunjian score: no %1 named "%2" was checked in round %3</translation>
    </message>
    <message>
        <source>Round %1, as of %2, judged by %3</source>
        <translation>Round %1, as of %2, judged by %3</translation>
    </message>
    <message>
        <source>round %1: %2 websites judged again from check run %3, %4 findings filed (%5), %6 earlier ones removed</source>
        <translation>round %1: %2 websites judged again from check run %3, %4 findings filed (%5), %6 earlier ones removed</translation>
    </message>
    <message>
        <source>darklinks URL [--render] [--spider] [--own HOST…] [--format json]  hidden outside links (暗链) on one live page</source>
        <translation>darklinks URL [--render] [--spider] [--own HOST…] [--format json]  hidden outside links (暗链) on one live page</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The page to check.</source>
        <translation>The page to check.</translation>
    </message>
    <message>
        <source>Also load the page in a browser engine and judge what it shows.</source>
        <translation>Also load the page in a browser engine and judge what it shows.</translation>
    </message>
    <message>
        <source>Also fetch the page as Baiduspider and report links only it is served (cloaking).</source>
        <translation>Also fetch the page as Baiduspider and report links only it is served (cloaking).</translation>
    </message>
    <message>
        <source>Another host of the site, not outside (repeatable).</source>
        <translation>Another host of the site, not outside (repeatable).</translation>
    </message>
    <message>
        <source>xunjian darklinks: name one http(s) address</source>
        <translation>xunjian darklinks: name one http(s) address</translation>
    </message>
    <message>
        <source>xunjian darklinks: --format is text or json</source>
        <translation>xunjian darklinks: --format is text or json</translation>
    </message>
    <message>
        <source>xunjian darklinks: %1; using the built-in indicator set</source>
        <translation>xunjian darklinks: %1; using the built-in indicator set</translation>
    </message>
    <message>
        <source>xunjian darklinks: %1: %2</source>
        <translation>xunjian darklinks: %1: %2</translation>
    </message>
    <message>
        <source>the page refuses to be framed: judged by computed styles only</source>
        <translation>the page refuses to be framed: judged by computed styles only</translation>
    </message>
    <message>
        <source> SEVERE («%1»)</source>
        <translation> SEVERE («%1»)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden outside link(s) on %1</source>
        <translation><numerusform>%n hidden outside link on %1</numerusform><numerusform>%n hidden outside links on %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n @import rule(s) in the style sheets were not followed</source>
        <translation><numerusform>%n @import rule in the style sheets were not followed</numerusform><numerusform>%n @import rules in the style sheets were not followed</numerusform></translation>
    </message>
    <message>
        <source>the page could not be fetched as Baiduspider: %1</source>
        <translation>the page could not be fetched as Baiduspider: %1</translation>
    </message>
    <message>
        <source>rendered pass: %1</source>
        <translation>rendered pass: %1</translation>
    </message>
    <message numerus="yes">
        <source>only part of the page's %n link(s) could be judged in time</source>
        <translation><numerusform>only part of the page's %n link could be judged in time</numerusform><numerusform>only part of the page's %n links could be judged in time</numerusform></translation>
    </message>
    <message>
        <source>After the crawl, load every home page in an offscreen browser and report the links its computed styles hide (暗链, rendered pass).</source>
        <translation>After the crawl, load every home page in an offscreen browser and report the links its computed styles hide (暗链, rendered pass).</translation>
    </message>
    <message>
        <source>rendering home page %1/%2: %3</source>
        <translation>rendering home page %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>rendered pass: %n hidden-link finding(s) filed or confirmed</source>
        <translation><numerusform>rendered pass: %n hidden-link finding filed or confirmed</numerusform><numerusform>rendered pass: %n hidden-link findings filed or confirmed</numerusform></translation>
    </message>
    <message>
        <source>verify FILE.pdf [--format json]         a PDF's signatures (signer, time, whole file covered, digest) and whether it is a finalised bulletin</source>
        <translation>verify FILE.pdf [--format json]         a PDF's signatures (signer, time, whole file covered, digest) and whether it is a finalised bulletin</translation>
    </message>
    <message>
        <source>sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file F  sign a PDF (PAdES B-B, incremental update)</source>
        <translation>sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file F  sign a PDF (PAdES B-B, incremental update)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>no PDF signature in the file</source>
        <translation>no PDF signature in the file</translation>
    </message>
    <message>
        <source>signature %1: %2</source>
        <translation>signature %1: %2</translation>
    </message>
    <message>
        <source>signer: %1</source>
        <translation>signer: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>signing time (claimed): %1</source>
        <translation>signing time (claimed): %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>covers the whole file: %1</source>
        <translation>covers the whole file: %1</translation>
    </message>
    <message>
        <source>digest (%1) matches: %2</source>
        <translation>digest (%1) matches: %2</translation>
    </message>
    <message>
        <source>CMS signature valid: %1</source>
        <translation>CMS signature valid: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificate: %1</translation>
    </message>
    <message>
        <source>matches bulletin %1 in the store (%2)</source>
        <translation>matches bulletin %1 in the store (%2)</translation>
    </message>
    <message>
        <source>result: valid</source>
        <translation>result: valid</translation>
    </message>
    <message>
        <source>result: NOT valid</source>
        <translation>result: NOT valid</translation>
    </message>
    <message>
        <source>Checks the PDF signatures of a file and looks it up among the finalised bulletins.</source>
        <translation>Checks the PDF signatures of a file and looks it up among the finalised bulletins.</translation>
    </message>
    <message>
        <source>The PDF file.</source>
        <translation>The PDF file.</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text or json.</translation>
    </message>
    <message>
        <source>xunjian verify: give one PDF file</source>
        <translation>xunjian verify: give one PDF file</translation>
    </message>
    <message>
        <source>xunjian verify: cannot read %1: %2</source>
        <translation>xunjian verify: cannot read %1: %2</translation>
    </message>
    <message>
        <source>xunjian verify: %1 is not a PDF file</source>
        <translation>xunjian verify: %1 is not a PDF file</translation>
    </message>
    <message>
        <source>store: not consulted (no store)</source>
        <translation>store: not consulted (no store)</translation>
    </message>
    <message>
        <source>matches no finalised bulletin in the store</source>
        <translation>matches no finalised bulletin in the store</translation>
    </message>
    <message>
        <source>store: not consulted (%1)</source>
        <translation>store: not consulted (%1)</translation>
    </message>
    <message>
        <source>Signs a PDF (PAdES B-B, by incremental update) with a PKCS#12 certificate.</source>
        <translation>Signs a PDF (PAdES B-B, by incremental update) with a PKCS#12 certificate.</translation>
    </message>
    <message>
        <source>The PDF to sign.</source>
        <translation>The PDF to sign.</translation>
    </message>
    <message>
        <source>The signed PDF to write.</source>
        <translation>The signed PDF to write.</translation>
    </message>
    <message>
        <source>The signer's certificate and key (.p12/.pfx).</source>
        <translation>The signer's certificate and key (.p12/.pfx).</translation>
    </message>
    <message>
        <source>A file whose first line is the PKCS#12 password (never given on the command line).</source>
        <translation>A file whose first line is the PKCS#12 password (never given on the command line).</translation>
    </message>
    <message>
        <source>The reason recorded in the signature.</source>
        <translation>The reason recorded in the signature.</translation>
    </message>
    <message>
        <source>Write adbe.pkcs7.detached instead of ETSI.CAdES.detached.</source>
        <translation>Write adbe.pkcs7.detached instead of ETSI.CAdES.detached.</translation>
    </message>
    <message>
        <source>xunjian sign: usage: sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file FILE</source>
        <translation>xunjian sign: usage: sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file FILE</translation>
    </message>
    <message>
        <source>xunjian sign: cannot read %1</source>
        <translation>xunjian sign: cannot read %1</translation>
    </message>
    <message>
        <source>xunjian sign: cannot write %1: %2</source>
        <translation>xunjian sign: cannot write %1: %2</translation>
    </message>
    <message>
        <source>signed by %1: %2</source>
        <translation>signed by %1: %2</translation>
    </message>
    <message>
        <source>Drafts the round's bulletin from its results and typesets it to GB/T 9704; with --sign it is finalised: numbered, signed and kept immutable in the store.</source>
        <translation>Drafts the round's bulletin from its results and typesets it to GB/T 9704; with --sign it is finalised: numbered, signed and kept immutable in the store.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>Also write each attachment as PDF and XLSX into this folder.</source>
        <translation>Also write each attachment as PDF and XLSX into this folder.</translation>
    </message>
    <message>
        <source>Finalise and sign with this PKCS#12 certificate.</source>
        <translation>Finalise and sign with this PKCS#12 certificate.</translation>
    </message>
    <message>
        <source>A file whose first line is the certificate's password.</source>
        <translation>A file whose first line is the certificate's password.</translation>
    </message>
    <message>
        <source>Sign as adbe.pkcs7.detached instead of ETSI.CAdES.detached.</source>
        <translation>Sign as adbe.pkcs7.detached instead of ETSI.CAdES.detached.</translation>
    </message>
    <message>
        <source>The seal image (transparent PNG) pressed over name and date; "sample" draws a sample seal.</source>
        <translation>The seal image (transparent PNG) pressed over name and date; "sample" draws a sample seal.</translation>
    </message>
    <message>
        <source>A bulletin template file instead of the built-in one.</source>
        <translation>A bulletin template file instead of the built-in one.</translation>
    </message>
    <message>
        <source>The issuing agency (default: the store's setting bulletin.agency).</source>
        <translation>The issuing agency (default: the store's setting bulletin.agency).</translation>
    </message>
    <message>
        <source>The city (default: the store's setting bulletin.city).</source>
        <translation>The city (default: the store's setting bulletin.city).</translation>
    </message>
    <message>
        <source>The 发文字号 template, e.g. 揭政数局函〔{year}〕{n}号 (default: bulletin.number_template).</source>
        <translation>The 发文字号 template, e.g. 揭政数局函〔{year}〕{n}号 (default: bulletin.number_template).</translation>
    </message>
    <message>
        <source>The 成文日期, YYYY-MM-DD (default: today).</source>
        <translation>The 成文日期, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>xunjian bulletin: usage: bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png]</source>
        <translation>xunjian bulletin: usage: bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png]</translation>
    </message>
    <message>
        <source>xunjian bulletin: --sign and --password-file go together</source>
        <translation>xunjian bulletin: --sign and --password-file go together</translation>
    </message>
    <message>
        <source>xunjian bulletin: --date %1 is not a date (YYYY-MM-DD)</source>
        <translation>xunjian bulletin: --date %1 is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>xunjian bulletin: name an existing round</source>
        <translation>xunjian bulletin: name an existing round</translation>
    </message>
    <message>
        <source>xunjian bulletin: cannot read %1</source>
        <translation>xunjian bulletin: cannot read %1</translation>
    </message>
    <message>
        <source>通报发布</source>
        <translation>通报发布</translation>
    </message>
    <message>
        <source>xunjian bulletin: no issuing agency: give --agency or set it once with `xunjian settings set bulletin.agency NAME`</source>
        <translation>xunjian bulletin: no issuing agency: give --agency or set it once with `xunjian settings set bulletin.agency NAME`</translation>
    </message>
    <message>
        <source>font: %1</source>
        <translation>font: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation><numerusform>%1: %n page</numerusform><numerusform>%1: %n pages</numerusform></translation>
    </message>
    <message>
        <source>finalised as bulletin %1, %2, signed by %3; SHA-256 %4</source>
        <translation>finalised as bulletin %1, %2, signed by %3; SHA-256 %4</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>draft: not signed, no document number taken</source>
        <translation>draft: not signed, no document number taken</translation>
    </message>
    <message>
        <source>attachment: %1</source>
        <translation>attachment: %1</translation>
    </message>
    <message>
        <source>Draws a sample seal (marked 样章) as a transparent PNG, for trying the layout.</source>
        <translation>Draws a sample seal (marked 样章) as a transparent PNG, for trying the layout.</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>The PNG to write.</translation>
    </message>
    <message>
        <source>The name around the seal.</source>
        <translation>The name around the seal.</translation>
    </message>
    <message>
        <source>xunjian seal: give the PNG to write with --out</source>
        <translation>xunjian seal: give the PNG to write with --out</translation>
    </message>
    <message>
        <source>xunjian seal: cannot write %1</source>
        <translation>xunjian seal: cannot write %1</translation>
    </message>
    <message>
        <source>Settings kept in the store for the whole team: %1</source>
        <translation>Settings kept in the store for the whole team: %1</translation>
    </message>
    <message>
        <source>list, set KEY VALUE or unset KEY</source>
        <translation>list, set KEY VALUE or unset KEY</translation>
    </message>
    <message>
        <source>xunjian settings: usage: settings [list | set KEY VALUE | unset KEY]</source>
        <translation>xunjian settings: usage: settings [list | set KEY VALUE | unset KEY]</translation>
    </message>
    <message>
        <source>xunjian settings: unknown key %1 (known: %2)</source>
        <translation>xunjian settings: unknown key %1 (known: %2)</translation>
    </message>
    <message>
        <source>review ROUND --finding ID (--confirm | --dismiss REASON | --severity S --reason R | --note TEXT | --unit U | --deadline DATE | --rectification STATUS | --undo | --recheck [--verify]) | review ROUND --history ID  decide on a finding, with history and undo; re-check its link or page now</source>
        <translation>review ROUND --finding ID (--confirm | --dismiss REASON | --severity S --reason R | --note TEXT | --unit U | --deadline DATE | --rectification STATUS | --undo | --recheck [--verify]) | review ROUND --history ID  decide on a finding, with history and undo; re-check its link or page now</translation>
    </message>
    <message>
        <source>rectification ROUND [--unit U] [--format text|json|xlsx|pdf] [--out F]  confirmed findings not yet verified, per unit, with deadlines and overdue ones; pdf: 整改通知 as 公文</source>
        <translation>rectification ROUND [--unit U] [--format text|json|xlsx|pdf] [--out F]  confirmed findings not yet verified, per unit, with deadlines and overdue ones; pdf: 整改通知 as 公文</translation>
    </message>
    <message>
        <source>bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png|sample]  draft, typeset (GB/T 9704) and optionally finalise and sign the round's bulletin</source>
        <translation>bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png|sample]  draft, typeset (GB/T 9704) and optionally finalise and sign the round's bulletin</translation>
    </message>
    <message>
        <source>seal --out FILE.png [--agency NAME]     draw a sample seal (marked 样章)</source>
        <translation>seal --out FILE.png [--agency NAME]     draw a sample seal (marked 样章)</translation>
    </message>
    <message>
        <source>settings [list | set KEY VALUE | unset KEY]  the team's settings kept in the store (agency, 发文字号 template…)</source>
        <translation>settings [list | set KEY VALUE | unset KEY]  the team's settings kept in the store (agency, 发文字号 template…)</translation>
    </message>
    <message>
        <source>xunjian %1: no unit “%2”</source>
        <translation>xunjian %1: no unit “%2”</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>dismissed because: %1</source>
        <translation>dismissed because: %1</translation>
    </message>
    <message>
        <source>xunjian review: finding %1 does not exist</source>
        <translation>xunjian review: finding %1 does not exist</translation>
    </message>
    <message>
        <source>finding %1, version %2: %3</source>
        <translation>finding %1, version %2: %3</translation>
    </message>
    <message>
        <source> of #%1</source>
        <translation> of #%1</translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation> (reason: %1)</translation>
    </message>
    <message>
        <source> [undone]</source>
        <translation> [undone]</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>still present</source>
        <translation>still present</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>not judged</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>finding %1: %2: %3</source>
        <translation>finding %1: %2: %3</translation>
    </message>
    <message>
        <source>  kept as evidence: %1 at %2</source>
        <translation>  kept as evidence: %1 at %2</translation>
    </message>
    <message>
        <source>Re-checked %1: %2</source>
        <translation>Re-checked %1: %2</translation>
    </message>
    <message>
        <source>finding %1: rectification verified</source>
        <translation>finding %1: rectification verified</translation>
    </message>
    <message>
        <source>The finding to decide on (its id).</source>
        <translation>The finding to decide on (its id).</translation>
    </message>
    <message>
        <source>Print the finding's history instead.</source>
        <translation>Print the finding's history instead.</translation>
    </message>
    <message>
        <source>The finding stands.</source>
        <translation>The finding stands.</translation>
    </message>
    <message>
        <source>Back to awaiting review.</source>
        <translation>Back to awaiting review.</translation>
    </message>
    <message>
        <source>The finding is wrong or does not count, for this reason.</source>
        <translation>The finding is wrong or does not count, for this reason.</translation>
    </message>
    <message>
        <source>veto, deduct, notice or manual (needs --reason).</source>
        <translation>veto, deduct, notice or manual (needs --reason).</translation>
    </message>
    <message>
        <source>Another indicator code (needs --reason).</source>
        <translation>Another indicator code (needs --reason).</translation>
    </message>
    <message>
        <source>Why the severity or indicator changes.</source>
        <translation>Why the severity or indicator changes.</translation>
    </message>
    <message>
        <source>A note on the finding.</source>
        <translation>A note on the finding.</translation>
    </message>
    <message>
        <source>The responsible unit (name or id; empty clears).</source>
        <translation>The responsible unit (name or id; empty clears).</translation>
    </message>
    <message>
        <source>The rectification deadline, YYYY-MM-DD (empty clears).</source>
        <translation>The rectification deadline, YYYY-MM-DD (empty clears).</translation>
    </message>
    <message>
        <source>open, notified, fixed or verified.</source>
        <translation>open, notified, fixed or verified.</translation>
    </message>
    <message>
        <source>Undo the finding's last change.</source>
        <translation>Undo the finding's last change.</translation>
    </message>
    <message>
        <source>Save only if the finding is still at this version.</source>
        <translation>Save only if the finding is still at this version.</translation>
    </message>
    <message>
        <source>Who decides (default: $USER).</source>
        <translation>Who decides (default: $USER).</translation>
    </message>
    <message>
        <source>Fetch the finding's link or page now and judge it again (kept as WARC evidence).</source>
        <translation>Fetch the finding's link or page now and judge it again (kept as WARC evidence).</translation>
    </message>
    <message>
        <source>With --recheck: when it is resolved, set the rectification to verified (已复核).</source>
        <translation>With --recheck: when it is resolved, set the rectification to verified (已复核).</translation>
    </message>
    <message>
        <source>xunjian review: name one round</source>
        <translation>xunjian review: name one round</translation>
    </message>
    <message>
        <source>xunjian review: give --finding ID or --history ID</source>
        <translation>xunjian review: give --finding ID or --history ID</translation>
    </message>
    <message>
        <source>xunjian review: “%1” is not a finding id</source>
        <translation>xunjian review: “%1” is not a finding id</translation>
    </message>
    <message>
        <source>xunjian review: no round “%1”</source>
        <translation>xunjian review: no round “%1”</translation>
    </message>
    <message>
        <source>xunjian review: finding %1 is not a finding of round %2</source>
        <translation>xunjian review: finding %1 is not a finding of round %2</translation>
    </message>
    <message>
        <source>xunjian review: finding %1: give one of --confirm, --pending, --dismiss</source>
        <translation>xunjian review: finding %1: give one of --confirm, --pending, --dismiss</translation>
    </message>
    <message>
        <source>xunjian review: finding %1: --deadline takes a date YYYY-MM-DD, not “%2”</source>
        <translation>xunjian review: finding %1: --deadline takes a date YYYY-MM-DD, not “%2”</translation>
    </message>
    <message>
        <source>xunjian review: finding %1: say what to change (--confirm, --dismiss, --severity, --note, --unit, --deadline, --rectification) or --undo, not both</source>
        <translation>xunjian review: finding %1: say what to change (--confirm, --dismiss, --severity, --note, --unit, --deadline, --rectification) or --undo, not both</translation>
    </message>
    <message>
        <source>xunjian review: finding %1: --expect-version takes a version number</source>
        <translation>xunjian review: finding %1: --expect-version takes a version number</translation>
    </message>
    <message>
        <source>finding %1, version %2: %3%4</source>
        <translation>finding %1, version %2: %3%4</translation>
    </message>
    <message>
        <source> (nothing changed)</source>
        <translation> (nothing changed)</translation>
    </message>
    <message>
        <source>finding %1 is promoted to finding %2</source>
        <translation>finding %1 is promoted to finding %2</translation>
    </message>
    <message>
        <source>  now: version %1: %2</source>
        <translation>  now: version %1: %2</translation>
    </message>
    <message>
        <source>  changed by both: %1</source>
        <translation>  changed by both: %1</translation>
    </message>
    <message>
        <source>xunjian rectification: no issuing agency: give --agency or set bulletin.agency with `xunjian settings`</source>
        <translation>xunjian rectification: no issuing agency: give --agency or set bulletin.agency with `xunjian settings`</translation>
    </message>
    <message>
        <source>xunjian rectification: nothing open to write a notice about</source>
        <translation>xunjian rectification: nothing open to write a notice about</translation>
    </message>
    <message>
        <source>xunjian rectification: cannot create the folder %1</source>
        <translation>xunjian rectification: cannot create the folder %1</translation>
    </message>
    <message>
        <source>整改通知-%1</source>
        <translation>整改通知-%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s), %2</source>
        <translation><numerusform>%1: %n finding, %2</numerusform><numerusform>%1: %n findings, %2</numerusform></translation>
    </message>
    <message>
        <source>Only this unit's findings (name or id).</source>
        <translation>Only this unit's findings (name or id).</translation>
    </message>
    <message>
        <source>text, json or xlsx</source>
        <translation>text, json or xlsx</translation>
    </message>
    <message>
        <source>Write to this file (required for xlsx).</source>
        <translation>Write to this file (required for xlsx).</translation>
    </message>
    <message>
        <source>The day overdue is judged on (default: today).</source>
        <translation>The day overdue is judged on (default: today).</translation>
    </message>
    <message>
        <source>The issuing agency of the notices (default: the store's bulletin.agency).</source>
        <translation>The issuing agency of the notices (default: the store's bulletin.agency).</translation>
    </message>
    <message>
        <source>xunjian rectification: --format text, json, xlsx or pdf</source>
        <translation>xunjian rectification: --format text, json, xlsx or pdf</translation>
    </message>
    <message>
        <source>xunjian rectification: --format pdf needs --out (a PDF with --unit, else a folder: one 整改通知 per unit)</source>
        <translation>xunjian rectification: --format pdf needs --out (a PDF with --unit, else a folder: one 整改通知 per unit)</translation>
    </message>
    <message>
        <source>xunjian rectification: --format xlsx needs --out FILE.xlsx</source>
        <translation>xunjian rectification: --format xlsx needs --out FILE.xlsx</translation>
    </message>
    <message>
        <source>xunjian rectification: --today takes a date YYYY-MM-DD</source>
        <translation>xunjian rectification: --today takes a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>xunjian rectification: name one round</source>
        <translation>xunjian rectification: name one round</translation>
    </message>
    <message>
        <source>xunjian rectification: no round “%1”</source>
        <translation>xunjian rectification: no round “%1”</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>xunjian rectification: cannot write %1: %2</source>
        <translation>xunjian rectification: cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Xunjian: inspection of government websites and new media</source>
        <translation>Xunjian: inspection of government websites and new media</translation>
    </message>
    <message>
        <source>The store: a SQLite file or postgresql://user@host:port/db.</source>
        <translation>The store: a SQLite file or postgresql://user@host:port/db.</translation>
    </message>
    <message>
        <source>Xunjian</source>
        <translation>Xunjian</translation>
    </message>
</context>
<context>
    <name>xj::AccountDialog</name>
    <message>
        <source>New-media account</source>
        <translation>New-media account</translation>
    </message>
    <message>
        <source>&amp;Registered name:</source>
        <translation>&amp;Registered name:</translation>
    </message>
    <message>
        <source>&amp;Actual name:</source>
        <translation>&amp;Actual name:</translation>
    </message>
    <message>
        <source>The name the platform shows; leave empty when it is the registered name</source>
        <translation>The name the platform shows; leave empty when it is the registered name</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>Account &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Owner unit:</source>
        <translation>&amp;Owner unit:</translation>
    </message>
    <message>
        <source>Choose a unit, or type the name of a new one</source>
        <translation>Choose a unit, or type the name of a new one</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>Edit account — %1</source>
        <translation>Edit account — %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Enter the registered name.</source>
        <translation>Enter the registered name.</translation>
    </message>
    <message>
        <source>Choose the platform.</source>
        <translation>Choose the platform.</translation>
    </message>
    <message>
        <source>Choose the owner unit, or type the name of a new one.</source>
        <translation>Choose the owner unit, or type the name of a new one.</translation>
    </message>
    <message>
        <source>There is already a %1 account named "%2".</source>
        <translation>There is already a %1 account named "%2".</translation>
    </message>
    <message>
        <source>A new unit "%1" will be added.</source>
        <translation>A new unit "%1" will be added.</translation>
    </message>
    <message>
        <source>The actual name differs from the registered name: checks will report it.</source>
        <translation>The actual name differs from the registered name: checks will report it.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>xj::AgencyDialog</name>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>揭阳市政务服务数据管理局</source>
        <translation>揭阳市政务服务数据管理局</translation>
    </message>
    <message>
        <source>揭阳市</source>
        <translation>揭阳市</translation>
    </message>
    <message>
        <source>揭政数局函〔{year}〕{n}号</source>
        <translation>揭政数局函〔{year}〕{n}号</translation>
    </message>
    <message>
        <source>{year} is the full year, {n} the next number of the year's sequence</source>
        <translation>{year} is the full year, {n} the next number of the year's sequence</translation>
    </message>
    <message>
        <source>Empty: the template's recipients</source>
        <translation>Empty: the template's recipients</translation>
    </message>
    <message>
        <source>Empty: a 函 without a red header</source>
        <translation>Empty: a 函 without a red header</translation>
    </message>
    <message>
        <source>&amp;Agency (发文机关):</source>
        <translation>&amp;Agency (发文机关):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Number template:</source>
        <translation>&amp;Number template:</translation>
    </message>
    <message>
        <source>&amp;Recipients (主送机关):</source>
        <translation>&amp;Recipients (主送机关):</translation>
    </message>
    <message>
        <source>Red &amp;header (发文机关标志):</source>
        <translation>Red &amp;header (发文机关标志):</translation>
    </message>
    <message>
        <source>Kept in the database for everyone who drafts bulletins. New drafts take these; drafts already written keep what they say.</source>
        <translation>Kept in the database for everyone who drafts bulletins. New drafts take these; drafts already written keep what they say.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>xj::BulletinBlocksModel</name>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Heading 1 (一、)</source>
        <translation>Heading 1 (一、)</translation>
    </message>
    <message>
        <source>Heading 2 (（一）)</source>
        <translation>Heading 2 (（一）)</translation>
    </message>
    <message>
        <source>Heading 3 (1.)</source>
        <translation>Heading 3 (1.)</translation>
    </message>
    <message>
        <source>Heading 4 (（1）)</source>
        <translation>Heading 4 (（1）)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>xj::BulletinDrafting</name>
    <message>
        <source>There is no round %1.</source>
        <translation>There is no round %1.</translation>
    </message>
    <message>
        <source>No issuing agency is set: enter it with Agency… first.</source>
        <translation>No issuing agency is set: enter it with Agency… first.</translation>
    </message>
    <message>
        <source>%1: stated %2, results now give %3</source>
        <translation>%1: stated %2, results now give %3</translation>
    </message>
    <message>
        <source>%1: stated %2, results no longer give it</source>
        <translation>%1: stated %2, results no longer give it</translation>
    </message>
</context>
<context>
    <name>xj::BulletinEditor</name>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Recheck &amp;figures</source>
        <translation>Recheck &amp;figures</translation>
    </message>
    <message>
        <source>Compute the round's results again and mark the paragraphs whose figures changed</source>
        <translation>Compute the round's results again and mark the paragraphs whose figures changed</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>The unsigned PDF and, if you choose a folder, each attachment as PDF and XLSX</source>
        <translation>The unsigned PDF and, if you choose a folder, each attachment as PDF and XLSX</translation>
    </message>
    <message>
        <source>&amp;Finalise and sign…</source>
        <translation>&amp;Finalise and sign…</translation>
    </message>
    <message>
        <source>Take the next 发文字号, sign the PDF and keep it in the database unchangeable</source>
        <translation>Take the next 发文字号, sign the PDF and keep it in the database unchangeable</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Recipients (主送):</source>
        <translation>&amp;Recipients (主送):</translation>
    </message>
    <message>
        <source>&amp;Agency (发文机关):</source>
        <translation>&amp;Agency (发文机关):</translation>
    </message>
    <message>
        <source>&amp;Date (成文日期):</source>
        <translation>&amp;Date (成文日期):</translation>
    </message>
    <message>
        <source>&amp;Note (附注):</source>
        <translation>&amp;Note (附注):</translation>
    </message>
    <message>
        <source>&amp;Copies to (抄送):</source>
        <translation>&amp;Copies to (抄送):</translation>
    </message>
    <message>
        <source>Printed &amp;by (印发机关):</source>
        <translation>Printed &amp;by (印发机关):</translation>
    </message>
    <message>
        <source>Printed &amp;on (印发日期):</source>
        <translation>Printed &amp;on (印发日期):</translation>
    </message>
    <message>
        <source>&amp;Add paragraph</source>
        <translation>&amp;Add paragraph</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Regenerate this paragraph</source>
        <translation>&amp;Regenerate this paragraph</translation>
    </message>
    <message>
        <source>Replace the marked paragraph with the one a fresh draft writes from the results now</source>
        <translation>Replace the marked paragraph with the one a fresh draft writes from the results now</translation>
    </message>
    <message>
        <source>Bulletin %1 cannot be read: %2</source>
        <translation>Bulletin %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Bulletin %1: its content is not a JSON object (%2)</source>
        <translation>Bulletin %1: its content is not a JSON object (%2)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>Retracted %1</source>
        <translation>Retracted %1</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — version %2</translation>
    </message>
    <message>
        <source>Read-only: finalised bulletins cannot be changed</source>
        <translation>Read-only: finalised bulletins cannot be changed</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>The figures could not be checked: %1</source>
        <translation>The figures could not be checked: %1</translation>
    </message>
    <message>
        <source>No bulletin open: draft one from the round's results, or open one from the list.</source>
        <translation>No bulletin open: draft one from the round's results, or open one from the list.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Attachment %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>The printout is not in the official faces: %1.</source>
        <translation>The printout is not in the official faces: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The bulletin belongs to no round.</source>
        <translation>The bulletin belongs to no round.</translation>
    </message>
    <message>
        <source>Every figure the bulletin states agrees with the round's results.</source>
        <translation>Every figure the bulletin states agrees with the round's results.</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) state figures the round's results no longer give (marked; hover for the figures). They are not changed unless you regenerate them.</source>
        <translation><numerusform>%n paragraph state figures the round's results no longer give (marked; hover for the figures). They are not changed unless you regenerate them.</numerusform><numerusform>%n paragraphs state figures the round's results no longer give (marked; hover for the figures). They are not changed unless you regenerate them.</numerusform></translation>
    </message>
    <message>
        <source>Choose a paragraph of a draft to regenerate.</source>
        <translation>Choose a paragraph of a draft to regenerate.</translation>
    </message>
    <message>
        <source>This paragraph states no figures of the results; there is nothing to regenerate it from.</source>
        <translation>This paragraph states no figures of the results; there is nothing to regenerate it from.</translation>
    </message>
    <message>
        <source>A fresh draft has no paragraph stating %1.</source>
        <translation>A fresh draft has no paragraph stating %1.</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>bulletin</source>
        <translation>bulletin</translation>
    </message>
    <message>
        <source>Export the bulletin as PDF</source>
        <translation>Export the bulletin as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the attachments as PDF and XLSX (cancel: none)</source>
        <translation>Folder for the attachments as PDF and XLSX (cancel: none)</translation>
    </message>
    <message>
        <source>Exporting the bulletin…</source>
        <translation>Exporting the bulletin…</translation>
    </message>
    <message>
        <source>Finalising and signing the bulletin…</source>
        <translation>Finalising and signing the bulletin…</translation>
    </message>
    <message>
        <source>Not finalised</source>
        <translation>Not finalised</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>The bulletin was not finalised; it is still a draft and no number was taken.</source>
        <translation>The bulletin was not finalised; it is still a draft and no number was taken.</translation>
    </message>
    <message>
        <source>The bulletin was not exported.</source>
        <translation>The bulletin was not exported.</translation>
    </message>
    <message>
        <source>The bulletin was finalised, but writing the attachments failed.</source>
        <translation>The bulletin was finalised, but writing the attachments failed.</translation>
    </message>
    <message>
        <source>Bulletin finalised</source>
        <translation>Bulletin finalised</translation>
    </message>
    <message>
        <source>Bulletin exported</source>
        <translation>Bulletin exported</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message>
        <source>The bulletin is signed and kept in the database; it can no longer be changed.</source>
        <translation>The bulletin is signed and kept in the database; it can no longer be changed.</translation>
    </message>
    <message>
        <source>The unsigned PDF was written.</source>
        <translation>The unsigned PDF was written.</translation>
    </message>
    <message>
        <source>The issued PDF of bulletin %1 cannot be read: %2</source>
        <translation>The issued PDF of bulletin %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The issued PDF was written as it is kept, signed.</source>
        <translation>The issued PDF was written as it is kept, signed.</translation>
    </message>
</context>
<context>
    <name>xj::BulletinListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Retracted</translation>
    </message>
    <message>
        <source>Retracted: %1</source>
        <translation>Retracted: %1</translation>
    </message>
    <message>
        <source>SHA-256 %1, signed by %2</source>
        <translation>SHA-256 %1, signed by %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>xj::BulletinPublishJob</name>
    <message>
        <source>Writing the attachments</source>
        <translation>Writing the attachments</translation>
    </message>
    <message>
        <source>Finalising needs a store and a signing certificate.</source>
        <translation>Finalising needs a store and a signing certificate.</translation>
    </message>
    <message>
        <source>No PDF file was chosen to export to.</source>
        <translation>No PDF file was chosen to export to.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>xj::BulletinView</name>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>A&amp;gency…</source>
        <translation>A&amp;gency…</translation>
    </message>
    <message>
        <source>The issuing agency, city, 发文字号 template and recipients new drafts take</source>
        <translation>The issuing agency, city, 发文字号 template and recipients new drafts take</translation>
    </message>
    <message>
        <source>&amp;New draft from results</source>
        <translation>&amp;New draft from results</translation>
    </message>
    <message>
        <source>Evaluate the new-media rules and draft the round's bulletin from its results</source>
        <translation>Evaluate the new-media rules and draft the round's bulletin from its results</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <source>Re&amp;tract…</source>
        <translation>Re&amp;tract…</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>New &amp;version</translation>
    </message>
    <message>
        <source>A new draft with the same content that supersedes the finalised bulletin once issued</source>
        <translation>A new draft with the same content that supersedes the finalised bulletin once issued</translation>
    </message>
    <message>
        <source>No draft made</source>
        <translation>No draft made</translation>
    </message>
    <message>
        <source>Cannot open the bulletin</source>
        <translation>Cannot open the bulletin</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Delete this draft? Its text is lost.</source>
        <translation>Delete this draft? Its text is lost.</translation>
    </message>
    <message>
        <source>Draft not deleted</source>
        <translation>Draft not deleted</translation>
    </message>
    <message>
        <source>Retract bulletin</source>
        <translation>Retract bulletin</translation>
    </message>
    <message>
        <source>Why is the bulletin retracted? The reason is kept with it.</source>
        <translation>Why is the bulletin retracted? The reason is kept with it.</translation>
    </message>
    <message>
        <source>Not retracted</source>
        <translation>Not retracted</translation>
    </message>
    <message>
        <source>No new version made</source>
        <translation>No new version made</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>No inspection round yet: open one in Inspection rounds.</source>
        <translation>No inspection round yet: open one in Inspection rounds.</translation>
    </message>
    <message numerus="yes">
        <source>%n bulletin(s) for this round</source>
        <translation><numerusform>%n bulletin for this round</numerusform><numerusform>%n bulletins for this round</numerusform></translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>Choose a round first.</translation>
    </message>
    <message>
        <source>Choose a bulletin in the list.</source>
        <translation>Choose a bulletin in the list.</translation>
    </message>
    <message>
        <source>Give the reason for retracting the bulletin.</source>
        <translation>Give the reason for retracting the bulletin.</translation>
    </message>
</context>
<context>
    <name>xj::CheckOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Requests in flight at once, all hosts together</source>
        <translation>Requests in flight at once, all hosts together</translation>
    </message>
    <message>
        <source>Requests in flight to one host</source>
        <translation>Requests in flight to one host</translation>
    </message>
    <message>
        <source>Time between two requests to one host</source>
        <translation>Time between two requests to one host</translation>
    </message>
    <message>
        <source>Content pages fetched from each column page</source>
        <translation>Content pages fetched from each column page</translation>
    </message>
    <message>
        <source>Home page, column pages and content pages together</source>
        <translation>Home page, column pages and content pages together</translation>
    </message>
    <message>
        <source>Obey robots.txt</source>
        <translation>Obey robots.txt</translation>
    </message>
    <message>
        <source>Allow certificate errors</source>
        <translation>Allow certificate errors</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Inspections may check pages that robots.txt closes to crawlers</source>
        <translation>Inspections may check pages that robots.txt closes to crawlers</translation>
    </message>
    <message>
        <source>Certificate errors are recorded either way; allowed, the page is still fetched and checked</source>
        <translation>Certificate errors are recorded either way; allowed, the page is still fetched and checked</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Requests at once:</translation>
    </message>
    <message>
        <source>Per &amp;host:</source>
        <translation>Per &amp;host:</translation>
    </message>
    <message>
        <source>&amp;Pause per host:</source>
        <translation>&amp;Pause per host:</translation>
    </message>
    <message>
        <source>&amp;Sample per column:</source>
        <translation>&amp;Sample per column:</translation>
    </message>
    <message>
        <source>&amp;Max pages per site:</source>
        <translation>&amp;Max pages per site:</translation>
    </message>
    <message>
        <source>Analyse pages</source>
        <translation>Analyse pages</translation>
    </message>
    <message>
        <source>Dates, footer identifiers, hidden links, wording and maps on every page, then the site-level rules; off, only pages and links are checked</source>
        <translation>Dates, footer identifiers, hidden links, wording and maps on every page, then the site-level rules; off, only pages and links are checked</translation>
    </message>
</context>
<context>
    <name>xj::CheckProgressModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>checking</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Pages done / queued</source>
        <translation>Pages done / queued</translation>
    </message>
    <message>
        <source>Links done / queued</source>
        <translation>Links done / queued</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>xj::ChecklistDialog</name>
    <message>
        <source>Screenshot from the review pane</source>
        <translation>Screenshot from the review pane</translation>
    </message>
    <message>
        <source>Checklist — %1</source>
        <translation>Checklist — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — round %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — round %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Double-click a finding to open it in the review list</source>
        <translation>Double-click a finding to open it in the review list</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Pass</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;Not applicable</translation>
    </message>
    <message>
        <source>Note; saved when you leave the field</source>
        <translation>Note; saved when you leave the field</translation>
    </message>
    <message>
        <source>Screenshot from a file…</source>
        <translation>Screenshot from a file…</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>Print 检查记录表…</source>
        <translation>Print 检查记录表…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the 检查记录表</source>
        <translation>Save the 检查记录表</translation>
    </message>
    <message>
        <source>%1检查记录表.pdf</source>
        <translation>%1检查记录表.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message numerus="yes">
        <source>Score as it stands: %1 (%n finding(s) awaiting review, not counted)</source>
        <translation><numerusform>Score as it stands: %1 (%n finding awaiting review, not counted)</numerusform><numerusform>Score as it stands: %1 (%n findings awaiting review, not counted)</numerusform></translation>
    </message>
    <message>
        <source>Score as it stands: %1</source>
        <translation>Score as it stands: %1</translation>
    </message>
    <message>
        <source>No score: %1</source>
        <translation>No score: %1</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>%1 pending, %2 confirmed, %3 dismissed</source>
        <translation>%1 pending, %2 confirmed, %3 dismissed</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided</source>
        <translation><numerusform>%n undecided</numerusform><numerusform>%n undecided</numerusform></translation>
    </message>
    <message>
        <source>%1: the checks found nothing.</source>
        <translation>%1: the checks found nothing.</translation>
    </message>
    <message>
        <source>%1: %2 pending, %3 confirmed, %4 dismissed.</source>
        <translation>%1: %2 pending, %3 confirmed, %4 dismissed.</translation>
    </message>
    <message>
        <source>Screenshot %1 kept</source>
        <translation>Screenshot %1 kept</translation>
    </message>
    <message>
        <source>No screenshot</source>
        <translation>No screenshot</translation>
    </message>
    <message>
        <source>Last saved by %1 at %2</source>
        <translation>Last saved by %1 at %2</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 is not an image this program can read.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>The entry changed again meanwhile; nothing was saved.</source>
        <translation>The entry changed again meanwhile; nothing was saved.</translation>
    </message>
    <message>
        <source>Kept %1's entry.</source>
        <translation>Kept %1's entry.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>xj::ChecksView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Start a fresh run of the round: every running site again</source>
        <translation>Start a fresh run of the round: every running site again</translation>
    </message>
    <message>
        <source>Stop the run; Resume continues it where it stopped</source>
        <translation>Stop the run; Resume continues it where it stopped</translation>
    </message>
    <message>
        <source>Continue the round's unfinished run: pages and links already checked are not fetched again</source>
        <translation>Continue the round's unfinished run: pages and links already checked are not fetched again</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>R&amp;ound:</translation>
    </message>
    <message>
        <source>Errors and notes of the run appear here.</source>
        <translation>Errors and notes of the run appear here.</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) shown</source>
        <translation><numerusform>%n finding shown</numerusform><numerusform>%n findings shown</numerusform></translation>
    </message>
    <message>
        <source>Findings of the round</source>
        <translation>Findings of the round</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>No rounds yet: open one under Inspection rounds.</source>
        <translation>No rounds yet: open one under Inspection rounds.</translation>
    </message>
    <message>
        <source>Round %1 has not been checked yet.</source>
        <translation>Round %1 has not been checked yet.</translation>
    </message>
    <message>
        <source>Last run %1: complete, %2 to %3.</source>
        <translation>Last run %1: complete, %2 to %3.</translation>
    </message>
    <message>
        <source>Last run %1: stopped %2; Resume continues it.</source>
        <translation>Last run %1: stopped %2; Resume continues it.</translation>
    </message>
    <message>
        <source>Last run %1 (started %2) did not finish; Resume continues it.</source>
        <translation>Last run %1 (started %2) did not finish; Resume continues it.</translation>
    </message>
    <message>
        <source>Last run %1 failed (started %2).</source>
        <translation>Last run %1 failed (started %2).</translation>
    </message>
    <message>
        <source>sites %1 of %2 · pages %3 of %4 · links %5 of %6 · findings %7</source>
        <translation>sites %1 of %2 · pages %3 of %4 · links %5 of %6 · findings %7</translation>
    </message>
    <message>
        <source>All indicators (%1)</source>
        <translation>All indicators (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Resuming the check of round %1…</source>
        <translation>Resuming the check of round %1…</translation>
    </message>
    <message>
        <source>Starting a fresh check of round %1…</source>
        <translation>Starting a fresh check of round %1…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Run %1 is checking round %2.</source>
        <translation>Run %1 is checking round %2.</translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation>Run %1 started.</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>The check could not start: %1</translation>
    </message>
    <message>
        <source>Run %1 complete.</source>
        <translation>Run %1 complete.</translation>
    </message>
    <message>
        <source>Run %1 stopped; Resume continues it.</source>
        <translation>Run %1 stopped; Resume continues it.</translation>
    </message>
    <message>
        <source>Render &amp;home pages</source>
        <translation>Render &amp;home pages</translation>
    </message>
    <message>
        <source>Load the home pages of the last finished run in an offscreen browser and report the outside links their computed styles hide (暗链, rendered pass)</source>
        <translation>Load the home pages of the last finished run in an offscreen browser and report the outside links their computed styles hide (暗链, rendered pass)</translation>
    </message>
    <message>
        <source>The rendered pass needs a finished run of round %1.</source>
        <translation>The rendered pass needs a finished run of round %1.</translation>
    </message>
    <message>
        <source>Rendering home page %1 of %2: %3</source>
        <translation>Rendering home page %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Rendered pass complete: %n hidden-link finding(s) filed.</source>
        <translation><numerusform>Rendered pass complete: %n hidden-link finding filed.</numerusform><numerusform>Rendered pass complete: %n hidden-link findings filed.</numerusform></translation>
    </message>
    <message>
        <source>Rendered pass stopped.</source>
        <translation>Rendered pass stopped.</translation>
    </message>
</context>
<context>
    <name>xj::EvidenceSchemeHandler</name>
    <message>
        <source>not an evidence URL</source>
        <translation>not an evidence URL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>xj::ExportDialog</name>
    <message>
        <source>Export a registry table</source>
        <translation>Export a registry table</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The file's extension decides the format: .xlsx, or .csv (UTF-8 with a BOM, opens in Excel and WPS). The file imports back unchanged.</source>
        <translation>The file's extension decides the format: .xlsx, or .csv (UTF-8 with a BOM, opens in Excel and WPS). The file imports back unchanged.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>The file must end in .xlsx or .csv.</source>
        <translation>The file must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 exists and will be replaced.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
</context>
<context>
    <name>xj::FigureListDialog</name>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation><numerusform>%1 — %n row</numerusform><numerusform>%1 — %n rows</numerusform></translation>
    </message>
    <message>
        <source>Double-click a row for its score card</source>
        <translation>Double-click a row for its score card</translation>
    </message>
</context>
<context>
    <name>xj::FinaliseDialog</name>
    <message>
        <source>Finalise and sign</source>
        <translation>Finalise and sign</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>&amp;Certificate (PKCS#12):</translation>
    </message>
    <message>
        <source>signer.p12</source>
        <translation>signer.p12</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Seal image:</source>
        <translation>&amp;Seal image:</translation>
    </message>
    <message>
        <source>seal.png (transparent)</source>
        <translation>seal.png (transparent)</translation>
    </message>
    <message>
        <source>Sa&amp;mple seal (样章)</source>
        <translation>Sa&amp;mple seal (样章)</translation>
    </message>
    <message>
        <source>&amp;Attachments folder:</source>
        <translation>&amp;Attachments folder:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Save a &amp;copy of the PDF:</source>
        <translation>Save a &amp;copy of the PDF:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Number template:</source>
        <translation>&amp;Number template:</translation>
    </message>
    <message>
        <source>揭政数局函〔{year}〕{n}号</source>
        <translation>揭政数局函〔{year}〕{n}号</translation>
    </message>
    <message>
        <source>&amp;Date (成文日期):</source>
        <translation>&amp;Date (成文日期):</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Finalising takes the next 发文字号, typesets it into the bulletin, signs the PDF and keeps it in the store unchangeable. A finalised bulletin can be retracted or superseded by a new version, never edited.</source>
        <translation>Finalising takes the next 发文字号, typesets it into the bulletin, signs the PDF and keeps it in the store unchangeable. A finalised bulletin can be retracted or superseded by a new version, never edited.</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>Images (*.png *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Images (*.png *.tif *.tiff *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>Attachments folder</source>
        <translation>Attachments folder</translation>
    </message>
    <message>
        <source>Copy of the signed PDF</source>
        <translation>Copy of the signed PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the signing certificate (a PKCS#12 file).</source>
        <translation>Choose the signing certificate (a PKCS#12 file).</translation>
    </message>
    <message>
        <source>通报发布</source>
        <translation>通报发布</translation>
    </message>
    <message>
        <source>The password opens the certificate. It is never written to a file; it is kept only in the system keychain, and only when you ask for that.</source>
        <translation>The password opens the certificate. It is never written to a file; it is kept only in the system keychain, and only when you ask for that.</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>The password was taken from the system keychain.</source>
        <translation>The password was taken from the system keychain.</translation>
    </message>
    <message>
        <source>The password opens the certificate and is then forgotten (system keychain: %1).</source>
        <translation>The password opens the certificate and is then forgotten (system keychain: %1).</translation>
    </message>
</context>
<context>
    <name>xj::FindingRecheck</name>
    <message>
        <source>The finding names no web address to fetch.</source>
        <translation>The finding names no web address to fetch.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 now.</source>
        <translation>%1 answers HTTP %2 now.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 does not answer: %2</translation>
    </message>
    <message>
        <source>The closed site still serves content (HTTP %1, “%2”).</source>
        <translation>The closed site still serves content (HTTP %1, “%2”).</translation>
    </message>
    <message>
        <source>The closed site no longer serves content (HTTP %1).</source>
        <translation>The closed site no longer serves content (HTTP %1).</translation>
    </message>
    <message>
        <source>The page answers HTTP %1 now; %2 is judged on the site's pages together: decide by looking.</source>
        <translation>The page answers HTTP %1 now; %2 is judged on the site's pages together: decide by looking.</translation>
    </message>
    <message>
        <source>%1 is not an HTML page now (HTTP %2).</source>
        <translation>%1 is not an HTML page now (HTTP %2).</translation>
    </message>
    <message>
        <source>The finding's site or round is no longer in the store.</source>
        <translation>The finding's site or round is no longer in the store.</translation>
    </message>
    <message>
        <source>Still on the page: %1</source>
        <translation>Still on the page: %1</translation>
    </message>
    <message>
        <source>%1 no longer shows it (HTTP %2).</source>
        <translation>%1 no longer shows it (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>xj::FindingsModel</name>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>veto</translation>
    </message>
    <message>
        <source>deduction</source>
        <translation>deduction</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <source>manual check</source>
        <translation>manual check</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
</context>
<context>
    <name>xj::ImportDialog</name>
    <message>
        <source>Import a registry table</source>
        <translation>Import a registry table</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>A CSV or XLSX file: units, sites, columns, accounts or status</source>
        <translation>A CSV or XLSX file: units, sites, columns, accounts or status</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>The kind of table: detected from the headers, or chosen here</source>
        <translation>The kind of table: detected from the headers, or chosen here</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>File header</source>
        <translation>File header</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Imports as</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Every problem found; nothing was written</source>
        <translation>Every problem found; nothing was written</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the table…</source>
        <translation>Choose the table…</translation>
    </message>
    <message>
        <source>%v / %m rows</source>
        <translation>%v / %m rows</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Choose a registry table</source>
        <translation>Choose a registry table</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tables (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV, %1</translation>
    </message>
    <message>
        <source>data rows: %1, columns: %2</source>
        <translation>data rows: %1, columns: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · recognised from its headers</source>
        <translation>%1 · %2 · recognised from its headers</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Preview: the first %1 of %2 rows</source>
        <translation>Preview: the first %1 of %2 rows</translation>
    </message>
    <message>
        <source>Keep as extra attribute</source>
        <translation>Keep as extra attribute</translation>
    </message>
    <message>
        <source>Choose which table this file is.</source>
        <translation>Choose which table this file is.</translation>
    </message>
    <message>
        <source>Missing required fields: %1</source>
        <translation>Missing required fields: %1</translation>
    </message>
    <message>
        <source>More than one column imports as the same field: %1</source>
        <translation>More than one column imports as the same field: %1</translation>
    </message>
    <message>
        <source>All required fields are present. Columns kept as extra attributes: %1.</source>
        <translation>All required fields are present. Columns kept as extra attributes: %1.</translation>
    </message>
    <message>
        <source>Checking every row, then writing…</source>
        <translation>Checking every row, then writing…</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 new, %4 changed, %5 unchanged, %6 status changes.</source>
        <translation>Imported %1 (%2): %3 new, %4 changed, %5 unchanged, %6 status changes.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing was written; correct the file (or the mapping) and import again.</source>
        <translation>Problems found: %1. Nothing was written; correct the file (or the mapping) and import again.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>a %1 table belongs to a round: import it with xunjian import --round ID</source>
        <translation>a %1 table belongs to a round: import it with xunjian import --round ID</translation>
    </message>
</context>
<context>
    <name>xj::IndicatorParamsEditor</name>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>%1 %2 has no parameters.</source>
        <translation>%1 %2 has no parameters.</translation>
    </message>
    <message>
        <source>Parameters of %1 %2:</source>
        <translation>Parameters of %1 %2:</translation>
    </message>
    <message>
        <source>Built-in default: %1</source>
        <translation>Built-in default: %1</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>One item per line</translation>
    </message>
</context>
<context>
    <name>xj::IndicatorSetDialog</name>
    <message>
        <source>Indicator sets</source>
        <translation>Indicator sets</translation>
    </message>
    <message>
        <source>Active set:</source>
        <translation>Active set:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Figures marked (?) in indicators.md were not confirmed against the official text (国办秘函〔2019〕19号): check them before relying on a verdict. Saving never changes a stored version: it adds the next one, and findings keep the version that judged them.</source>
        <translation>Figures marked (?) in indicators.md were not confirmed against the official text (国办秘函〔2019〕19号): check them before relying on a verdict. Saving never changes a stored version: it adds the next one, and findings keep the version that judged them.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>&amp;Save as new version…</source>
        <translation>&amp;Save as new version…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>none (the built-in set applies, unstored)</source>
        <translation>none (the built-in set applies, unstored)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (active)</translation>
    </message>
    <message>
        <source>Version %1, stored %2.</source>
        <translation>Version %1, stored %2.</translation>
    </message>
    <message>
        <source>Version %1, stored %2: %3</source>
        <translation>Version %1, stored %2: %3</translation>
    </message>
    <message>
        <source>Discard the changes not saved as a new version?</source>
        <translation>Discard the changes not saved as a new version?</translation>
    </message>
    <message>
        <source>Save the changes as a new version first.</source>
        <translation>Save the changes as a new version first.</translation>
    </message>
    <message>
        <source>Indicator sets — %1 (changed)</source>
        <translation>Indicator sets — %1 (changed)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved as %1. It is not active yet: Activate makes new checks judge by it.</source>
        <translation>Saved as %1. It is not active yet: Activate makes new checks judge by it.</translation>
    </message>
    <message>
        <source>Save the changes as a new version first: only a stored version can be active.</source>
        <translation>Save the changes as a new version first: only a stored version can be active.</translation>
    </message>
    <message>
        <source>Not activated: %1</source>
        <translation>Not activated: %1</translation>
    </message>
    <message>
        <source>%1 is active: new checks and evaluations judge by it; findings already filed keep their version.</source>
        <translation>%1 is active: new checks and evaluations judge by it; findings already filed keep their version.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>Imported as %1 (not active yet).</source>
        <translation>Imported as %1 (not active yet).</translation>
    </message>
    <message>
        <source>%1 already has these indicators: nothing new was stored.</source>
        <translation>%1 already has these indicators: nothing new was stored.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>What changed? The note is kept with the version:</source>
        <translation>What changed? The note is kept with the version:</translation>
    </message>
    <message>
        <source>Import an indicator set</source>
        <translation>Import an indicator set</translation>
    </message>
    <message>
        <source>Indicator sets (*.json);;All files (*)</source>
        <translation>Indicator sets (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export the indicator set</source>
        <translation>Export the indicator set</translation>
    </message>
    <message>
        <source>Indicator sets (*.json)</source>
        <translation>Indicator sets (*.json)</translation>
    </message>
</context>
<context>
    <name>xj::IndicatorSetModel</name>
    <message>
        <source>A confirmed finding leads to %1.</source>
        <translation>A confirmed finding leads to %1.</translation>
    </message>
    <message>
        <source>Objective: its findings count unless an inspector dismisses them.</source>
        <translation>Objective: its findings count unless an inspector dismisses them.</translation>
    </message>
    <message>
        <source>Needs review: its findings count only once an inspector confirms them.</source>
        <translation>Needs review: its findings count only once an inspector confirms them.</translation>
    </message>
    <message>
        <source>A disabled indicator files no findings and counts nothing.</source>
        <translation>A disabled indicator files no findings and counts nothing.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Cap (points)</source>
        <translation>Cap (points)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
</context>
<context>
    <name>xj::MainWindow</name>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Inspection rounds</source>
        <translation>Inspection rounds</translation>
    </message>
    <message>
        <source>Xunjian — %1</source>
        <translation>Xunjian — %1</translation>
    </message>
    <message>
        <source>Running entries, counted as the bulletin counts them</source>
        <translation>Running entries, counted as the bulletin counts them</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a registry table (units, sites, columns, accounts, status) from CSV or XLSX</source>
        <translation>Import a registry table (units, sites, columns, accounts, status) from CSV or XLSX</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export a registry table as XLSX or CSV</source>
        <translation>Export a registry table as XLSX or CSV</translation>
    </message>
    <message>
        <source>New &amp;round…</source>
        <translation>New &amp;round…</translation>
    </message>
    <message>
        <source>Open a new inspection round</source>
        <translation>Open a new inspection round</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Xunjian</source>
        <translation>&amp;About Xunjian</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Rounds</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>%1 websites (incl. %2 service platforms), %3 department channels, %4 new-media accounts</source>
        <translation>%1 websites (incl. %2 service platforms), %3 department channels, %4 new-media accounts</translation>
    </message>
    <message>
        <source>About Xunjian</source>
        <translation>About Xunjian</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Xunjian %1&lt;/h3&gt;&lt;p&gt;Inspection of government websites and government new media: the registry, inspection rounds, checks and the bulletin.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Xunjian %1&lt;/h3&gt;&lt;p&gt;Inspection of government websites and government new media: the registry, inspection rounds, checks and the bulletin.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Indicator sets…</source>
        <translation>&amp;Indicator sets…</translation>
    </message>
    <message>
        <source>Thresholds, points, caps and keyword lists of the indicators, versioned</source>
        <translation>Thresholds, points, caps and keyword lists of the indicators, versioned</translation>
    </message>
    <message>
        <source>&amp;Wording dictionary…</source>
        <translation>&amp;Wording dictionary…</translation>
    </message>
    <message>
        <source>严重表述错误, 错别字, 敏感词 and allowed phrases the wording check looks for</source>
        <translation>严重表述错误, 错别字, 敏感词 and allowed phrases the wording check looks for</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
</context>
<context>
    <name>xj::ManualFindingDialog</name>
    <message>
        <source>Manual finding</source>
        <translation>Manual finding</translation>
    </message>
    <message>
        <source>What is wrong, as it appears on the page</source>
        <translation>What is wrong, as it appears on the page</translation>
    </message>
    <message>
        <source>(no screenshot)</source>
        <translation>(no screenshot)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>File the finding</source>
        <translation>File the finding</translation>
    </message>
</context>
<context>
    <name>xj::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Uncheck when the date is not known</source>
        <translation>Uncheck when the date is not known</translation>
    </message>
</context>
<context>
    <name>xj::PostingTimeline</name>
    <message>
        <source>No round to show posts for.</source>
        <translation>No round to show posts for.</translation>
    </message>
    <message>
        <source>No post on record up to %1.</source>
        <translation>No post on record up to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with posts in the window</source>
        <translation><numerusform>%n day with posts in the window</numerusform><numerusform>%n days with posts in the window</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) of %1 days or more</source>
        <translation><numerusform>%n gap of %1 days or more</numerusform><numerusform>%n gaps of %1 days or more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) over %1 days</source>
        <translation><numerusform>%n gap over %1 days</numerusform><numerusform>%n gaps over %1 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>longest %n day(s)</source>
        <translation><numerusform>longest %n day</numerusform><numerusform>longest %n days</numerusform></translation>
    </message>
    <message>
        <source>no round</source>
        <translation>no round</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
</context>
<context>
    <name>xj::RanksDialog</name>
    <message>
        <source>Province ranks</source>
        <translation>Province ranks</translation>
    </message>
    <message>
        <source>Rank by &amp;linked catalog items:</source>
        <translation>Rank by &amp;linked catalog items:</translation>
    </message>
    <message>
        <source>Rank by &amp;open data items:</source>
        <translation>Rank by &amp;open data items:</translation>
    </message>
    <message>
        <source>Round %1: the city's ranks among the province's cities, as the province publishes them. 0 leaves a rank unset.</source>
        <translation>Round %1: the city's ranks among the province's cities, as the province publishes them. 0 leaves a rank unset.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>The ranks could not be saved: %1</source>
        <translation>The ranks could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>xj::RectificationExportJob</name>
    <message>
        <source>The notice to %1 has no list to write to %2</source>
        <translation>The notice to %1 has no list to write to %2</translation>
    </message>
    <message>
        <source>No round “%1”</source>
        <translation>No round “%1”</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Nothing open in round %1 to write a notice about</source>
        <translation>Nothing open in round %1 to write a notice about</translation>
    </message>
</context>
<context>
    <name>xj::RectificationModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed</source>
        <translation>Overdue: the deadline %1 has passed</translation>
    </message>
    <message>
        <source>The object's registered owner (no unit was assigned to the finding)</source>
        <translation>The object's registered owner (no unit was assigned to the finding)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
</context>
<context>
    <name>xj::RectificationView</name>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Export 整改通知…</source>
        <translation>Export 整改通知…</translation>
    </message>
    <message>
        <source>Open and overdue findings per unit; click one to list only its findings</source>
        <translation>Open and overdue findings per unit; click one to list only its findings</translation>
    </message>
    <message>
        <source>The selected unit's 整改通知 as PDF and XLSX; with all units, one of each per unit into a folder</source>
        <translation>The selected unit's 整改通知 as PDF and XLSX; with all units, one of each per unit into a folder</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Writing the notice to %1…</source>
        <translation>Writing the notice to %1…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n notice(s).</source>
        <translation><numerusform>Cancelled after %n notice.</numerusform><numerusform>Cancelled after %n notices.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) written.</source>
        <translation><numerusform>%n notice written.</numerusform><numerusform>%n notices written.</numerusform></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>%1 — %2 open, %3 overdue</source>
        <translation>%1 — %2 open, %3 overdue</translation>
    </message>
    <message>
        <source>The finding changed again meanwhile; nothing was saved.</source>
        <translation>The finding changed again meanwhile; nothing was saved.</translation>
    </message>
    <message>
        <source>The finding is no longer on the list (verified meanwhile); nothing was saved.</source>
        <translation>The finding is no longer on the list (verified meanwhile); nothing was saved.</translation>
    </message>
    <message>
        <source>Kept %1's change.</source>
        <translation>Kept %1's change.</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>The agency that issues the 整改通知 (kept as the store's bulletin.agency):</source>
        <translation>The agency that issues the 整改通知 (kept as the store's bulletin.agency):</translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>Choose a round first.</translation>
    </message>
    <message>
        <source>No issuing agency: nothing was written.</source>
        <translation>No issuing agency: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing open for this unit in round %1.</source>
        <translation>Nothing open for this unit in round %1.</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>An export is still running.</translation>
    </message>
    <message>
        <source>Export 整改通知</source>
        <translation>Export 整改通知</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written: %1 and %2</source>
        <translation>Written: %1 and %2</translation>
    </message>
    <message>
        <source>Folder for every unit's 整改通知</source>
        <translation>Folder for every unit's 整改通知</translation>
    </message>
    <message>
        <source>Writing the notices…</source>
        <translation>Writing the notices…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>xj::RegistryDetailsPanel</name>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 (date first seen)</source>
        <translation>%1 (date first seen)</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>import of %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Select a row to see its details and status history.</source>
        <translation>Select a row to see its details and status history.</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Site code:</source>
        <translation>Site code:</translation>
    </message>
    <message>
        <source>ICP record:</source>
        <translation>ICP record:</translation>
    </message>
    <message>
        <source>Public security record:</source>
        <translation>Public security record:</translation>
    </message>
    <message>
        <source>Owner unit:</source>
        <translation>Owner unit:</translation>
    </message>
    <message>
        <source>Hosting site:</source>
        <translation>Hosting site:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>%1 (differs from the registered name)</source>
        <translation>%1 (differs from the registered name)</translation>
    </message>
    <message>
        <source>Actual name:</source>
        <translation>Actual name:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Account ID:</translation>
    </message>
    <message>
        <source>Parent unit:</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Runs:</translation>
    </message>
    <message>
        <source>websites and channels: %1; new-media accounts: %2</source>
        <translation>websites and channels: %1; new-media accounts: %2</translation>
    </message>
    <message>
        <source>%1, recorded %2</source>
        <translation>%1, recorded %2</translation>
    </message>
    <message>
        <source>Status history (%1)</source>
        <translation>Status history (%1)</translation>
    </message>
    <message>
        <source>Posts in %1 (gaps from %2 days highlighted, over %3 in red)</source>
        <translation>Posts in %1 (gaps from %2 days highlighted, over %3 in red)</translation>
    </message>
</context>
<context>
    <name>xj::RegistryFilterBar</name>
    <message>
        <source>Search names, URLs, site codes, account IDs, units…</source>
        <translation>Search names, URLs, site codes, account IDs, units…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>The owner unit, with the units under it</source>
        <translation>The owner unit, with the units under it</translation>
    </message>
    <message>
        <source>Shown / all entries of this tab</source>
        <translation>Shown / all entries of this tab</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>All unit kinds</source>
        <translation>All unit kinds</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>xj::RegistryTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Site code</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Hosting site</source>
        <translation>Hosting site</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Registered name</translation>
    </message>
    <message>
        <source>Actual name</source>
        <translation>Actual name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>Unit kind</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>xj::RegistryView</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>Edit the selected entry (or double-click it)</source>
        <translation>Edit the selected entry (or double-click it)</translation>
    </message>
    <message>
        <source>Record a change of status: closed, offline, cancelled, to be verified, registered late…</source>
        <translation>Record a change of status: closed, offline, cancelled, to be verified, registered late…</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Portal and department websites, and service platforms</source>
        <translation>Portal and department websites, and service platforms</translation>
    </message>
    <message>
        <source>Department channels</source>
        <translation>Department channels</translation>
    </message>
    <message>
        <source>Channels of departments hosted on another website</source>
        <translation>Channels of departments hosted on another website</translation>
    </message>
    <message>
        <source>New-media accounts</source>
        <translation>New-media accounts</translation>
    </message>
    <message>
        <source>Government new-media accounts on WeChat, Weibo, Douyin and the like</source>
        <translation>Government new-media accounts on WeChat, Weibo, Douyin and the like</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>The units that run the websites and accounts</source>
        <translation>The units that run the websites and accounts</translation>
    </message>
    <message>
        <source>&amp;New website…</source>
        <translation>&amp;New website…</translation>
    </message>
    <message>
        <source>&amp;New channel…</source>
        <translation>&amp;New channel…</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>&amp;New unit…</translation>
    </message>
</context>
<context>
    <name>xj::RenderedHomePass</name>
    <message>
        <source>the rendered hidden-link pass needs a graphical application object (run it from the GUI, or with xunjian check --render)</source>
        <translation>the rendered hidden-link pass needs a graphical application object (run it from the GUI, or with xunjian check --render)</translation>
    </message>
    <message>
        <source>%1: rendered pass: %2</source>
        <translation>%1: rendered pass: %2</translation>
    </message>
</context>
<context>
    <name>xj::ResultsCharts</name>
    <message>
        <source>Pass rate by kind</source>
        <translation>Pass rate by kind</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>(no owner unit)</source>
        <translation>(no owner unit)</translation>
    </message>
    <message>
        <source>Pass rate by unit: no unit has a failed object</source>
        <translation>Pass rate by unit: no unit has a failed object</translation>
    </message>
    <message>
        <source>Units failing most: pass rate (failed/checked)</source>
        <translation>Units failing most: pass rate (failed/checked)</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Catalog items per unit (the %1 units with the most)</source>
        <translation>Catalog items per unit (the %1 units with the most)</translation>
    </message>
    <message>
        <source>Catalog items per unit</source>
        <translation>Catalog items per unit</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>xj::ReviewConflictDialog</name>
    <message>
        <source>The finding was changed meanwhile</source>
        <translation>The finding was changed meanwhile</translation>
    </message>
    <message>
        <source>%1 changed this finding after you opened it. Compare the versions and choose which one stands.</source>
        <translation>%1 changed this finding after you opened it. Compare the versions and choose which one stands.</translation>
    </message>
    <message>
        <source>Another inspector</source>
        <translation>Another inspector</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs (stored)</source>
        <translation>Theirs (stored)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation>Apply mine again</translation>
    </message>
</context>
<context>
    <name>xj::ReviewDecisionBar</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>Manual finding…</source>
        <translation>Manual finding…</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <source>The finding stands (C)</source>
        <translation>The finding stands (C)</translation>
    </message>
    <message>
        <source>The finding is wrong or does not count, for the reason chosen (D)</source>
        <translation>The finding is wrong or does not count, for the reason chosen (D)</translation>
    </message>
    <message>
        <source>Why the finding is dismissed: choose or type</source>
        <translation>Why the finding is dismissed: choose or type</translation>
    </message>
    <message>
        <source>Why the severity or indicator changes</source>
        <translation>Why the severity or indicator changes</translation>
    </message>
    <message>
        <source>Where the rectification of a confirmed finding stands</source>
        <translation>Where the rectification of a confirmed finding stands</translation>
    </message>
    <message>
        <source>Note (E); saved when you leave the field</source>
        <translation>Note (E); saved when you leave the field</translation>
    </message>
    <message>
        <source>Undo the last change of this finding (Ctrl+Z)</source>
        <translation>Undo the last change of this finding (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Keep a screenshot of the captured pane with the finding (S)</source>
        <translation>Keep a screenshot of the captured pane with the finding (S)</translation>
    </message>
    <message>
        <source>File a finding the checks missed: the page, the text selected and a screenshot are attached</source>
        <translation>File a finding the checks missed: the page, the text selected and a screenshot are attached</translation>
    </message>
    <message>
        <source>Fetch the link or page now and judge it again; the answer is kept as evidence (Ctrl+R)</source>
        <translation>Fetch the link or page now and judge it again; the answer is kept as evidence (Ctrl+R)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>False positive: the link opens</source>
        <translation>False positive: the link opens</translation>
    </message>
    <message>
        <source>False positive: the text is correct in its context</source>
        <translation>False positive: the text is correct in its context</translation>
    </message>
    <message>
        <source>The target is not part of this inspection</source>
        <translation>The target is not part of this inspection</translation>
    </message>
    <message>
        <source>Temporary failure, fine when checked again</source>
        <translation>Temporary failure, fine when checked again</translation>
    </message>
    <message>
        <source>Duplicate of another finding</source>
        <translation>Duplicate of another finding</translation>
    </message>
    <message>
        <source>Already rectified before the inspection</source>
        <translation>Already rectified before the inspection</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>Re-checking %1…</source>
        <translation>Re-checking %1…</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>still present</source>
        <translation>still present</translation>
    </message>
    <message>
        <source>fetched, judge it yourself</source>
        <translation>fetched, judge it yourself</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <source>Re-check %1: %2 — %3</source>
        <translation>Re-check %1: %2 — %3</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <source>This finding is no longer in the store.</source>
        <translation>This finding is no longer in the store.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The finding changed again meanwhile; nothing was saved.</source>
        <translation>The finding changed again meanwhile; nothing was saved.</translation>
    </message>
    <message>
        <source>Choose or type why the finding is dismissed.</source>
        <translation>Choose or type why the finding is dismissed.</translation>
    </message>
    <message>
        <source>%1 changed the finding meanwhile: undo what you see now, or leave it.</source>
        <translation>%1 changed the finding meanwhile: undo what you see now, or leave it.</translation>
    </message>
    <message>
        <source>Another inspector</source>
        <translation>Another inspector</translation>
    </message>
    <message>
        <source>Screenshot kept with the finding</source>
        <translation>Screenshot kept with the finding</translation>
    </message>
</context>
<context>
    <name>xj::ReviewPane</name>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>What this pane shows (M switches)</source>
        <translation>What this pane shows (M switches)</translation>
    </message>
    <message>
        <source>Run the captured page's JavaScript (live pages always run it)</source>
        <translation>Run the captured page's JavaScript (live pages always run it)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>Whole pane</source>
        <translation>Whole pane</translation>
    </message>
    <message>
        <source>Region…</source>
        <translation>Region…</translation>
    </message>
    <message>
        <source>As captured</source>
        <translation>As captured</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Live now</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Previous round</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Choose a finding in the list.</source>
        <translation>Choose a finding in the list.</translation>
    </message>
    <message>
        <source>This finding names no page.</source>
        <translation>This finding names no page.</translation>
    </message>
    <message>
        <source>No earlier round captured %1.</source>
        <translation>No earlier round captured %1.</translation>
    </message>
    <message>
        <source>%1 cannot be shown from the evidence.</source>
        <translation>%1 cannot be shown from the evidence.</translation>
    </message>
    <message>
        <source>No capture kept for this finding (it was not found by a crawl).</source>
        <translation>No capture kept for this finding (it was not found by a crawl).</translation>
    </message>
    <message>
        <source>Run %1 kept no capture of %2: the check did not fetch it, or got no answer.</source>
        <translation>Run %1 kept no capture of %2: the check did not fetch it, or got no answer.</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>run %1: %2</translation>
    </message>
    <message>
        <source>No capture kept for %1.</source>
        <translation>No capture kept for %1.</translation>
    </message>
    <message>
        <source>The evidence of %1 cannot be read: %2</source>
        <translation>The evidence of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>run %1: %2 (%3)</source>
        <translation>run %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Drag over the page to capture a region; Esc cancels</source>
        <translation>Drag over the page to capture a region; Esc cancels</translation>
    </message>
</context>
<context>
    <name>xj::ReviewView</name>
    <message>
        <source>Search target, page, link, evidence</source>
        <translation>Search target, page, link, evidence</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Scroll together</translation>
    </message>
    <message>
        <source>The page view is not available: the evidence scheme was not registered at start-up.</source>
        <translation>The page view is not available: the evidence scheme was not registered at start-up.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Reviewed %1 / %2</source>
        <translation>Reviewed %1 / %2</translation>
    </message>
    <message>
        <source>J, N</source>
        <translation>J, N</translation>
    </message>
    <message>
        <source>Next finding</source>
        <translation>Next finding</translation>
    </message>
    <message>
        <source>K, P</source>
        <translation>K, P</translation>
    </message>
    <message>
        <source>Previous finding</source>
        <translation>Previous finding</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Confirm the finding</source>
        <translation>Confirm the finding</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Dismiss the finding with the reason chosen</source>
        <translation>Dismiss the finding with the reason chosen</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Edit the note</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Switch the right pane: live, previous round, source, captured</source>
        <translation>Switch the right pane: live, previous round, source, captured</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Screenshot of the captured pane, kept with the finding</source>
        <translation>Screenshot of the captured pane, kept with the finding</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last change of the finding</source>
        <translation>Undo the last change of the finding</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Review shortcuts</source>
        <translation>Review shortcuts</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Checklist…</source>
        <translation>Checklist…</translation>
    </message>
    <message>
        <source>Every indicator of the active set for this finding's object, with the manual ones to decide</source>
        <translation>Every indicator of the active set for this finding's object, with the manual ones to decide</translation>
    </message>
    <message>
        <source>Checklist of this object…</source>
        <translation>Checklist of this object…</translation>
    </message>
</context>
<context>
    <name>xj::RoundCheck</name>
    <message>
        <source>no round %1; create it with: xunjian round create</source>
        <translation>no round %1; create it with: xunjian round create</translation>
    </message>
    <message>
        <source>no site named %1 in the registry</source>
        <translation>no site named %1 in the registry</translation>
    </message>
    <message>
        <source>resuming run %1 of round %2</source>
        <translation>resuming run %1 of round %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of earlier runs not found again were removed</source>
        <translation><numerusform>%n finding of earlier runs not found again were removed</numerusform><numerusform>%n findings of earlier runs not found again were removed</numerusform></translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>certificate problem: %1</translation>
    </message>
    <message>
        <source>registered as shut down but answers HTTP %1 with content: %2</source>
        <translation>registered as shut down but answers HTTP %1 with content: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s) found on the home page that the registry does not list</source>
        <translation><numerusform>%1: %n column found on the home page that the registry does not list</numerusform><numerusform>%1: %n columns found on the home page that the registry does not list</numerusform></translation>
    </message>
    <message>
        <source>HTTPS answers with a certificate problem: %1</source>
        <translation>HTTPS answers with a certificate problem: %1</translation>
    </message>
    <message>
        <source>HTTPS missing: %1 (%2)</source>
        <translation>HTTPS missing: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>judged by %1; wording dictionary of %n entries</source>
        <translation><numerusform>judged by %1; wording dictionary of %n entries</numerusform><numerusform>judged by %1; wording dictionary of %n entries</numerusform></translation>
    </message>
</context>
<context>
    <name>xj::RoundDashboard</name>
    <message>
        <source>R&amp;ound:</source>
        <translation>R&amp;ound:</translation>
    </message>
    <message>
        <source>Headline figures, as the bulletin states them (click a figure for what is behind it)</source>
        <translation>Headline figures, as the bulletin states them (click a figure for what is behind it)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>No inspection round yet: open one under Inspection rounds.</source>
        <translation>No inspection round yet: open one under Inspection rounds.</translation>
    </message>
    <message>
        <source>Computing the results of %1…</source>
        <translation>Computing the results of %1…</translation>
    </message>
    <message>
        <source>Round %1: window %2 to %3, as of %4</source>
        <translation>Round %1: window %2 to %3, as of %4</translation>
    </message>
</context>
<context>
    <name>xj::RoundDialog</name>
    <message>
        <source>New inspection round</source>
        <translation>New inspection round</translation>
    </message>
    <message>
        <source>A round checks the registry as it stood on its as-of date, over the window's dates.</source>
        <translation>A round checks the registry as it stood on its as-of date, over the window's dates.</translation>
    </message>
    <message>
        <source>Round &amp;ID:</source>
        <translation>Round &amp;ID:</translation>
    </message>
    <message>
        <source>e.g. 2026Q3</source>
        <translation>e.g. 2026Q3</translation>
    </message>
    <message>
        <source>Window &amp;from:</source>
        <translation>Window &amp;from:</translation>
    </message>
    <message>
        <source>Window &amp;to:</source>
        <translation>Window &amp;to:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>The registry as it stood at the end of this day is what the round checks</source>
        <translation>The registry as it stood at the end of this day is what the round checks</translation>
    </message>
    <message>
        <source>Enter the round's ID, e.g. 2026Q3.</source>
        <translation>Enter the round's ID, e.g. 2026Q3.</translation>
    </message>
    <message>
        <source>The ID may hold letters, digits, "-" and "_" only.</source>
        <translation>The ID may hold letters, digits, "-" and "_" only.</translation>
    </message>
    <message>
        <source>Round %1 exists already.</source>
        <translation>Round %1 exists already.</translation>
    </message>
    <message>
        <source>The window must start on or before its last day.</source>
        <translation>The window must start on or before its last day.</translation>
    </message>
    <message>
        <source>The as-of date cannot lie before the window.</source>
        <translation>The as-of date cannot lie before the window.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>xj::RoundFigures</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Owner unit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>registered late</source>
        <translation>registered late</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Websites checked</source>
        <translation>Websites checked</translation>
    </message>
    <message>
        <source>Service platforms checked</source>
        <translation>Service platforms checked</translation>
    </message>
    <message>
        <source>Department channels checked</source>
        <translation>Department channels checked</translation>
    </message>
    <message>
        <source>New-media accounts checked</source>
        <translation>New-media accounts checked</translation>
    </message>
    <message>
        <source>Websites that failed (%1 of %2)</source>
        <translation>Websites that failed (%1 of %2)</translation>
    </message>
    <message>
        <source>Channels that failed (%1 of %2)</source>
        <translation>Channels that failed (%1 of %2)</translation>
    </message>
    <message>
        <source>Accounts that failed (%1 of %2)</source>
        <translation>Accounts that failed (%1 of %2)</translation>
    </message>
    <message>
        <source>Closed, taken offline or cancelled in the window</source>
        <translation>Closed, taken offline or cancelled in the window</translation>
    </message>
    <message>
        <source>Registered in the window</source>
        <translation>Registered in the window</translation>
    </message>
    <message>
        <source>Linked catalog items per unit</source>
        <translation>Linked catalog items per unit</translation>
    </message>
    <message>
        <source>Open data items per unit</source>
        <translation>Open data items per unit</translation>
    </message>
    <message>
        <source>Units with the most linked items</source>
        <translation>Units with the most linked items</translation>
    </message>
    <message>
        <source>Units with the most open items</source>
        <translation>Units with the most open items</translation>
    </message>
    <message>
        <source>City departments with fewer than %1 open items</source>
        <translation>City departments with fewer than %1 open items</translation>
    </message>
    <message>
        <source>Units with no open items</source>
        <translation>Units with no open items</translation>
    </message>
</context>
<context>
    <name>xj::RoundsView</name>
    <message>
        <source>A round checks every running website, channel and account over its window, against the registry as it stood on the as-of date, and ends with the bulletin.</source>
        <translation>A round checks every running website, channel and account over its window, against the registry as it stood on the as-of date, and ends with the bulletin.</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;New round…</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No rounds yet. Open the first one with New round…</source>
        <translation>No rounds yet. Open the first one with New round…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Province &amp;ranks…</source>
        <translation>Province &amp;ranks…</translation>
    </message>
    <message>
        <source>Catalog ranks (linked / open)</source>
        <translation>Catalog ranks (linked / open)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>xj::ScoreCardDialog</name>
    <message>
        <source>Score card</source>
        <translation>Score card</translation>
    </message>
    <message>
        <source>Score card: %1 (%2)</source>
        <translation>Score card: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>xj::ScoreCardView</name>
    <message>
        <source>Indicator / finding</source>
        <translation>Indicator / finding</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Reading the findings…</source>
        <translation>Reading the findings…</translation>
    </message>
    <message>
        <source>No score card</source>
        <translation>No score card</translation>
    </message>
    <message>
        <source>The score card cannot be shown</source>
        <translation>The score card cannot be shown</translation>
    </message>
    <message>
        <source>%1 · %2 · round %3 (as of %4) · judged by %5</source>
        <translation>%1 · %2 · round %3 (as of %4) · judged by %5</translation>
    </message>
    <message>
        <source>no owner unit</source>
        <translation>no owner unit</translation>
    </message>
    <message>
        <source>Failed: veto %1</source>
        <translation>Failed: veto %1</translation>
    </message>
    <message>
        <source>Failed: score %1</source>
        <translation>Failed: score %1</translation>
    </message>
    <message>
        <source>Passed: score %1</source>
        <translation>Passed: score %1</translation>
    </message>
    <message>
        <source>Passed: no veto (accounts are judged by vetoes only)</source>
        <translation>Passed: no veto (accounts are judged by vetoes only)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message numerus="yes">
        <source>Would fail if confirmed: %n finding(s) awaiting review (%1). Not counted until confirmed.</source>
        <translation><numerusform>Would fail if confirmed: %n finding awaiting review (%1). Not counted until confirmed.</numerusform><numerusform>Would fail if confirmed: %n findings awaiting review (%1). Not counted until confirmed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) awaiting review, not counted; if confirmed: %1.</source>
        <translation><numerusform>%n finding awaiting review, not counted; if confirmed: %1.</numerusform><numerusform>%n findings awaiting review, not counted; if confirmed: %1.</numerusform></translation>
    </message>
    <message>
        <source>Not among the objects the round checked (not running at its as-of date): judged here for reference only.</source>
        <translation>Not among the objects the round checked (not running at its as-of date): judged here for reference only.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation><numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>finding %1</translation>
    </message>
    <message>
        <source>Double-click to open the finding</source>
        <translation>Double-click to open the finding</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>veto</translation>
    </message>
    <message>
        <source>−%1 (%2 before the cap of %3)</source>
        <translation>−%1 (%2 before the cap of %3)</translation>
    </message>
    <message>
        <source>−%1 (cap %2)</source>
        <translation>−%1 (cap %2)</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <source>Awaiting review — would fail if confirmed</source>
        <translation>Awaiting review — would fail if confirmed</translation>
    </message>
    <message>
        <source>Awaiting review — not counted</source>
        <translation>Awaiting review — not counted</translation>
    </message>
    <message>
        <source>veto if confirmed</source>
        <translation>veto if confirmed</translation>
    </message>
    <message>
        <source>−%1 more if confirmed</source>
        <translation>−%1 more if confirmed</translation>
    </message>
    <message>
        <source>Not counted (dismissed, disabled, or a notice awaiting review)</source>
        <translation>Not counted (dismissed, disabled, or a notice awaiting review)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>No findings: nothing was deducted.</source>
        <translation>No findings: nothing was deducted.</translation>
    </message>
</context>
<context>
    <name>xj::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Open now:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Default:</translation>
    </message>
    <message>
        <source>Open another database with --db FILE (or postgresql://user@host/db for a team), or set XUNJIAN_DB.</source>
        <translation>Open another database with --db FILE (or postgresql://user@host/db for a team), or set XUNJIAN_DB.</translation>
    </message>
    <message>
        <source>The interface is in this language.</source>
        <translation>The interface is in this language.</translation>
    </message>
    <message>
        <source>The language changes the next time Xunjian starts.</source>
        <translation>The language changes the next time Xunjian starts.</translation>
    </message>
    <message>
        <source>XUNJIAN_LANG is set and decides the language while it is.</source>
        <translation>XUNJIAN_LANG is set and decides the language while it is.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Active set:</source>
        <translation>Active set:</translation>
    </message>
    <message>
        <source>&amp;Edit indicator sets…</source>
        <translation>&amp;Edit indicator sets…</translation>
    </message>
    <message>
        <source>Severities, caps and thresholds of the indicators, as named and versioned sets. New checks and evaluations judge by the active set; every finding records the version that judged it. Changes there are stored at once.</source>
        <translation>Severities, caps and thresholds of the indicators, as named and versioned sets. New checks and evaluations judge by the active set; every finding records the version that judged it. Changes there are stored at once.</translation>
    </message>
    <message>
        <source>%1 (built-in, not stored: %2)</source>
        <translation>%1 (built-in, not stored: %2)</translation>
    </message>
</context>
<context>
    <name>xj::SignerKeychain</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 cannot be read</translation>
    </message>
</context>
<context>
    <name>xj::SiteDialog</name>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Site code:</source>
        <translation>&amp;Site code:</translation>
    </message>
    <message>
        <source>The 10-character site code of the national reporting system: digits, or "bm" and 8 digits</source>
        <translation>The 10-character site code of the national reporting system: digits, or "bm" and 8 digits</translation>
    </message>
    <message>
        <source>&amp;ICP record:</source>
        <translation>&amp;ICP record:</translation>
    </message>
    <message>
        <source>&amp;Public security record:</source>
        <translation>&amp;Public security record:</translation>
    </message>
    <message>
        <source>&amp;Owner unit:</source>
        <translation>&amp;Owner unit:</translation>
    </message>
    <message>
        <source>Choose a unit, or type the name of a new one</source>
        <translation>Choose a unit, or type the name of a new one</translation>
    </message>
    <message>
        <source>&amp;Hosting site:</source>
        <translation>&amp;Hosting site:</translation>
    </message>
    <message>
        <source>For a department channel: the website it is part of</source>
        <translation>For a department channel: the website it is part of</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Columns (read-only; import a columns table to change them)</source>
        <translation>Columns (read-only; import a columns table to change them)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edit website — %1</source>
        <translation>Edit website — %1</translation>
    </message>
    <message>
        <source>New website</source>
        <translation>New website</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 — change it with Change status…</source>
        <translation>%1 — change it with Change status…</translation>
    </message>
    <message>
        <source>Running (new entries start running)</source>
        <translation>Running (new entries start running)</translation>
    </message>
    <message>
        <source>No columns recorded.</source>
        <translation>No columns recorded.</translation>
    </message>
    <message>
        <source>optional for a department channel</source>
        <translation>optional for a department channel</translation>
    </message>
    <message>
        <source>10 characters, e.g. 4459000001</source>
        <translation>10 characters, e.g. 4459000001</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>Choose the kind.</source>
        <translation>Choose the kind.</translation>
    </message>
    <message>
        <source>Enter the URL, starting with http:// or https://.</source>
        <translation>Enter the URL, starting with http:// or https://.</translation>
    </message>
    <message>
        <source>Enter the site code: only department channels may go without one.</source>
        <translation>Enter the site code: only department channels may go without one.</translation>
    </message>
    <message>
        <source>The site code has 10 characters: digits, or "bm" and 8 digits.</source>
        <translation>The site code has 10 characters: digits, or "bm" and 8 digits.</translation>
    </message>
    <message>
        <source>Choose the owner unit, or type the name of a new one.</source>
        <translation>Choose the owner unit, or type the name of a new one.</translation>
    </message>
    <message>
        <source>Choose the website that hosts this channel.</source>
        <translation>Choose the website that hosts this channel.</translation>
    </message>
    <message>
        <source>There is already a %1 named "%2".</source>
        <translation>There is already a %1 named "%2".</translation>
    </message>
    <message>
        <source>A new unit "%1" will be added.</source>
        <translation>A new unit "%1" will be added.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>xj::StatusChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Object:</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>&amp;Effective:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>e.g. merged into the city portal per notice 〔2026〕12</source>
        <translation>e.g. merged into the city portal per notice 〔2026〕12</translation>
    </message>
    <message>
        <source>Change status — %1</source>
        <translation>Change status — %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation>Choose the new status.</translation>
    </message>
    <message>
        <source>The date the change took effect cannot be in the future.</source>
        <translation>The date the change took effect cannot be in the future.</translation>
    </message>
    <message>
        <source>Give the reason: the bulletin quotes it.</source>
        <translation>Give the reason: the bulletin quotes it.</translation>
    </message>
    <message>
        <source>The status stays %1; the entry only adds a date to the history.</source>
        <translation>The status stays %1; the entry only adds a date to the history.</translation>
    </message>
    <message>
        <source>A late registration keeps the object running and sets its registration date.</source>
        <translation>A late registration keeps the object running and sets its registration date.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The history already has this status on this date.</source>
        <translation>The history already has this status on this date.</translation>
    </message>
</context>
<context>
    <name>xj::TableKind</name>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Websites, platforms and channels</source>
        <translation>Websites, platforms and channels</translation>
    </message>
    <message>
        <source>Columns of websites</source>
        <translation>Columns of websites</translation>
    </message>
    <message>
        <source>New-media accounts</source>
        <translation>New-media accounts</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <source>Posts of new-media accounts</source>
        <translation>Posts of new-media accounts</translation>
    </message>
    <message>
        <source>Update reminders</source>
        <translation>Update reminders</translation>
    </message>
    <message>
        <source>Messages and replies</source>
        <translation>Messages and replies</translation>
    </message>
    <message>
        <source>Data catalog counts</source>
        <translation>Data catalog counts</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>xj::UnitDialog</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>&amp;Parent unit:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Edit unit — %1</source>
        <translation>Edit unit — %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Enter the unit's name.</source>
        <translation>Enter the unit's name.</translation>
    </message>
    <message>
        <source>There is already a unit named "%1".</source>
        <translation>There is already a unit named "%1".</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>xj::WordingDictionaryDialog</name>
    <message>
        <source>Wording dictionary</source>
        <translation>Wording dictionary</translation>
    </message>
    <message>
        <source>What the wording check (错敏词) looks for in every page's text. A hit inside an allowed phrase is not reported; a confirmed serious wording error is a veto.</source>
        <translation>What the wording check (错敏词) looks for in every page's text. A hit inside an allowed phrase is not reported; a confirmed serious wording error is a veto.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Search terms, correct forms and notes</source>
        <translation>Search terms, correct forms and notes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>The starter list could not be loaded: %1</source>
        <translation>The starter list could not be loaded: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Import into the wording dictionary</source>
        <translation>Import into the wording dictionary</translation>
    </message>
    <message>
        <source>Word lists and tables (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation>Word lists and tables (*.txt *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Export the wording dictionary</source>
        <translation>Export the wording dictionary</translation>
    </message>
    <message>
        <source>wording-dictionary.csv</source>
        <translation>wording-dictionary.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n entries</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <source>&amp;Correct form:</source>
        <translation>&amp;Correct form:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Add a dictionary entry</source>
        <translation>Add a dictionary entry</translation>
    </message>
    <message>
        <source>“%1” is in the dictionary already. Replace its correct form, level and note?</source>
        <translation>“%1” is in the dictionary already. Replace its correct form, level and note?</translation>
    </message>
    <message>
        <source>The entry could not be saved: %1</source>
        <translation>The entry could not be saved: %1</translation>
    </message>
    <message>
        <source>Edit a dictionary entry</source>
        <translation>Edit a dictionary entry</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Remove %1 from the wording dictionary?</source>
        <translation>Remove %1 from the wording dictionary?</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>“%1” could not be removed: %2</translation>
    </message>
    <message>
        <source>Import a word list</source>
        <translation>Import a word list</translation>
    </message>
    <message>
        <source>The entries of %1 are:</source>
        <translation>The entries of %1 are:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>Nothing was imported: the file has problems.</translation>
    </message>
    <message>
        <source>%1 entries read: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 entries read: %2 added, %3 updated, %4 unchanged.</translation>
    </message>
</context>
</TS>