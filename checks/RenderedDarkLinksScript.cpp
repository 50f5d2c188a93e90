// The analysis script of the rendered pass: the same techniques and thresholds as the static
// pass (DarkLinkDetector.h, DarkLinkHiding.cpp), asked of the browser's computed style and layout.
// It runs in an isolated world (the page's own scripts cannot tamper with it), and reports every
// hidden a[href]/iframe[src] with an http(s) target; C++ then keeps the outside ones.
#include "RenderedDarkLinks.h"

namespace xj {

QString RenderedDarkLinks::analysisScript()
{
    return QStringLiteral(R"JS(function (opts) {
  var started = Date.now();
  var win = window, doc = document;
  if (opts.frame) {
    var frame = document.getElementById('xj-frame');
    if (!frame) return JSON.stringify({error: 'no-frame'});
    try {
      doc = frame.contentDocument;
      win = frame.contentWindow;
      if (!doc || !doc.documentElement || !win) return JSON.stringify({error: 'blocked'});
      if (doc.URL === 'about:blank') return JSON.stringify({error: 'blocked'});
    } catch (e) {
      return JSON.stringify({error: 'cross-origin'});
    }
  }
  var TINY = opts.tiny, OFF = opts.offscreen, NO_OPACITY = opts.noOpacity, FAST = opts.fast, TOL = opts.tolerance;
  function style(e) { return win.getComputedStyle(e); }
  function path(e) {
    var parts = [];
    for (; e && e.nodeType === 1; e = e.parentElement) {
      var tag = e.localName;
      if (tag === 'html') break;
      var part = tag;
      if (e.id) {
        part += '#' + e.id;
      } else if (e.parentElement) {
        var same = 0, pos = 0;
        for (var c = e.parentElement.firstElementChild; c; c = c.nextElementSibling)
          if (c.localName === tag) { same++; if (c === e) pos = same; }
        if (same > 1) part += ':nth-of-type(' + pos + ')';
      }
      parts.unshift(part);
    }
    return parts.join(' > ');
  }
  function px(v) { return (Math.round(v * 100) / 100) + 'px'; }
  function colour(s) {
    var m = /rgba?\(([^)]*)\)/.exec(s || '');
    if (!m) return null;
    var p = m[1].split(/[\s,\/]+/).filter(function (x) { return x.length > 0; }).map(parseFloat);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  }
  function over(top, below) {
    if (top.a >= 1) return top;
    return {r: top.r * top.a + below.r * (1 - top.a), g: top.g * top.a + below.g * (1 - top.a),
            b: top.b * top.a + below.b * (1 - top.a), a: 1};
  }
  function name(c) { return 'rgb(' + Math.round(c.r) + ', ' + Math.round(c.g) + ', ' + Math.round(c.b) + ')'; }
  function background(e) {
    var layers = [], base = {r: 255, g: 255, b: 255, a: 1};
    for (; e && e.nodeType === 1; e = e.parentElement) {
      var s = style(e);
      if (s.backgroundImage && s.backgroundImage !== 'none') return null;
      var c = colour(s.backgroundColor);
      if (c && c.a >= 1) { base = c; break; }
      if (c && c.a > 0) layers.push(c);
    }
    for (var i = layers.length - 1; i >= 0; --i) base = over(layers[i], base);
    return base;
  }
  function alike(a, b) { return Math.abs(a.r - b.r) <= TOL && Math.abs(a.g - b.g) <= TOL && Math.abs(a.b - b.b) <= TOL; }
  function hide(t, e, what) { return {technique: t, cause: what + ' on ' + path(e)}; }
  function isInline(s) { return s.display === 'inline' || s.display === 'contents'; }
  function clips(s) { return s.overflowX !== 'visible' || s.overflowY !== 'visible'; }
  function tinyBox(e, s) {
    if (opts.geometry) { var r = e.getBoundingClientRect(); return r.width <= TINY || r.height <= TINY; }
    return parseFloat(s.width) <= TINY || parseFloat(s.height) <= TINY;
  }
  function boxHides(e, frameItself) {
    var s = style(e);
    if (s.display === 'none') return hide('display-none', e, 'display: none');
    if (parseFloat(s.opacity) <= NO_OPACITY) return hide('opacity-zero', e, 'opacity: ' + s.opacity);
    var abs = s.position === 'absolute' || s.position === 'fixed';
    if (abs && /rect\(/.test(s.clip)) {
      var n = (s.clip.match(/-?[\d.]+/g) || []).map(parseFloat);
      if (n.length === 4 && (n[1] <= n[3] || n[2] <= n[0])) return hide('zero-size-overflow', e, 'clip: ' + s.clip);
    }
    if (e.localName === 'marquee') {
      var amount = parseInt(e.getAttribute('scrollamount') || '', 10);
      var slides = (e.getAttribute('behavior') || '').trim().toLowerCase() === 'slide';
      if (tinyBox(e, s)) return hide('marquee', e, 'marquee of no size');
      if (amount >= FAST && !slides) return hide('marquee', e, 'marquee scrollamount=' + amount);
    }
    if (!frameItself && clips(s) && !isInline(s) && tinyBox(e, s))
      return hide('zero-size-overflow', e, 'box of no size, overflow: ' + (s.overflowX !== 'visible' ? s.overflowX : s.overflowY));
    var left = parseFloat(s.left), top = parseFloat(s.top);
    if ((abs || s.position === 'relative') && (left <= OFF || top <= OFF))
      return hide('offscreen-position', e, 'position: ' + s.position + '; ' + (left <= OFF ? 'left: ' + s.left : 'top: ' + s.top));
    var ml = parseFloat(s.marginLeft), mt = parseFloat(s.marginTop);
    if (ml <= OFF || (!isInline(s) && mt <= OFF))
      return hide('offscreen-position', e, ml <= OFF ? 'margin-left: ' + s.marginLeft : 'margin-top: ' + s.marginTop);
    return null;
  }
  function textHidden(p) {
    var s = style(p);
    if (s.visibility !== 'visible') return hide('visibility-hidden', p, 'visibility: ' + s.visibility);
    if (parseFloat(s.fontSize) <= TINY) return hide('tiny-font', p, 'font-size: ' + s.fontSize);
    var c = colour(s.color);
    if (c && c.a <= 0) return hide('same-colour', p, 'color: transparent');
    var bg = background(p);
    if (c && bg && alike(over(c, bg), bg)) return hide('same-colour', p, 'color ' + name(c) + ' on background ' + name(bg));
    return null;
  }
  function content(el) {
    var first = null, stack = [el];
    while (stack.length) {
      var n = stack.pop(), h = null;
      if (n.nodeType === 3) {
        if (!/[^\s\u200b\u2060\ufeff\u00ad]/.test(n.data)) continue;
        h = textHidden(n.parentElement);
      } else if (n.nodeType === 1) {
        if (n !== el) {
          var s = style(n);
          if (s.display === 'none' || parseFloat(s.opacity) <= NO_OPACITY) continue;
        }
        if (n !== el && /^(img|svg|canvas|video|object|embed|input|iframe)$/.test(n.localName)) {
          var is = style(n);
          if (is.visibility !== 'visible') {
            h = hide('visibility-hidden', n, 'visibility: ' + is.visibility);
          } else if (n.localName === 'img' && (!n.complete || n.naturalWidth === 0)) {
            // Not loaded (images may be off): only its declared size can hide it.
            var w = parseFloat(n.getAttribute('width')), ht = parseFloat(n.getAttribute('height'));
            if (w <= TINY || ht <= TINY) h = hide('zero-size-overflow', n, 'image of no size');
            else return null;
          } else if (tinyBox(n, is)) {
            h = hide('zero-size-overflow', n, 'image of no size');
          } else {
            return null;
          }
        } else {
          for (var c = n.lastChild; c; c = c.previousSibling) stack.push(c);
          continue;
        }
      } else {
        continue;
      }
      if (!h) return null;
      if (!first) first = h;
    }
    return first;
  }
  function blockOf(el) {
    for (var b = el; b && b.nodeType === 1; b = b.parentElement)
      if (!isInline(style(b))) return b;
    return null;
  }
  var extent = (function () {
    var de = doc.documentElement, body = doc.body;
    return {w: Math.max(de.scrollWidth, body ? body.scrollWidth : 0, win.innerWidth),
            h: Math.max(de.scrollHeight, body ? body.scrollHeight : 0, win.innerHeight)};
  })();
  function geometryHides(el) {
    var rects = el.getClientRects(), area = false, inside = false, visible = false;
    for (var i = 0; i < rects.length; ++i) {
      var r = rects[i];
      if (r.width <= 0 || r.height <= 0) continue;
      area = true;
      var x1 = r.left + win.scrollX, y1 = r.top + win.scrollY, x2 = r.right + win.scrollX, y2 = r.bottom + win.scrollY;
      if (x2 > 0 && y2 > 0 && x1 < extent.w && y1 < extent.h) inside = true;
      // What remains of the box inside every ancestor that clips its overflow.
      var v = {l: r.left, t: r.top, r: r.right, b: r.bottom};
      for (var a = el.parentElement; a && a !== doc.documentElement; a = a.parentElement) {
        var as = style(a);
        if (!clips(as) || isInline(as)) continue;
        var ar = a.getBoundingClientRect();
        v = {l: Math.max(v.l, ar.left), t: Math.max(v.t, ar.top), r: Math.min(v.r, ar.right), b: Math.min(v.b, ar.bottom)};
      }
      if (v.r - v.l > 0 && v.b - v.t > 0) visible = true;
    }
    if (!area) return null; // nothing laid out: the content checks decide
    var b = blockOf(el), indented = b && parseFloat(style(b).textIndent) <= OFF;
    if (!inside)
      return indented ? hide('text-indent', b, 'text-indent: ' + style(b).textIndent)
                      : hide('offscreen-position', el, 'laid out outside the page');
    if (!visible)
      return indented ? hide('text-indent', b, 'text-indent: ' + style(b).textIndent)
                      : hide('offscreen-position', el, 'laid out outside the box that clips it');
    return null;
  }
  function judge(el) {
    var frameItself = el.localName === 'iframe', s = style(el);
    if (frameItself && tinyBox(el, s)) {
      var chain = null;
      for (var e0 = el.parentElement; e0 && !chain; e0 = e0.parentElement) chain = style(e0).display === 'none';
      if (!chain && s.display !== 'none') return hide('zero-iframe', el, 'iframe of no size');
    }
    for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
      var h = boxHides(e, e === el && frameItself);
      if (h) return h;
    }
    if (s.visibility !== 'visible') return hide('visibility-hidden', el, 'visibility: ' + s.visibility);
    if (!frameItself && s.backgroundImage !== 'none' && !isInline(s) && !tinyBox(el, s)) return null; // an image button
    var b = blockOf(el);
    if (b && parseFloat(style(b).textIndent) <= OFF) return hide('text-indent', b, 'text-indent: ' + style(b).textIndent);
    if (!frameItself) {
      var c = content(el);
      if (c) return c;
    }
    return opts.geometry ? geometryHides(el) : null;
  }
  function shownText(el) {
    var t = (el.textContent || '').replace(/\s+/g, ' ').trim();
    if (!t) { var img = el.querySelector && el.querySelector('img[alt]'); if (img) t = img.getAttribute('alt').trim(); }
    if (!t) t = (el.getAttribute('title') || '').trim();
    return t.slice(0, 300);
  }
  // A visitor pointing at and focusing everything: rules with :hover, :focus … rewritten to an
  // always-true condition of the same specificity, in place (the page is thrown away afterwards).
  function pointAtEverything() {
    var re = /:(hover|focus-within|focus-visible|focus|active)(?![\w-])/g, changed = 0;
    function walk(rules) {
      for (var i = 0; i < rules.length; ++i) {
        var r = rules[i];
        re.lastIndex = 0;
        if (typeof r.selectorText === 'string' && re.test(r.selectorText)) {
          re.lastIndex = 0;
          r.selectorText = r.selectorText.replace(re, ':not(.xj-never-set)');
          changed++;
        } else if (r.cssRules) {
          walk(r.cssRules);
        }
      }
    }
    for (var s = 0; s < doc.styleSheets.length; ++s) {
      try { walk(doc.styleSheets[s].cssRules); } catch (e) { /* another origin's sheet: unreadable */ }
    }
    return changed;
  }
  var nodes = doc.querySelectorAll('a[href], iframe[src]'), hidden = [], out = [], truncated = false;
  for (var i = 0; i < nodes.length; ++i) {
    if (Date.now() - started > opts.budgetMs || hidden.length >= opts.maxLinks) { truncated = true; break; }
    var el = nodes[i], href = el.localName === 'iframe' ? el.src : el.href;
    if (!/^https?:/i.test(href || '')) continue;
    var h = judge(el);
    if (h) hidden.push({el: el, href: href, h: h});
  }
  // A dropdown that opens on :hover or :focus shows its links to whoever points at it.
  var pointing = hidden.length > 0 && pointAtEverything() > 0;
  for (var k = 0; k < hidden.length; ++k) {
    var c = hidden[k];
    if (pointing && !judge(c.el)) continue;
    out.push({url: c.href, text: shownText(c.el), technique: c.h.technique, cause: c.h.cause, path: path(c.el)});
  }
  return JSON.stringify({url: doc.URL, seen: nodes.length, links: out, truncated: truncated,
                         viewport: [win.innerWidth, win.innerHeight]});
})JS");
}

} // namespace xj
