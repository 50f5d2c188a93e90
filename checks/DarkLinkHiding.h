#pragma once
// Why a visitor cannot see one link element: the technique (DarkLinkDetector.h lists them) and
// the computed values that prove it, judged from the cascade of its page. Shared by the static
// pass over a page and over the markup a script writes.

#include "CssCascade.h"

#include <optional>

namespace xj {

struct Hiding {
    QString technique;
    int element = -1; // the element whose style hides the link (the link or an ancestor)
    QString cause;    // "display: none on div#x (.x (inline <style> 1, line 3))"
};

class DarkLinkHiding {
public:
    // nullopt when the link is visible, or empty (nothing to see, nothing hidden).
    static std::optional<Hiding> why(const CssCascade &cascade, int linkElement);
};

} // namespace xj
