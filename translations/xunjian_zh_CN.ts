<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DateParser</name>
    <message>
        <location filename="../models/DateParser.cpp" line="135"/>
        <source>2022-06-30, 2022/6/30, 2022年6月30日, 2022.06.30, 20220630 or an Excel date number; a time HH:MM or HH:MM:SS may follow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../models/Migrator.cpp" line="106"/>
        <source>the database has schema version %1, newer than this Xunjian knows (%2): open it with a newer Xunjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="118"/>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="124"/>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryExporter</name>
    <message>
        <location filename="../models/RegistryExporter.cpp" line="96"/>
        <location filename="../models/RegistryExporter.cpp" line="109"/>
        <location filename="../models/RegistryExporter.cpp" line="139"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryExporter.cpp" line="122"/>
        <location filename="../models/RegistryExporter.cpp" line="146"/>
        <source>%1: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../models/Store.cpp" line="39"/>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Store.cpp" line="44"/>
        <source>the Qt SQL driver for %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Store.cpp" line="58"/>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Store.cpp" line="66"/>
        <location filename="../models/Store.cpp" line="77"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Store.cpp" line="70"/>
        <source>%1: not a Xunjian database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Store.cpp" line="211"/>
        <source>no round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreRegistry.cpp" line="405"/>
        <source>a status change needs the date it took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreRegistry.cpp" line="468"/>
        <source>no such object (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../models/StoreLocation.cpp" line="25"/>
        <source>%1: not a PostgreSQL address; expected postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreLocation.cpp" line="44"/>
        <source>no database given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <location filename="../models/TableReader.cpp" line="66"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReader.cpp" line="77"/>
        <source>%1: this is an old .xls workbook or a password-protected one; open it in Excel or WPS and save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReader.cpp" line="84"/>
        <source>%1: the file is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReader.cpp" line="159"/>
        <source>%1: more than %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReader.cpp" line="169"/>
        <source>%1:%2: unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSchemas</name>
    <message>
        <location filename="../models/TableSchema.cpp" line="132"/>
        <source>the headers match no known table (sites, units, accounts, columns, status); check the header row or name the table with --as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableSchema.cpp" line="136"/>
        <source>the headers fit more than one table; name it with --as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <location filename="../models/TextCodec.cpp" line="137"/>
        <source>the file is not valid %1 text: undecodable bytes at byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../models/Vocabulary.cpp" line="28"/>
        <source>City department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="29"/>
        <source>County or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="30"/>
        <source>Development zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="31"/>
        <source>Other unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="40"/>
        <source>Portal website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="41"/>
        <source>Department website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="42"/>
        <source>Service platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="43"/>
        <source>Department channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="52"/>
        <source>WeChat official account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="53"/>
        <source>WeChat Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="54"/>
        <source>Weibo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="55"/>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="56"/>
        <source>Toutiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="57"/>
        <source>Kuaishou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="58"/>
        <source>Mini program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="59"/>
        <source>Other platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="68"/>
        <location filename="../models/Vocabulary.cpp" line="81"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="69"/>
        <location filename="../models/Vocabulary.cpp" line="82"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="70"/>
        <location filename="../models/Vocabulary.cpp" line="83"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="71"/>
        <location filename="../models/Vocabulary.cpp" line="84"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="72"/>
        <location filename="../models/Vocabulary.cpp" line="85"/>
        <source>To be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="86"/>
        <source>Registered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="95"/>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="96"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="97"/>
        <source>Policy documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="98"/>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="99"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="100"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="101"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="102"/>
        <source>Other column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="111"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="112"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="113"/>
        <source>Reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Vocabulary.cpp" line="114"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="21"/>
        <source>import FILE… [--as KIND] [--sheet NAME]  load registry tables (CSV/XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="22"/>
        <source>export KIND FILE                        write a table as CSV (UTF-8 BOM) or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="23"/>
        <source>round create ID --from DATE --to DATE [--as-of DATE] | round list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="24"/>
        <source>counts [--format json]                  registry counts as the bulletin states them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="25"/>
        <source>demo --db FILE                          create the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="26"/>
        <source>screenshot --view NAME --out FILE.png   picture of a view, taken offscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="58"/>
        <source>Usage: xunjian [--db DB] [COMMAND …]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="59"/>
        <source>Without a command the workstation opens. Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="62"/>
        <source>Every command takes --db DB (a SQLite file or postgresql://user@host:port/db; default $XUNJIAN_DB, else the user&apos;s own database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="24"/>
        <source>The store: a SQLite file or postgresql://user@host:port/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotCommand.cpp" line="17"/>
        <source>The view: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotCommand.cpp" line="19"/>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotCommand.cpp" line="20"/>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotCommand.cpp" line="28"/>
        <source>xunjian screenshot: give --out FILE.png and a --size like 1440x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotCommand.cpp" line="32"/>
        <source>xunjian screenshot: unknown view &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotCommand.cpp" line="56"/>
        <source>xunjian screenshot: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>Xunjian: inspection of government websites and new media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>The store: a SQLite file or postgresql://user@host:port/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>Xunjian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj</name>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="40"/>
        <source>账号名称 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="45"/>
        <source>unknown platform &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="50"/>
        <location filename="../models/RegistryImportSites.cpp" line="75"/>
        <source>主办单位 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="56"/>
        <location filename="../models/RegistryImportAccounts.cpp" line="205"/>
        <location filename="../models/RegistryImportSites.cpp" line="88"/>
        <source>unknown status &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="74"/>
        <source>%1 account &quot;%2&quot; already given in row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="137"/>
        <location filename="../models/RegistryImportSites.cpp" line="213"/>
        <source>changed by importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="166"/>
        <location filename="../models/RegistryImportSites.cpp" line="51"/>
        <source>名称 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="174"/>
        <source>no site, channel or account &quot;%1&quot; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="177"/>
        <source>&quot;%1&quot; names %2 objects; give 类型 (the site&apos;s 类型 or the account&apos;s 平台)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="186"/>
        <source>no %1 &quot;%2&quot; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="192"/>
        <source>no %1 account &quot;%2&quot; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="197"/>
        <source>unknown 类型 &quot;%1&quot;; expected a site kind (%2) or a platform (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportAccounts.cpp" line="212"/>
        <source>日期 is empty: a status change needs the date it took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="56"/>
        <source>unknown kind &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="64"/>
        <location filename="../models/RegistryImportSites.cpp" line="268"/>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="67"/>
        <source>网站标识码 is required for a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="71"/>
        <source>malformed 网站标识码 &quot;%1&quot;: 10 digits, or bm and 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="77"/>
        <source>a 部门频道 needs its hosting site in 上级网站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="80"/>
        <source>a 部门频道 needs its hosting site, but the file has no 上级网站 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="82"/>
        <source>only a 部门频道 has a 上级网站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="106"/>
        <source>%1 &quot;%2&quot; already given in row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="113"/>
        <source>网站标识码 %1 already given in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="120"/>
        <source>网站标识码 %1 belongs to &quot;%2&quot; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="137"/>
        <source>上级网站 &quot;%1&quot; is not a website in this file or in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="256"/>
        <source>网站 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="258"/>
        <source>no site &quot;%1&quot; in the registry (名称 or 网站标识码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="261"/>
        <source>&quot;%1&quot; names %2 sites; give the 网站标识码 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="264"/>
        <source>栏目名称 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="274"/>
        <source>unknown category &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportSites.cpp" line="285"/>
        <source>column &quot;%1&quot; of &quot;%2&quot; already given in row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportUnits.cpp" line="34"/>
        <source>单位 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportUnits.cpp" line="39"/>
        <source>unit &quot;%1&quot; already given in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportUnits.cpp" line="48"/>
        <source>unknown unit kind &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportUnits.cpp" line="62"/>
        <source>a unit cannot be its own 上级单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImportUnits.cpp" line="65"/>
        <source>上级单位 &quot;%1&quot; is neither in this file nor in the registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::Package</name>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="156"/>
        <location filename="../models/TableReaderXlsx.cpp" line="165"/>
        <source>%1: the workbook is damaged (cannot read %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="171"/>
        <source>%1: %2 is larger than %3 MiB uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="180"/>
        <source>%1: the workbook is damaged (%2 fails its checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="218"/>
        <source>%1: the workbook is damaged (%2, line %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::RegistryImporter::Context</name>
    <message>
        <location filename="../models/RegistryImporter.cpp" line="33"/>
        <source>%1: &quot;%2&quot; is not a date (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImporter.cpp" line="141"/>
        <source>missing column %1 (%2), required in a %3 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImporter.cpp" line="144"/>
        <source>column &quot;%1&quot; repeats a column already read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryImporter.cpp" line="159"/>
        <location filename="../models/RegistryImporter.cpp" line="165"/>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::RegistryTableModel</name>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="28"/>
        <location filename="../models/RegistryTableModel.cpp" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="29"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="30"/>
        <location filename="../models/RegistryTableModel.cpp" line="39"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="31"/>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="32"/>
        <location filename="../models/RegistryTableModel.cpp" line="40"/>
        <location filename="../models/RegistryTableModel.cpp" line="48"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="33"/>
        <location filename="../models/RegistryTableModel.cpp" line="41"/>
        <location filename="../models/RegistryTableModel.cpp" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="34"/>
        <location filename="../models/RegistryTableModel.cpp" line="42"/>
        <location filename="../models/RegistryTableModel.cpp" line="50"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="35"/>
        <location filename="../models/RegistryTableModel.cpp" line="51"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="38"/>
        <source>Hosting site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="44"/>
        <source>Registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="45"/>
        <source>Actual name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="46"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="47"/>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="53"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="54"/>
        <source>Unit kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="55"/>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="56"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/RegistryTableModel.cpp" line="57"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::TableReader</name>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="254"/>
        <source>%1: not a readable XLSX workbook (damaged or not a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="266"/>
        <source>%1: not an XLSX workbook (%2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="302"/>
        <source>%1: sheet &quot;%2&quot; is not a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="313"/>
        <source>%1: the workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="314"/>
        <source>%1: no sheet named &quot;%2&quot; (sheets: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="370"/>
        <source>%1: the workbook is damaged (%2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="385"/>
        <source>%1: the workbook is damaged (row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="394"/>
        <source>%1: the workbook is damaged (cell reference &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="398"/>
        <source>%1: the workbook is damaged (cell outside the sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="421"/>
        <source>%1: the workbook is damaged (cell %2%3 refers to a missing shared string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/TableReaderXlsx.cpp" line="455"/>
        <source>%1: more than %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xj::cli</name>
    <message numerus="yes">
        <location filename="../app/RegistryCommands.cpp" line="37"/>
        <source>%1: nothing imported (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="40"/>
        <source>%1: %2 table, %3 rows (%4): %5 new, %6 changed, %7 unchanged, %8 status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="55"/>
        <source>CSV or XLSX files, imported in the order given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="56"/>
        <source>The table: units, sites, columns, accounts or status (default: from the headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="58"/>
        <source>The XLSX sheet (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="63"/>
        <source>xunjian import: name at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="71"/>
        <source>xunjian import: unknown table &quot;%1&quot;; expected units, sites, columns, accounts or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="92"/>
        <source>units, sites, columns, accounts or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="93"/>
        <source>A .csv (UTF-8 with BOM) or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="97"/>
        <source>xunjian export: expected KIND and FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="102"/>
        <source>xunjian export: unknown table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="119"/>
        <location filename="../app/RoundCommands.cpp" line="84"/>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="149"/>
        <source>Replace an existing demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="154"/>
        <source>xunjian demo: give the new SQLite file with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="159"/>
        <source>xunjian demo: %1 exists; add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RegistryCommands.cpp" line="183"/>
        <source>demo database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="23"/>
        <source>The round, e.g. 2026Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="24"/>
        <source>First day of the sampling window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="25"/>
        <source>Last day of the sampling window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="26"/>
        <source>The date the checks judge against (default: --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="30"/>
        <source>xunjian round create: give one round ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="37"/>
        <source>xunjian round create: &quot;%1&quot; is not a round ID (letters, digits, - _ .; e.g. 2026Q3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="46"/>
        <source>xunjian round create: --%1 &quot;%2&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="55"/>
        <source>xunjian round create: --from and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="59"/>
        <source>xunjian round create: the window ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="68"/>
        <source>xunjian round create: round %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="75"/>
        <source>round %1: %2 to %3, as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RoundCommands.cpp" line="116"/>
        <source>xunjian round: expected create or list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
