<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContentDecoder</name>
    <message>
        <source>cannot initialise decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compressed bytes expand beyond %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt compressed body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content encoding %1 not supported; body kept encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>2022-06-30, 2022/6/30, 2022年6月30日, 2022.06.30, 20220630 or an Excel date number; a time HH:MM or HH:MM:SS may follow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>robots.txt disallows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robots.txt could not be fetched (%1); everything allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robots.txt unavailable (HTTP %1); everything allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fetch %1: only http(s) GET and HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed before the response was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server stopped sending (stalled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure connection (TLS) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunked response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed response expands beyond the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disallowed by robots.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web address that can be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>not an http or https address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response truncated at %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete response within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data received for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 bytes per second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>header section larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk size line too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed status line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header continuation line without a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid chunk size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk data longer than its declared size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed without a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed inside the response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 body bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed before the last chunk (%1 body bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>the database has schema version %1, newer than this Xunjian knows (%2): open it with a newer Xunjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryImporter</name>
    <message>
        <source>账号名称 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account &quot;%2&quot; already given in row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site, channel or account &quot;%1&quot; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 objects; give 类型 (the site&apos;s 类型 or the account&apos;s 平台)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 &quot;%2&quot; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 account &quot;%2&quot; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown 类型 &quot;%1&quot;; expected a site kind (%2) or a platform (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期 is empty: a status change needs the date it took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column %1 (%2), required in a %3 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; repeats a column already read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网站标识码 is required for a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed 网站标识码 &quot;%1&quot;: 10 digits, or bm and 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 部门频道 needs its hosting site in 上级网站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 部门频道 needs its hosting site, but the file has no 上级网站 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a 部门频道 has a 上级网站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already given in row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网站标识码 %1 already given in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网站标识码 %1 belongs to &quot;%2&quot; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级网站 &quot;%1&quot; is not a website in this file or in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网站 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site &quot;%1&quot; in the registry (名称 or 网站标识码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 sites; give the 网站标识码 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>栏目名称 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; of &quot;%2&quot; already given in row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; already given in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit kind &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit cannot be its own 上级单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级单位 &quot;%1&quot; is neither in this file nor in the registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQL driver for %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Xunjian database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status change needs the date it took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such object (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1: not a PostgreSQL address; expected postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is an old .xls workbook or a password-protected one; open it in Excel or WPS and save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable XLSX workbook (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (%2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; is not a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sheet named &quot;%2&quot; (sheets: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (cell reference &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (cell outside the sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (cell %2%3 refers to a missing shared string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2, line %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSchemas</name>
    <message>
        <source>the headers match no known table (sites, units, accounts, columns, status); check the header row or name the table with --as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headers fit more than one table; name it with --as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>the file is not valid %1 text: undecodable bytes at byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>City department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warc</name>
    <message>
        <source>decompressed data exceeds the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed data is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed data is corrupt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot seek to offset %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarcReader</name>
    <message>
        <source>not a WARC record (no WARC/ version line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARC record headers do not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed WARC header line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARC record has no valid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARC record block is truncated (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record at offset %1 is %2 bytes long, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record at offset %1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a complete HTTP message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chunked HTTP body is broken or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported content encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body exceeds the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarcWriter</name>
    <message>
        <source>cannot create the evidence folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free file name for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compress a WARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>not a valid zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported compression method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>import FILE… [--as KIND] [--sheet NAME]  load registry tables (CSV/XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export KIND FILE                        write a table as CSV (UTF-8 BOM) or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round create ID --from DATE --to DATE [--as-of DATE] | round list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts [--format json]                  registry counts as the bulletin states them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo --db FILE                          create the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot --view NAME --out FILE.png   picture of a view, taken offscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xunjian [--db DB] [COMMAND …]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command the workstation opens. Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --db DB (a SQLite file or postgresql://user@host:port/db; default $XUNJIAN_DB, else the user&apos;s own database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: a SQLite file or postgresql://user@host:port/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian screenshot: give --out FILE.png and a --size like 1440x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian screenshot: unknown view &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian screenshot: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 table, %3 rows (%4): %5 new, %6 changed, %7 unchanged, %8 status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or XLSX files, imported in the order given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table: units, sites, columns, accounts or status (default: from the headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XLSX sheet (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian import: name at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian import: unknown table &quot;%1&quot;; expected units, sites, columns, accounts or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units, sites, columns, accounts or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv (UTF-8 with BOM) or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian export: expected KIND and FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian export: unknown table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian demo: give the new SQLite file with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian demo: %1 exists; add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round, e.g. 2026Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the sampling window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the sampling window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the checks judge against (default: --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian round create: give one round ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian round create: &quot;%1&quot; is not a round ID (letters, digits, - _ .; e.g. 2026Q3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian round create: --%1 &quot;%2&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian round create: --from and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian round create: the window ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian round create: round %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1: %2 to %3, as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xunjian round: expected create or list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Xunjian: inspection of government websites and new media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: a SQLite file or postgresql://user@host:port/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xunjian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::AccountDialog</name>
    <message>
        <source>New-media account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the platform shows; leave empty when it is the registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit, or type the name of a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the registered name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner unit, or type the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 account named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new unit &quot;%1&quot; will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actual name differs from the registered name: checks will report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::ExportDialog</name>
    <message>
        <source>Export a registry table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s extension decides the format: .xlsx, or .csv (UTF-8 with a BOM, opens in Excel and WPS). The file imports back unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must end in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::ImportDialog</name>
    <message>
        <source>Import a registry table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX file: units, sites, columns, accounts or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of table: detected from the headers, or chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem found; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a registry table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data rows: %1, columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · recognised from its headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as extra attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which table this file is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one column imports as the same field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All required fields are present. Columns kept as extra attributes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row, then writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 new, %4 changed, %5 unchanged, %6 status changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing was written; correct the file (or the mapping) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::MainWindow</name>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xunjian — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running entries, counted as the bulletin counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a registry table (units, sites, columns, accounts, status) from CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a registry table as XLSX or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new inspection round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Xunjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 websites (incl. %2 service platforms), %3 department channels, %4 new-media accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Xunjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Xunjian %1&lt;/h3&gt;&lt;p&gt;Inspection of government websites and government new media: the registry, inspection rounds, checks and the bulletin.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck when the date is not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::RegistryDetailsPanel</name>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (date first seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details and status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public security record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (differs from the registered name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>websites and channels: %1; new-media accounts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, recorded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::RegistryFilterBar</name>
    <message>
        <source>Search names, URLs, site codes, account IDs, units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner unit, with the units under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown / all entries of this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All unit kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::RegistryTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::RegistryView</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change of status: closed, offline, cancelled, to be verified, registered late…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal and department websites, and service platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels of departments hosted on another website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-media accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government new-media accounts on WeChat, Weibo, Douyin and the like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units that run the websites and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New website…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::RoundDialog</name>
    <message>
        <source>New inspection round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round checks the registry as it stood on its as-of date, over the window&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry as it stood at the end of this day is what the round checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the round&apos;s ID, e.g. 2026Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID may hold letters, digits, &quot;-&quot; and &quot;_&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window must start on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date cannot lie before the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::RoundsView</name>
    <message>
        <source>A round checks every running website, channel and account over its window, against the registry as it stood on the as-of date, and ends with the bulletin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rounds yet. Open the first one with New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database with --db FILE (or postgresql://user@host/db for a team), or set XUNJIAN_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface is in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Xunjian starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XUNJIAN_LANG is set and decides the language while it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::SiteDialog</name>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 10-character site code of the national reporting system: digits, or &quot;bm&quot; and 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ICP record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public security record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit, or type the name of a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosting site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a department channel: the website it is part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (read-only; import a columns table to change them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit website — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — change it with Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (new entries start running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional for a department channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 characters, e.g. 4459000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL, starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site code: only department channels may go without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site code has 10 characters: digits, or &quot;bm&quot; and 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner unit, or type the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the website that hosts this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new unit &quot;%1&quot; will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::StatusChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. merged into the city portal per notice 〔2026〕12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the change took effect cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason: the bulletin quotes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status stays %1; the entry only adds a date to the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A late registration keeps the object running and sets its registration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history already has this status on this date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::TableKind</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites, platforms and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-media accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::UnitDialog</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a unit named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
