<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>%1: %2 of %3 probes failed (%4%) over %5 monitored days: not reachable</source>
        <translation>%1：%5 个监测日内共探测 %3 次，失败 %2 次（%4%）：无法访问</translation>
    </message>
    <message>
        <source>%1: %2 of %3 probes failed (%4%) over %5 monitored days</source>
        <translation>%1：%5 个监测日内共探测 %3 次，失败 %2 次（%4%）</translation>
    </message>
    <message>
        <source>%1: not enough probes to judge — %2 days with %3 or more probes (%4 days are needed), %5 probes in all, %6 failed</source>
        <translation>%1：探测次数不足，无法判定——探测达到 %3 次及以上的天数为 %2 天（需要 %4 天），共探测 %5 次，失败 %6 次</translation>
    </message>
</context>
<context>
    <name>BulletinDocument</name>
    <message>
        <source>body[%1].kind: unknown block kind &quot;%2&quot;</source>
        <translation>body[%1].kind：未知的段落类型“%2”</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>level-1 headings</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>level-2 headings</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <source>page numbers</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>%1 (%2): no suitable font installed, the system default is used</source>
        <translation>%1（%2）：未安装合适的字体，使用系统默认字体</translation>
    </message>
    <message>
        <source>%1 (%2) is not installed; %3 is used instead</source>
        <translation>%1（%2）未安装，改用 %3</translation>
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
        <translation>%1：无法创建文件夹</translation>
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
        <translation>排版</translation>
    </message>
    <message>
        <source>A signed bulletin is finalised in a store; none is open.</source>
        <translation>已签名的通报须在数据库中定稿；当前未打开数据库。</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Writing the attachments</source>
        <translation>正在写入附件</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Finalising needs the signer&apos;s certificate.</source>
        <translation>定稿需要签名人的证书。</translation>
    </message>
</context>
<context>
    <name>BulletinRecords</name>
    <message>
        <source>bulletin %1 is not a draft (a final bulletin cannot be changed; make a new version)</source>
        <translation>通报 %1 不是草稿（已签发的通报不能修改；请新建版本）</translation>
    </message>
    <message>
        <source>bulletin %1 is not a draft: it cannot be deleted</source>
        <translation>通报 %1 不是草稿：不能删除</translation>
    </message>
    <message>
        <source>no bulletin %1</source>
        <translation>通报 %1 不存在</translation>
    </message>
    <message>
        <source>bulletin %1 is already %2</source>
        <translation>通报 %1 的状态已是 %2</translation>
    </message>
    <message>
        <source>the bulletin&apos;s PDF was not produced</source>
        <translation>未能生成通报的 PDF</translation>
    </message>
    <message>
        <source>bulletin %1 was finalised by someone else meanwhile</source>
        <translation>通报 %1 已在此期间由他人签发</translation>
    </message>
    <message>
        <source>bulletin %1 is not final: only a final bulletin can be retracted</source>
        <translation>通报 %1 未签发：只有已签发的通报才能撤回</translation>
    </message>
    <message>
        <source>bulletin %1 is a draft: edit it instead of making a new version</source>
        <translation>通报 %1 是草稿：请直接编辑，无需新建版本</translation>
    </message>
    <message>
        <source>bulletin %1 is already superseded by bulletin %2</source>
        <translation>通报 %1 已被通报 %2 替代</translation>
    </message>
</context>
<context>
    <name>BulletinTemplate</name>
    <message>
        <source>a } without its {; write }} for the character</source>
        <translation>} 没有对应的 {；如需输入该字符本身，请写作 }}</translation>
    </message>
    <message>
        <source>a { not closed on its line; write {{ for the character</source>
        <translation>{ 未在本行内闭合；如需输入该字符本身，请写作 {{</translation>
    </message>
    <message>
        <source>a separator belongs on a placeholder, not on a section tag</source>
        <translation>分隔符只能用于占位符，不能用于节标记</translation>
    </message>
    <message>
        <source>not a placeholder name: {%1}</source>
        <translation>不是占位符名称：{%1}</translation>
    </message>
    <message>
        <source>{/%1} closes no section</source>
        <translation>{/%1} 没有可结束的节</translation>
    </message>
    <message>
        <source>{/%1} where {/%2} was expected</source>
        <translation>此处应为 {/%2}，实际为 {/%1}</translation>
    </message>
    <message>
        <source>section {%1} is never closed</source>
        <translation>节 {%1} 始终未结束</translation>
    </message>
    <message>
        <source>unknown directive @%1</source>
        <translation>未知的指令 @%1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}</source>
        <translation>未知的占位符 {%1}</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>BulletinTypesetter</name>
    <message>
        <source>The bulletin has no attachment %1.</source>
        <translation>通报没有附件 %1。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer.</source>
        <translation>无法启动 PDF 写入程序。</translation>
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
        <translation>无法初始化解压缩</translation>
    </message>
    <message>
        <source>%1 compressed bytes expand beyond %2 bytes</source>
        <translation>%1 字节的压缩数据解压后超过 %2 字节</translation>
    </message>
    <message>
        <source>corrupt compressed body: %1</source>
        <translation>压缩的正文已损坏：%1</translation>
    </message>
    <message>
        <source>content encoding %1 not supported; body kept encoded</source>
        <translation>不支持内容编码 %1，正文保持未解码状态</translation>
    </message>
</context>
<context>
    <name>DarkLinkDetector</name>
    <message>
        <source>not displayed (display: none)</source>
        <translation>不显示（display: none）</translation>
    </message>
    <message>
        <source>invisible (visibility: hidden)</source>
        <translation>不可见（visibility: hidden）</translation>
    </message>
    <message>
        <source>fully transparent (opacity 0)</source>
        <translation>完全透明（opacity 0）</translation>
    </message>
    <message>
        <source>text too small to see (font size ≤ 1px)</source>
        <translation>文字过小，无法看清（字号 ≤ 1px）</translation>
    </message>
    <message>
        <source>clipped by a box of no size (overflow hidden)</source>
        <translation>被尺寸为零的容器裁掉（overflow hidden）</translation>
    </message>
    <message>
        <source>placed far outside the page</source>
        <translation>被放置在页面范围以外的远处</translation>
    </message>
    <message>
        <source>pushed out of view by text-indent</source>
        <translation>被 text-indent 移出可视区域</translation>
    </message>
    <message>
        <source>text in the colour of its background</source>
        <translation>文字颜色与背景色相同</translation>
    </message>
    <message>
        <source>in an iframe of no size</source>
        <translation>位于尺寸为零的 iframe 中</translation>
    </message>
    <message>
        <source>in a marquee that never shows it</source>
        <translation>位于始终不会将其显示出来的 marquee 中</translation>
    </message>
    <message>
        <source>written into the page by a script</source>
        <translation>由脚本写入页面</translation>
    </message>
    <message>
        <source>served only to search engines (cloaking)</source>
        <translation>仅向搜索引擎提供（伪装，cloaking）</translation>
    </message>
    <message>
        <source>written by an inline script</source>
        <translation>由内联脚本写入</translation>
    </message>
    <message>
        <source>served only to a search engine&apos;s User-Agent</source>
        <translation>仅对搜索引擎的 User-Agent 提供</translation>
    </message>
</context>
<context>
    <name>DarkLinkRules</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <source>hidden link to %1 %2: %3, at %4</source>
        <translation>指向 %1 的暗链 %2：%3，位置：%4</translation>
    </message>
    <message>
        <source>; severe: it contains «%1» (gambling, porn or similar content)</source>
        <translation>；情节严重：含有“%1”（涉赌、涉黄等内容）</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>2022-06-30, 2022/6/30, 2022年6月30日, 2022.06.30, 20220630 or an Excel date number; a time HH:MM or HH:MM:SS may follow</source>
        <translation>2022-06-30、2022/6/30、2022年6月30日、2022.06.30、20220630 或 Excel 日期序号；其后可带时间 HH:MM 或 HH:MM:SS</translation>
    </message>
</context>
<context>
    <name>EvidenceScreenshots</name>
    <message>
        <source>screenshot %1 of finding %2 is kept in the store, but not in the WARC evidence: %3</source>
        <translation>问题 %2 的截图 %1 已保存在数据库中，但不在 WARC 证据中：%3</translation>
    </message>
    <message>
        <source>cannot create the evidence folder %1</source>
        <translation>无法创建证据文件夹 %1</translation>
    </message>
</context>
<context>
    <name>FeedPostFetcher</name>
    <message>
        <source>no account named %1 in the registry</source>
        <translation>登记库中没有名为“%1”的账号</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>the posts could not be written to the database</source>
        <translation>无法将发布记录写入数据库</translation>
    </message>
</context>
<context>
    <name>FeedReader</name>
    <message>
        <source>not an RSS or Atom feed (root element &lt;%1&gt;)</source>
        <translation>不是 RSS 或 Atom 订阅源（根元素为 &lt;%1&gt;）</translation>
    </message>
    <message>
        <source>malformed feed at line %1, column %2: %3</source>
        <translation>订阅源格式错误（第 %1 行第 %2 列）：%3</translation>
    </message>
    <message>
        <source>empty document: no feed</source>
        <translation>文档为空：没有订阅源</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>robots.txt disallows %1</source>
        <translation>robots.txt 禁止抓取 %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <source>redirected back to %1</source>
        <translation>被重定向回 %1</translation>
    </message>
    <message>
        <source>robots.txt could not be fetched (%1); everything allowed</source>
        <translation>无法获取 robots.txt（%1），视为全部允许</translation>
    </message>
    <message>
        <source>robots.txt unavailable (HTTP %1); everything allowed</source>
        <translation>robots.txt 不可用（HTTP %1），视为全部允许</translation>
    </message>
    <message>
        <source>cannot fetch %1: only http(s) GET and HEAD</source>
        <translation>无法抓取 %1：仅支持 http(s) 的 GET 和 HEAD 请求</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>已抓取</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>找不到主机名</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>connection closed before the response was complete</source>
        <translation>响应尚未接收完整，连接已关闭</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>server stopped sending (stalled)</source>
        <translation>服务器停止发送数据（传输停滞）</translation>
    </message>
    <message>
        <source>secure connection (TLS) failed</source>
        <translation>安全连接（TLS）失败</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>malformed chunked response</source>
        <translation>分块响应格式错误</translation>
    </message>
    <message>
        <source>malformed HTTP response</source>
        <translation>HTTP 响应格式错误</translation>
    </message>
    <message>
        <source>compressed response expands beyond the size limit</source>
        <translation>压缩的响应解压后超过大小上限</translation>
    </message>
    <message>
        <source>redirect loop</source>
        <translation>重定向循环</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>disallowed by robots.txt</source>
        <translation>robots.txt 禁止抓取</translation>
    </message>
    <message>
        <source>not a web address that can be fetched</source>
        <translation>不是可抓取的网络地址</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
</context>
<context>
    <name>FreshnessRules</name>
    <message numerus="yes">
        <source>none of the site&apos;s %n registered column(s) is a %1 column</source>
        <translation>
            <numerusform>网站登记的 %n 个栏目中没有%1类栏目</numerusform>
        </translation>
    </message>
    <message>
        <source>the freshest %1 column «%2» was last updated %3, before the as-of date %4 by more than %5</source>
        <translation>最近更新的%1类栏目“%2”最后更新于 %3，早于截止日期 %4 超过 %5</translation>
    </message>
    <message>
        <source>the %1 column «%2» is blank (as of %3)</source>
        <translation>%1类栏目“%2”为空白栏目（截至 %3）</translation>
    </message>
    <message>
        <source>the %1 column «%2» shows no publish date up to the as-of date %3 (a page without dates counts as not updated)</source>
        <translation>%1类栏目“%2”截至截止日期 %3 未显示发布日期（未标注日期的页面视为未更新）</translation>
    </message>
    <message>
        <source>column «%1» is blank: its page lists nothing (as of %2)</source>
        <translation>栏目“%1”为空白栏目：栏目页未列出任何内容（截至 %2）</translation>
    </message>
    <message>
        <source>column «%1» (%2) was last updated %3, before the as-of date %4 by more than %5</source>
        <translation>栏目“%1”（%2）最后更新于 %3，早于截止日期 %4 超过 %5</translation>
    </message>
    <message>
        <source>column «%1» (%2) shows no publish date up to the as-of date %3</source>
        <translation>栏目“%1”（%2）截至截止日期 %3 未显示发布日期</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 blank</source>
        <translation>%1 空白</translation>
    </message>
    <message>
        <source>%1 shows no date</source>
        <translation>%1 未显示日期</translation>
    </message>
    <message>
        <source>%1 not reachable</source>
        <translation>%1 无法访问</translation>
    </message>
    <message>
        <source>%1 list loaded by script</source>
        <translation>%1 列表由脚本加载</translation>
    </message>
    <message numerus="yes">
        <source>navigation-only home page: none of its %n second-level page(s) has an item within %1 days before the as-of date %2; the newest is %3</source>
        <translation>
            <numerusform>首页仅为导航页：其 %n 个二级页面在截止日期 %2 前 %1 天内均无更新内容；最新内容的日期为 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>navigation-only home page: none of its %n second-level page(s) shows a publish date up to the as-of date %1</source>
        <translation>
            <numerusform>首页仅为导航页：截至截止日期 %1，其 %n 个二级页面均未显示发布日期</numerusform>
        </translation>
    </message>
    <message>
        <source>the home page&apos;s newest item is dated %1, %2 days before the as-of date %3 (limit %4 days)</source>
        <translation>首页最新内容的日期为 %1，距截止日期 %3 已 %2 天（上限 %4 天）</translation>
    </message>
    <message>
        <source>the home page shows no publish date up to the as-of date %1 (a page without dates counts as not updated)</source>
        <translation>截至截止日期 %1，首页未显示发布日期（未标注日期的页面视为未更新）</translation>
    </message>
    <message>
        <source>(a) %1 news columns not updated within %2 or notice/policy columns not updated within %3 (at least %4): %5</source>
        <translation>(a) %2 内未更新的动态要闻栏目或 %3 内未更新的通知公告/政策文件栏目共 %1 个（标准为至少 %4 个）：%5</translation>
    </message>
    <message>
        <source>(b) %1 columns not updated on their cadence (at least %2): %3</source>
        <translation>(b) 未按更新周期更新的栏目 %1 个（标准为至少 %2 个）：%3</translation>
    </message>
    <message>
        <source>(c) %1 blank columns (at least %2): %3</source>
        <translation>(c) 空白栏目 %1 个（标准为至少 %2 个）：%3</translation>
    </message>
    <message>
        <source>as of %1: %2</source>
        <translation>截至 %1：%2</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>a second column for %1</source>
        <translation>重复的“%1”列</translation>
    </message>
    <message>
        <source>no date column (expected a header 日期 or date)</source>
        <translation>缺少日期列（表头应为“日期”或“date”）</translation>
    </message>
    <message>
        <source>no kind column (expected a header 类型 or kind)</source>
        <translation>缺少类型列（表头应为“类型”或“kind”）</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected one of: %2</source>
        <translation>“%1”不是有效日期；应为以下格式之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; expected holiday (放假) or workday (上班)</source>
        <translation>“%1”不是有效类型；应为放假（holiday）或上班（workday）</translation>
    </message>
    <message>
        <source>%1 is already in row %2</source>
        <translation>%1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>the file is too large for a calendar</source>
        <translation>文件过大，不适合作为节假日日历</translation>
    </message>
</context>
<context>
    <name>HtmlDocument</name>
    <message>
        <source>Only the first %1 MB of the page were analysed: the page is larger.</source>
        <translation>仅分析了页面的前 %1 MB：页面超过此大小。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) nested deeper than %1 levels were ignored.</source>
        <translation>
            <numerusform>已忽略 %n 个嵌套深度超过 %1 层的标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>The page was not analysed: parsing it took more than %1 s.</source>
        <translation>未分析该页面：解析耗时超过 %1 秒。</translation>
    </message>
    <message>
        <source>The page was not analysed: parsing it needed more than %1 MB of memory.</source>
        <translation>未分析该页面：解析所需内存超过 %1 MB。</translation>
    </message>
    <message>
        <source>The page was not analysed: the HTML parser failed an internal check on it.</source>
        <translation>页面未分析：HTML 解析器对其内部校验失败。</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>not an http or https address: %1</source>
        <translation>不是 http 或 https 地址：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>响应超过 %1 字节</translation>
    </message>
    <message>
        <source>response truncated at %1 bytes</source>
        <translation>响应在 %1 字节处被截断</translation>
    </message>
    <message>
        <source>no complete response within %1 ms</source>
        <translation>%1 毫秒内未收到完整响应</translation>
    </message>
    <message>
        <source>could not connect within %1 ms</source>
        <translation>%1 毫秒内未能建立连接</translation>
    </message>
    <message>
        <source>no data received for %1 ms</source>
        <translation>%1 毫秒内未收到数据</translation>
    </message>
    <message>
        <source>only %1 bytes per second</source>
        <translation>传输速率仅为每秒 %1 字节</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>header section larger than %1 bytes</source>
        <translation>响应头超过 %1 字节</translation>
    </message>
    <message>
        <source>chunk size line too long</source>
        <translation>分块大小行过长</translation>
    </message>
    <message>
        <source>no status line</source>
        <translation>缺少状态行</translation>
    </message>
    <message>
        <source>malformed status line: %1</source>
        <translation>状态行格式错误：%1</translation>
    </message>
    <message>
        <source>header continuation line without a header</source>
        <translation>头部续行前没有头部字段</translation>
    </message>
    <message>
        <source>malformed header line: %1</source>
        <translation>头部行格式错误：%1</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>Content-Length 无效</translation>
    </message>
    <message>
        <source>invalid chunk size: %1</source>
        <translation>分块大小无效：%1</translation>
    </message>
    <message>
        <source>chunk data longer than its declared size</source>
        <translation>分块数据超过其声明的大小</translation>
    </message>
    <message>
        <source>connection closed without a response</source>
        <translation>连接已关闭，未收到响应</translation>
    </message>
    <message>
        <source>connection closed inside the response headers</source>
        <translation>接收响应头时连接已关闭</translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 body bytes</source>
        <translation>正文共 %2 字节，接收 %1 字节后连接已关闭</translation>
    </message>
    <message>
        <source>connection closed before the last chunk (%1 body bytes received)</source>
        <translation>收到最后一个分块前连接已关闭（已接收正文 %1 字节）</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message numerus="yes">
        <source>the page footer lacks %n item(s): %1</source>
        <translation>
            <numerusform>页面底部缺少 %n 项：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>网站标识码 shown %1 differs from the registry&apos;s %2 (%n page(s))</source>
        <translation>
            <numerusform>页面显示的网站标识码 %1 与登记库中的 %2 不一致（%n 个页面）</numerusform>
        </translation>
    </message>
    <message>
        <source>the site is addressed by the IP address %1, not a domain under %2</source>
        <translation>网站通过 IP 地址 %1 访问，而不是 %2 下的域名</translation>
    </message>
    <message>
        <source>the domain %1 is not under %2</source>
        <translation>域名 %1 不在 %2 之下</translation>
    </message>
    <message>
        <source>the site&apos;s name %1 does not name its unit %2 (region %3, department %4)</source>
        <translation>网站名称“%1”未体现其主办单位“%2”（地区：%3，部门：%4）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>the home page header does not show the name %1: title %2, logo %3, h1 %4</source>
        <translation>首页页头未显示网站名称“%1”：标题为 %2，标志为 %3，h1 为 %4</translation>
    </message>
    <message>
        <source>article page lacks the meta tag(s) %1</source>
        <translation>文章页缺少 meta 标签 %1</translation>
    </message>
    <message>
        <source>column page lacks the meta tag(s) %1</source>
        <translation>栏目页缺少 meta 标签 %1</translation>
    </message>
    <message>
        <source> (present but empty: %1)</source>
        <translation> （存在但为空：%1）</translation>
    </message>
    <message>
        <source>the home page footer has no 我为政府网站找错 entry</source>
        <translation>首页底部没有“我为政府网站找错”入口</translation>
    </message>
    <message>
        <source>the page footer has no 我为政府网站找错 entry</source>
        <translation>页面底部没有“我为政府网站找错”入口</translation>
    </message>
</context>
<context>
    <name>IndicatorSet</name>
    <message>
        <source>%1: expected a number</source>
        <translation>%1：应为数字</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1：应为 true 或 false</translation>
    </message>
    <message>
        <source>%1: expected a list of texts</source>
        <translation>%1：应为文本列表</translation>
    </message>
    <message>
        <source>%1: wrong type of value</source>
        <translation>%1：值的类型错误</translation>
    </message>
    <message>
        <source>%1: expected a number ≥ 0</source>
        <translation>%1：应为 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>%1[%2]: expected a text</source>
        <translation>%1[%2]：应为文本</translation>
    </message>
    <message>
        <source>%1: expected veto, deduct or notice, not %2</source>
        <translation>%1：应为 veto、deduct 或 notice，而不是 %2</translation>
    </message>
    <message>
        <source>%1: expected a number of points ≥ 0</source>
        <translation>%1：应为 ≥ 0 的分值</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>%1: no such parameter</source>
        <translation>%1：没有此参数</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1：未知的键</translation>
    </message>
    <message>
        <source>name: expected a text</source>
        <translation>name：应为文本</translation>
    </message>
    <message>
        <source>version: expected a whole number ≥ 1</source>
        <translation>version：应为 ≥ 1 的整数</translation>
    </message>
    <message>
        <source>note: expected a text</source>
        <translation>note：应为文本</translation>
    </message>
    <message>
        <source>indicators: expected an object</source>
        <translation>indicators：应为对象</translation>
    </message>
    <message>
        <source>name: the indicator set has no name</source>
        <translation>name：指标集没有名称</translation>
    </message>
    <message>
        <source>indicators.%1: no such indicator</source>
        <translation>indicators.%1：没有此指标</translation>
    </message>
    <message>
        <source>indicators.%1: expected an object</source>
        <translation>indicators.%1：应为对象</translation>
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
        <translation>无法读取指标集 %1（%2 v%3）：%4</translation>
    </message>
    <message>
        <source>built-in: indicators.md</source>
        <translation>内置：indicators.md</translation>
    </message>
    <message>
        <source>the indicator set has no name</source>
        <translation>指标集没有名称</translation>
    </message>
    <message>
        <source>the indicator set was not stored</source>
        <translation>指标集未保存</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;name&quot; and &quot;indicators&quot;</source>
        <translation>应为包含“name”和“indicators”的 JSON 对象</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
</context>
<context>
    <name>LinkJudge</name>
    <message>
        <source>links to %1, a site registered as shut down</source>
        <translation>链接指向 %1，该网站登记为已停止运行</translation>
    </message>
    <message>
        <source>redirected to %1, a parked domain: %2</source>
        <translation>被重定向到停放域名 %1：%2</translation>
    </message>
    <message>
        <source>%1 redirected to %2</source>
        <translation>%1 被重定向到 %2</translation>
    </message>
    <message>
        <source>answers 200 with the site&apos;s own not-found page: %1</source>
        <translation>返回 200，但内容是该网站自身的“页面未找到”页：%1</translation>
    </message>
    <message>
        <source>answers 200 but says the page is not found: %1</source>
        <translation>返回 200，但页面提示找不到该页面：%1</translation>
    </message>
</context>
<context>
    <name>MapDetector</name>
    <message>
        <source>image %1 looks like a map (%2 mentions «%3»: %4); check that 南海诸岛, 钓鱼岛 and 赤尾屿 are shown and the borders are right</source>
        <translation>图片 %1 疑似地图（%2 中含有“%3”：%4）；请核查是否标注了南海诸岛、钓鱼岛和赤尾屿，以及界线是否正确</translation>
    </message>
    <message>
        <source>; it carries 审图号 %1, an approved standard map: compare it with the approved version</source>
        <translation>；该图标有审图号 %1，属经审核的标准地图：请与审定版本比对</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <source>last post %1, %2 days before the as-of date %3 (limit %4 days)</source>
        <translation>最后一次发文 %1，距截止日期 %3 已 %2 天（上限 %4 天）</translation>
    </message>
    <message>
        <source>no post on record up to the as-of date %1</source>
        <translation>截至截止日期 %1 无任何发文记录</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unanswered for more than %1 months at the as-of date %2, received %3</source>
        <translation>
            <numerusform>截至截止日期 %2，有 %n 条留言超过 %1 个月未回复，留言时间：%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of %n message(s) received since %1 answered by the as-of date %2</source>
        <translation>
            <numerusform>自 %1 以来收到的 %n 条留言截至截止日期 %2 均未回复</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3 days)</source>
        <translation>%1 → %2（%3 天）</translation>
    </message>
    <message>
        <source>%1 gaps of %2–%3 days between posts from %4 to %5: %6</source>
        <translation>%4 至 %5 期间有 %1 次发文间隔为 %2–%3 天：%6</translation>
    </message>
    <message>
        <source>reminded %1; no post from %2 to the as-of date %3 (%4 days)</source>
        <translation>已于 %1 提醒；自 %2 至截止日期 %3 未发文（%4 天）</translation>
    </message>
    <message>
        <source>reminded %1; no post from %2 to %3 (%4 days)</source>
        <translation>已于 %1 提醒；自 %2 至 %3 未发文（%4 天）</translation>
    </message>
    <message>
        <source>opened %1, not registered by the as-of date %2</source>
        <translation>%1 开通，截至截止日期 %2 未报备</translation>
    </message>
    <message>
        <source>not registered by the as-of date %1</source>
        <translation>截至截止日期 %1 未报备</translation>
    </message>
    <message>
        <source>opened %1, registered %2: %3 days later (limit %4 days)</source>
        <translation>%1 开通，%2 报备：相隔 %3 天（上限 %4 天）</translation>
    </message>
    <message>
        <source>registered name «%1», actual name «%2»</source>
        <translation>备案名称“%1”，实际名称“%2”</translation>
    </message>
</context>
<context>
    <name>MessageRules</name>
    <message>
        <source>received %1, answered %2</source>
        <translation>留言于 %1，回复于 %2</translation>
    </message>
    <message>
        <source>received %1, unanswered</source>
        <translation>留言于 %1，未回复</translation>
    </message>
    <message>
        <source>no working online 咨询建言 channel</source>
        <translation>没有可正常使用的在线咨询建言渠道</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the year before %1 not answered within %2 months: %3</source>
        <translation>
            <numerusform>%1 前一年内有 %n 条留言未在 %2 个月内回复：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>the site has no 留言 channel: no message is published</source>
        <translation>网站没有留言栏目：未公开任何留言</translation>
    </message>
    <message>
        <source>the 留言 list %1 shows no message</source>
        <translation>留言列表 %1 中没有任何留言</translation>
    </message>
    <message numerus="yes">
        <source> (%n message(s) received according to the imported records)</source>
        <translation>
            <numerusform> （据导入的记录，共收到 %n 条留言）</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest message on the 留言 list %1 was received %2, more than %3 months before the as-of date %4</source>
        <translation>留言列表 %1 中最新一条留言的留言时间为 %2，早于截止日期 %4 超过 %3 个月</translation>
    </message>
    <message>
        <source>the newest imported message was received %1, more than %2 months before the as-of date %3</source>
        <translation>导入记录中最新一条留言的留言时间为 %1，早于截止日期 %3 超过 %2 个月</translation>
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
        <translation>留言列表中第 %1 条留言“%2”公开时缺少%3</translation>
    </message>
    <message>
        <source>message «%1» received %2, answered %3: %4 working days (limit %5, deadline %6)</source>
        <translation>留言“%1”于 %2 收到，%3 回复：用时 %4 个工作日（时限 %5 个工作日，截止 %6）</translation>
    </message>
    <message>
        <source>message «%1» received %2, unanswered at the as-of date %3: %4 working days (limit %5, deadline %6)</source>
        <translation>留言“%1”于 %2 收到，截至截止日期 %3 未回复：已过 %4 个工作日（时限 %5 个工作日，截止 %6）</translation>
    </message>
    <message>
        <source> — counted with weekends only: no holiday data for %1</source>
        <translation> ——仅按周末计算工作日：缺少 %1 年的节假日数据</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>the database has schema version %1, newer than this Xunjian knows (%2): open it with a newer Xunjian</source>
        <translation>数据库结构版本为 %1，高于本版巡检支持的版本（%2）：请使用更新版本的巡检打开</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>无法读取数据库迁移脚本 %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>数据库迁移 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>PageDecoder</name>
    <message>
        <source>byte order mark</source>
        <translation>字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>HTTP Content-Type header</source>
        <translation>HTTP Content-Type 头</translation>
    </message>
    <message>
        <source>&lt;meta&gt; charset in the page</source>
        <translation>页面中 &lt;meta&gt; 声明的字符集</translation>
    </message>
    <message>
        <source>detected from the bytes</source>
        <translation>根据字节内容检测</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>not a PDF file</source>
        <translation>不是 PDF 文件</translation>
    </message>
    <message>
        <source>the PDF&apos;s document catalog (/Root) cannot be read</source>
        <translation>无法读取 PDF 的文档目录（/Root）</translation>
    </message>
    <message>
        <source>the PDF has no page to attach the signature field to</source>
        <translation>PDF 中没有可附加签名域的页面</translation>
    </message>
    <message>
        <source>the PDF&apos;s form (/AcroForm) cannot be extended</source>
        <translation>无法扩展 PDF 的表单（/AcroForm）</translation>
    </message>
    <message>
        <source>the first page&apos;s annotations cannot be read</source>
        <translation>无法读取第一页的注释</translation>
    </message>
    <message>
        <source>the signature did not fit the space reserved for it</source>
        <translation>签名超出了为其预留的空间</translation>
    </message>
    <message>
        <source>cannot start the CMS signature</source>
        <translation>无法开始生成 CMS 签名</translation>
    </message>
    <message>
        <source>cannot add the signer to the CMS signature</source>
        <translation>无法将签名人添加到 CMS 签名中</translation>
    </message>
    <message>
        <source>cannot add the signed attributes</source>
        <translation>无法添加签名属性</translation>
    </message>
    <message>
        <source>cannot sign with the private key</source>
        <translation>无法用私钥签名</translation>
    </message>
    <message>
        <source>cannot store the signature value</source>
        <translation>无法写入签名值</translation>
    </message>
    <message>
        <source>cannot encode the CMS signature</source>
        <translation>无法编码 CMS 签名</translation>
    </message>
    <message>
        <source>not a PDF file: no startxref</source>
        <translation>不是 PDF 文件：缺少 startxref</translation>
    </message>
    <message>
        <source>the PDF&apos;s startxref offset is broken</source>
        <translation>PDF 的 startxref 偏移量已损坏</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference table is broken</source>
        <translation>PDF 的交叉引用表已损坏</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference stream is broken or uses a filter other than FlateDecode</source>
        <translation>PDF 的交叉引用流已损坏，或使用了 FlateDecode 以外的过滤器</translation>
    </message>
    <message>
        <source>the PDF&apos;s trailer has no /Size</source>
        <translation>PDF 的文件尾（trailer）缺少 /Size</translation>
    </message>
    <message>
        <source>the PDF is encrypted: sign it before encrypting</source>
        <translation>PDF 已加密：请先签名再加密</translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>the /Contents is not a CMS SignedData: %1</source>
        <translation>/Contents 不是 CMS SignedData：%1</translation>
    </message>
    <message>
        <source>the CMS does not carry the signer&apos;s certificate</source>
        <translation>CMS 中不含签名人的证书</translation>
    </message>
    <message>
        <source>Digest Mismatch: the signed bytes were changed after signing</source>
        <translation>摘要不匹配（Digest Mismatch）：签名覆盖的字节在签名后被修改</translation>
    </message>
    <message>
        <source>the CMS signature does not verify with its certificate</source>
        <translation>CMS 签名无法用其证书验证通过</translation>
    </message>
    <message>
        <source>the /ByteRange does not leave out exactly the /Contents string</source>
        <translation>/ByteRange 排除的范围与 /Contents 字符串不完全一致</translation>
    </message>
    <message>
        <source>the certificate was not checked against a trust list</source>
        <translation>未对照信任列表检查证书</translation>
    </message>
</context>
<context>
    <name>ProbeRunner</name>
    <message>
        <source>no site named %1 in the registry</source>
        <translation>登记库中没有名为“%1”的网站</translation>
    </message>
    <message>
        <source>no running website to probe</source>
        <translation>没有可探测的运行中网站</translation>
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
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1：无法写入</translation>
    </message>
</context>
<context>
    <name>RegistryImporter</name>
    <message>
        <source>账号名称 is empty</source>
        <translation>账号名称为空</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; expected %2</source>
        <translation>未知的平台“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>主办单位 is empty</source>
        <translation>主办单位为空</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected %2</source>
        <translation>未知的状态“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>%1 account &quot;%2&quot; already given in row %3</source>
        <translation>%1账号“%2”已在第 %3 行出现</translation>
    </message>
    <message>
        <source>changed by importing %1</source>
        <translation>导入 %1 时变更</translation>
    </message>
    <message>
        <source>名称 is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>no site, channel or account &quot;%1&quot; in the registry</source>
        <translation>登记库中没有名为“%1”的网站、部门频道或账号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 objects; give 类型 (the site&apos;s 类型 or the account&apos;s 平台)</source>
        <translation>“%1”对应 %2 个对象；请填写类型（网站的类型或账号的平台）</translation>
    </message>
    <message>
        <source>no %1 &quot;%2&quot; in the registry</source>
        <translation>登记库中没有名为“%2”的%1</translation>
    </message>
    <message>
        <source>no %1 account &quot;%2&quot; in the registry</source>
        <translation>登记库中没有名为“%2”的%1账号</translation>
    </message>
    <message>
        <source>unknown 类型 &quot;%1&quot;; expected a site kind (%2) or a platform (%3)</source>
        <translation>未知的类型“%1”；应为网站类型（%2）或平台（%3）</translation>
    </message>
    <message>
        <source>日期 is empty: a status change needs the date it took effect</source>
        <translation>日期为空：状态变更须填写生效日期</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (%3)</source>
        <translation>%1：“%2”不是有效日期（可用格式：%3）</translation>
    </message>
    <message>
        <source>missing column %1 (%2), required in a %3 table</source>
        <translation>缺少“%1”列（%2），%3 表必须包含该列</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; repeats a column already read</source>
        <translation>列“%1”与前面的列重复</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected %2</source>
        <translation>未知的类型“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>“%1”不是 http(s) 地址</translation>
    </message>
    <message>
        <source>网站标识码 is required for a %1</source>
        <translation>%1必须填写网站标识码</translation>
    </message>
    <message>
        <source>malformed 网站标识码 &quot;%1&quot;: 10 digits, or bm and 8 digits</source>
        <translation>网站标识码“%1”格式错误：应为 10 位数字，或 bm 加 8 位数字</translation>
    </message>
    <message>
        <source>a 部门频道 needs its hosting site in 上级网站</source>
        <translation>部门频道须在上级网站中填写其所属网站</translation>
    </message>
    <message>
        <source>a 部门频道 needs its hosting site, but the file has no 上级网站 column</source>
        <translation>部门频道须填写其所属网站，但文件中没有上级网站列</translation>
    </message>
    <message>
        <source>only a 部门频道 has a 上级网站</source>
        <translation>只有部门频道可以填写上级网站</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already given in row %3</source>
        <translation>%1“%2”已在第 %3 行出现</translation>
    </message>
    <message>
        <source>网站标识码 %1 already given in row %2</source>
        <translation>网站标识码 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>网站标识码 %1 belongs to &quot;%2&quot; in the registry</source>
        <translation>登记库中网站标识码 %1 已属于“%2”</translation>
    </message>
    <message>
        <source>上级网站 &quot;%1&quot; is not a website in this file or in the registry</source>
        <translation>上级网站“%1”不是本文件或登记库中的网站</translation>
    </message>
    <message>
        <source>网站 is empty</source>
        <translation>网站为空</translation>
    </message>
    <message>
        <source>no site &quot;%1&quot; in the registry (名称 or 网站标识码)</source>
        <translation>登记库中没有名称或网站标识码为“%1”的网站</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 sites; give the 网站标识码 instead</source>
        <translation>“%1”对应 %2 个网站；请改填网站标识码</translation>
    </message>
    <message>
        <source>栏目名称 is empty</source>
        <translation>栏目名称为空</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected %2</source>
        <translation>未知的类别“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; of &quot;%2&quot; already given in row %3</source>
        <translation>“%2”的栏目“%1”已在第 %3 行出现</translation>
    </message>
    <message>
        <source>单位 is empty</source>
        <translation>单位为空</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; already given in row %2</source>
        <translation>单位“%1”已在第 %2 行出现</translation>
    </message>
    <message>
        <source>unknown unit kind &quot;%1&quot;; expected %2</source>
        <translation>未知的单位类型“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>a unit cannot be its own 上级单位</source>
        <translation>单位不能是其自身的上级单位</translation>
    </message>
    <message>
        <source>上级单位 &quot;%1&quot; is neither in this file nor in the registry</source>
        <translation>上级单位“%1”在本文件和登记库中均不存在</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date or time (%3)</source>
        <translation>%1：“%2”不是有效的日期或时间（可用格式：%3）</translation>
    </message>
    <message>
        <source>a %1 table belongs to a round: name it with --round ID</source>
        <translation>%1 表属于某个巡检轮次：请用 --round ID 指定轮次</translation>
    </message>
    <message>
        <source>no round &quot;%1&quot;; create it first (xunjian round create)</source>
        <translation>巡检轮次“%1”不存在；请先创建（xunjian round create）</translation>
    </message>
    <message>
        <source>no unit &quot;%1&quot; in the registry; import it with the units table first</source>
        <translation>登记库中没有单位“%1”；请先导入单位表</translation>
    </message>
    <message>
        <source>指标 is empty</source>
        <translation>指标为空</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot;: give a code of the indicator list (W-V2, W-D-LINK, M-V2 …) or its Chinese name</source>
        <translation>未知的指标“%1”：请填写指标列表中的代码（W-V2、W-D-LINK、M-V2 …）或其中文名称</translation>
    </message>
    <message>
        <source>%1 is counted from the catalog table, not filed as a finding</source>
        <translation>%1 根据数据目录表统计，不作为问题录入</translation>
    </message>
    <message>
        <source>问题描述 is empty</source>
        <translation>问题描述为空</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; expected 待复核, 已确认 or 已排除</source>
        <translation>未知的状态“%1”；应为待复核、已确认或已排除</translation>
    </message>
    <message>
        <source>扣分: &quot;%1&quot; is not a number of points between 0 and 100</source>
        <translation>扣分：“%1”不是 0 到 100 之间的分值</translation>
    </message>
    <message>
        <source>the same finding is in row %1 with another 状态 or 扣分</source>
        <translation>同一问题已在第 %1 行出现，但状态或扣分不同</translation>
    </message>
    <message>
        <source>留言时间 is empty</source>
        <translation>留言时间为空</translation>
    </message>
    <message>
        <source>回复时间 is before 留言时间</source>
        <translation>回复时间早于留言时间</translation>
    </message>
    <message>
        <source>the same message is in row %1 with another 回复时间</source>
        <translation>同一留言已在第 %1 行出现，但回复时间不同</translation>
    </message>
    <message>
        <source>发布时间 is empty</source>
        <translation>发布时间为空</translation>
    </message>
    <message>
        <source>提醒时间 is empty</source>
        <translation>提醒时间为空</translation>
    </message>
    <message>
        <source>no account &quot;%1&quot; in the registry</source>
        <translation>登记库中没有名为“%1”的账号</translation>
    </message>
    <message>
        <source>no %1 account &quot;%2&quot; in the registry (it has one on %3)</source>
        <translation>登记库中没有名为“%2”的%1账号（%3上有同名账号）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 accounts (%3); give 平台</source>
        <translation>“%1”对应 %2 个账号（%3）；请填写平台</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 accounts (%3); add a 平台 column</source>
        <translation>“%1”对应 %2 个账号（%3）；请增加平台列</translation>
    </message>
    <message>
        <source>对象 is empty</source>
        <translation>对象为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 accounts (%3); give the 平台 in 类型</source>
        <translation>“%1”对应 %2 个账号（%3）；请在类型中填写平台</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 objects; give 类型 (the site&apos;s 类型 or the account&apos;s 平台) or the 网站标识码</source>
        <translation>“%1”对应 %2 个对象；请填写类型（网站的类型或账号的平台）或网站标识码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a new-media account, not a website</source>
        <translation>“%1”是政务新媒体账号，不是网站</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a website, not a new-media account</source>
        <translation>“%1”是网站，不是政务新媒体账号</translation>
    </message>
    <message>
        <source>%1 is empty: give a count (0 when there is none)</source>
        <translation>%1为空：请填写数量（没有时填 0）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number ≥ 0</source>
        <translation>%1：“%2”不是不小于 0 的整数</translation>
    </message>
    <message>
        <source>订阅地址 &quot;%1&quot; is not an http(s) address</source>
        <translation>订阅地址“%1”不是 http(s) 地址</translation>
    </message>
</context>
<context>
    <name>RenderedDarkLinks</name>
    <message>
        <source>the page could not be loaded and analysed within %1 s</source>
        <translation>页面未能在 %1 秒内完成加载和分析</translation>
    </message>
    <message>
        <source>the rendered check needs a GUI application object (QGuiApplication)</source>
        <translation>渲染检查需要图形界面应用程序对象（QGuiApplication）</translation>
    </message>
    <message>
        <source>the analysis script did not answer</source>
        <translation>分析脚本没有响应</translation>
    </message>
    <message>
        <source>the page could not be analysed (%1)</source>
        <translation>无法分析该页面（%1）</translation>
    </message>
</context>
<context>
    <name>ReviewRecords</name>
    <message>
        <source>finding %1: unknown state “%2” (pending, confirmed or dismissed)</source>
        <translation>问题 %1：未知状态“%2”（pending、confirmed 或 dismissed）</translation>
    </message>
    <message>
        <source>finding %1: unknown severity “%2” (veto, deduct, notice or manual)</source>
        <translation>问题 %1：未知严重程度“%2”（veto、deduct、notice 或 manual）</translation>
    </message>
    <message>
        <source>finding %1: unknown rectification status “%2” (open, notified, fixed or verified)</source>
        <translation>问题 %1：未知整改状态“%2”（open、notified、fixed 或 verified）</translation>
    </message>
    <message>
        <source>finding %1: points cannot be negative</source>
        <translation>问题 %1：分值不能为负数</translation>
    </message>
    <message>
        <source>finding %1: no unit %2</source>
        <translation>问题 %1：没有单位 %2</translation>
    </message>
    <message>
        <source>finding %1 does not exist</source>
        <translation>问题 %1 不存在</translation>
    </message>
    <message>
        <source>finding %1: unknown indicator “%2”</source>
        <translation>问题 %1：未知指标“%2”</translation>
    </message>
    <message>
        <source>finding %1: indicator %2 does not apply to a %3</source>
        <translation>问题 %1：指标 %2 不适用于%3</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>finding %1 was changed by %2 meanwhile (version %3, not %4)</source>
        <translation>问题 %1 在此期间已被 %2 修改（版本 %3，而不是 %4）</translation>
    </message>
    <message>
        <source>finding %1: dismissing needs a reason</source>
        <translation>问题 %1：排除须填写原因</translation>
    </message>
    <message>
        <source>finding %1: changing the severity or the indicator needs a reason</source>
        <translation>问题 %1：修改严重程度或指标须填写原因</translation>
    </message>
    <message>
        <source>finding %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <source>finding %1 was changed meanwhile</source>
        <translation>问题 %1 在此期间已被修改</translation>
    </message>
    <message>
        <source>finding %1 has no change to undo</source>
        <translation>问题 %1 没有可撤销的修改</translation>
    </message>
    <message>
        <source>checklist %1 %2 %3</source>
        <translation>检查记录 %1 %2 %3</translation>
    </message>
    <message>
        <source>%1: unknown result “%2” (pass, fail, na or undecided)</source>
        <translation>%1：未知结果“%2”（pass、fail、na 或 undecided）</translation>
    </message>
    <message>
        <source>%1: unknown indicator</source>
        <translation>%1：未知指标</translation>
    </message>
    <message>
        <source>%1: the indicator does not apply to this kind of object</source>
        <translation>%1：该指标不适用于此类对象</translation>
    </message>
    <message>
        <source>%1 was changed by %2 meanwhile</source>
        <translation>%1 在此期间已被 %2 修改</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>to rectify</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>审核结论</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>dismissal reason</source>
        <translation>排除原因</translation>
    </message>
    <message>
        <source>finding %1: the screenshot is empty</source>
        <translation>问题 %1：截图为空</translation>
    </message>
    <message>
        <source>finding %1: unknown pane “%2” (captured, live or previous)</source>
        <translation>问题 %1：未知窗格“%2”（captured、live 或 previous）</translation>
    </message>
    <message>
        <source>finding %1: keeping the screenshot failed: %2</source>
        <translation>问题 %1：保存截图失败：%2</translation>
    </message>
    <message>
        <source>confirmed %1 (%2), finding %3: %4</source>
        <translation>已确认 %1（%2），问题 %3：%4</translation>
    </message>
    <message>
        <source>finding %1: filing its %2 finding failed: %3</source>
        <translation>问题 %1：登记其 %2 问题失败：%3</translation>
    </message>
    <message>
        <source>promoted from finding %1</source>
        <translation>由问题 %1 升级而来</translation>
    </message>
    <message>
        <source>finding %1: removing its promoted finding failed: %2</source>
        <translation>问题 %1：删除其升级后的问题失败：%2</translation>
    </message>
    <message>
        <source>manual finding: unknown indicator “%1”</source>
        <translation>人工问题：未知指标“%1”</translation>
    </message>
    <message>
        <source>manual finding: indicator %1 does not apply to a %2</source>
        <translation>人工问题：指标 %1 不适用于%2</translation>
    </message>
    <message>
        <source>manual finding: no round “%1”</source>
        <translation>人工问题：没有巡检轮次“%1”</translation>
    </message>
    <message>
        <source>manual finding: no site %1</source>
        <translation>人工问题：没有网站 %1</translation>
    </message>
    <message>
        <source>manual finding: no account %1</source>
        <translation>人工问题：没有账号 %1</translation>
    </message>
    <message>
        <source>manual finding: say what is wrong (evidence text or a selection)</source>
        <translation>人工问题：请说明存在什么问题（证据文字或选中内容）</translation>
    </message>
    <message>
        <source>manual finding: %1</source>
        <translation>人工问题：%1</translation>
    </message>
    <message>
        <source>result</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>RoundResults</name>
    <message>
        <source>no round %1</source>
        <translation>巡检轮次 %1 不存在</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Round %1: window %2 – %3, as of %4</source>
        <translation>巡检轮次 %1：检查采样时间 %2 至 %3，截止日期 %4</translation>
    </message>
    <message>
        <source>  failed: %1 (%2): %3</source>
        <translation>  不合格：%1（%2）：%3</translation>
    </message>
    <message>
        <source>Websites: %1 checked (%2 service platforms), %3 passed, pass rate %4</source>
        <translation>网站：检查 %1 个（含 %2 个服务平台），合格 %3 个，合格率 %4</translation>
    </message>
    <message>
        <source>Channels: %1 checked, %2 passed, pass rate %3</source>
        <translation>部门频道：检查 %1 个，合格 %2 个，合格率 %3</translation>
    </message>
    <message>
        <source>Accounts: %1 checked, %2 passed, pass rate %3</source>
        <translation>政务新媒体：检查 %1 个，合格 %2 个，合格率 %3</translation>
    </message>
    <message>
        <source>  notice: %1 (%2): %3</source>
        <translation>  提示：%1（%2）：%3</translation>
    </message>
    <message>
        <source>Closed in the window: %1 (%2), %3 on %4 %5</source>
        <translation>检查采样时间内停止运行：%1（%2），%4 %3 %5</translation>
    </message>
    <message>
        <source>Registered late in the window: %1 (%2) on %3</source>
        <translation>检查采样时间内补报备案：%1（%2），备案日期 %3</translation>
    </message>
    <message>
        <source>Registered in the window: %1 (%2) on %3</source>
        <translation>检查采样时间内备案：%1（%2），备案日期 %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Catalog: %1 linked (province rank %2), %3 open (province rank %4)</source>
        <translation>数据目录：挂接目录数 %1（全省排名 %2），开放数据数 %3（全省排名 %4）</translation>
    </message>
    <message>
        <source>  most linked: %1</source>
        <translation>  挂接目录数最多：%1</translation>
    </message>
    <message>
        <source>  most open: %1</source>
        <translation>  开放数据数最多：%1</translation>
    </message>
    <message>
        <source>  city departments with fewer than %1 open: %2</source>
        <translation>  开放数据数少于 %1 的市直部门：%2</translation>
    </message>
    <message>
        <source>  units with nothing open: %1</source>
        <translation>  无开放数据的单位：%1</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>no round %1</source>
        <translation>巡检轮次 %1 不存在</translation>
    </message>
    <message>
        <source>no website or channel with id %1</source>
        <translation>没有 id 为 %1 的网站或部门频道</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>没有 id 为 %1 的账号</translation>
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
        <translation>%1：不是本程序可读取的图片（%2）</translation>
    </message>
    <message>
        <source>%1: the seal image has no transparency; use a PNG whose background is transparent</source>
        <translation>%1：印章图片没有透明度；请使用透明背景的 PNG</translation>
    </message>
</context>
<context>
    <name>SigningIdentity</name>
    <message>
        <source>cannot read the certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <source>not a PKCS#12 (.p12/.pfx) file: %1</source>
        <translation>不是 PKCS#12（.p12/.pfx）文件：%1</translation>
    </message>
    <message>
        <source>cannot open the PKCS#12 file (wrong password, or no key and certificate in it): %1</source>
        <translation>无法打开 PKCS#12 文件（密码错误，或文件中没有密钥和证书）：%1</translation>
    </message>
    <message>
        <source>the PKCS#12 file&apos;s key does not belong to its certificate</source>
        <translation>PKCS#12 文件中的密钥与其证书不匹配</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>the Qt SQL driver for %1 is not installed</source>
        <translation>未安装 %1 的 Qt SQL 驱动</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1：无法打开数据库：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a Xunjian database: %2</source>
        <translation>%1：不是巡检数据库：%2</translation>
    </message>
    <message>
        <source>no round %1</source>
        <translation>巡检轮次 %1 不存在</translation>
    </message>
    <message>
        <source>a status change needs the date it took effect</source>
        <translation>状态变更须填写生效日期</translation>
    </message>
    <message>
        <source>no such object (id %1)</source>
        <translation>对象不存在（id %1）</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1: not a PostgreSQL address; expected postgresql://user@host:port/database</source>
        <translation>%1：不是 PostgreSQL 地址；应为 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>no database given</source>
        <translation>未指定数据库</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: this is an old .xls workbook or a password-protected one; open it in Excel or WPS and save it as .xlsx or CSV</source>
        <translation>%1：该文件是旧版 .xls 工作簿或受密码保护的工作簿；请在 Excel 或 WPS 中打开，另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1：文件超过 %2 MiB</translation>
    </message>
    <message>
        <source>%1: more than %2 cells</source>
        <translation>%1：单元格超过 %2 个</translation>
    </message>
    <message>
        <source>%1:%2: unterminated quoted field</source>
        <translation>%1:%2：带引号的字段缺少结束引号</translation>
    </message>
    <message>
        <source>%1: not a readable XLSX workbook (%2)</source>
        <translation>%1：不是可读取的 XLSX 工作簿（%2）</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (%2 is missing)</source>
        <translation>%1：不是 XLSX 工作簿（缺少 %2）</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; is not a worksheet</source>
        <translation>%1：“%2”不是数据工作表</translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: no sheet named &quot;%2&quot; (sheets: %3)</source>
        <translation>%1：没有名为“%2”的工作表（现有工作表：%3）</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2 is missing)</source>
        <translation>%1：工作簿已损坏（缺少 %2）</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (row %2)</source>
        <translation>%1：工作簿已损坏（第 %2 行）</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (cell reference &quot;%2&quot;)</source>
        <translation>%1：工作簿已损坏（单元格引用“%2”）</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (cell outside the sheet)</source>
        <translation>%1：工作簿已损坏（单元格超出工作表范围）</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (cell %2%3 refers to a missing shared string)</source>
        <translation>%1：工作簿已损坏（单元格 %2%3 引用了不存在的共享字符串）</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2)</source>
        <translation>%1：工作簿已损坏（%2）</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2, line %3: %4)</source>
        <translation>%1：工作簿已损坏（%2，第 %3 行：%4）</translation>
    </message>
</context>
<context>
    <name>TableSchemas</name>
    <message>
        <source>the headers fit more than one table; name it with --as</source>
        <translation>表头与多个表均匹配；请用 --as 指定表</translation>
    </message>
    <message>
        <source>the headers match no known table (sites, units, accounts, columns, status, posts, reminders, messages, catalog, findings); check the header row or name the table with --as</source>
        <translation>表头与任何已知表（sites、units、accounts、columns、status、posts、reminders、messages、catalog、findings）均不匹配；请检查表头行，或用 --as 指定表</translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>the file is not valid %1 text: undecodable bytes at byte offset %2</source>
        <translation>文件不是有效的 %1 文本：字节偏移量 %2 处有无法解码的字节</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>City department</source>
        <translation>市直部门</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Development zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Portal website</source>
        <translation>门户网站</translation>
    </message>
    <message>
        <source>Department website</source>
        <translation>部门网站</translation>
    </message>
    <message>
        <source>Service platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <source>Department channel</source>
        <translation>部门频道</translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation>微信视频号</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Toutiao</source>
        <translation>今日头条</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关停</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>下线</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>To be verified</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Registered late</source>
        <translation>补报备案</translation>
    </message>
    <message>
        <source>News</source>
        <translation>动态要闻</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Policy documents</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>规划计划</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>办事</translation>
    </message>
    <message>
        <source>Other column</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已通报</translation>
    </message>
</context>
<context>
    <name>Warc</name>
    <message>
        <source>decompressed data exceeds the limit of %1 bytes</source>
        <translation>解压后的数据超过 %1 字节的上限</translation>
    </message>
    <message>
        <source>compressed data is truncated</source>
        <translation>压缩数据不完整</translation>
    </message>
    <message>
        <source>compressed data is corrupt (%1)</source>
        <translation>压缩数据已损坏（%1）</translation>
    </message>
    <message>
        <source>cannot seek to offset %1</source>
        <translation>无法定位到偏移量 %1</translation>
    </message>
</context>
<context>
    <name>WarcReader</name>
    <message>
        <source>not a WARC record (no WARC/ version line)</source>
        <translation>不是 WARC 记录（缺少 WARC/ 版本行）</translation>
    </message>
    <message>
        <source>WARC record headers do not end</source>
        <translation>WARC 记录头没有结束</translation>
    </message>
    <message>
        <source>malformed WARC header line: %1</source>
        <translation>WARC 记录头行格式错误：%1</translation>
    </message>
    <message>
        <source>WARC record has no valid Content-Length</source>
        <translation>WARC 记录缺少有效的 Content-Length</translation>
    </message>
    <message>
        <source>WARC record block is truncated (%1 of %2 bytes)</source>
        <translation>WARC 记录块不完整（%1/%2 字节）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the record at offset %1 is %2 bytes long, not %3</source>
        <translation>偏移量 %1 处的记录长度为 %2 字节，而非 %3 字节</translation>
    </message>
    <message>
        <source>the record at offset %1 is %2, not %3</source>
        <translation>偏移量 %1 处的记录为 %2，而非 %3</translation>
    </message>
    <message>
        <source>not a complete HTTP message</source>
        <translation>不是完整的 HTTP 消息</translation>
    </message>
    <message>
        <source>the chunked HTTP body is broken or truncated</source>
        <translation>分块传输的 HTTP 正文已损坏或不完整</translation>
    </message>
    <message>
        <source>unsupported content encoding: %1</source>
        <translation>不支持的内容编码：%1</translation>
    </message>
    <message>
        <source>the body exceeds the limit of %1 bytes</source>
        <translation>正文超过 %1 字节的上限</translation>
    </message>
    <message>
        <source>%1 at offset %2: %3</source>
        <translation>%1（偏移量 %2）：%3</translation>
    </message>
</context>
<context>
    <name>WarcWriter</name>
    <message>
        <source>cannot create the evidence folder %1</source>
        <translation>无法创建证据文件夹 %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>no free file name for %1 in %2</source>
        <translation>在 %2 中找不到可用于 %1 的文件名</translation>
    </message>
    <message>
        <source>cannot compress a WARC record</source>
        <translation>无法压缩 WARC 记录</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>WebsiteEvaluation</name>
    <message>
        <source>the holiday calendar has no data for %1: working days there count weekends only (import it with: xunjian calendar import)</source>
        <translation>节假日日历中没有 %1 年的数据：该年工作日仅按周末计算（请用 xunjian calendar import 导入）</translation>
    </message>
    <message>
        <source>no site with id %1</source>
        <translation>没有 id 为 %1 的网站</translation>
    </message>
    <message>
        <source>round %1 has no finished check run: nothing to judge</source>
        <translation>巡检轮次 %1 没有已完成的检查批次：无可判定的内容</translation>
    </message>
</context>
<context>
    <name>WordingCheck</name>
    <message>
        <source>serious wording error “%1”: %2</source>
        <translation>严重表述错误“%1”：%2</translation>
    </message>
    <message>
        <source>serious wording error: “%1” should read “%2”: %3</source>
        <translation>严重表述错误：“%1”应为“%2”：%3</translation>
    </message>
    <message>
        <source>possible typo “%1”: %2</source>
        <translation>疑似错别字“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” should read “%2”: %3</source>
        <translation>“%1”应为“%2”：%3</translation>
    </message>
    <message>
        <source>sensitive word “%1”: %2</source>
        <translation>敏感词“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>(%n time(s) on this page)</source>
        <translation>
            <numerusform>（本页共出现 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordingDictionary</name>
    <message>
        <source>Serious wording error</source>
        <translation>严重表述错误</translation>
    </message>
    <message>
        <source>Typo</source>
        <translation>错别字</translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <source>Allowed phrase</source>
        <translation>允许词</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>疑似</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>the term is empty</source>
        <translation>词语为空</translation>
    </message>
    <message>
        <source>the term “%1” starts or ends with a space</source>
        <translation>词语“%1”首尾有空格</translation>
    </message>
    <message>
        <source>the term “%1” has a line break</source>
        <translation>词语“%1”含有换行</translation>
    </message>
    <message>
        <source>the term “%1…” is longer than 100 characters</source>
        <translation>词语“%1…”超过 100 个字符</translation>
    </message>
    <message>
        <source>the correct form of “%1” is the term itself</source>
        <translation>“%1”的正确写法与词语本身相同</translation>
    </message>
    <message>
        <source>unknown level “%1”; expected 一般, 疑似 or 严重</source>
        <translation>未知的级别“%1”；应为一般、疑似或严重</translation>
    </message>
    <message>
        <source>“%1” is already in the dictionary as %2</source>
        <translation>“%1”已作为%2收录在词库中</translation>
    </message>
    <message>
        <source>no dictionary entry %1</source>
        <translation>词库条目 %1 不存在</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>超过 %1 MiB</translation>
    </message>
    <message>
        <source>“%1” is on row %2 already, with another correct form (“%3”)</source>
        <translation>“%1”已在第 %2 行出现，但正确写法不同（“%3”）</translation>
    </message>
    <message>
        <source>a word list (.txt) needs a kind: serious, typo, sensitive or allow</source>
        <translation>词表（.txt）需要指定类型：serious、typo、sensitive 或 allow</translation>
    </message>
    <message>
        <source>more than a term and its correct form: “%1”</source>
        <translation>内容多于一个词语及其正确写法：“%1”</translation>
    </message>
    <message>
        <source>no term before the separator</source>
        <translation>分隔符前没有词语</translation>
    </message>
    <message>
        <source>column “%1” repeats column %2</source>
        <translation>列“%1”与 %2 列重复</translation>
    </message>
    <message>
        <source>no 词语 (term) column; the header is: %1</source>
        <translation>缺少词语列；表头为：%1</translation>
    </message>
    <message>
        <source>no 类型 (kind) column: give the kind of every entry with --kind</source>
        <translation>缺少类型列：请用 --kind 指定所有条目的类型</translation>
    </message>
    <message>
        <source>no kind: expected 严重表述错误, 错别字, 敏感词 or 允许词</source>
        <translation>缺少类型：应为严重表述错误、错别字、敏感词或允许词</translation>
    </message>
    <message>
        <source>unknown kind “%1”: expected 严重表述错误, 错别字, 敏感词 or 允许词</source>
        <translation>未知的类型“%1”：应为严重表述错误、错别字、敏感词或允许词</translation>
    </message>
    <message>
        <source>unknown level “%1”: expected 一般, 疑似 or 严重</source>
        <translation>未知的级别“%1”：应为一般、疑似或严重</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>WordingEntriesModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Correct form</source>
        <translation>正确写法</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>WordingMatcher</name>
    <message>
        <source>Hyperscan could not compile the dictionary: %1</source>
        <translation>Hyperscan 无法编译词库：%1</translation>
    </message>
    <message>
        <source>Hyperscan could not allocate its scratch space</source>
        <translation>Hyperscan 无法分配其临时工作空间</translation>
    </message>
    <message>
        <source>this CPU is not one Hyperscan supports (it needs SSSE3)</source>
        <translation>Hyperscan 不支持此 CPU（需要 SSSE3）</translation>
    </message>
    <message>
        <source>built without Hyperscan</source>
        <translation>构建时未包含 Hyperscan</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>not a valid zip archive</source>
        <translation>不是有效的 zip 压缩包</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 已加密</translation>
    </message>
    <message>
        <source>%1: unsupported compression method</source>
        <translation>%1：不支持的压缩方法</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 已损坏</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 过大</translation>
    </message>
    <message>
        <source>%1 is damaged (checksum mismatch)</source>
        <translation>%1 已损坏（校验和不匹配）</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>export KIND FILE                        write a table as CSV (UTF-8 BOM) or XLSX</source>
        <translation>export KIND FILE                        将一张登记表导出为 CSV（UTF-8 BOM）或 XLSX</translation>
    </message>
    <message>
        <source>counts [--format json]                  registry counts as the bulletin states them</source>
        <translation>counts [--format json]                  按通报口径统计登记数量</translation>
    </message>
    <message>
        <source>demo --db FILE                          create the demo database</source>
        <translation>demo --db FILE                          创建演示数据库</translation>
    </message>
    <message>
        <source>screenshot --view NAME --out FILE.png   picture of a view, taken offscreen</source>
        <translation>screenshot --view NAME --out FILE.png   离屏生成某个视图的截图</translation>
    </message>
    <message>
        <source>Usage: xunjian [--db DB] [COMMAND …]</source>
        <translation>用法：xunjian [--db DB] [COMMAND …]</translation>
    </message>
    <message>
        <source>Without a command the workstation opens. Commands:</source>
        <translation>不带命令时打开工作台。命令：</translation>
    </message>
    <message>
        <source>Every command takes --db DB (a SQLite file or postgresql://user@host:port/db; default $XUNJIAN_DB, else the user&apos;s own database).</source>
        <translation>每个命令都接受 --db DB（SQLite 文件或 postgresql://user@host:port/db；默认为 $XUNJIAN_DB，未设置时为当前用户自己的数据库）。</translation>
    </message>
    <message>
        <source>The store: a SQLite file or postgresql://user@host:port/db.</source>
        <translation>数据库：SQLite 文件或 postgresql://user@host:port/db。</translation>
    </message>
    <message>
        <source>The view: %1.</source>
        <translation>视图：%1。</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>窗口大小，格式为 WIDTHxHEIGHT。</translation>
    </message>
    <message>
        <source>xunjian screenshot: give --out FILE.png and a --size like 1440x900</source>
        <translation>xunjian screenshot：请指定 --out FILE.png 和 --size（如 1440x900）</translation>
    </message>
    <message>
        <source>xunjian screenshot: unknown view &quot;%1&quot;; expected one of %2</source>
        <translation>xunjian screenshot：未知的视图“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>xunjian screenshot: cannot write %1</source>
        <translation>xunjian screenshot：无法写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported (%n problem(s))</source>
        <translation>
            <numerusform>%1：未导入任何数据（%n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 table, %3 rows (%4): %5 new, %6 changed, %7 unchanged, %8 status changes</source>
        <translation>%1：%2 表，%3 行（%4）：新增 %5，变更 %6，未变 %7，状态变更 %8</translation>
    </message>
    <message>
        <source>CSV or XLSX files, imported in the order given.</source>
        <translation>CSV 或 XLSX 文件，按给出的顺序导入。</translation>
    </message>
    <message>
        <source>The XLSX sheet (default: the first).</source>
        <translation>XLSX 工作表（默认为第一个）。</translation>
    </message>
    <message>
        <source>xunjian import: name at least one file</source>
        <translation>xunjian import：请至少指定一个文件</translation>
    </message>
    <message>
        <source>units, sites, columns, accounts or status</source>
        <translation>units、sites、columns、accounts 或 status</translation>
    </message>
    <message>
        <source>A .csv (UTF-8 with BOM) or .xlsx file.</source>
        <translation>.csv（带 BOM 的 UTF-8）或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>xunjian export: expected KIND and FILE</source>
        <translation>xunjian export：需要 KIND 和 FILE 两个参数</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text 或 json</translation>
    </message>
    <message>
        <source>Replace an existing demo database.</source>
        <translation>替换已有的演示数据库。</translation>
    </message>
    <message>
        <source>xunjian demo: give the new SQLite file with --db</source>
        <translation>xunjian demo：请用 --db 指定新的 SQLite 文件</translation>
    </message>
    <message>
        <source>xunjian demo: %1 exists; add --force to replace it</source>
        <translation>xunjian demo：%1 已存在；如需替换，请加 --force</translation>
    </message>
    <message>
        <source>demo database ready: %1</source>
        <translation>演示数据库已就绪：%1</translation>
    </message>
    <message>
        <source>The round, e.g. 2026Q3.</source>
        <translation>巡检轮次编号，例如 2026Q3。</translation>
    </message>
    <message>
        <source>First day of the sampling window.</source>
        <translation>采样时间段的第一天。</translation>
    </message>
    <message>
        <source>Last day of the sampling window.</source>
        <translation>采样时间段的最后一天。</translation>
    </message>
    <message>
        <source>The date the checks judge against (default: --to).</source>
        <translation>检查所依据的截止日期（默认为 --to 的日期）。</translation>
    </message>
    <message>
        <source>xunjian round create: give one round ID</source>
        <translation>xunjian round create：请指定一个轮次编号</translation>
    </message>
    <message>
        <source>xunjian round create: &quot;%1&quot; is not a round ID (letters, digits, - _ .; e.g. 2026Q3)</source>
        <translation>xunjian round create：“%1”不是有效的轮次编号（可用字母、数字及 - _ .，例如 2026Q3）</translation>
    </message>
    <message>
        <source>xunjian round create: --%1 &quot;%2&quot; is not a date</source>
        <translation>xunjian round create：--%1 的值“%2”不是有效日期</translation>
    </message>
    <message>
        <source>xunjian round create: --from and --to are required</source>
        <translation>xunjian round create：必须指定 --from 和 --to</translation>
    </message>
    <message>
        <source>xunjian round create: the window ends before it starts</source>
        <translation>xunjian round create：采样时间段的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>xunjian round create: round %1 exists already</source>
        <translation>xunjian round create：巡检轮次 %1 已存在</translation>
    </message>
    <message>
        <source>round %1: %2 to %3, as of %4</source>
        <translation>巡检轮次 %1：%2 至 %3，截止日期 %4</translation>
    </message>
    <message>
        <source>The round to check, e.g. 2026Q3.</source>
        <translation>要检查的巡检轮次，例如 2026Q3。</translation>
    </message>
    <message>
        <source>Check only this site (repeatable).</source>
        <translation>只检查此网站（可多次指定）。</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation>同时进行的请求数（默认 8）。</translation>
    </message>
    <message>
        <source>Requests in flight to one host (default 2).</source>
        <translation>每个主机同时进行的请求数（默认 2）。</translation>
    </message>
    <message>
        <source>Milliseconds between two requests to one host (default 1000).</source>
        <translation>对同一主机两次请求之间的间隔毫秒数（默认 1000）。</translation>
    </message>
    <message>
        <source>Content pages sampled per column (default 3).</source>
        <translation>每个栏目抽查的内容页数（默认 3）。</translation>
    </message>
    <message>
        <source>Pages fetched per site at most (default 200).</source>
        <translation>每个网站最多抓取的页面数（默认 200）。</translation>
    </message>
    <message>
        <source>Do not honour robots.txt (inspections may).</source>
        <translation>不遵守 robots.txt（巡检检查可以不遵守）。</translation>
    </message>
    <message>
        <source>Do not fetch pages whose certificate is wrong (they are recorded either way).</source>
        <translation>不抓取证书有误的页面（证书问题无论如何都会记录）。</translation>
    </message>
    <message>
        <source>The User-Agent header to send (default: Xunjian&apos;s own).</source>
        <translation>要发送的 User-Agent 头（默认使用巡检自己的标识）。</translation>
    </message>
    <message>
        <source>Start a new run instead of resuming an unfinished one.</source>
        <translation>开始新的检查批次，而不是继续未完成的检查批次。</translation>
    </message>
    <message>
        <source>xunjian check: name one round</source>
        <translation>xunjian check：请指定一个巡检轮次</translation>
    </message>
    <message>
        <source>xunjian check: --%1 takes a whole number of at least %2</source>
        <translation>xunjian check：--%1 的值应为不小于 %2 的整数</translation>
    </message>
    <message>
        <source>sites %1/%2 · pages %3/%4 · links %5/%6 · findings %7</source>
        <translation>网站 %1/%2 · 页面 %3/%4 · 链接 %5/%6 · 问题 %7</translation>
    </message>
    <message>
        <source>interrupted: the run can be resumed with the same command</source>
        <translation>已中断：可用同一命令继续该检查批次</translation>
    </message>
    <message>
        <source>run %1 of round %2: %3</source>
        <translation>巡检轮次 %2 的检查批次 %1：%3</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped, resumable</source>
        <translation>已停止，可继续</translation>
    </message>
    <message>
        <source>The round.</source>
        <translation>巡检轮次。</translation>
    </message>
    <message>
        <source>json or csv</source>
        <translation>json 或 csv</translation>
    </message>
    <message>
        <source>Only this indicator code, e.g. W-D-LINK.</source>
        <translation>只输出此指标代码的问题，例如 W-D-LINK。</translation>
    </message>
    <message>
        <source>xunjian findings: name one round; --format json or csv</source>
        <translation>xunjian findings：请指定一个巡检轮次；--format 应为 json 或 csv</translation>
    </message>
    <message>
        <source>xunjian findings: no round %1</source>
        <translation>xunjian findings：巡检轮次 %1 不存在</translation>
    </message>
    <message>
        <source>check ROUND [--target NAME…] [--jobs N]  crawl and check the round&apos;s sites (resumable)</source>
        <translation>check ROUND [--target NAME…] [--jobs N]  抓取并检查本轮次的网站（可继续）</translation>
    </message>
    <message>
        <source>findings ROUND [--format json|csv]      the round&apos;s findings</source>
        <translation>findings ROUND [--format json|csv]      本轮次发现的问题</translation>
    </message>
    <message>
        <source>probe [--target NAME…]                  one availability probe of every running website</source>
        <translation>probe [--target NAME…]                  对每个运行中的网站进行一次可用性探测</translation>
    </message>
    <message>
        <source>monitor [--interval 72m] [--passes N]   keep probing, as a service (W-V2)</source>
        <translation>monitor [--interval 72m] [--passes N]   作为服务持续探测（W-V2）</translation>
    </message>
    <message>
        <source>availability ROUND [--format json]      probe coverage and the W-V2 verdict per website</source>
        <translation>availability ROUND [--format json]      每个网站的探测覆盖情况和 W-V2 判定结果</translation>
    </message>
    <message>
        <source>columns suggested | accept ID… | reject ID…  columns found by checks</source>
        <translation>columns suggested | accept ID… | reject ID…  检查中发现的栏目</translation>
    </message>
    <message>
        <source>Suggestion ids (accept, reject).</source>
        <translation>建议的 ID（用于 accept、reject）。</translation>
    </message>
    <message>
        <source>With accept: the column&apos;s category instead of the guessed one.</source>
        <translation>与 accept 一起使用：指定栏目类别，代替推测的类别。</translation>
    </message>
    <message>
        <source>xunjian columns: expected suggested, accept ID… or reject ID…</source>
        <translation>xunjian columns：应为 suggested、accept ID… 或 reject ID…</translation>
    </message>
    <message>
        <source>xunjian columns: unknown category &quot;%1&quot;; expected %2</source>
        <translation>xunjian columns：未知的类别“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>xunjian columns: no suggestion %1</source>
        <translation>xunjian columns：建议 %1 不存在</translation>
    </message>
    <message>
        <source>Probe only this site (repeatable).</source>
        <translation>只探测此网站（可多次指定）。</translation>
    </message>
    <message>
        <source>Time between passes: 72m, 30s, 1h (default 72m: 20 probes a day).</source>
        <translation>两轮探测之间的间隔：如 72m、30s、1h（默认 72m，即每天探测 20 次）。</translation>
    </message>
    <message>
        <source>Stop after this many passes (default: run until stopped).</source>
        <translation>探测指定轮数后停止（默认一直运行，直到被停止）。</translation>
    </message>
    <message>
        <source>xunjian monitor: --interval takes a time like 72m, 30s or 1h</source>
        <translation>xunjian monitor：--interval 的值应为时长，如 72m、30s 或 1h</translation>
    </message>
    <message>
        <source>pass %1 done at %2</source>
        <translation>第 %1 轮探测于 %2 完成</translation>
    </message>
    <message>
        <source>xunjian availability: name an existing round</source>
        <translation>xunjian availability：请指定一个已有的巡检轮次</translation>
    </message>
    <message>
        <source>import FILE… [--as KIND] [--round ID]    load registry and report tables (CSV/XLSX)</source>
        <translation>import FILE… [--as KIND] [--round ID]    导入登记表和报送表（CSV/XLSX）</translation>
    </message>
    <message>
        <source>round create ID --from DATE --to DATE [--as-of DATE] | round list | round set ID --linked-rank N --open-rank N</source>
        <translation>round create ID --from DATE --to DATE [--as-of DATE] | round list | round set ID --linked-rank N --open-rank N</translation>
    </message>
    <message>
        <source>evaluate ROUND                          file the new-media findings (M-V2, M-V3, M-P-*) of the round</source>
        <translation>evaluate ROUND                          评估并登记本轮次的政务新媒体问题（M-V2、M-V3、M-P-*）</translation>
    </message>
    <message>
        <source>summary ROUND [--format text|json]      the bulletin&apos;s figures: checked, passed, rates, lists, catalog</source>
        <translation>summary ROUND [--format text|json]      通报数据：检查数、合格数、合格率、名单、数据目录</translation>
    </message>
    <message>
        <source>finding add ROUND --target NAME --indicator CODE --description TEXT  record a finding by hand</source>
        <translation>finding add ROUND --target NAME --indicator CODE --description TEXT  手工录入一个问题</translation>
    </message>
    <message>
        <source>%1 table of round %2</source>
        <translation>巡检轮次 %2 的 %1 表</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>%1 表</translation>
    </message>
    <message>
        <source>%1: %2, %3 rows (%4): %5 new, %6 changed, %7 unchanged</source>
        <translation>%1：%2，%3 行（%4）：新增 %5，变更 %6，未变 %7</translation>
    </message>
    <message>
        <source>The table: units, sites, columns, accounts, status, posts, reminders, messages, catalog or findings (default: from the headers).</source>
        <translation>表：units、sites、columns、accounts、status、posts、reminders、messages、catalog 或 findings（默认根据表头识别）。</translation>
    </message>
    <message>
        <source>The round catalog and findings tables belong to (required for them).</source>
        <translation>catalog 和 findings 表所属的巡检轮次（导入这两种表时必须指定）。</translation>
    </message>
    <message>
        <source>xunjian import: unknown table &quot;%1&quot;; expected units, sites, columns, accounts, status, posts, reminders, messages, catalog or findings</source>
        <translation>xunjian import：未知的表“%1”；应为 units、sites、columns、accounts、status、posts、reminders、messages、catalog 或 findings</translation>
    </message>
    <message>
        <source>xunjian export: unknown table &quot;%1&quot;; expected units, sites, columns, accounts or status</source>
        <translation>xunjian export：未知的表“%1”；应为 units、sites、columns、accounts 或 status</translation>
    </message>
    <message>
        <source>Province rank by 挂接目录数 (1 = first; none clears it).</source>
        <translation>按挂接目录数的全省排名（1 为第一；none 表示清除）。</translation>
    </message>
    <message>
        <source>Province rank by 开放数据数 (1 = first; none clears it).</source>
        <translation>按开放数据数的全省排名（1 为第一；none 表示清除）。</translation>
    </message>
    <message>
        <source>xunjian round set: give one round ID</source>
        <translation>xunjian round set：请指定一个轮次编号</translation>
    </message>
    <message>
        <source>xunjian round set: give --linked-rank, --open-rank or both</source>
        <translation>xunjian round set：请指定 --linked-rank、--open-rank 或两者</translation>
    </message>
    <message>
        <source>xunjian round set: --%1 &quot;%2&quot; is not a rank (1, 2, … or none)</source>
        <translation>xunjian round set：--%1 的值“%2”不是有效排名（1、2、… 或 none）</translation>
    </message>
    <message>
        <source>xunjian round set: no round %1</source>
        <translation>xunjian round set：巡检轮次 %1 不存在</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>round %1: linked rank %2, open rank %3</source>
        <translation>巡检轮次 %1：挂接目录数全省排名 %2，开放数据数全省排名 %3</translation>
    </message>
    <message>
        <source>xunjian round: expected create, list or set</source>
        <translation>xunjian round：应为 create、list 或 set</translation>
    </message>
    <message>
        <source>xunjian %1: name an existing round</source>
        <translation>xunjian %1：请指定一个已有的巡检轮次</translation>
    </message>
    <message>
        <source>xunjian %1: no post on record for any account of the round: M-V2, M-P-DEADLINE and M-P-REMIND were not evaluated (import the posts table first)</source>
        <translation>xunjian %1：本轮次所有账号均无发布记录：未评估 M-V2、M-P-DEADLINE 和 M-P-REMIND（请先导入 posts 表）</translation>
    </message>
    <message>
        <source>round %1: %2 accounts evaluated, %3 findings filed (%4), %5 earlier ones removed</source>
        <translation>巡检轮次 %1：评估 %2 个账号，登记 %3 个问题（%4），移除 %5 个先前的问题</translation>
    </message>
    <message>
        <source>Do not evaluate the new-media rules first (use the findings as they are).</source>
        <translation>不先评估政务新媒体规则（直接使用现有问题）。</translation>
    </message>
    <message>
        <source>City departments with fewer open data items than this are listed (default 10).</source>
        <translation>列出开放数据数少于此值的市直部门（默认 10）。</translation>
    </message>
    <message>
        <source>xunjian summary: --format text or json</source>
        <translation>xunjian summary：--format 应为 text 或 json</translation>
    </message>
    <message>
        <source>xunjian summary: --open-low takes a whole number of at least 0</source>
        <translation>xunjian summary：--open-low 的值应为不小于 0 的整数</translation>
    </message>
    <message>
        <source>The site, channel or account, by its registered name.</source>
        <translation>网站、部门频道或账号，按登记名称指定。</translation>
    </message>
    <message>
        <source>The target&apos;s 类型 or 平台, when several objects have its name.</source>
        <translation>多个对象同名时，指定目标的类型或平台。</translation>
    </message>
    <message>
        <source>The indicator: its code (W-V1) or its Chinese name.</source>
        <translation>指标：指标代码（W-V1）或中文名称。</translation>
    </message>
    <message>
        <source>What is wrong (the evidence).</source>
        <translation>存在的问题（证据）。</translation>
    </message>
    <message>
        <source>The page where it is.</source>
        <translation>问题所在的页面。</translation>
    </message>
    <message>
        <source>Points deducted, for a deduction (capped at the indicator&apos;s points).</source>
        <translation>扣分项的扣分值（不超过该指标的分值）。</translation>
    </message>
    <message>
        <source>Record it as confirmed (default: pending review).</source>
        <translation>记录为已确认（默认为待确认）。</translation>
    </message>
    <message>
        <source>xunjian finding add: --target, --indicator and --description are required</source>
        <translation>xunjian finding add：必须指定 --target、--indicator 和 --description</translation>
    </message>
    <message>
        <source>xunjian finding add: &quot;%1&quot; is not an indicator of a website, channel or account</source>
        <translation>xunjian finding add：“%1”不是网站、部门频道或账号的指标</translation>
    </message>
    <message>
        <source>xunjian finding add: --points takes a number of at least 0</source>
        <translation>xunjian finding add：--points 的值应为不小于 0 的数</translation>
    </message>
    <message>
        <source>xunjian finding add: no %1 named &quot;%2&quot; that %3 applies to</source>
        <translation>xunjian finding add：没有名为“%2”且适用 %3 的%1</translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>xunjian finding add: &quot;%1&quot; names several objects (%2): add --kind</source>
        <translation>xunjian finding add：“%1”对应多个对象（%2）：请加 --kind</translation>
    </message>
    <message>
        <source>finding %1: %2 on %3 (%4), %5</source>
        <translation>问题 %1：%3（%4）的 %2，%5</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>pending review</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>xunjian finding: use &quot;finding add ROUND --target NAME --indicator CODE --description TEXT&quot;</source>
        <translation>xunjian finding：请使用“finding add ROUND --target NAME --indicator CODE --description TEXT”</translation>
    </message>
    <message>
        <source>fetch-posts ROUND [--target NAME…]      read the accounts&apos; RSS/Atom feeds into posts</source>
        <translation>fetch-posts ROUND [--target NAME…]      读取账号的 RSS/Atom 订阅源，生成发布记录</translation>
    </message>
    <message>
        <source>The round: its as-of date decides which accounts are running.</source>
        <translation>巡检轮次：根据其截止日期确定哪些账号在运行。</translation>
    </message>
    <message>
        <source>Read only this account&apos;s feed (账号名称, repeatable).</source>
        <translation>只读取此账号的订阅源（账号名称，可多次指定）。</translation>
    </message>
    <message>
        <source>Fetch feeds even where robots.txt disallows it.</source>
        <translation>即使 robots.txt 禁止，也抓取订阅源。</translation>
    </message>
    <message>
        <source>xunjian fetch-posts: name an existing round</source>
        <translation>xunjian fetch-posts：请指定一个已有的巡检轮次</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already known</source>
        <translation>%1：新增 %2 条，已有 %3 条</translation>
    </message>
    <message>
        <source>%1: error %2: %3</source>
        <translation>%1：错误 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>, %n without a date (skipped)</source>
        <translation>
            <numerusform>，%n 条无日期（已跳过）</numerusform>
        </translation>
    </message>
    <message>
        <source>, only the first %1 items read</source>
        <translation>，仅读取前 %1 条</translation>
    </message>
    <message>
        <source>; error %1: %2</source>
        <translation>；错误 %1：%2</translation>
    </message>
    <message>
        <source>no running account of the round has a feed address (订阅地址)</source>
        <translation>本轮次没有任何运行中的账号填写了订阅地址</translation>
    </message>
    <message>
        <source>%1 feeds read, %2 new posts, %3 errors</source>
        <translation>已读取 %1 个订阅源，新增发布记录 %2 条，错误 %3 个</translation>
    </message>
    <message>
        <source>xunjian fetch-posts: %1</source>
        <translation>xunjian fetch-posts：%1</translation>
    </message>
    <message>
        <source>%1: calendar, %2 rows (%3): %4 new, %5 changed, %6 unchanged</source>
        <translation>%1：节假日日历，%2 行（%3）：新增 %4，变更 %5，未变 %6</translation>
    </message>
    <message>
        <source>xunjian calendar show: &quot;%1&quot; is not a year</source>
        <translation>xunjian calendar show：“%1”不是有效年份</translation>
    </message>
    <message>
        <source>%1: no holiday data — working days of this year are counted with weekends only; import the State Council&apos;s notice with `xunjian calendar import FILE`</source>
        <translation>%1：没有节假日数据——该年工作日仅按周末计算；请用 `xunjian calendar import FILE` 导入国务院办公厅的节假日安排通知</translation>
    </message>
    <message>
        <source>workday</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>（已导入）</translation>
    </message>
    <message>
        <source>xunjian calendar: expected import FILE or show YEAR</source>
        <translation>xunjian calendar：应为 import FILE 或 show YEAR</translation>
    </message>
    <message>
        <source>CSV or XLSX with the columns 日期, 类型 (放假/上班), 名称.</source>
        <translation>包含日期、类型（放假/上班）、名称三列的 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>The year to list.</source>
        <translation>要列出的年份。</translation>
    </message>
    <message>
        <source>xunjian calendar %1: name exactly one %2</source>
        <translation>xunjian calendar %1：请指定且仅指定一个 %2</translation>
    </message>
    <message>
        <source>Crawl and check links only: no page analysis (dates, identifiers, hidden links, wording, maps) and no site-level rules.</source>
        <translation>只抓取并检查链接：不分析页面（日期、标识、暗链、错敏词、地图），也不执行网站级规则。</translation>
    </message>
    <message>
        <source>score ROUND [--format text|json] [--kind K] [--site NAME]  each object&apos;s score, vetoes and deductions with the findings behind them</source>
        <translation>score ROUND [--format text|json] [--kind K] [--site NAME]  每个对象的得分、单项否决和扣分，以及所依据的问题</translation>
    </message>
    <message>
        <source>indicators list | show [NAME [VERSION]] | export FILE [NAME [VERSION]] | import FILE [--activate] | activate NAME VERSION</source>
        <translation>indicators list | show [NAME [VERSION]] | export FILE [NAME [VERSION]] | import FILE [--activate] | activate NAME VERSION</translation>
    </message>
    <message>
        <source>calendar import FILE | show YEAR        holidays and adjusted workdays (调休) for reply deadlines</source>
        <translation>calendar import FILE | show YEAR        节假日和调休上班日（用于计算答复时限）</translation>
    </message>
    <message>
        <source>dictionary list|import FILE|add KIND TERM [CORRECT]|remove KIND TERM|export FILE  the wording dictionary</source>
        <translation>dictionary list|import FILE|add KIND TERM [CORRECT]|remove KIND TERM|export FILE  错敏词词库</translation>
    </message>
    <message>
        <source>wording FILE|URL [--format json]          the wording dictionary&apos;s hits in a text or HTML file or a page</source>
        <translation>wording FILE|URL [--format json]          文本文件、HTML 文件或网页中命中错敏词词库的内容</translation>
    </message>
    <message>
        <source>xunjian dictionary: unknown kind &quot;%1&quot;; expected serious, typo, sensitive or allow (严重表述错误, 错别字, 敏感词, 允许词)</source>
        <translation>xunjian dictionary：未知的类型“%1”；应为 serious、typo、sensitive 或 allow（严重表述错误、错别字、敏感词、允许词）</translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>%1 entries read: %2 added, %3 updated, %4 unchanged</source>
        <translation>读取 %1 个条目：新增 %2，更新 %3，未变 %4</translation>
    </message>
    <message>
        <source>xunjian dictionary: expected list, import FILE, add KIND TERM [CORRECT], remove KIND TERM, export FILE or starter</source>
        <translation>xunjian dictionary：应为 list、import FILE、add KIND TERM [CORRECT]、remove KIND TERM、export FILE 或 starter</translation>
    </message>
    <message>
        <source>FILE (import, export); KIND TERM [CORRECT] (add, remove).</source>
        <translation>FILE（用于 import、export）；KIND TERM [CORRECT]（用于 add、remove）。</translation>
    </message>
    <message>
        <source>serious, typo, sensitive or allow: the kind listed, or of a .txt list&apos;s entries.</source>
        <translation>serious、typo、sensitive 或 allow：要列出的类型，或 .txt 词表中条目的类型。</translation>
    </message>
    <message>
        <source>With list: only entries whose term, correct form or note contain TEXT.</source>
        <translation>与 list 一起使用：只列出词语、正确写法或备注中包含 TEXT 的条目。</translation>
    </message>
    <message>
        <source>With add: 一般, 疑似 or 严重.</source>
        <translation>与 add 一起使用：一般、疑似或严重。</translation>
    </message>
    <message>
        <source>With add: a note.</source>
        <translation>与 add 一起使用：备注。</translation>
    </message>
    <message>
        <source>xunjian dictionary %1: name one file</source>
        <translation>xunjian dictionary %1：请指定一个文件</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation>已将 %1 个条目写入 %2</translation>
    </message>
    <message>
        <source>xunjian dictionary add: expected KIND TERM [CORRECT]</source>
        <translation>xunjian dictionary add：需要 KIND TERM [CORRECT]</translation>
    </message>
    <message>
        <source>xunjian dictionary remove: expected KIND TERM</source>
        <translation>xunjian dictionary remove：需要 KIND TERM</translation>
    </message>
    <message>
        <source>xunjian dictionary remove: no %1 “%2”</source>
        <translation>xunjian dictionary remove：没有%1“%2”</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>xunjian dictionary add: unknown level &quot;%1&quot;; expected 一般, 疑似 or 严重</source>
        <translation>xunjian dictionary add：未知的级别“%1”；应为一般、疑似或严重</translation>
    </message>
    <message>
        <source>xunjian dictionary add: %1</source>
        <translation>xunjian dictionary add：%1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>already in the dictionary</source>
        <translation>词库中已有</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1：HTTP %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>A text or HTML file, or the address of a page.</source>
        <translation>文本或 HTML 文件，或网页地址。</translation>
    </message>
    <message>
        <source>automatic, hyperscan or aho-corasick</source>
        <translation>automatic、hyperscan 或 aho-corasick</translation>
    </message>
    <message>
        <source>xunjian wording: name one file or address</source>
        <translation>xunjian wording：请指定一个文件或地址</translation>
    </message>
    <message>
        <source>xunjian wording: unknown engine &quot;%1&quot;; expected automatic, hyperscan or aho-corasick</source>
        <translation>xunjian wording：未知的引擎“%1”；应为 automatic、hyperscan 或 aho-corasick</translation>
    </message>
    <message>
        <source>xunjian wording: Aho–Corasick used: %1</source>
        <translation>xunjian wording：已改用 Aho–Corasick：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in %1 characters</source>
        <translation>
            <numerusform>%1 个字符中命中 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>xunjian %1: no indicator set &quot;%2&quot; version %3</source>
        <translation>xunjian %1：指标集“%2”没有版本 %3</translation>
    </message>
    <message>
        <source>xunjian %1: no indicator set named &quot;%2&quot; (see xunjian indicators list)</source>
        <translation>xunjian %1：没有名为“%2”的指标集（参见 xunjian indicators list）</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> （启用中）</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>客观</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>需人工确认</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>xunjian indicators import: name one FILE</source>
        <translation>xunjian indicators import：请指定一个 FILE</translation>
    </message>
    <message>
        <source>stored %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 already has these indicators: nothing stored</source>
        <translation>%1 已包含相同的指标设置：未保存任何内容</translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation>当前启用：%1</translation>
    </message>
    <message>
        <source>xunjian indicators: expected list, show [NAME [VERSION]], export FILE [NAME [VERSION]], import FILE [--activate] or activate NAME VERSION</source>
        <translation>xunjian indicators：应为 list、show [NAME [VERSION]]、export FILE [NAME [VERSION]]、import FILE [--activate] 或 activate NAME VERSION</translation>
    </message>
    <message>
        <source>Make the imported set the active one.</source>
        <translation>将导入的指标集设为当前启用的指标集。</translation>
    </message>
    <message>
        <source>The indicator set&apos;s JSON file.</source>
        <translation>指标集的 JSON 文件。</translation>
    </message>
    <message>
        <source>The set&apos;s name (default: the active set).</source>
        <translation>指标集名称（默认为当前启用的指标集）。</translation>
    </message>
    <message>
        <source>Its version (default: the newest).</source>
        <translation>版本（默认为最新版本）。</translation>
    </message>
    <message>
        <source>xunjian %1: --format text or json</source>
        <translation>xunjian %1：--format 应为 text 或 json</translation>
    </message>
    <message>
        <source>xunjian %1: wrong arguments (see --help)</source>
        <translation>xunjian %1：参数有误（参见 --help）</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>已将 %1 写入 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 before the cap)</source>
        <translation>%1 %2（封顶前为 %3）</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>%1: would fail</source>
        <translation>%1：将不合格</translation>
    </message>
    <message>
        <source>%1: would pass</source>
        <translation>%1：仍合格</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Vetoes</source>
        <translation>单项否决</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>If the pending findings were confirmed</source>
        <translation>若待确认问题均被确认</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4, score %5</source>
        <translation>%1（%2，%3）：%4，得分 %5</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>  %1 %2: veto</source>
        <translation>  %1 %2：单项否决</translation>
    </message>
    <message>
        <source>  %1 %2: −%3 (%4 before the cap of %5)</source>
        <translation>  %1 %2：−%3（按上限 %5 封顶前为 %4）</translation>
    </message>
    <message>
        <source>  %1 %2: −%3</source>
        <translation>  %1 %2：−%3</translation>
    </message>
    <message>
        <source>  %1 %2: notice</source>
        <translation>  %1 %2：提示</translation>
    </message>
    <message>
        <source> (disabled in the indicator set)</source>
        <translation> （已在指标集中停用）</translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4 %5</source>
        <translation>#%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>counted:</source>
        <translation>已计入：</translation>
    </message>
    <message>
        <source>pending review, not counted (a veto if confirmed):</source>
        <translation>待确认，未计入（确认后构成单项否决）：</translation>
    </message>
    <message>
        <source>pending review, not counted (would take %1 more):</source>
        <translation>待确认，未计入（确认后将再扣 %1 分）：</translation>
    </message>
    <message>
        <source>not counted:</source>
        <translation>未计入：</translation>
    </message>
    <message>
        <source>  Would fail if the pending findings were confirmed: %1</source>
        <translation>  确认后将不合格（若待确认问题均被确认）：%1</translation>
    </message>
    <message>
        <source>  If the pending findings were confirmed: %1</source>
        <translation>  若待确认问题均被确认：%1</translation>
    </message>
    <message>
        <source>Only websites, channels or accounts: website, channel or account.</source>
        <translation>只显示网站、部门频道或账号：website、channel 或 account。</translation>
    </message>
    <message>
        <source>Only the object with this registered name (its findings in full in text).</source>
        <translation>只显示此登记名称的对象（text 格式下列出其全部问题）。</translation>
    </message>
    <message>
        <source>xunjian score: --format text or json</source>
        <translation>xunjian score：--format 应为 text 或 json</translation>
    </message>
    <message>
        <source>xunjian score: --kind website, channel or account</source>
        <translation>xunjian score：--kind 应为 website、channel 或 account</translation>
    </message>
    <message>
        <source>xunjian score: name an existing round</source>
        <translation>xunjian score：请指定一个已有的巡检轮次</translation>
    </message>
    <message>
        <source>xunjian score: no %1 named &quot;%2&quot; was checked in round %3</source>
        <translation>xunjian score：巡检轮次 %3 未检查名为“%2”的%1</translation>
    </message>
    <message>
        <source>Round %1, as of %2, judged by %3</source>
        <translation>巡检轮次 %1，截止日期 %2，按 %3 判定</translation>
    </message>
    <message>
        <source>round %1: %2 websites judged again from check run %3, %4 findings filed (%5), %6 earlier ones removed</source>
        <translation>巡检轮次 %1：根据检查批次 %3 重新判定 %2 个网站，登记 %4 个问题（%5），移除 %6 个先前的问题</translation>
    </message>
    <message>
        <source>darklinks URL [--render] [--spider] [--own HOST…] [--format json]  hidden outside links (暗链) on one live page</source>
        <translation>darklinks URL [--render] [--spider] [--own HOST…] [--format json]  检查一个在线页面中指向外部的隐藏链接（暗链）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The page to check.</source>
        <translation>要检查的页面。</translation>
    </message>
    <message>
        <source>Also load the page in a browser engine and judge what it shows.</source>
        <translation>同时用浏览器引擎加载页面，并根据实际显示的内容判定。</translation>
    </message>
    <message>
        <source>Also fetch the page as Baiduspider and report links only it is served (cloaking).</source>
        <translation>同时以 Baiduspider 身份抓取页面，并报告仅向其提供的链接（伪装，cloaking）。</translation>
    </message>
    <message>
        <source>Another host of the site, not outside (repeatable).</source>
        <translation>本网站的其他主机，不视为外部链接（可多次指定）。</translation>
    </message>
    <message>
        <source>xunjian darklinks: name one http(s) address</source>
        <translation>xunjian darklinks：请指定一个 http(s) 地址</translation>
    </message>
    <message>
        <source>xunjian darklinks: --format is text or json</source>
        <translation>xunjian darklinks：--format 应为 text 或 json</translation>
    </message>
    <message>
        <source>xunjian darklinks: %1; using the built-in indicator set</source>
        <translation>xunjian darklinks：%1；使用内置指标集</translation>
    </message>
    <message>
        <source>xunjian darklinks: %1: %2</source>
        <translation>xunjian darklinks：%1：%2</translation>
    </message>
    <message>
        <source>the page refuses to be framed: judged by computed styles only</source>
        <translation>该页面拒绝被嵌入框架：仅根据计算样式判定</translation>
    </message>
    <message>
        <source> SEVERE («%1»)</source>
        <translation> 情节严重（“%1”）</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden outside link(s) on %1</source>
        <translation>
            <numerusform>%1 上有 %n 个指向外部的隐藏链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n @import rule(s) in the style sheets were not followed</source>
        <translation>
            <numerusform>样式表中有 %n 条 @import 规则未跟进加载</numerusform>
        </translation>
    </message>
    <message>
        <source>the page could not be fetched as Baiduspider: %1</source>
        <translation>无法以 Baiduspider 身份抓取该页面：%1</translation>
    </message>
    <message>
        <source>rendered pass: %1</source>
        <translation>渲染检查：%1</translation>
    </message>
    <message numerus="yes">
        <source>only part of the page&apos;s %n link(s) could be judged in time</source>
        <translation>
            <numerusform>页面共 %n 个链接，只有部分能在限定时间内完成判定</numerusform>
        </translation>
    </message>
    <message>
        <source>After the crawl, load every home page in an offscreen browser and report the links its computed styles hide (暗链, rendered pass).</source>
        <translation>抓取完成后，在离屏浏览器中加载每个首页，报告被其计算样式隐藏的链接（暗链，渲染检查）。</translation>
    </message>
    <message>
        <source>rendering home page %1/%2: %3</source>
        <translation>正在渲染首页 %1/%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>rendered pass: %n hidden-link finding(s) filed or confirmed</source>
        <translation>
            <numerusform>渲染检查：登记或确认了 %n 个暗链问题</numerusform>
        </translation>
    </message>
    <message>
        <source>verify FILE.pdf [--format json]         a PDF&apos;s signatures (signer, time, whole file covered, digest) and whether it is a finalised bulletin</source>
        <translation>verify FILE.pdf [--format json]         PDF 的签名（签名人、时间、是否覆盖整个文件、摘要）及其是否为已签发的通报</translation>
    </message>
    <message>
        <source>sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file F  sign a PDF (PAdES B-B, incremental update)</source>
        <translation>sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file F  对 PDF 签名（PAdES B-B，增量更新）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>no PDF signature in the file</source>
        <translation>文件中没有 PDF 签名</translation>
    </message>
    <message>
        <source>signature %1: %2</source>
        <translation>签名 %1：%2</translation>
    </message>
    <message>
        <source>signer: %1</source>
        <translation>签名人：%1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>signing time (claimed): %1</source>
        <translation>签名时间（签名方声明）：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>covers the whole file: %1</source>
        <translation>覆盖整个文件：%1</translation>
    </message>
    <message>
        <source>digest (%1) matches: %2</source>
        <translation>摘要（%1）一致：%2</translation>
    </message>
    <message>
        <source>CMS signature valid: %1</source>
        <translation>CMS 签名有效：%1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <source>matches bulletin %1 in the store (%2)</source>
        <translation>与数据库中的通报 %1 相符（%2）</translation>
    </message>
    <message>
        <source>result: valid</source>
        <translation>结果：有效</translation>
    </message>
    <message>
        <source>result: NOT valid</source>
        <translation>结果：无效</translation>
    </message>
    <message>
        <source>Checks the PDF signatures of a file and looks it up among the finalised bulletins.</source>
        <translation>检查文件的 PDF 签名，并在已签发的通报中查找该文件。</translation>
    </message>
    <message>
        <source>The PDF file.</source>
        <translation>PDF 文件。</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text 或 json。</translation>
    </message>
    <message>
        <source>xunjian verify: give one PDF file</source>
        <translation>xunjian verify：请指定一个 PDF 文件</translation>
    </message>
    <message>
        <source>xunjian verify: cannot read %1: %2</source>
        <translation>xunjian verify：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>xunjian verify: %1 is not a PDF file</source>
        <translation>xunjian verify：%1 不是 PDF 文件</translation>
    </message>
    <message>
        <source>store: not consulted (no store)</source>
        <translation>数据库：未查询（没有数据库）</translation>
    </message>
    <message>
        <source>matches no finalised bulletin in the store</source>
        <translation>与数据库中任何已签发的通报均不相符</translation>
    </message>
    <message>
        <source>store: not consulted (%1)</source>
        <translation>数据库：未查询（%1）</translation>
    </message>
    <message>
        <source>Signs a PDF (PAdES B-B, by incremental update) with a PKCS#12 certificate.</source>
        <translation>用 PKCS#12 证书对 PDF 签名（PAdES B-B，采用增量更新）。</translation>
    </message>
    <message>
        <source>The PDF to sign.</source>
        <translation>要签名的 PDF。</translation>
    </message>
    <message>
        <source>The signed PDF to write.</source>
        <translation>要写入的已签名 PDF。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate and key (.p12/.pfx).</source>
        <translation>签名人的证书和密钥（.p12/.pfx）。</translation>
    </message>
    <message>
        <source>A file whose first line is the PKCS#12 password (never given on the command line).</source>
        <translation>第一行为 PKCS#12 密码的文件（密码从不在命令行中给出）。</translation>
    </message>
    <message>
        <source>The reason recorded in the signature.</source>
        <translation>记录在签名中的签名原因。</translation>
    </message>
    <message>
        <source>Write adbe.pkcs7.detached instead of ETSI.CAdES.detached.</source>
        <translation>写入 adbe.pkcs7.detached，而不是 ETSI.CAdES.detached。</translation>
    </message>
    <message>
        <source>xunjian sign: usage: sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file FILE</source>
        <translation>xunjian sign：用法：sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file FILE</translation>
    </message>
    <message>
        <source>xunjian sign: cannot read %1</source>
        <translation>xunjian sign：无法读取 %1</translation>
    </message>
    <message>
        <source>xunjian sign: cannot write %1: %2</source>
        <translation>xunjian sign：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>signed by %1: %2</source>
        <translation>已由 %1 签名：%2</translation>
    </message>
    <message>
        <source>Drafts the round&apos;s bulletin from its results and typesets it to GB/T 9704; with --sign it is finalised: numbered, signed and kept immutable in the store.</source>
        <translation>根据检查结果起草该巡检轮次的通报，并按 GB/T 9704 排版；使用 --sign 时定稿：编号、签名并不可更改地保存在数据库中。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF。</translation>
    </message>
    <message>
        <source>Also write each attachment as PDF and XLSX into this folder.</source>
        <translation>同时将每个附件以 PDF 和 XLSX 格式写入此文件夹。</translation>
    </message>
    <message>
        <source>Finalise and sign with this PKCS#12 certificate.</source>
        <translation>使用此 PKCS#12 证书定稿并签名。</translation>
    </message>
    <message>
        <source>A file whose first line is the certificate&apos;s password.</source>
        <translation>第一行为证书密码的文件。</translation>
    </message>
    <message>
        <source>Sign as adbe.pkcs7.detached instead of ETSI.CAdES.detached.</source>
        <translation>以 adbe.pkcs7.detached 而不是 ETSI.CAdES.detached 签名。</translation>
    </message>
    <message>
        <source>The seal image (transparent PNG) pressed over name and date; &quot;sample&quot; draws a sample seal.</source>
        <translation>盖在署名和日期上的印章图片（透明 PNG）；“sample”表示绘制样章。</translation>
    </message>
    <message>
        <source>A bulletin template file instead of the built-in one.</source>
        <translation>使用此通报模板文件代替内置模板。</translation>
    </message>
    <message>
        <source>The issuing agency (default: the store&apos;s setting bulletin.agency).</source>
        <translation>发文机关（默认：数据库设置 bulletin.agency）。</translation>
    </message>
    <message>
        <source>The city (default: the store&apos;s setting bulletin.city).</source>
        <translation>城市（默认：数据库设置 bulletin.city）。</translation>
    </message>
    <message>
        <source>The 发文字号 template, e.g. 揭政数局函〔{year}〕{n}号 (default: bulletin.number_template).</source>
        <translation>发文字号模板，例如 揭政数局函〔{year}〕{n}号（默认：bulletin.number_template）。</translation>
    </message>
    <message>
        <source>The 成文日期, YYYY-MM-DD (default: today).</source>
        <translation>成文日期，YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <source>xunjian bulletin: usage: bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png]</source>
        <translation>xunjian bulletin：用法：bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png]</translation>
    </message>
    <message>
        <source>xunjian bulletin: --sign and --password-file go together</source>
        <translation>xunjian bulletin：--sign 和 --password-file 须同时使用</translation>
    </message>
    <message>
        <source>xunjian bulletin: --date %1 is not a date (YYYY-MM-DD)</source>
        <translation>xunjian bulletin：--date %1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>xunjian bulletin: name an existing round</source>
        <translation>xunjian bulletin：请指定一个已有的巡检轮次</translation>
    </message>
    <message>
        <source>xunjian bulletin: cannot read %1</source>
        <translation>xunjian bulletin：无法读取 %1</translation>
    </message>
    <message>
        <source>通报发布</source>
        <translation>通报发布</translation>
    </message>
    <message>
        <source>xunjian bulletin: no issuing agency: give --agency or set it once with `xunjian settings set bulletin.agency NAME`</source>
        <translation>xunjian bulletin：没有发文机关：请使用 --agency 指定，或用 `xunjian settings set bulletin.agency NAME` 设置一次</translation>
    </message>
    <message>
        <source>font: %1</source>
        <translation>字体：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>finalised as bulletin %1, %2, signed by %3; SHA-256 %4</source>
        <translation>已定稿为通报 %1，%2，签名人 %3；SHA-256 %4</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>draft: not signed, no document number taken</source>
        <translation>草稿：未签名，未占用发文字号</translation>
    </message>
    <message>
        <source>attachment: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Draws a sample seal (marked 样章) as a transparent PNG, for trying the layout.</source>
        <translation>绘制一个样章（标有“样章”）并保存为透明 PNG，用于试排版式。</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>要写入的 PNG。</translation>
    </message>
    <message>
        <source>The name around the seal.</source>
        <translation>印章上环绕的名称。</translation>
    </message>
    <message>
        <source>xunjian seal: give the PNG to write with --out</source>
        <translation>xunjian seal：请用 --out 指定要写入的 PNG</translation>
    </message>
    <message>
        <source>xunjian seal: cannot write %1</source>
        <translation>xunjian seal：无法写入 %1</translation>
    </message>
    <message>
        <source>Settings kept in the store for the whole team: %1</source>
        <translation>保存在数据库中供全组使用的设置：%1</translation>
    </message>
    <message>
        <source>list, set KEY VALUE or unset KEY</source>
        <translation>list、set KEY VALUE 或 unset KEY</translation>
    </message>
    <message>
        <source>xunjian settings: usage: settings [list | set KEY VALUE | unset KEY]</source>
        <translation>xunjian settings：用法：settings [list | set KEY VALUE | unset KEY]</translation>
    </message>
    <message>
        <source>xunjian settings: unknown key %1 (known: %2)</source>
        <translation>xunjian settings：未知的键 %1（已知：%2）</translation>
    </message>
    <message>
        <source>review ROUND --finding ID (--confirm | --dismiss REASON | --severity S --reason R | --note TEXT | --unit U | --deadline DATE | --rectification STATUS | --undo | --recheck [--verify]) | review ROUND --history ID  decide on a finding, with history and undo; re-check its link or page now</source>
        <translation>review ROUND --finding ID (--confirm | --dismiss REASON | --severity S --reason R | --note TEXT | --unit U | --deadline DATE | --rectification STATUS | --undo | --recheck [--verify]) | review ROUND --history ID  审核问题，可查看历史和撤销；立即复查其链接或页面</translation>
    </message>
    <message>
        <source>rectification ROUND [--unit U] [--format text|json|xlsx|pdf] [--out F]  confirmed findings not yet verified, per unit, with deadlines and overdue ones; pdf: 整改通知 as 公文</source>
        <translation>rectification ROUND [--unit U] [--format text|json|xlsx|pdf] [--out F]  按单位列出已确认但尚未复核的问题，含整改期限和逾期情况；pdf：以公文形式输出整改通知</translation>
    </message>
    <message>
        <source>bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png|sample]  draft, typeset (GB/T 9704) and optionally finalise and sign the round&apos;s bulletin</source>
        <translation>bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png|sample]  起草并排版（GB/T 9704）巡检轮次的通报，可选择定稿并签名</translation>
    </message>
    <message>
        <source>seal --out FILE.png [--agency NAME]     draw a sample seal (marked 样章)</source>
        <translation>seal --out FILE.png [--agency NAME]     绘制样章（标有“样章”）</translation>
    </message>
    <message>
        <source>settings [list | set KEY VALUE | unset KEY]  the team&apos;s settings kept in the store (agency, 发文字号 template…)</source>
        <translation>settings [list | set KEY VALUE | unset KEY]  保存在数据库中的全组设置（发文机关、发文字号模板…）</translation>
    </message>
    <message>
        <source>xunjian %1: no unit “%2”</source>
        <translation>xunjian %1：没有单位“%2”</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>整改期限 %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>dismissed because: %1</source>
        <translation>排除原因：%1</translation>
    </message>
    <message>
        <source>xunjian review: finding %1 does not exist</source>
        <translation>xunjian review：问题 %1 不存在</translation>
    </message>
    <message>
        <source>finding %1, version %2: %3</source>
        <translation>问题 %1，版本 %2：%3</translation>
    </message>
    <message>
        <source> of #%1</source>
        <translation> 针对 #%1</translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation> （原因：%1）</translation>
    </message>
    <message>
        <source> [undone]</source>
        <translation> [已撤销]</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>still present</source>
        <translation>仍然存在</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>finding %1: %2: %3</source>
        <translation>问题 %1：%2：%3</translation>
    </message>
    <message>
        <source>  kept as evidence: %1 at %2</source>
        <translation>  已保存为证据：%1，时间 %2</translation>
    </message>
    <message>
        <source>Re-checked %1: %2</source>
        <translation>已复查 %1：%2</translation>
    </message>
    <message>
        <source>finding %1: rectification verified</source>
        <translation>问题 %1：整改已复核</translation>
    </message>
    <message>
        <source>The finding to decide on (its id).</source>
        <translation>要审核的问题（其 ID）。</translation>
    </message>
    <message>
        <source>Print the finding&apos;s history instead.</source>
        <translation>改为输出该问题的历史记录。</translation>
    </message>
    <message>
        <source>The finding stands.</source>
        <translation>问题成立。</translation>
    </message>
    <message>
        <source>Back to awaiting review.</source>
        <translation>退回待确认。</translation>
    </message>
    <message>
        <source>The finding is wrong or does not count, for this reason.</source>
        <translation>问题有误或不计入，原因如下。</translation>
    </message>
    <message>
        <source>veto, deduct, notice or manual (needs --reason).</source>
        <translation>veto、deduct、notice 或 manual（需要 --reason）。</translation>
    </message>
    <message>
        <source>Another indicator code (needs --reason).</source>
        <translation>另一个指标代码（需要 --reason）。</translation>
    </message>
    <message>
        <source>Why the severity or indicator changes.</source>
        <translation>修改严重程度或指标的原因。</translation>
    </message>
    <message>
        <source>A note on the finding.</source>
        <translation>问题的备注。</translation>
    </message>
    <message>
        <source>The responsible unit (name or id; empty clears).</source>
        <translation>责任单位（名称或 ID；留空则清除）。</translation>
    </message>
    <message>
        <source>The rectification deadline, YYYY-MM-DD (empty clears).</source>
        <translation>整改期限，YYYY-MM-DD（留空则清除）。</translation>
    </message>
    <message>
        <source>open, notified, fixed or verified.</source>
        <translation>open、notified、fixed 或 verified。</translation>
    </message>
    <message>
        <source>Undo the finding&apos;s last change.</source>
        <translation>撤销该问题的上一次修改。</translation>
    </message>
    <message>
        <source>Save only if the finding is still at this version.</source>
        <translation>仅当问题仍为此版本时才保存。</translation>
    </message>
    <message>
        <source>Who decides (default: $USER).</source>
        <translation>审核人（默认：$USER）。</translation>
    </message>
    <message>
        <source>Fetch the finding&apos;s link or page now and judge it again (kept as WARC evidence).</source>
        <translation>立即获取该问题的链接或页面并重新判定（保存为 WARC 证据）。</translation>
    </message>
    <message>
        <source>With --recheck: when it is resolved, set the rectification to verified (已复核).</source>
        <translation>与 --recheck 一起使用：问题已解决时，将整改状态设为已复核（verified）。</translation>
    </message>
    <message>
        <source>xunjian review: name one round</source>
        <translation>xunjian review：请指定一个巡检轮次</translation>
    </message>
    <message>
        <source>xunjian review: give --finding ID or --history ID</source>
        <translation>xunjian review：请给出 --finding ID 或 --history ID</translation>
    </message>
    <message>
        <source>xunjian review: “%1” is not a finding id</source>
        <translation>xunjian review：“%1”不是问题 ID</translation>
    </message>
    <message>
        <source>xunjian review: no round “%1”</source>
        <translation>xunjian review：没有巡检轮次“%1”</translation>
    </message>
    <message>
        <source>xunjian review: finding %1 is not a finding of round %2</source>
        <translation>xunjian review：问题 %1 不属于巡检轮次 %2</translation>
    </message>
    <message>
        <source>xunjian review: finding %1: give one of --confirm, --pending, --dismiss</source>
        <translation>xunjian review：问题 %1：请给出 --confirm、--pending、--dismiss 中的一个</translation>
    </message>
    <message>
        <source>xunjian review: finding %1: --deadline takes a date YYYY-MM-DD, not “%2”</source>
        <translation>xunjian review：问题 %1：--deadline 需要 YYYY-MM-DD 格式的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>xunjian review: finding %1: say what to change (--confirm, --dismiss, --severity, --note, --unit, --deadline, --rectification) or --undo, not both</source>
        <translation>xunjian review：问题 %1：请说明要修改的内容（--confirm、--dismiss、--severity、--note、--unit、--deadline、--rectification）或使用 --undo，二者不能同时使用</translation>
    </message>
    <message>
        <source>xunjian review: finding %1: --expect-version takes a version number</source>
        <translation>xunjian review：问题 %1：--expect-version 需要版本号</translation>
    </message>
    <message>
        <source>finding %1, version %2: %3%4</source>
        <translation>问题 %1，版本 %2：%3%4</translation>
    </message>
    <message>
        <source> (nothing changed)</source>
        <translation> （无修改）</translation>
    </message>
    <message>
        <source>finding %1 is promoted to finding %2</source>
        <translation>问题 %1 已升级为问题 %2</translation>
    </message>
    <message>
        <source>  now: version %1: %2</source>
        <translation>  当前：版本 %1：%2</translation>
    </message>
    <message>
        <source>  changed by both: %1</source>
        <translation>  双方均有修改：%1</translation>
    </message>
    <message>
        <source>xunjian rectification: no issuing agency: give --agency or set bulletin.agency with `xunjian settings`</source>
        <translation>xunjian rectification：没有发文机关：请使用 --agency 指定，或用 `xunjian settings` 设置 bulletin.agency</translation>
    </message>
    <message>
        <source>xunjian rectification: nothing open to write a notice about</source>
        <translation>xunjian rectification：没有待整改的问题，无需出具整改通知</translation>
    </message>
    <message>
        <source>xunjian rectification: cannot create the folder %1</source>
        <translation>xunjian rectification：无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>整改通知-%1</source>
        <translation>整改通知-%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s), %2</source>
        <translation>
            <numerusform>%1：%n 个问题，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this unit&apos;s findings (name or id).</source>
        <translation>仅该单位的问题（名称或 ID）。</translation>
    </message>
    <message>
        <source>text, json or xlsx</source>
        <translation>text、json 或 xlsx</translation>
    </message>
    <message>
        <source>Write to this file (required for xlsx).</source>
        <translation>写入此文件（xlsx 必须指定）。</translation>
    </message>
    <message>
        <source>The day overdue is judged on (default: today).</source>
        <translation>判定逾期的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>The issuing agency of the notices (default: the store&apos;s bulletin.agency).</source>
        <translation>整改通知的发文机关（默认：数据库的 bulletin.agency）。</translation>
    </message>
    <message>
        <source>xunjian rectification: --format text, json, xlsx or pdf</source>
        <translation>xunjian rectification：--format 须为 text、json、xlsx 或 pdf</translation>
    </message>
    <message>
        <source>xunjian rectification: --format pdf needs --out (a PDF with --unit, else a folder: one 整改通知 per unit)</source>
        <translation>xunjian rectification：--format pdf 需要 --out（指定 --unit 时为 PDF 文件，否则为文件夹：每个单位一份整改通知）</translation>
    </message>
    <message>
        <source>xunjian rectification: --format xlsx needs --out FILE.xlsx</source>
        <translation>xunjian rectification：--format xlsx 需要 --out FILE.xlsx</translation>
    </message>
    <message>
        <source>xunjian rectification: --today takes a date YYYY-MM-DD</source>
        <translation>xunjian rectification：--today 需要 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>xunjian rectification: name one round</source>
        <translation>xunjian rectification：请指定一个巡检轮次</translation>
    </message>
    <message>
        <source>xunjian rectification: no round “%1”</source>
        <translation>xunjian rectification：没有巡检轮次“%1”</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>xunjian rectification: cannot write %1: %2</source>
        <translation>xunjian rectification：无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Xunjian: inspection of government websites and new media</source>
        <translation>巡检：政府网站与政务新媒体检查</translation>
    </message>
    <message>
        <source>The store: a SQLite file or postgresql://user@host:port/db.</source>
        <translation>数据库：SQLite 文件或 postgresql://user@host:port/db。</translation>
    </message>
    <message>
        <source>Xunjian</source>
        <translation>巡检</translation>
    </message>
</context>
<context>
    <name>xj::AccountDialog</name>
    <message>
        <source>New-media account</source>
        <translation>政务新媒体账号</translation>
    </message>
    <message>
        <source>&amp;Registered name:</source>
        <translation>账号名称(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Actual name:</source>
        <translation>实际名称(&amp;A)：</translation>
    </message>
    <message>
        <source>The name the platform shows; leave empty when it is the registered name</source>
        <translation>平台上显示的名称；与备案名称相同时留空</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>账号ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Owner unit:</source>
        <translation>主办单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose a unit, or type the name of a new one</source>
        <translation>选择单位，或输入新单位的名称</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>开通日期：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>备案日期：</translation>
    </message>
    <message>
        <source>Edit account — %1</source>
        <translation>编辑账号 — %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Enter the registered name.</source>
        <translation>请输入账号名称。</translation>
    </message>
    <message>
        <source>Choose the platform.</source>
        <translation>请选择平台。</translation>
    </message>
    <message>
        <source>Choose the owner unit, or type the name of a new one.</source>
        <translation>请选择主办单位，或输入新单位的名称。</translation>
    </message>
    <message>
        <source>There is already a %1 account named &quot;%2&quot;.</source>
        <translation>已有名为“%2”的%1账号。</translation>
    </message>
    <message>
        <source>A new unit &quot;%1&quot; will be added.</source>
        <translation>将新增单位“%1”。</translation>
    </message>
    <message>
        <source>The actual name differs from the registered name: checks will report it.</source>
        <translation>实际名称与备案名称不一致：检查时将作为问题报告。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>xj::AgencyDialog</name>
    <message>
        <source>Issuing agency</source>
        <translation>发文机关</translation>
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
        <source>{year} is the full year, {n} the next number of the year&apos;s sequence</source>
        <translation>{year} 为四位年份，{n} 为本年度流水号的下一个编号</translation>
    </message>
    <message>
        <source>Empty: the template&apos;s recipients</source>
        <translation>留空：使用模板中的主送机关</translation>
    </message>
    <message>
        <source>Empty: a 函 without a red header</source>
        <translation>留空：不带版头的函</translation>
    </message>
    <message>
        <source>&amp;Agency (发文机关):</source>
        <translation>发文机关(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Number template:</source>
        <translation>发文字号模板(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Recipients (主送机关):</source>
        <translation>主送机关(&amp;R)：</translation>
    </message>
    <message>
        <source>Red &amp;header (发文机关标志):</source>
        <translation>发文机关标志(&amp;H)：</translation>
    </message>
    <message>
        <source>Kept in the database for everyone who drafts bulletins. New drafts take these; drafts already written keep what they say.</source>
        <translation>保存在数据库中，供所有起草通报的人员使用。新草稿采用这些设置；已有草稿保持原有内容。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>xj::BulletinBlocksModel</name>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Heading 1 (一、)</source>
        <translation>一级标题（一、）</translation>
    </message>
    <message>
        <source>Heading 2 (（一）)</source>
        <translation>二级标题（（一））</translation>
    </message>
    <message>
        <source>Heading 3 (1.)</source>
        <translation>三级标题（1.）</translation>
    </message>
    <message>
        <source>Heading 4 (（1）)</source>
        <translation>四级标题（（1））</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>xj::BulletinDrafting</name>
    <message>
        <source>There is no round %1.</source>
        <translation>没有巡检轮次 %1。</translation>
    </message>
    <message>
        <source>No issuing agency is set: enter it with Agency… first.</source>
        <translation>尚未设置发文机关：请先通过“发文机关…”填写。</translation>
    </message>
    <message>
        <source>%1: stated %2, results now give %3</source>
        <translation>%1：通报中为 %2，当前检查结果为 %3</translation>
    </message>
    <message>
        <source>%1: stated %2, results no longer give it</source>
        <translation>%1：通报中为 %2，当前检查结果中已没有该数据</translation>
    </message>
</context>
<context>
    <name>xj::BulletinEditor</name>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Recheck &amp;figures</source>
        <translation>核对数据(&amp;F)</translation>
    </message>
    <message>
        <source>Compute the round&apos;s results again and mark the paragraphs whose figures changed</source>
        <translation>重新计算该巡检轮次的检查结果，并标出数据有变化的段落</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>The unsigned PDF and, if you choose a folder, each attachment as PDF and XLSX</source>
        <translation>未签名的 PDF；如选择文件夹，还包括每个附件的 PDF 和 XLSX</translation>
    </message>
    <message>
        <source>&amp;Finalise and sign…</source>
        <translation>定稿并签名(&amp;F)…</translation>
    </message>
    <message>
        <source>Take the next 发文字号, sign the PDF and keep it in the database unchangeable</source>
        <translation>取用下一个发文字号，签名 PDF 并不可更改地保存在数据库中</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Recipients (主送):</source>
        <translation>主送(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Agency (发文机关):</source>
        <translation>发文机关(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date (成文日期):</source>
        <translation>成文日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note (附注):</source>
        <translation>附注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Copies to (抄送):</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>Printed &amp;by (印发机关):</source>
        <translation>印发机关(&amp;B)：</translation>
    </message>
    <message>
        <source>Printed &amp;on (印发日期):</source>
        <translation>印发日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Add paragraph</source>
        <translation>添加段落(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Regenerate this paragraph</source>
        <translation>重新生成此段落(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the marked paragraph with the one a fresh draft writes from the results now</source>
        <translation>用根据当前检查结果重新起草的段落替换标出的段落</translation>
    </message>
    <message>
        <source>Bulletin %1 cannot be read: %2</source>
        <translation>无法读取通报 %1：%2</translation>
    </message>
    <message>
        <source>Bulletin %1: its content is not a JSON object (%2)</source>
        <translation>通报 %1：其内容不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>已签发 %1</translation>
    </message>
    <message>
        <source>Retracted %1</source>
        <translation>已撤回 %1</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — 第 %2 版</translation>
    </message>
    <message>
        <source>Read-only: finalised bulletins cannot be changed</source>
        <translation>只读：已定稿的通报不能修改</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>The figures could not be checked: %1</source>
        <translation>无法核对数据：%1</translation>
    </message>
    <message>
        <source>No bulletin open: draft one from the round&apos;s results, or open one from the list.</source>
        <translation>未打开通报：请根据巡检轮次的检查结果起草，或从列表中打开。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>附件 %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>The printout is not in the official faces: %1.</source>
        <translation>打印件未使用规定字体：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>； </translation>
    </message>
    <message>
        <source>The bulletin belongs to no round.</source>
        <translation>该通报不属于任何巡检轮次。</translation>
    </message>
    <message>
        <source>Every figure the bulletin states agrees with the round&apos;s results.</source>
        <translation>通报中的所有数据均与巡检轮次的检查结果一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) state figures the round&apos;s results no longer give (marked; hover for the figures). They are not changed unless you regenerate them.</source>
        <translation>
            <numerusform>%n 个段落中的数据与巡检轮次当前的检查结果不符（已标出；鼠标悬停可查看数据）。除非重新生成，这些段落不会被修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a paragraph of a draft to regenerate.</source>
        <translation>请选择草稿中要重新生成的段落。</translation>
    </message>
    <message>
        <source>This paragraph states no figures of the results; there is nothing to regenerate it from.</source>
        <translation>此段落不含检查结果数据，无法重新生成。</translation>
    </message>
    <message>
        <source>A fresh draft has no paragraph stating %1.</source>
        <translation>重新起草的通报中没有表述 %1 的段落。</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Export the bulletin as PDF</source>
        <translation>将通报导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the attachments as PDF and XLSX (cancel: none)</source>
        <translation>附件（PDF 和 XLSX）的保存文件夹（取消：不导出附件）</translation>
    </message>
    <message>
        <source>Exporting the bulletin…</source>
        <translation>正在导出通报…</translation>
    </message>
    <message>
        <source>Finalising and signing the bulletin…</source>
        <translation>正在定稿并签名通报…</translation>
    </message>
    <message>
        <source>Not finalised</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The bulletin was not finalised; it is still a draft and no number was taken.</source>
        <translation>通报未定稿；仍为草稿，未占用发文字号。</translation>
    </message>
    <message>
        <source>The bulletin was not exported.</source>
        <translation>通报未导出。</translation>
    </message>
    <message>
        <source>The bulletin was finalised, but writing the attachments failed.</source>
        <translation>通报已定稿，但写入附件失败。</translation>
    </message>
    <message>
        <source>Bulletin finalised</source>
        <translation>通报已定稿</translation>
    </message>
    <message>
        <source>Bulletin exported</source>
        <translation>通报已导出</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>发文字号：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>页数：%1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>The bulletin is signed and kept in the database; it can no longer be changed.</source>
        <translation>通报已签名并保存在数据库中，不能再修改。</translation>
    </message>
    <message>
        <source>The unsigned PDF was written.</source>
        <translation>已写入未签名的 PDF。</translation>
    </message>
    <message>
        <source>The issued PDF of bulletin %1 cannot be read: %2</source>
        <translation>无法读取通报 %1 已签发的 PDF：%2</translation>
    </message>
    <message>
        <source>The issued PDF was written as it is kept, signed.</source>
        <translation>已按保存原样写出已签名的印发 PDF。</translation>
    </message>
</context>
<context>
    <name>xj::BulletinListModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Retracted: %1</source>
        <translation>已撤回：%1</translation>
    </message>
    <message>
        <source>SHA-256 %1, signed by %2</source>
        <translation>SHA-256 %1，签名人 %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>xj::BulletinPublishJob</name>
    <message>
        <source>Writing the attachments</source>
        <translation>正在写入附件</translation>
    </message>
    <message>
        <source>Finalising needs a store and a signing certificate.</source>
        <translation>定稿需要数据库和签名证书。</translation>
    </message>
    <message>
        <source>No PDF file was chosen to export to.</source>
        <translation>未选择要导出的 PDF 文件。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>xj::BulletinView</name>
    <message>
        <source>&amp;Round:</source>
        <translation>巡检轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>A&amp;gency…</source>
        <translation>发文机关(&amp;G)…</translation>
    </message>
    <message>
        <source>The issuing agency, city, 发文字号 template and recipients new drafts take</source>
        <translation>新草稿采用的发文机关、城市、发文字号模板和主送机关</translation>
    </message>
    <message>
        <source>&amp;New draft from results</source>
        <translation>根据检查结果新建草稿(&amp;N)</translation>
    </message>
    <message>
        <source>Evaluate the new-media rules and draft the round&apos;s bulletin from its results</source>
        <translation>评估政务新媒体规则，并根据检查结果起草该巡检轮次的通报</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;tract…</source>
        <translation>撤回(&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>新版本(&amp;V)</translation>
    </message>
    <message>
        <source>A new draft with the same content that supersedes the finalised bulletin once issued</source>
        <translation>内容相同的新草稿，印发后替代已定稿的通报</translation>
    </message>
    <message>
        <source>No draft made</source>
        <translation>未生成草稿</translation>
    </message>
    <message>
        <source>Cannot open the bulletin</source>
        <translation>无法打开通报</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete this draft? Its text is lost.</source>
        <translation>删除此草稿？其内容将丢失。</translation>
    </message>
    <message>
        <source>Draft not deleted</source>
        <translation>草稿未删除</translation>
    </message>
    <message>
        <source>Retract bulletin</source>
        <translation>撤回通报</translation>
    </message>
    <message>
        <source>Why is the bulletin retracted? The reason is kept with it.</source>
        <translation>撤回通报的原因是什么？原因将随通报一起保存。</translation>
    </message>
    <message>
        <source>Not retracted</source>
        <translation>未撤回</translation>
    </message>
    <message>
        <source>No new version made</source>
        <translation>未生成新版本</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>No inspection round yet: open one in Inspection rounds.</source>
        <translation>尚无巡检轮次：请在“巡检轮次”中新建。</translation>
    </message>
    <message numerus="yes">
        <source>%n bulletin(s) for this round</source>
        <translation>
            <numerusform>本巡检轮次有 %n 份通报</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>请先选择巡检轮次。</translation>
    </message>
    <message>
        <source>Choose a bulletin in the list.</source>
        <translation>请在列表中选择通报。</translation>
    </message>
    <message>
        <source>Give the reason for retracting the bulletin.</source>
        <translation>请填写撤回通报的原因。</translation>
    </message>
</context>
<context>
    <name>xj::CheckOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Requests in flight at once, all hosts together</source>
        <translation>所有主机合计的同时请求数</translation>
    </message>
    <message>
        <source>Requests in flight to one host</source>
        <translation>每个主机的同时请求数</translation>
    </message>
    <message>
        <source>Time between two requests to one host</source>
        <translation>对同一主机两次请求之间的间隔</translation>
    </message>
    <message>
        <source>Content pages fetched from each column page</source>
        <translation>从每个栏目页抓取的内容页数</translation>
    </message>
    <message>
        <source>Home page, column pages and content pages together</source>
        <translation>首页、栏目页和内容页合计</translation>
    </message>
    <message>
        <source>Obey robots.txt</source>
        <translation>遵守 robots.txt</translation>
    </message>
    <message>
        <source>Allow certificate errors</source>
        <translation>允许证书错误</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Inspections may check pages that robots.txt closes to crawlers</source>
        <translation>巡检检查可以检查 robots.txt 禁止爬虫抓取的页面</translation>
    </message>
    <message>
        <source>Certificate errors are recorded either way; allowed, the page is still fetched and checked</source>
        <translation>证书错误无论如何都会记录；勾选后，仍会抓取并检查该页面</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>同时请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>Per &amp;host:</source>
        <translation>每个主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Pause per host:</source>
        <translation>每个主机请求间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sample per column:</source>
        <translation>每个栏目抽查(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Max pages per site:</source>
        <translation>每个网站最多页面数(&amp;M)：</translation>
    </message>
    <message>
        <source>Analyse pages</source>
        <translation>分析页面</translation>
    </message>
    <message>
        <source>Dates, footer identifiers, hidden links, wording and maps on every page, then the site-level rules; off, only pages and links are checked</source>
        <translation>检查每个页面的日期、底部标识、暗链、错敏词和地图，然后执行网站级规则；取消勾选则只检查页面和链接</translation>
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
        <translation>已完成</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Pages done / queued</source>
        <translation>页面（已完成 / 已排队）</translation>
    </message>
    <message>
        <source>Links done / queued</source>
        <translation>链接（已完成 / 已排队）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>xj::ChecklistDialog</name>
    <message>
        <source>Screenshot from the review pane</source>
        <translation>从审核窗格截图</translation>
    </message>
    <message>
        <source>Checklist — %1</source>
        <translation>检查记录表 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — round %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 巡检轮次 %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Double-click a finding to open it in the review list</source>
        <translation>双击问题可在审核列表中打开</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>合格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>不合格(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>不适用(&amp;N)</translation>
    </message>
    <message>
        <source>Note; saved when you leave the field</source>
        <translation>备注；离开输入框时保存</translation>
    </message>
    <message>
        <source>Screenshot from a file…</source>
        <translation>从文件添加截图…</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>检查步骤：</translation>
    </message>
    <message>
        <source>Print 检查记录表…</source>
        <translation>打印检查记录表…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the 检查记录表</source>
        <translation>保存检查记录表</translation>
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
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message numerus="yes">
        <source>Score as it stands: %1 (%n finding(s) awaiting review, not counted)</source>
        <translation>
            <numerusform>当前得分：%1（%n 个问题待确认，未计入）</numerusform>
        </translation>
    </message>
    <message>
        <source>Score as it stands: %1</source>
        <translation>当前得分：%1</translation>
    </message>
    <message>
        <source>No score: %1</source>
        <translation>无得分：%1</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>%1 pending, %2 confirmed, %3 dismissed</source>
        <translation>待确认 %1，已确认 %2，已排除 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided</source>
        <translation>
            <numerusform>%n 项未判定</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the checks found nothing.</source>
        <translation>%1：检查未发现问题。</translation>
    </message>
    <message>
        <source>%1: %2 pending, %3 confirmed, %4 dismissed.</source>
        <translation>%1：待确认 %2，已确认 %3，已排除 %4。</translation>
    </message>
    <message>
        <source>Screenshot %1 kept</source>
        <translation>已保存截图 %1</translation>
    </message>
    <message>
        <source>No screenshot</source>
        <translation>无截图</translation>
    </message>
    <message>
        <source>Last saved by %1 at %2</source>
        <translation>最后由 %1 于 %2 保存</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 不是本程序可读取的图片。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The entry changed again meanwhile; nothing was saved.</source>
        <translation>在此期间该记录已被再次修改；未保存任何内容。</translation>
    </message>
    <message>
        <source>Kept %1&apos;s entry.</source>
        <translation>已保留 %1 的记录。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>xj::ChecksView</name>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Start a fresh run of the round: every running site again</source>
        <translation>为本巡检轮次开始新的检查批次：重新检查所有运行中的网站</translation>
    </message>
    <message>
        <source>Stop the run; Resume continues it where it stopped</source>
        <translation>停止检查批次；点击“继续”可从停止处接着检查</translation>
    </message>
    <message>
        <source>Continue the round&apos;s unfinished run: pages and links already checked are not fetched again</source>
        <translation>继续本巡检轮次未完成的检查批次：已检查的页面和链接不会重新抓取</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>巡检轮次(&amp;O)：</translation>
    </message>
    <message>
        <source>Errors and notes of the run appear here.</source>
        <translation>检查批次的错误和提示信息显示在这里。</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) shown</source>
        <translation>
            <numerusform>显示 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings of the round</source>
        <translation>本巡检轮次发现的问题</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>No rounds yet: open one under Inspection rounds.</source>
        <translation>尚无巡检轮次：请在“巡检轮次”中开启一个巡检轮次。</translation>
    </message>
    <message>
        <source>Round %1 has not been checked yet.</source>
        <translation>巡检轮次 %1 尚未检查。</translation>
    </message>
    <message>
        <source>Last run %1: complete, %2 to %3.</source>
        <translation>上次检查批次 %1：已完成，%2 至 %3。</translation>
    </message>
    <message>
        <source>Last run %1: stopped %2; Resume continues it.</source>
        <translation>上次检查批次 %1：已于 %2 停止；点击“继续”可接着检查。</translation>
    </message>
    <message>
        <source>Last run %1 (started %2) did not finish; Resume continues it.</source>
        <translation>上次检查批次 %1（开始于 %2）未完成；点击“继续”可接着检查。</translation>
    </message>
    <message>
        <source>Last run %1 failed (started %2).</source>
        <translation>上次检查批次 %1 失败（开始于 %2）。</translation>
    </message>
    <message>
        <source>sites %1 of %2 · pages %3 of %4 · links %5 of %6 · findings %7</source>
        <translation>网站 %1/%2 · 页面 %3/%4 · 链接 %5/%6 · 问题 %7</translation>
    </message>
    <message>
        <source>All indicators (%1)</source>
        <translation>全部指标（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Resuming the check of round %1…</source>
        <translation>正在继续巡检轮次 %1 的检查…</translation>
    </message>
    <message>
        <source>Starting a fresh check of round %1…</source>
        <translation>正在重新开始巡检轮次 %1 的检查…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Run %1 is checking round %2.</source>
        <translation>检查批次 %1 正在检查巡检轮次 %2。</translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation>检查批次 %1 已开始。</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>检查无法开始：%1</translation>
    </message>
    <message>
        <source>Run %1 complete.</source>
        <translation>检查批次 %1 已完成。</translation>
    </message>
    <message>
        <source>Run %1 stopped; Resume continues it.</source>
        <translation>检查批次 %1 已停止；点击“继续”可接着检查。</translation>
    </message>
    <message>
        <source>Render &amp;home pages</source>
        <translation>渲染首页(&amp;H)</translation>
    </message>
    <message>
        <source>Load the home pages of the last finished run in an offscreen browser and report the outside links their computed styles hide (暗链, rendered pass)</source>
        <translation>在离屏浏览器中加载上一个已完成检查批次的各个首页，报告被其计算样式隐藏的外部链接（暗链，渲染检查）</translation>
    </message>
    <message>
        <source>The rendered pass needs a finished run of round %1.</source>
        <translation>渲染检查需要巡检轮次 %1 有已完成的检查批次。</translation>
    </message>
    <message>
        <source>Rendering home page %1 of %2: %3</source>
        <translation>正在渲染首页 %1/%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Rendered pass complete: %n hidden-link finding(s) filed.</source>
        <translation>
            <numerusform>渲染检查已完成：登记了 %n 个暗链问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendered pass stopped.</source>
        <translation>渲染检查已停止。</translation>
    </message>
</context>
<context>
    <name>xj::EvidenceSchemeHandler</name>
    <message>
        <source>not an evidence URL</source>
        <translation>不是证据 URL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>xj::ExportDialog</name>
    <message>
        <source>Export a registry table</source>
        <translation>导出登记表</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>登记表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The file&apos;s extension decides the format: .xlsx, or .csv (UTF-8 with a BOM, opens in Excel and WPS). The file imports back unchanged.</source>
        <translation>文件格式由扩展名决定：.xlsx，或 .csv（带 BOM 的 UTF-8，可用 Excel 和 WPS 打开）。导出的文件可原样导回。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The file must end in .xlsx or .csv.</source>
        <translation>文件扩展名必须为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 已存在，将被替换。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
</context>
<context>
    <name>xj::FigureListDialog</name>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row for its score card</source>
        <translation>双击某行可查看其评分表</translation>
    </message>
</context>
<context>
    <name>xj::FinaliseDialog</name>
    <message>
        <source>Finalise and sign</source>
        <translation>定稿并签名</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>证书（PKCS#12）(&amp;C)：</translation>
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
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Seal image:</source>
        <translation>印章图片(&amp;S)：</translation>
    </message>
    <message>
        <source>seal.png (transparent)</source>
        <translation>seal.png（透明）</translation>
    </message>
    <message>
        <source>Sa&amp;mple seal (样章)</source>
        <translation>样章(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Attachments folder:</source>
        <translation>附件文件夹(&amp;A)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Save a &amp;copy of the PDF:</source>
        <translation>另存 PDF 副本(&amp;C)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Number template:</source>
        <translation>发文字号模板(&amp;N)：</translation>
    </message>
    <message>
        <source>揭政数局函〔{year}〕{n}号</source>
        <translation>揭政数局函〔{year}〕{n}号</translation>
    </message>
    <message>
        <source>&amp;Date (成文日期):</source>
        <translation>成文日期(&amp;D)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Finalising takes the next 发文字号, typesets it into the bulletin, signs the PDF and keeps it in the store unchangeable. A finalised bulletin can be retracted or superseded by a new version, never edited.</source>
        <translation>定稿将取用下一个发文字号并排入通报，签名 PDF 后不可更改地保存在数据库中。已定稿的通报可以撤回或由新版本替代，但不能编辑。</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>印章图片</translation>
    </message>
    <message>
        <source>Images (*.png *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图片 (*.png *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attachments folder</source>
        <translation>附件文件夹</translation>
    </message>
    <message>
        <source>Copy of the signed PDF</source>
        <translation>已签名 PDF 的副本</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the signing certificate (a PKCS#12 file).</source>
        <translation>请选择签名证书（PKCS#12 文件）。</translation>
    </message>
    <message>
        <source>通报发布</source>
        <translation>通报发布</translation>
    </message>
    <message>
        <source>The password opens the certificate. It is never written to a file; it is kept only in the system keychain, and only when you ask for that.</source>
        <translation>密码用于打开证书。密码从不写入文件；仅在您要求时保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>The password was taken from the system keychain.</source>
        <translation>密码取自系统钥匙串。</translation>
    </message>
    <message>
        <source>The password opens the certificate and is then forgotten (system keychain: %1).</source>
        <translation>密码用于打开证书，随后即被清除（系统钥匙串：%1）。</translation>
    </message>
</context>
<context>
    <name>xj::FindingRecheck</name>
    <message>
        <source>The finding names no web address to fetch.</source>
        <translation>该问题没有可获取的网址。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 now.</source>
        <translation>%1 当前返回 HTTP %2。</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 无响应：%2</translation>
    </message>
    <message>
        <source>The closed site still serves content (HTTP %1, “%2”).</source>
        <translation>已关停的网站仍在提供内容（HTTP %1，“%2”）。</translation>
    </message>
    <message>
        <source>The closed site no longer serves content (HTTP %1).</source>
        <translation>已关停的网站不再提供内容（HTTP %1）。</translation>
    </message>
    <message>
        <source>The page answers HTTP %1 now; %2 is judged on the site&apos;s pages together: decide by looking.</source>
        <translation>该页面当前返回 HTTP %1；%2 需综合网站各页面判定：请人工查看后决定。</translation>
    </message>
    <message>
        <source>%1 is not an HTML page now (HTTP %2).</source>
        <translation>%1 当前不是 HTML 页面（HTTP %2）。</translation>
    </message>
    <message>
        <source>The finding&apos;s site or round is no longer in the store.</source>
        <translation>该问题所属的网站或巡检轮次已不在数据库中。</translation>
    </message>
    <message>
        <source>Still on the page: %1</source>
        <translation>仍在页面上：%1</translation>
    </message>
    <message>
        <source>%1 no longer shows it (HTTP %2).</source>
        <translation>%1 已不再显示（HTTP %2）。</translation>
    </message>
</context>
<context>
    <name>xj::FindingsModel</name>
    <message>
        <source>Target</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>单项否决</translation>
    </message>
    <message>
        <source>deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>manual check</source>
        <translation>人工核查</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已排除</translation>
    </message>
</context>
<context>
    <name>xj::ImportDialog</name>
    <message>
        <source>Import a registry table</source>
        <translation>导入登记表</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A CSV or XLSX file: units, sites, columns, accounts or status</source>
        <translation>CSV 或 XLSX 文件：单位、网站、栏目、账号或状态表</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>登记表(&amp;T)：</translation>
    </message>
    <message>
        <source>The kind of table: detected from the headers, or chosen here</source>
        <translation>表的种类：根据表头自动识别，或在此选择</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>File header</source>
        <translation>文件表头</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Every problem found; nothing was written</source>
        <translation>发现的全部问题；未写入任何数据</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the table…</source>
        <translation>请选择表…</translation>
    </message>
    <message>
        <source>%v / %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Choose a registry table</source>
        <translation>选择登记表</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV，%1</translation>
    </message>
    <message>
        <source>data rows: %1, columns: %2</source>
        <translation>数据行：%1，列：%2</translation>
    </message>
    <message>
        <source>%1 · %2 · recognised from its headers</source>
        <translation>%1 · %2 · 已根据表头识别</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Preview: the first %1 of %2 rows</source>
        <translation>预览：共 %2 行，显示前 %1 行</translation>
    </message>
    <message>
        <source>Keep as extra attribute</source>
        <translation>保留为附加属性</translation>
    </message>
    <message>
        <source>Choose which table this file is.</source>
        <translation>请选择该文件对应的表。</translation>
    </message>
    <message>
        <source>Missing required fields: %1</source>
        <translation>缺少必填字段：%1</translation>
    </message>
    <message>
        <source>More than one column imports as the same field: %1</source>
        <translation>多个列导入为同一字段：%1</translation>
    </message>
    <message>
        <source>All required fields are present. Columns kept as extra attributes: %1.</source>
        <translation>必填字段齐全。保留为附加属性的列：%1。</translation>
    </message>
    <message>
        <source>Checking every row, then writing…</source>
        <translation>正在逐行检查，检查通过后写入…</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 new, %4 changed, %5 unchanged, %6 status changes.</source>
        <translation>已导入 %1（%2）：新增 %3 条，变更 %4 条，未变 %5 条，状态变更 %6 条。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何数据。</translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing was written; correct the file (or the mapping) and import again.</source>
        <translation>发现 %1 个问题。未写入任何数据；请修改文件（或列对应关系）后重新导入。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>a %1 table belongs to a round: import it with xunjian import --round ID</source>
        <translation>%1 表属于某个巡检轮次：请用 xunjian import --round ID 导入</translation>
    </message>
</context>
<context>
    <name>xj::IndicatorParamsEditor</name>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 %2 has no parameters.</source>
        <translation>%1 %2 没有参数。</translation>
    </message>
    <message>
        <source>Parameters of %1 %2:</source>
        <translation>%1 %2 的参数：</translation>
    </message>
    <message>
        <source>Built-in default: %1</source>
        <translation>内置默认值：%1</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>每行一项</translation>
    </message>
</context>
<context>
    <name>xj::IndicatorSetDialog</name>
    <message>
        <source>Indicator sets</source>
        <translation>指标集</translation>
    </message>
    <message>
        <source>Active set:</source>
        <translation>启用的指标集：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Figures marked (?) in indicators.md were not confirmed against the official text (国办秘函〔2019〕19号): check them before relying on a verdict. Saving never changes a stored version: it adds the next one, and findings keep the version that judged them.</source>
        <translation>indicators.md 中标有 (?) 的数值尚未与正式文件（国办秘函〔2019〕19号）核对：依据判定结果之前请先核实。保存不会修改已存储的版本，而是新增下一个版本；问题保留判定时所用的版本。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>&amp;Save as new version…</source>
        <translation>另存为新版本(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>none (the built-in set applies, unstored)</source>
        <translation>无（使用内置指标集，未存储）</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1（启用中）</translation>
    </message>
    <message>
        <source>Version %1, stored %2.</source>
        <translation>版本 %1，保存于 %2。</translation>
    </message>
    <message>
        <source>Version %1, stored %2: %3</source>
        <translation>版本 %1，保存于 %2：%3</translation>
    </message>
    <message>
        <source>Discard the changes not saved as a new version?</source>
        <translation>放弃尚未保存为新版本的修改？</translation>
    </message>
    <message>
        <source>Save the changes as a new version first.</source>
        <translation>请先将修改保存为新版本。</translation>
    </message>
    <message>
        <source>Indicator sets — %1 (changed)</source>
        <translation>指标集 — %1（已修改）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved as %1. It is not active yet: Activate makes new checks judge by it.</source>
        <translation>已保存为 %1。该版本尚未启用：点击“启用”后，新的检查将按其判定。</translation>
    </message>
    <message>
        <source>Save the changes as a new version first: only a stored version can be active.</source>
        <translation>请先将修改保存为新版本：只有已保存的版本才能启用。</translation>
    </message>
    <message>
        <source>Not activated: %1</source>
        <translation>未启用：%1</translation>
    </message>
    <message>
        <source>%1 is active: new checks and evaluations judge by it; findings already filed keep their version.</source>
        <translation>%1 已启用：新的检查和评估将按其判定；已登记的问题保留原有版本。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Imported as %1 (not active yet).</source>
        <translation>已导入为 %1（尚未启用）。</translation>
    </message>
    <message>
        <source>%1 already has these indicators: nothing new was stored.</source>
        <translation>%1 已包含相同的指标设置：未保存新内容。</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>What changed? The note is kept with the version:</source>
        <translation>修改了什么？此说明将随版本一并保存：</translation>
    </message>
    <message>
        <source>Import an indicator set</source>
        <translation>导入指标集</translation>
    </message>
    <message>
        <source>Indicator sets (*.json);;All files (*)</source>
        <translation>指标集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the indicator set</source>
        <translation>导出指标集</translation>
    </message>
    <message>
        <source>Indicator sets (*.json)</source>
        <translation>指标集 (*.json)</translation>
    </message>
</context>
<context>
    <name>xj::IndicatorSetModel</name>
    <message>
        <source>A confirmed finding leads to %1.</source>
        <translation>问题经确认后计入 %1。</translation>
    </message>
    <message>
        <source>Objective: its findings count unless an inspector dismisses them.</source>
        <translation>客观指标：其问题除非被检查人员排除，否则一律计入。</translation>
    </message>
    <message>
        <source>Needs review: its findings count only once an inspector confirms them.</source>
        <translation>需人工确认：其问题须经检查人员确认后才计入。</translation>
    </message>
    <message>
        <source>A disabled indicator files no findings and counts nothing.</source>
        <translation>已停用的指标不登记问题，也不计分。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>客观</translation>
    </message>
    <message>
        <source>Cap (points)</source>
        <translation>上限（分）</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>xj::MainWindow</name>
    <message>
        <source>Registry</source>
        <translation>登记库</translation>
    </message>
    <message>
        <source>Inspection rounds</source>
        <translation>巡检轮次</translation>
    </message>
    <message>
        <source>Xunjian — %1</source>
        <translation>巡检 — %1</translation>
    </message>
    <message>
        <source>Running entries, counted as the bulletin counts them</source>
        <translation>运行中的条目，按通报口径统计</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a registry table (units, sites, columns, accounts, status) from CSV or XLSX</source>
        <translation>从 CSV 或 XLSX 导入登记表（单位、网站、栏目、账号、状态）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export a registry table as XLSX or CSV</source>
        <translation>将登记表导出为 XLSX 或 CSV</translation>
    </message>
    <message>
        <source>New &amp;round…</source>
        <translation>新建巡检轮次(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a new inspection round</source>
        <translation>开启新的巡检轮次</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Xunjian</source>
        <translation>关于巡检(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>巡检轮次(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1 websites (incl. %2 service platforms), %3 department channels, %4 new-media accounts</source>
        <translation>%1 个政府网站（含 %2 个服务平台）、%3 个部门频道、%4 个政务新媒体</translation>
    </message>
    <message>
        <source>About Xunjian</source>
        <translation>关于巡检</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Xunjian %1&lt;/h3&gt;&lt;p&gt;Inspection of government websites and government new media: the registry, inspection rounds, checks and the bulletin.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;巡检 %1&lt;/h3&gt;&lt;p&gt;政府网站与政务新媒体检查：登记库、巡检轮次、检查与通报。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Indicator sets…</source>
        <translation>指标集(&amp;I)…</translation>
    </message>
    <message>
        <source>Thresholds, points, caps and keyword lists of the indicators, versioned</source>
        <translation>指标的阈值、分值、扣分上限和关键词列表，分版本管理</translation>
    </message>
    <message>
        <source>&amp;Wording dictionary…</source>
        <translation>错敏词词库(&amp;W)…</translation>
    </message>
    <message>
        <source>严重表述错误, 错别字, 敏感词 and allowed phrases the wording check looks for</source>
        <translation>错敏词检查所查找的严重表述错误、错别字、敏感词和允许词</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
</context>
<context>
    <name>xj::ManualFindingDialog</name>
    <message>
        <source>Manual finding</source>
        <translation>人工登记问题</translation>
    </message>
    <message>
        <source>What is wrong, as it appears on the page</source>
        <translation>页面上显示的问题内容</translation>
    </message>
    <message>
        <source>(no screenshot)</source>
        <translation>（无截图）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题内容</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>File the finding</source>
        <translation>登记问题</translation>
    </message>
</context>
<context>
    <name>xj::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Uncheck when the date is not known</source>
        <translation>日期不详时取消勾选</translation>
    </message>
</context>
<context>
    <name>xj::PostingTimeline</name>
    <message>
        <source>No round to show posts for.</source>
        <translation>没有可显示发文的巡检轮次。</translation>
    </message>
    <message>
        <source>No post on record up to %1.</source>
        <translation>截至 %1 无任何发文记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with posts in the window</source>
        <translation>
            <numerusform>检查采样时间内有发文 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) of %1 days or more</source>
        <translation>
            <numerusform>%n 次发文间隔达到 %1 天及以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) over %1 days</source>
        <translation>
            <numerusform>%n 次发文间隔超过 %1 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %n day(s)</source>
        <translation>
            <numerusform>最长 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>no round</source>
        <translation>无巡检轮次</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截止日期 %1</translation>
    </message>
</context>
<context>
    <name>xj::RanksDialog</name>
    <message>
        <source>Province ranks</source>
        <translation>全省排名</translation>
    </message>
    <message>
        <source>Rank by &amp;linked catalog items:</source>
        <translation>挂接目录数排名(&amp;L)：</translation>
    </message>
    <message>
        <source>Rank by &amp;open data items:</source>
        <translation>开放数据数排名(&amp;O)：</translation>
    </message>
    <message>
        <source>Round %1: the city&apos;s ranks among the province&apos;s cities, as the province publishes them. 0 leaves a rank unset.</source>
        <translation>巡检轮次 %1：本市在全省地级市中的排名，以省级公布为准。填 0 表示不设排名。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The ranks could not be saved: %1</source>
        <translation>排名未能保存：%1</translation>
    </message>
</context>
<context>
    <name>xj::RectificationExportJob</name>
    <message>
        <source>The notice to %1 has no list to write to %2</source>
        <translation>致 %1 的整改通知没有可写入 %2 的问题清单</translation>
    </message>
    <message>
        <source>No round “%1”</source>
        <translation>没有巡检轮次“%1”</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Nothing open in round %1 to write a notice about</source>
        <translation>巡检轮次 %1 中没有待整改的问题，无需出具整改通知</translation>
    </message>
</context>
<context>
    <name>xj::RectificationModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed</source>
        <translation>已逾期：整改期限 %1 已过</translation>
    </message>
    <message>
        <source>The object&apos;s registered owner (no unit was assigned to the finding)</source>
        <translation>检查对象登记的主办单位（该问题未指定责任单位）</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
</context>
<context>
    <name>xj::RectificationView</name>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Export 整改通知…</source>
        <translation>导出整改通知…</translation>
    </message>
    <message>
        <source>Open and overdue findings per unit; click one to list only its findings</source>
        <translation>各单位待整改和逾期的问题；点击某单位可仅列出其问题</translation>
    </message>
    <message>
        <source>The selected unit&apos;s 整改通知 as PDF and XLSX; with all units, one of each per unit into a folder</source>
        <translation>所选单位的整改通知（PDF 和 XLSX）；选择全部单位时，每个单位各一份，保存到文件夹中</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Writing the notice to %1…</source>
        <translation>正在写入致 %1 的整改通知…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n notice(s).</source>
        <translation>
            <numerusform>已写入 %n 份整改通知后取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) written.</source>
        <translation>
            <numerusform>已写入 %n 份整改通知。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>%1 — %2 open, %3 overdue</source>
        <translation>%1 — 待整改 %2，逾期 %3</translation>
    </message>
    <message>
        <source>The finding changed again meanwhile; nothing was saved.</source>
        <translation>在此期间该问题已被再次修改；未保存任何内容。</translation>
    </message>
    <message>
        <source>The finding is no longer on the list (verified meanwhile); nothing was saved.</source>
        <translation>该问题已不在列表中（在此期间已复核）；未保存任何内容。</translation>
    </message>
    <message>
        <source>Kept %1&apos;s change.</source>
        <translation>已保留 %1 的修改。</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>The agency that issues the 整改通知 (kept as the store&apos;s bulletin.agency):</source>
        <translation>出具整改通知的发文机关（保存为数据库的 bulletin.agency）：</translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>请先选择巡检轮次。</translation>
    </message>
    <message>
        <source>No issuing agency: nothing was written.</source>
        <translation>没有发文机关：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing open for this unit in round %1.</source>
        <translation>该单位在巡检轮次 %1 中没有待整改的问题。</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>导出仍在进行中。</translation>
    </message>
    <message>
        <source>Export 整改通知</source>
        <translation>导出整改通知</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written: %1 and %2</source>
        <translation>已写入：%1 和 %2</translation>
    </message>
    <message>
        <source>Folder for every unit&apos;s 整改通知</source>
        <translation>各单位整改通知的保存文件夹</translation>
    </message>
    <message>
        <source>Writing the notices…</source>
        <translation>正在写入整改通知…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>xj::RegistryDetailsPanel</name>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 (date first seen)</source>
        <translation>%1（以首次录入之日为日期）</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择条目</translation>
    </message>
    <message>
        <source>Select a row to see its details and status history.</source>
        <translation>选择一行以查看详细信息和状态历史。</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Site code:</source>
        <translation>网站标识码：</translation>
    </message>
    <message>
        <source>ICP record:</source>
        <translation>ICP备案号：</translation>
    </message>
    <message>
        <source>Public security record:</source>
        <translation>公安备案号：</translation>
    </message>
    <message>
        <source>Owner unit:</source>
        <translation>主办单位：</translation>
    </message>
    <message>
        <source>Hosting site:</source>
        <translation>上级网站：</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>开通日期：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>备案日期：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>栏目数：</translation>
    </message>
    <message>
        <source>%1 (differs from the registered name)</source>
        <translation>%1（与备案名称不一致）</translation>
    </message>
    <message>
        <source>Actual name:</source>
        <translation>实际名称：</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账号ID：</translation>
    </message>
    <message>
        <source>Parent unit:</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>主办：</translation>
    </message>
    <message>
        <source>websites and channels: %1; new-media accounts: %2</source>
        <translation>网站和部门频道 %1 个；政务新媒体账号 %2 个</translation>
    </message>
    <message>
        <source>%1, recorded %2</source>
        <translation>%1，记录于 %2</translation>
    </message>
    <message>
        <source>Status history (%1)</source>
        <translation>状态历史（%1）</translation>
    </message>
    <message>
        <source>Posts in %1 (gaps from %2 days highlighted, over %3 in red)</source>
        <translation>%1 的发文（发文间隔达到 %2 天及以上的突出显示，超过 %3 天的标为红色）</translation>
    </message>
</context>
<context>
    <name>xj::RegistryFilterBar</name>
    <message>
        <source>Search names, URLs, site codes, account IDs, units…</source>
        <translation>搜索名称、URL、网站标识码、账号ID、单位…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>The owner unit, with the units under it</source>
        <translation>主办单位（含其下级单位）</translation>
    </message>
    <message>
        <source>Shown / all entries of this tab</source>
        <translation>本页显示条数 / 总条数</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>All unit kinds</source>
        <translation>全部单位类型</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>xj::RegistryTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>网站标识码</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开通日期</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Hosting site</source>
        <translation>上级网站</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <source>Actual name</source>
        <translation>实际名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>xj::RegistryView</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>变更状态(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit the selected entry (or double-click it)</source>
        <translation>编辑所选条目（或双击该条目）</translation>
    </message>
    <message>
        <source>Record a change of status: closed, offline, cancelled, to be verified, registered late…</source>
        <translation>记录状态变更：关停、下线、注销、待核查、补报备案…</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Portal and department websites, and service platforms</source>
        <translation>门户网站、部门网站和服务平台</translation>
    </message>
    <message>
        <source>Department channels</source>
        <translation>部门频道</translation>
    </message>
    <message>
        <source>Channels of departments hosted on another website</source>
        <translation>依托其他网站开设的部门频道</translation>
    </message>
    <message>
        <source>New-media accounts</source>
        <translation>政务新媒体账号</translation>
    </message>
    <message>
        <source>Government new-media accounts on WeChat, Weibo, Douyin and the like</source>
        <translation>微信、微博、抖音等平台上的政务新媒体账号</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The units that run the websites and accounts</source>
        <translation>主办网站和账号的单位</translation>
    </message>
    <message>
        <source>&amp;New website…</source>
        <translation>新建网站(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New channel…</source>
        <translation>新建部门频道(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>新建单位(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>xj::RenderedHomePass</name>
    <message>
        <source>the rendered hidden-link pass needs a graphical application object (run it from the GUI, or with xunjian check --render)</source>
        <translation>暗链渲染检查需要图形界面应用程序对象（请在图形界面中运行，或使用 xunjian check --render）</translation>
    </message>
    <message>
        <source>%1: rendered pass: %2</source>
        <translation>%1：渲染检查：%2</translation>
    </message>
</context>
<context>
    <name>xj::ResultsCharts</name>
    <message>
        <source>Pass rate by kind</source>
        <translation>各类对象合格率</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>部门频道</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>政务新媒体</translation>
    </message>
    <message>
        <source>(no owner unit)</source>
        <translation>（无主办单位）</translation>
    </message>
    <message>
        <source>Pass rate by unit: no unit has a failed object</source>
        <translation>各单位合格率：没有单位存在不合格对象</translation>
    </message>
    <message>
        <source>Units failing most: pass rate (failed/checked)</source>
        <translation>不合格最多的单位：合格率（不合格数/检查数）</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Catalog items per unit (the %1 units with the most)</source>
        <translation>各单位数据目录数（数量最多的 %1 个单位）</translation>
    </message>
    <message>
        <source>Catalog items per unit</source>
        <translation>各单位数据目录数</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>挂接目录数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放数据数</translation>
    </message>
</context>
<context>
    <name>xj::ReviewConflictDialog</name>
    <message>
        <source>The finding was changed meanwhile</source>
        <translation>在此期间该问题已被修改</translation>
    </message>
    <message>
        <source>%1 changed this finding after you opened it. Compare the versions and choose which one stands.</source>
        <translation>您打开此问题后，%1 修改了它。请比较两个版本并选择以哪个为准。</translation>
    </message>
    <message>
        <source>Another inspector</source>
        <translation>另一位检查人员</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs (stored)</source>
        <translation>对方的（已保存）</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation>重新应用我的</translation>
    </message>
</context>
<context>
    <name>xj::ReviewDecisionBar</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>排除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Manual finding…</source>
        <translation>人工登记问题…</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>The finding stands (C)</source>
        <translation>问题成立（C）</translation>
    </message>
    <message>
        <source>The finding is wrong or does not count, for the reason chosen (D)</source>
        <translation>问题有误或不计入，按所选原因排除（D）</translation>
    </message>
    <message>
        <source>Why the finding is dismissed: choose or type</source>
        <translation>排除问题的原因：选择或输入</translation>
    </message>
    <message>
        <source>Why the severity or indicator changes</source>
        <translation>修改严重程度或指标的原因</translation>
    </message>
    <message>
        <source>Where the rectification of a confirmed finding stands</source>
        <translation>已确认问题的整改进展</translation>
    </message>
    <message>
        <source>Note (E); saved when you leave the field</source>
        <translation>备注（E）；离开输入框时保存</translation>
    </message>
    <message>
        <source>Undo the last change of this finding (Ctrl+Z)</source>
        <translation>撤销对此问题的上一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Keep a screenshot of the captured pane with the finding (S)</source>
        <translation>将采集窗格的截图随问题保存（S）</translation>
    </message>
    <message>
        <source>File a finding the checks missed: the page, the text selected and a screenshot are attached</source>
        <translation>登记检查遗漏的问题：附带页面、选中的文字和截图</translation>
    </message>
    <message>
        <source>Fetch the link or page now and judge it again; the answer is kept as evidence (Ctrl+R)</source>
        <translation>立即获取链接或页面并重新判定；响应保存为证据（Ctrl+R）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>False positive: the link opens</source>
        <translation>误报：链接可以打开</translation>
    </message>
    <message>
        <source>False positive: the text is correct in its context</source>
        <translation>误报：文字在上下文中是正确的</translation>
    </message>
    <message>
        <source>The target is not part of this inspection</source>
        <translation>目标不属于本次检查范围</translation>
    </message>
    <message>
        <source>Temporary failure, fine when checked again</source>
        <translation>临时故障，复查正常</translation>
    </message>
    <message>
        <source>Duplicate of another finding</source>
        <translation>与其他问题重复</translation>
    </message>
    <message>
        <source>Already rectified before the inspection</source>
        <translation>检查前已整改</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Re-checking %1…</source>
        <translation>正在复查 %1…</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>still present</source>
        <translation>仍然存在</translation>
    </message>
    <message>
        <source>fetched, judge it yourself</source>
        <translation>已获取，请自行判定</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Re-check %1: %2 — %3</source>
        <translation>复查 %1：%2 — %3</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>尚未审核</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>This finding is no longer in the store.</source>
        <translation>此问题已不在数据库中。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> （%1）</translation>
    </message>
    <message>
        <source>The finding changed again meanwhile; nothing was saved.</source>
        <translation>在此期间该问题已被再次修改；未保存任何内容。</translation>
    </message>
    <message>
        <source>Choose or type why the finding is dismissed.</source>
        <translation>请选择或输入排除问题的原因。</translation>
    </message>
    <message>
        <source>%1 changed the finding meanwhile: undo what you see now, or leave it.</source>
        <translation>在此期间 %1 修改了该问题：可撤销当前显示的修改，或保持不变。</translation>
    </message>
    <message>
        <source>Another inspector</source>
        <translation>另一位检查人员</translation>
    </message>
    <message>
        <source>Screenshot kept with the finding</source>
        <translation>截图已随问题保存</translation>
    </message>
</context>
<context>
    <name>xj::ReviewPane</name>
    <message>
        <source>Scripts</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>What this pane shows (M switches)</source>
        <translation>此窗格显示的内容（按 M 切换）</translation>
    </message>
    <message>
        <source>Run the captured page&apos;s JavaScript (live pages always run it)</source>
        <translation>运行采集页面的 JavaScript（实时页面始终运行）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Whole pane</source>
        <translation>整个窗格</translation>
    </message>
    <message>
        <source>Region…</source>
        <translation>区域…</translation>
    </message>
    <message>
        <source>As captured</source>
        <translation>采集时</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>当前实时</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>上一巡检轮次</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Choose a finding in the list.</source>
        <translation>请在列表中选择问题。</translation>
    </message>
    <message>
        <source>This finding names no page.</source>
        <translation>此问题未指明页面。</translation>
    </message>
    <message>
        <source>No earlier round captured %1.</source>
        <translation>之前的巡检轮次均未采集 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be shown from the evidence.</source>
        <translation>无法根据证据显示 %1。</translation>
    </message>
    <message>
        <source>No capture kept for this finding (it was not found by a crawl).</source>
        <translation>此问题没有保存采集内容（并非通过抓取发现）。</translation>
    </message>
    <message>
        <source>Run %1 kept no capture of %2: the check did not fetch it, or got no answer.</source>
        <translation>检查批次 %1 没有保存 %2 的采集内容：检查未获取该页面，或未得到响应。</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>检查批次 %1：%2</translation>
    </message>
    <message>
        <source>No capture kept for %1.</source>
        <translation>没有保存 %1 的采集内容。</translation>
    </message>
    <message>
        <source>The evidence of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的证据：%2</translation>
    </message>
    <message>
        <source>run %1: %2 (%3)</source>
        <translation>检查批次 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Drag over the page to capture a region; Esc cancels</source>
        <translation>在页面上拖动以截取区域；按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>xj::ReviewView</name>
    <message>
        <source>Search target, page, link, evidence</source>
        <translation>搜索目标、页面、链接、证据</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>The page view is not available: the evidence scheme was not registered at start-up.</source>
        <translation>页面视图不可用：启动时未注册证据 URL 方案。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Reviewed %1 / %2</source>
        <translation>已审核 %1 / %2</translation>
    </message>
    <message>
        <source>J, N</source>
        <translation>J, N</translation>
    </message>
    <message>
        <source>Next finding</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <source>K, P</source>
        <translation>K, P</translation>
    </message>
    <message>
        <source>Previous finding</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Confirm the finding</source>
        <translation>确认问题</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Dismiss the finding with the reason chosen</source>
        <translation>按所选原因排除问题</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Switch the right pane: live, previous round, source, captured</source>
        <translation>切换右侧窗格：实时、上一巡检轮次、源代码、采集时</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Screenshot of the captured pane, kept with the finding</source>
        <translation>采集窗格的截图，随问题保存</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last change of the finding</source>
        <translation>撤销对问题的上一次修改</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Review shortcuts</source>
        <translation>审核快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Checklist…</source>
        <translation>检查记录表…</translation>
    </message>
    <message>
        <source>Every indicator of the active set for this finding&apos;s object, with the manual ones to decide</source>
        <translation>当前指标集中适用于此问题所属对象的全部指标，包括需人工判定的指标</translation>
    </message>
    <message>
        <source>Checklist of this object…</source>
        <translation>此对象的检查记录表…</translation>
    </message>
</context>
<context>
    <name>xj::RoundCheck</name>
    <message>
        <source>no round %1; create it with: xunjian round create</source>
        <translation>巡检轮次 %1 不存在；请用 xunjian round create 创建</translation>
    </message>
    <message>
        <source>no site named %1 in the registry</source>
        <translation>登记库中没有名为“%1”的网站</translation>
    </message>
    <message>
        <source>resuming run %1 of round %2</source>
        <translation>正在继续巡检轮次 %2 的检查批次 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of earlier runs not found again were removed</source>
        <translation>
            <numerusform>已移除 %n 个以前检查批次发现、本次未再发现的问题</numerusform>
        </translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>证书问题：%1</translation>
    </message>
    <message>
        <source>registered as shut down but answers HTTP %1 with content: %2</source>
        <translation>登记为已停止运行，但仍以 HTTP %1 返回内容：%2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s) found on the home page that the registry does not list</source>
        <translation>
            <numerusform>%1：在首页发现 %n 个登记库中没有的栏目</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTPS answers with a certificate problem: %1</source>
        <translation>HTTPS 访问存在证书问题：%1</translation>
    </message>
    <message>
        <source>HTTPS missing: %1 (%2)</source>
        <translation>未提供 HTTPS：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>judged by %1; wording dictionary of %n entries</source>
        <translation>
            <numerusform>按 %1 判定；错敏词词库共 %n 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::RoundDashboard</name>
    <message>
        <source>R&amp;ound:</source>
        <translation>巡检轮次(&amp;O)：</translation>
    </message>
    <message>
        <source>Headline figures, as the bulletin states them (click a figure for what is behind it)</source>
        <translation>主要数据（按通报口径；点击数据可查看明细）</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>No inspection round yet: open one under Inspection rounds.</source>
        <translation>尚无巡检轮次：请在“巡检轮次”中开启一个巡检轮次。</translation>
    </message>
    <message>
        <source>Computing the results of %1…</source>
        <translation>正在计算 %1 的结果…</translation>
    </message>
    <message>
        <source>Round %1: window %2 to %3, as of %4</source>
        <translation>巡检轮次 %1：检查采样时间 %2 至 %3，截止日期 %4</translation>
    </message>
</context>
<context>
    <name>xj::RoundDialog</name>
    <message>
        <source>New inspection round</source>
        <translation>新建巡检轮次</translation>
    </message>
    <message>
        <source>A round checks the registry as it stood on its as-of date, over the window&apos;s dates.</source>
        <translation>巡检轮次以截止日期当天的登记信息为准，检查采样时间段内的情况。</translation>
    </message>
    <message>
        <source>Round &amp;ID:</source>
        <translation>轮次编号(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. 2026Q3</source>
        <translation>例如 2026Q3</translation>
    </message>
    <message>
        <source>Window &amp;from:</source>
        <translation>采样开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Window &amp;to:</source>
        <translation>采样结束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截止日期(&amp;A)：</translation>
    </message>
    <message>
        <source>The registry as it stood at the end of this day is what the round checks</source>
        <translation>本轮检查以该日结束时的登记信息为准</translation>
    </message>
    <message>
        <source>Enter the round&apos;s ID, e.g. 2026Q3.</source>
        <translation>请输入轮次编号，例如 2026Q3。</translation>
    </message>
    <message>
        <source>The ID may hold letters, digits, &quot;-&quot; and &quot;_&quot; only.</source>
        <translation>编号只能包含字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <source>Round %1 exists already.</source>
        <translation>巡检轮次 %1 已存在。</translation>
    </message>
    <message>
        <source>The window must start on or before its last day.</source>
        <translation>采样时间段的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>The as-of date cannot lie before the window.</source>
        <translation>截止日期不能早于采样时间段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>xj::RoundFigures</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>registered late</source>
        <translation>补报备案</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Websites checked</source>
        <translation>检查网站数</translation>
    </message>
    <message>
        <source>Service platforms checked</source>
        <translation>检查服务平台数</translation>
    </message>
    <message>
        <source>Department channels checked</source>
        <translation>检查部门频道数</translation>
    </message>
    <message>
        <source>New-media accounts checked</source>
        <translation>检查政务新媒体账号数</translation>
    </message>
    <message>
        <source>Websites that failed (%1 of %2)</source>
        <translation>不合格网站（%2 个中 %1 个）</translation>
    </message>
    <message>
        <source>Channels that failed (%1 of %2)</source>
        <translation>不合格部门频道（%2 个中 %1 个）</translation>
    </message>
    <message>
        <source>Accounts that failed (%1 of %2)</source>
        <translation>不合格政务新媒体账号（%2 个中 %1 个）</translation>
    </message>
    <message>
        <source>Closed, taken offline or cancelled in the window</source>
        <translation>检查采样时间内关停、下线或注销</translation>
    </message>
    <message>
        <source>Registered in the window</source>
        <translation>检查采样时间内备案</translation>
    </message>
    <message>
        <source>Linked catalog items per unit</source>
        <translation>各单位挂接目录数</translation>
    </message>
    <message>
        <source>Open data items per unit</source>
        <translation>各单位开放数据数</translation>
    </message>
    <message>
        <source>Units with the most linked items</source>
        <translation>挂接目录数最多的单位</translation>
    </message>
    <message>
        <source>Units with the most open items</source>
        <translation>开放数据数最多的单位</translation>
    </message>
    <message>
        <source>City departments with fewer than %1 open items</source>
        <translation>开放数据数少于 %1 的市直部门</translation>
    </message>
    <message>
        <source>Units with no open items</source>
        <translation>无开放数据的单位</translation>
    </message>
</context>
<context>
    <name>xj::RoundsView</name>
    <message>
        <source>A round checks every running website, channel and account over its window, against the registry as it stood on the as-of date, and ends with the bulletin.</source>
        <translation>每个巡检轮次依据截止日期的登记信息，检查采样时间段内所有运行中的网站、部门频道和政务新媒体账号，最终形成通报。</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>新建巡检轮次(&amp;N)…</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>采样时间段</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No rounds yet. Open the first one with New round…</source>
        <translation>尚无巡检轮次。请点击“新建巡检轮次…”创建第一个轮次。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Province &amp;ranks…</source>
        <translation>全省排名(&amp;R)…</translation>
    </message>
    <message>
        <source>Catalog ranks (linked / open)</source>
        <translation>数据目录排名（挂接 / 开放）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>xj::ScoreCardDialog</name>
    <message>
        <source>Score card</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Score card: %1 (%2)</source>
        <translation>评分表：%1（%2）</translation>
    </message>
</context>
<context>
    <name>xj::ScoreCardView</name>
    <message>
        <source>Indicator / finding</source>
        <translation>指标 / 问题</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Reading the findings…</source>
        <translation>正在读取问题…</translation>
    </message>
    <message>
        <source>No score card</source>
        <translation>无评分表</translation>
    </message>
    <message>
        <source>The score card cannot be shown</source>
        <translation>无法显示评分表</translation>
    </message>
    <message>
        <source>%1 · %2 · round %3 (as of %4) · judged by %5</source>
        <translation>%1 · %2 · 巡检轮次 %3（截止日期 %4）· 按 %5 判定</translation>
    </message>
    <message>
        <source>no owner unit</source>
        <translation>无主办单位</translation>
    </message>
    <message>
        <source>Failed: veto %1</source>
        <translation>不合格：单项否决 %1</translation>
    </message>
    <message>
        <source>Failed: score %1</source>
        <translation>不合格：得分 %1</translation>
    </message>
    <message>
        <source>Passed: score %1</source>
        <translation>合格：得分 %1</translation>
    </message>
    <message>
        <source>Passed: no veto (accounts are judged by vetoes only)</source>
        <translation>合格：无单项否决（政务新媒体账号仅按单项否决判定）</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message numerus="yes">
        <source>Would fail if confirmed: %n finding(s) awaiting review (%1). Not counted until confirmed.</source>
        <translation>
            <numerusform>确认后将不合格：%n 个问题待确认（%1）。确认前不计入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) awaiting review, not counted; if confirmed: %1.</source>
        <translation>
            <numerusform>%n 个问题待确认，未计入；确认后：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not among the objects the round checked (not running at its as-of date): judged here for reference only.</source>
        <translation>不在本巡检轮次的检查对象之列（截止日期时未在运行）：此处的判定仅供参考。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>Double-click to open the finding</source>
        <translation>双击打开该问题</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>单项否决</translation>
    </message>
    <message>
        <source>−%1 (%2 before the cap of %3)</source>
        <translation>−%1（按上限 %3 封顶前为 %2）</translation>
    </message>
    <message>
        <source>−%1 (cap %2)</source>
        <translation>−%1（上限 %2）</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Awaiting review — would fail if confirmed</source>
        <translation>待确认 — 确认后将不合格</translation>
    </message>
    <message>
        <source>Awaiting review — not counted</source>
        <translation>待确认 — 未计入</translation>
    </message>
    <message>
        <source>veto if confirmed</source>
        <translation>确认后单项否决</translation>
    </message>
    <message>
        <source>−%1 more if confirmed</source>
        <translation>确认后再扣 %1</translation>
    </message>
    <message>
        <source>Not counted (dismissed, disabled, or a notice awaiting review)</source>
        <translation>未计入（已排除、已停用或待确认的提示）</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No findings: nothing was deducted.</source>
        <translation>无问题：未扣分。</translation>
    </message>
</context>
<context>
    <name>xj::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>当前打开：</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>默认：</translation>
    </message>
    <message>
        <source>Open another database with --db FILE (or postgresql://user@host/db for a team), or set XUNJIAN_DB.</source>
        <translation>如需打开其他数据库，请使用 --db FILE（多人共用时使用 postgresql://user@host/db），或设置环境变量 XUNJIAN_DB。</translation>
    </message>
    <message>
        <source>The interface is in this language.</source>
        <translation>界面当前使用此语言。</translation>
    </message>
    <message>
        <source>The language changes the next time Xunjian starts.</source>
        <translation>语言将在下次启动巡检时更改。</translation>
    </message>
    <message>
        <source>XUNJIAN_LANG is set and decides the language while it is.</source>
        <translation>已设置 XUNJIAN_LANG，在其设置期间界面语言由它决定。</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Active set:</source>
        <translation>启用的指标集：</translation>
    </message>
    <message>
        <source>&amp;Edit indicator sets…</source>
        <translation>编辑指标集(&amp;E)…</translation>
    </message>
    <message>
        <source>Severities, caps and thresholds of the indicators, as named and versioned sets. New checks and evaluations judge by the active set; every finding records the version that judged it. Changes there are stored at once.</source>
        <translation>指标的严重程度、扣分上限和阈值，以带名称和版本的指标集管理。新的检查和评估按启用的指标集判定；每个问题都记录判定时所用的版本。在指标集中所做的修改会立即保存。</translation>
    </message>
    <message>
        <source>%1 (built-in, not stored: %2)</source>
        <translation>%1（内置，未存储：%2）</translation>
    </message>
</context>
<context>
    <name>xj::SignerKeychain</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
</context>
<context>
    <name>xj::SiteDialog</name>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Site code:</source>
        <translation>网站标识码(&amp;S)：</translation>
    </message>
    <message>
        <source>The 10-character site code of the national reporting system: digits, or &quot;bm&quot; and 8 digits</source>
        <translation>全国政府网站信息报送系统中的 10 位网站标识码：全部为数字，或“bm”加 8 位数字</translation>
    </message>
    <message>
        <source>&amp;ICP record:</source>
        <translation>ICP备案号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Public security record:</source>
        <translation>公安备案号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Owner unit:</source>
        <translation>主办单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose a unit, or type the name of a new one</source>
        <translation>选择单位，或输入新单位的名称</translation>
    </message>
    <message>
        <source>&amp;Hosting site:</source>
        <translation>上级网站(&amp;H)：</translation>
    </message>
    <message>
        <source>For a department channel: the website it is part of</source>
        <translation>仅部门频道填写：该频道所属的网站</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>开通日期：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>备案日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Columns (read-only; import a columns table to change them)</source>
        <translation>栏目（只读；如需修改，请导入栏目表）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edit website — %1</source>
        <translation>编辑网站 — %1</translation>
    </message>
    <message>
        <source>New website</source>
        <translation>新建网站</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 — change it with Change status…</source>
        <translation>%1 — 请通过“变更状态…”修改</translation>
    </message>
    <message>
        <source>Running (new entries start running)</source>
        <translation>运行（新条目默认为运行状态）</translation>
    </message>
    <message>
        <source>No columns recorded.</source>
        <translation>未登记栏目。</translation>
    </message>
    <message>
        <source>optional for a department channel</source>
        <translation>部门频道可不填</translation>
    </message>
    <message>
        <source>10 characters, e.g. 4459000001</source>
        <translation>10 位，例如 4459000001</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Choose the kind.</source>
        <translation>请选择类型。</translation>
    </message>
    <message>
        <source>Enter the URL, starting with http:// or https://.</source>
        <translation>请输入以 http:// 或 https:// 开头的 URL。</translation>
    </message>
    <message>
        <source>Enter the site code: only department channels may go without one.</source>
        <translation>请输入网站标识码：只有部门频道可以不填。</translation>
    </message>
    <message>
        <source>The site code has 10 characters: digits, or &quot;bm&quot; and 8 digits.</source>
        <translation>网站标识码为 10 位：全部为数字，或“bm”加 8 位数字。</translation>
    </message>
    <message>
        <source>Choose the owner unit, or type the name of a new one.</source>
        <translation>请选择主办单位，或输入新单位的名称。</translation>
    </message>
    <message>
        <source>Choose the website that hosts this channel.</source>
        <translation>请选择该频道所属的上级网站。</translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>已有名为“%2”的%1。</translation>
    </message>
    <message>
        <source>A new unit &quot;%1&quot; will be added.</source>
        <translation>将新增单位“%1”。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>xj::StatusChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>新状态(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. merged into the city portal per notice 〔2026〕12</source>
        <translation>例如：根据〔2026〕12号通知整合至市政府门户网站</translation>
    </message>
    <message>
        <source>Change status — %1</source>
        <translation>变更状态 — %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation>请选择新状态。</translation>
    </message>
    <message>
        <source>The date the change took effect cannot be in the future.</source>
        <translation>生效日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Give the reason: the bulletin quotes it.</source>
        <translation>请填写原因：通报将引用此原因。</translation>
    </message>
    <message>
        <source>The status stays %1; the entry only adds a date to the history.</source>
        <translation>状态仍为%1；此条记录仅在状态历史中增加一个日期。</translation>
    </message>
    <message>
        <source>A late registration keeps the object running and sets its registration date.</source>
        <translation>补报备案不改变运行状态，并将备案日期设为该日期。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The history already has this status on this date.</source>
        <translation>状态历史中该日期已有此状态。</translation>
    </message>
</context>
<context>
    <name>xj::TableKind</name>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Websites, platforms and channels</source>
        <translation>网站、服务平台和部门频道</translation>
    </message>
    <message>
        <source>Columns of websites</source>
        <translation>网站栏目</translation>
    </message>
    <message>
        <source>New-media accounts</source>
        <translation>政务新媒体账号</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Posts of new-media accounts</source>
        <translation>政务新媒体发布记录</translation>
    </message>
    <message>
        <source>Update reminders</source>
        <translation>更新提醒</translation>
    </message>
    <message>
        <source>Messages and replies</source>
        <translation>留言与回复</translation>
    </message>
    <message>
        <source>Data catalog counts</source>
        <translation>数据目录数</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>xj::UnitDialog</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>单位类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>上级单位(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Edit unit — %1</source>
        <translation>编辑单位 — %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>There is already a unit named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的单位。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>xj::WordingDictionaryDialog</name>
    <message>
        <source>Wording dictionary</source>
        <translation>错敏词词库</translation>
    </message>
    <message>
        <source>What the wording check (错敏词) looks for in every page&apos;s text. A hit inside an allowed phrase is not reported; a confirmed serious wording error is a veto.</source>
        <translation>错敏词检查在每个页面的文字中查找的词语。位于允许词之内的命中不予报告；经确认的严重表述错误构成单项否决。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Search terms, correct forms and notes</source>
        <translation>搜索词语、正确写法和备注</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>The starter list could not be loaded: %1</source>
        <translation>无法加载初始词表：%1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Import into the wording dictionary</source>
        <translation>导入到错敏词词库</translation>
    </message>
    <message>
        <source>Word lists and tables (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation>词表和表格文件 (*.txt *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the wording dictionary</source>
        <translation>导出错敏词词库</translation>
    </message>
    <message>
        <source>wording-dictionary.csv</source>
        <translation>错敏词词库.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>词语(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Correct form:</source>
        <translation>正确写法(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Add a dictionary entry</source>
        <translation>添加词库条目</translation>
    </message>
    <message>
        <source>“%1” is in the dictionary already. Replace its correct form, level and note?</source>
        <translation>词库中已有“%1”。是否替换其正确写法、级别和备注？</translation>
    </message>
    <message>
        <source>The entry could not be saved: %1</source>
        <translation>条目未能保存：%1</translation>
    </message>
    <message>
        <source>Edit a dictionary entry</source>
        <translation>编辑词库条目</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Remove %1 from the wording dictionary?</source>
        <translation>是否从错敏词词库中删除%1？</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>“%1”未能删除：%2</translation>
    </message>
    <message>
        <source>Import a word list</source>
        <translation>导入词表</translation>
    </message>
    <message>
        <source>The entries of %1 are:</source>
        <translation>%1 中的条目类型为：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>未导入任何数据：文件存在问题。</translation>
    </message>
    <message>
        <source>%1 entries read: %2 added, %3 updated, %4 unchanged.</source>
        <translation>读取 %1 个条目：新增 %2，更新 %3，未变 %4。</translation>
    </message>
</context>
</TS>
