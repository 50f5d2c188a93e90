#pragma once
// A style sheet as a browser reads it (CSS Syntax Level 3 §5, the parts pages use): style rules
// with their selectors and declarations, in source order. @media blocks are kept or dropped by
// CssMedia (screen and all apply, print does not) and their rules flattened in place; @supports
// and @layer blocks are read as if they applied (layer order is not modelled); @import is not
// followed but reported in imports(), so the caller may fetch it; every other at-rule
// (@font-face, @keyframes, @page …) holds no style rules and is skipped. A rule whose selector is
// invalid is dropped whole, as browsers do. Never fails: broken CSS gives fewer rules.

#include "CssSelector.h"
#include "CssTokenizer.h"

#include <QList>
#include <QString>

namespace xj {

struct CssDeclaration {
    QString property;  // lower case ("--custom" properties keep their case)
    CssTokens value;   // without "!important" and surrounding whitespace
    bool important = false;
    int line = 0;
    QString valueText() const { return CssTokenizer::serialize(value); }
};

struct CssStyleRule {
    QList<CssComplexSelector> selectors;
    QList<CssDeclaration> declarations;
    QString selectorText; // as written, whitespace collapsed
    int line = 0;         // of the selector's first token
};

struct CssImport {
    QString url;   // as written, unresolved
    QString media; // the media list after the URL, as written ("" = all)
    int line = 0;
};

class CssStyleSheet {
public:
    static CssStyleSheet parse(const QString &css);

    const QList<CssStyleRule> &rules() const { return m_rules; }
    const QList<CssImport> &imports() const { return m_imports; }
    int droppedRules() const { return m_dropped; }       // invalid selectors
    int skippedMediaRules() const { return m_skippedMedia; } // style rules inside @media that does not apply

    // The declarations of a style attribute (or any declaration block's contents).
    static QList<CssDeclaration> parseDeclarations(const QString &block);
    static QList<CssDeclaration> parseDeclarations(const CssTokens &tokens, qsizetype from, qsizetype to);

private:
    friend class CssSheetParser;
    QList<CssStyleRule> m_rules;
    QList<CssImport> m_imports;
    int m_dropped = 0;
    int m_skippedMedia = 0;
};

} // namespace xj
