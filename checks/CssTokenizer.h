#pragma once
// The tokenizer of CSS Syntax Level 3 (§4), the essentials a browser-faithful reading of hidden
// links needs: comments, strings and their escapes, identifiers with escapes ("\64 isplay" is
// "display" to a browser, so it must be to us), numbers with units, url(), and the brackets that
// make blocks. Hand-written rather than regex-based because spammers hide declarations in exactly
// the corners (escapes, comments inside values, unterminated strings) a regex gets wrong.
//
// Tokens carry their source text, so a declaration's value can be shown as written.

#include <QList>
#include <QString>
#include <QStringView>

namespace xj {

struct CssToken {
    enum Type : quint8 {
        Ident, Function, AtKeyword, Hash, String, BadString, Url, BadUrl, Delim,
        Number, Percentage, Dimension, Whitespace, CDO, CDC, Colon, Semicolon, Comma,
        LeftBracket, RightBracket, LeftParen, RightParen, LeftBrace, RightBrace,
    };
    Type type = Delim;
    QString value;       // Ident/Function/AtKeyword/Hash: the name, escapes resolved; String/Url: the
                         // contents; Delim: the character; Dimension: the unit (lower case)
    double number = 0;   // Number, Percentage, Dimension
    bool hashIsId = false; // Hash whose name would start an identifier (only those are #id selectors)
    QString source;      // the text as written (comments excluded)
    int line = 1;        // 1-based line of the token's start

    bool is(Type t) const { return type == t; }
    bool isDelim(QChar c) const { return type == Delim && value.size() == 1 && value.at(0) == c; }
    // Ident with this name, ASCII case-insensitively (CSS keywords are case-insensitive).
    bool isIdent(QStringView name) const;
};

using CssTokens = QList<CssToken>;

class CssTokenizer {
public:
    // The whole input; never fails (CSS has no fatal errors: bad parts become BadString/BadUrl/Delim).
    static CssTokens tokenize(QStringView css);
    // The tokens' source text with whitespace runs collapsed to one space, trimmed.
    static QString serialize(const CssTokens &tokens, qsizetype from = 0, qsizetype to = -1);
};

} // namespace xj
