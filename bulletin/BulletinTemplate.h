#pragma once
// The text a bulletin draft is written from: the structure and the standard wording of the
// 通报 (modelled on 揭政数局函〔2022〕41号), with placeholders for every figure. A built-in copy
// travels in the binary (:/templates/bulletin-default.txt); an inspector may keep an edited copy
// and load that instead. The syntax (docs/formats.md, "Bulletin templates"):
//
//   {key}            the value of key; a list value joined with 、
//   {key|，}         a list joined with the text after | instead
//   {#key}…{/key}    kept only when key is set (not empty, not 0, not an empty list)
//   {^key}…{/key}    kept only when key is not set
//   {{  }}           a literal { or }
//   % …              a comment line (first non-blank character %)
//   @directive text  a line that is not a body paragraph: @title, @recipients, @h1 … @h4
//                    (headings, numbered automatically), @attachment1-title, -before, -after, and
//                    the same for 2
//
// Anything else on a line is a paragraph. Empty lines are dropped, so section tags may stand on
// lines of their own. An unknown key is an error naming the template's line:column.

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace xj {

// What the placeholders resolve to.
struct TemplateValues {
    QMap<QString, QString> text;
    QMap<QString, QStringList> lists;

    bool contains(const QString &key) const { return text.contains(key) || lists.contains(key); }
    // Set: a list with items, or text other than "" and "0".
    bool isSet(const QString &key) const;
};

// One line of the rendered template, before the draft interprets its directive.
struct RenderedLine {
    QString text;       // trimmed
    int sourceLine = 0; // where it started in the template
    QStringList keys;   // placeholders whose values it prints, in order, without repeats
    bool directive = false; // starts with an @ the template wrote (a value's @ never makes one)
};

class BulletinTemplate {
    Q_DECLARE_TR_FUNCTIONS(BulletinTemplate)

public:
    struct Node {
        enum Kind { Text, Placeholder, Section, InvertedSection };
        Kind kind = Text;
        QString text;      // Text: the literal; others: the key
        QString separator; // Placeholder: the list separator
        int line = 0;
        int column = 0;
        QList<Node> children; // sections
    };

    static std::optional<BulletinTemplate> parse(const QString &text, const QString &sourceName, QString *error);
    static std::optional<BulletinTemplate> load(const QString &path, QString *error);
    // The template shipped with the program.
    static BulletinTemplate builtIn();
    static QString builtInPath(); // ":/templates/bulletin-default.txt"
    static const QStringList &directives();

    QString sourceName() const { return m_sourceName; }
    // Every key the template names (placeholders and section conditions), sorted.
    QStringList keys() const;
    // Fails on the first key `values` does not hold, kept section or not:
    // "FILE:LINE:COLUMN: unknown placeholder {key}".
    std::optional<QList<RenderedLine>> render(const TemplateValues &values, QString *error) const;

private:
    QString m_sourceName;
    QList<Node> m_nodes;
};

} // namespace xj
