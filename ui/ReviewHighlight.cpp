#include "ReviewHighlight.h"

#include "EvidenceScheme.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xj {

namespace {

// The script body; called with one JSON argument (spec). Kept as one raw string so that it reads
// as JavaScript.
const char kScript[] = R"JS(
(function (spec) {
  var MARK = 'data-xj-highlight';
  function important(el, prop, value) { el.style.setProperty(prop, value, 'important'); }
  function outline(el) {
    important(el, 'outline', '3px solid #e00000');
    important(el, 'outline-offset', '2px');
    el.setAttribute(MARK, spec.kind);
    try { el.scrollIntoView({block: 'center', inline: 'nearest'}); } catch (e) { el.scrollIntoView(); }
  }
  // Undo what hides an element, on the element and every ancestor up to <body>.
  function reveal(el) {
    for (var e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
      var cs = getComputedStyle(e);
      if (cs.display === 'none') important(e, 'display', e === el ? 'inline-block' : 'block');
      if (cs.visibility !== 'visible') important(e, 'visibility', 'visible');
      if (parseFloat(cs.opacity) < 1) important(e, 'opacity', '1');
      if (Math.abs(parseFloat(cs.textIndent)) > 50) important(e, 'text-indent', '0');
      if (cs.position === 'absolute' || cs.position === 'fixed') important(e, 'position', 'static');
      if (cs.clip && cs.clip !== 'auto') important(e, 'clip', 'auto');
      if (cs.clipPath && cs.clipPath !== 'none') important(e, 'clip-path', 'none');
      if (cs.transform && cs.transform !== 'none') important(e, 'transform', 'none');
      if (parseFloat(cs.fontSize) < 8) important(e, 'font-size', '14px');
      if (cs.overflow !== 'visible' && (e.offsetWidth < 4 || e.offsetHeight < 4)) {
        important(e, 'overflow', 'visible');
        important(e, 'width', 'auto');
        important(e, 'height', 'auto');
        important(e, 'max-width', 'none');
        important(e, 'max-height', 'none');
      }
      if (e.offsetWidth < 1 && (parseFloat(cs.width) < 1 || parseFloat(cs.height) < 1)) {
        important(e, 'width', 'auto');
        important(e, 'height', 'auto');
      }
      if (e.hidden) e.hidden = false;
    }
    if (el.offsetWidth < 1) { important(el, 'display', 'inline-block'); important(el, 'min-width', '1em'); }
  }
  function plain(u) { return (u || '').replace(/#.*$/, '').replace(/\/$/, ''); }
  function result(el) {
    if (!el) return {found: false, kind: spec.kind};
    return {found: true, kind: spec.kind, href: el.href || '', rawHref: el.getAttribute('href') || '',
            width: el.offsetWidth, height: el.offsetHeight, text: (el.textContent || '').slice(0, 200)};
  }
  if (spec.kind === 'link') {
    var wanted = spec.links.map(plain);
    var anchors = document.querySelectorAll('a[href], area[href], link[href], iframe[src], img[src], script[src]');
    var hit = null;
    for (var i = 0; i < anchors.length && !hit; ++i) {
      var a = anchors[i];
      var u = a.href || a.src || '';
      if (wanted.indexOf(plain(u)) >= 0 || wanted.indexOf(plain(a.getAttribute('href') || a.getAttribute('src'))) >= 0) hit = a;
    }
    if (hit) { reveal(hit); outline(hit); }
    return result(hit);
  }
  if (spec.kind === 'wording') {
    var walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
    var node, best = null;
    while ((node = walker.nextNode())) {
      var p = node.parentElement;
      if (!p || /^(SCRIPT|STYLE|NOSCRIPT)$/.test(p.tagName)) continue;
      if (node.data.indexOf(spec.term) < 0) continue;
      var inSentence = spec.sentences.some(function (s) { return s && (p.textContent || '').indexOf(s.slice(0, 12)) >= 0; });
      if (!best || inSentence) { best = node; if (inSentence) break; }
    }
    if (!best) return result(null);
    var at = best.data.indexOf(spec.term);
    var range = document.createRange();
    range.setStart(best, at);
    range.setEnd(best, at + spec.term.length);
    var mark = document.createElement('mark');
    range.surroundContents(mark);
    important(mark, 'background', '#ffd400');
    important(mark, 'color', '#000');
    var sentence = mark.parentElement;
    important(sentence, 'background-color', '#fff3b0');
    reveal(mark);
    outline(mark);
    var r = result(mark);
    r.sentence = (sentence.textContent || '').slice(0, 300);
    return r;
  }
  if (spec.kind === 'footer') {
    var footer = document.querySelector('footer, #footer, .footer, [id*="foot" i], [class*="foot" i]');
    if (!footer && document.body) {
      var kids = document.body.children;
      for (var k = kids.length - 1; k >= 0 && !footer; --k)
        if (!/^(SCRIPT|STYLE)$/.test(kids[k].tagName) && (kids[k].textContent || '').trim()) footer = kids[k];
    }
    if (footer) outline(footer);
    return result(footer);
  }
  return result(null);
})
)JS";

} // namespace

QString ReviewHighlight::kindOf(const Finding &finding)
{
    if (finding.indicator == QLatin1String("W-D-IDENT"))
        return QStringLiteral("footer");
    if (!finding.details.value(QStringLiteral("term")).toString().isEmpty())
        return QStringLiteral("wording");
    if (!finding.link.isEmpty())
        return QStringLiteral("link");
    return {};
}

QString ReviewHighlight::script(const Finding &finding, qint64 evidenceRunId)
{
    QJsonObject spec{{QStringLiteral("kind"), kindOf(finding)}};
    QJsonArray links{finding.link};
    if (evidenceRunId > 0) {
        const QUrl captured = EvidenceUrl::encode(evidenceRunId, QUrl(finding.link));
        if (captured.isValid())
            links.append(captured.toString(QUrl::FullyEncoded));
    }
    spec.insert(QStringLiteral("links"), links);
    spec.insert(QStringLiteral("term"), finding.details.value(QStringLiteral("term")).toString());
    spec.insert(QStringLiteral("sentences"), finding.details.value(QStringLiteral("sentences")).toArray());
    return QString::fromUtf8(kScript).trimmed() + QLatin1Char('(')
        + QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact)) + QLatin1Char(')');
}

} // namespace xj
