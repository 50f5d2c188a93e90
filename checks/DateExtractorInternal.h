#pragma once
// Internals of DateExtractor::extract shared by DateExtractorPage.cpp (lists and their rows) and
// DateExtractorPageText.cpp (regions, article date and text, scripted lists). Not for other code.

#include "DateExtractor.h"

namespace xj::dateinternal {

// Where a node stands on the page, inherited by its descendants (bits).
enum Region : quint8 { None = 0, HeaderNav = 1, Footer = 2, Side = 4 };

// The region an element itself names: <header>/<nav>/<footer>/<aside>, or id/class tokens as
// government CMS templates write them ("header", "g-header", "top-bar", "nav1", "footer_box",
// "copyright", "sidebar").
quint8 regionOf(const DomTree &t, int i);
// Elements whose own text is a paragraph of its own (for body text and line breaks).
bool isBlockForText(const QString &tag);
// Footer wording whatever its markup (old sites lay footers out in bare tables).
bool looksLikeFooterText(const QString &text);
int visibleChars(const QString &s);
// Appends the text of the next node; a space between two digits keeps "浏览12" and "06-28" of
// neighbouring elements from reading as one number.
void appendText(QString *out, const QString &piece);

// Fills metaDate, labelledDate, articleChars, navigationOnly and scriptedList; expects itemDates
// and listItems filled. `region` and `inLink` are per node of `t` (empty when `t` is).
void fillPageText(const HtmlDocument &doc, const DomTree &t, const QList<quint8> &region, const QList<bool> &inLink,
                  const QDate &asOf, PageDates *out);
// The dated rows of lists a script writes from <script type="text/xml"> record sets (大汉 jpage);
// *items gets their number, dated or not.
QList<QDate> scriptedRecordDates(const HtmlDocument &doc, const DomTree &t, const QList<quint8> &region,
                                 const QDate &asOf, int *items);

} // namespace xj::dateinternal
