#pragma once
// Columns (栏目) found on a home page that the registry does not list yet. Government home pages
// put their columns in the navigation and in "more" links of their blocks: short link texts on
// the same host pointing at section pages. The category is guessed from the name (动态/要闻 →
// news, 通知/公告 → notices, 政策/文件 → policy …) and stays a proposal until an inspector accepts it.

#include "Domain.h"
#include "HtmlDocument.h"

namespace xj {

struct ColumnProposal {
    QString name;
    QUrl url;
    ColumnCategory category = ColumnCategory::Other;
};

class ColumnDiscovery {
public:
    // `known`: URLs of the site's registered columns (normalised), not proposed again.
    static QList<ColumnProposal> propose(const QList<ExtractedLink> &homeLinks, const QUrl &home, const QSet<QString> &known);
    // The category a column name suggests; Other when nothing matches.
    static ColumnCategory guessCategory(const QString &name);
};

} // namespace xj
