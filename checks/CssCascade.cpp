#include "CssCascade.h"

#include "CssCascadeInternal.h"

#include <QSet>

#include <algorithm>

namespace xj {

using namespace cssinternal;

CssCascade::CssCascade(const DomTree &dom, const QList<CssStyleSheet> &sheets, const QStringList &labels, bool interactive)
    : m_dom(dom), m_sheets(sheets.cbegin(), sheets.cend()), m_labels(labels), m_interactive(interactive)
{
    for (qsizetype i = m_labels.size(); i < qsizetype(m_sheets.size()); ++i)
        m_labels << QStringLiteral("sheet %1").arg(i + 1);
    const int n = dom.size();
    m_prevElement.assign(n, -1);
    m_nextElement.assign(n, -1);
    m_styles.resize(n);
    m_classes.resize(n);
    std::vector<int> lastChildElement(n, -1);
    for (int i = 0; i < n; ++i) {
        const DomNode &node = dom.node(i);
        if (node.type != DomNode::Element || node.parent < 0)
            continue;
        const int prev = lastChildElement[node.parent];
        m_prevElement[i] = prev;
        if (prev >= 0)
            m_nextElement[prev] = i;
        lastChildElement[node.parent] = i;
    }
    indexRules();
    // <body link=…> replaces the browser's link colour (old CMS templates still set it).
    const QList<int> bodies = dom.elements(u"body");
    if (!bodies.isEmpty()) {
        if (const auto link = CssValues::legacyColor(dom.attribute(bodies.first(), u"link")))
            m_linkColor = *link;
    }
}

CssCascade::~CssCascade() = default;

// Rules are bucketed by their rightmost compound (its id, else a class, else its tag), so that an
// element is matched only against rules that could apply to it.
void CssCascade::indexRules()
{
    int order = 0;
    for (int s = 0; s < int(m_sheets.size()); ++s) {
        const QList<CssStyleRule> &rules = m_sheets[size_t(s)].rules();
        for (const CssStyleRule &rule : rules) {
            for (const CssComplexSelector &sel : rule.selectors) {
                if (sel.neverMatches || sel.compounds.isEmpty())
                    continue;
                const int index = int(m_entries.size());
                m_entries.push_back({&sel, &rule, s, order});
                const CssCompoundSelector &key = sel.compounds.last();
                if (!key.ids.isEmpty())
                    m_byId[key.ids.first().toLower()].append(index);
                else if (!key.classes.isEmpty())
                    m_byClass[key.classes.first().toLower()].append(index);
                else if (!key.tag.isEmpty())
                    m_byTag[key.tag].append(index);
                else
                    m_universal.append(index);
            }
            ++order;
        }
    }
}

int CssCascade::parentElement(int node) const
{
    const int p = m_dom.node(node).parent;
    return (p >= 0 && m_dom.node(p).type == DomNode::Element) ? p : -1;
}

const QStringList &CssCascade::classesOf(int element) const
{
    auto &slot = m_classes[size_t(element)];
    if (!slot) {
        QStringList classes = m_dom.classes(element);
        for (QString &c : classes)
            c = c.toLower();
        slot = std::make_unique<QStringList>(classes);
    }
    return *slot;
}

bool CssCascade::matchesCompound(const CssCompoundSelector &c, int e) const
{
    if (c.neverMatches || (c.interactive && !m_interactive))
        return false;
    const DomNode &node = m_dom.node(e);
    if (!c.tag.isEmpty() && node.tag != c.tag)
        return false;
    for (const QString &id : c.ids)
        if (m_dom.attribute(e, u"id").compare(id, Qt::CaseInsensitive) != 0)
            return false;
    if (!c.classes.isEmpty()) {
        const QStringList &classes = classesOf(e);
        for (const QString &cls : c.classes)
            if (!classes.contains(cls.toLower()))
                return false;
    }
    for (const CssAttributeCondition &a : c.attributes)
        if (!attributeMatches(a, m_dom.attribute(e, a.name)))
            return false;
    for (CssCompoundSelector::Pseudo p : c.pseudos) {
        switch (p) {
        case CssCompoundSelector::Root:
            if (parentElement(e) >= 0)
                return false;
            break;
        case CssCompoundSelector::FirstChild:
            if (m_prevElement[size_t(e)] >= 0)
                return false;
            break;
        case CssCompoundSelector::LastChild:
            if (m_nextElement[size_t(e)] >= 0)
                return false;
            break;
        case CssCompoundSelector::OnlyChild:
            if (m_prevElement[size_t(e)] >= 0 || m_nextElement[size_t(e)] >= 0)
                return false;
            break;
        case CssCompoundSelector::Link:
            if (!((node.tag == QLatin1String("a") || node.tag == QLatin1String("area")) && m_dom.hasAttribute(e, u"href")))
                return false;
            break;
        }
    }
    for (const CssCompoundSelector &n : c.negations)
        if (matchesCompound(n, e))
            return false;
    return true;
}

// compounds[k] at `element`, and everything to its left through the combinators. `failed`
// remembers (k, element) pairs already known not to match: without it, "div div div div a" on a
// page nested 500 deep (or "a ~ b ~ c" over thousands of siblings) backtracks combinatorially.
bool CssCascade::matchesFrom(const CssComplexSelector &s, qsizetype k, int element, QSet<quint64> *failed) const
{
    const quint64 key = (quint64(k) << 32) | quint32(element);
    if (failed->contains(key))
        return false;
    bool matched = false;
    if (matchesCompound(s.compounds.at(k), element)) {
        if (k == 0)
            return true;
        switch (s.combinators.at(k - 1)) {
        case CssComplexSelector::Child: {
            const int p = parentElement(element);
            matched = p >= 0 && matchesFrom(s, k - 1, p, failed);
            break;
        }
        case CssComplexSelector::Descendant:
            for (int p = parentElement(element); p >= 0 && !matched; p = parentElement(p))
                matched = matchesFrom(s, k - 1, p, failed);
            break;
        case CssComplexSelector::NextSibling: {
            const int prev = m_prevElement[size_t(element)];
            matched = prev >= 0 && matchesFrom(s, k - 1, prev, failed);
            break;
        }
        case CssComplexSelector::SubsequentSibling:
            for (int prev = m_prevElement[size_t(element)]; prev >= 0 && !matched; prev = m_prevElement[size_t(prev)])
                matched = matchesFrom(s, k - 1, prev, failed);
            break;
        }
    }
    if (!matched)
        failed->insert(key);
    return matched;
}

bool CssCascade::matches(const CssComplexSelector &selector, int element) const
{
    if (selector.neverMatches || selector.compounds.isEmpty() || !m_dom.isElement(element))
        return false;
    QSet<quint64> failed;
    return matchesFrom(selector, selector.compounds.size() - 1, element, &failed);
}

QList<CssCascade::Candidate> CssCascade::candidates(int e) const
{
    QList<Candidate> out;
    userAgentAndHints(m_dom, e, m_linkColor, &out);

    QList<int> possible = m_universal;
    possible += m_byTag.value(m_dom.node(e).tag);
    const QString id = m_dom.attribute(e, u"id");
    if (!id.isEmpty())
        possible += m_byId.value(id.toLower());
    for (const QString &cls : classesOf(e))
        possible += m_byClass.value(cls);
    std::sort(possible.begin(), possible.end());
    possible.erase(std::unique(possible.begin(), possible.end()), possible.end());
    for (int index : std::as_const(possible)) {
        const Entry &entry = m_entries[size_t(index)];
        if (!matches(*entry.selector, e))
            continue;
        const QString source = QStringLiteral("%1 (%2, line %3)").arg(entry.selector->text, m_labels.at(entry.sheet)).arg(entry.rule->line);
        for (const CssDeclaration &d : entry.rule->declarations)
            expand(d, Origin::Author, entry.selector->specificity, entry.order, source, &out);
    }

    const QString style = m_dom.attribute(e, u"style");
    if (!style.isNull()) {
        for (const CssDeclaration &d : CssStyleSheet::parseDeclarations(style))
            expand(d, Origin::Inline, {}, 0, QStringLiteral("style attribute"), &out);
    }
    // Gathered in ascending source order: the later of two otherwise equal declarations wins.
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].order = int(i);
    // Highest precedence first.
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) { return b.precedes(a); });
    return out;
}

const CssComputedStyle &CssCascade::style(int node) const
{
    if (node < 0 || node >= m_dom.size())
        return m_initial;
    if (m_dom.node(node).type != DomNode::Element) {
        const int p = m_dom.node(node).parent;
        return (m_dom.node(node).type == DomNode::Text && p >= 0) ? style(p) : m_initial;
    }
    if (m_styles[size_t(node)])
        return *m_styles[size_t(node)];
    // Compute the uncomputed ancestors top-down, without recursion (trees can be 512 deep).
    QList<int> chain;
    for (int e = node; e >= 0 && !m_styles[size_t(e)]; e = parentElement(e))
        chain.prepend(e);
    for (int e : std::as_const(chain)) {
        const int p = parentElement(e);
        auto s = std::make_unique<CssComputedStyle>();
        compute(e, s.get(), p >= 0 ? *m_styles[size_t(p)] : m_initial);
        m_styles[size_t(e)] = std::move(s);
    }
    return *m_styles[size_t(node)];
}

std::optional<CssColor> CssCascade::effectiveBackground(int node) const
{
    // Layers from the node outwards until an opaque one; then composed back over it.
    QList<CssColor> layers;
    CssColor base {255, 255, 255, 1}; // the canvas
    for (int e = m_dom.isElement(node) ? node : parentElement(node); e >= 0; e = parentElement(e)) {
        const CssComputedStyle &s = style(e);
        if (s.backgroundImage)
            return std::nullopt;
        if (s.background.isOpaque()) {
            base = s.background;
            break;
        }
        if (!s.background.isTransparent())
            layers.append(s.background);
    }
    for (qsizetype i = layers.size() - 1; i >= 0; --i)
        base = layers.at(i).over(base);
    return base;
}

bool CssComputedStyle::sizeApplies() const
{
    if (replaced || floating != QLatin1String("none") || position == QLatin1String("absolute")
        || position == QLatin1String("fixed"))
        return true;
    return display != QLatin1String("inline") && display != QLatin1String("contents");
}

bool CssComputedStyle::clipsOverflow() const
{
    return overflowX != QLatin1String("visible") || overflowY != QLatin1String("visible");
}

} // namespace xj
