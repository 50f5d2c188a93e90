#pragma once
// The HTML an inline script writes into the page: document.write()/writeln(), innerHTML and
// outerHTML assignments, insertAdjacentHTML() and jQuery's html()/append()/prepend()/before()/after().
// Hacked pages hide their links this way, since a look at the page source (or a crawler that does
// not run scripts) shows only a script.
//
// Not a JavaScript interpreter: a tokenizer that knows strings (', ", ` with their escapes),
// comments and regular-expression literals finds the calls and assignments above and joins the
// string literals of their argument in order — variables assigned string literals earlier in the
// same script are substituted, and %-escaped text (unescape("%3Ca href…")) is decoded. The
// result is parsed as HTML by the caller (HtmlDocument), never matched with patterns.

#include <QString>
#include <QStringList>

namespace xj {

class DarkLinkScript {
public:
    // The HTML strings the script writes, one per call or assignment, that contain markup ("<").
    static QStringList writtenHtml(const QString &script);
};

} // namespace xj
