#pragma once
// The JavaScript that shows a finding in a page: the broken or hidden link (by Finding::link)
// outlined in red and scrolled into view, a hidden link made visible in place (display,
// visibility, opacity, size, text-indent, position, clip… of the element and its ancestors
// overridden), the wrong wording (details.term, details.sentences from WordingCheck) marked in its
// sentence, the footer outlined where an identifier is missing (W-D-IDENT).
//
// The script runs in QWebEngineScript::ApplicationWorld, so it works on captured pages shown
// without JavaScript, and returns {found, kind, href, width, height, text}.
//
// Threading: reentrant (builds strings only).

#include "CheckRecords.h"

namespace xj {

struct ReviewHighlight {
    // `evidenceRunId` > 0 when the page is shown from that run's capture: links then resolve to
    // evidence URLs and are matched in that form too.
    static QString script(const Finding &finding, qint64 evidenceRunId);
    // What the script looks for: "link", "wording", "footer" or "" (nothing to show in the page).
    static QString kindOf(const Finding &finding);
    // The attribute the script sets on what it marked ([data-xj-highlight]).
    static QString markerAttribute() { return QStringLiteral("data-xj-highlight"); }
};

} // namespace xj
