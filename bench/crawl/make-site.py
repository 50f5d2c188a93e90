#!/usr/bin/env python3
"""Generates the synthetic government site of the crawler benchmark (bench/crawl/run.sh).

Deterministic: the same arguments give the same bytes. The layout is the one `xunjian check`
inspects whole when every column is registered and --sample covers a column's list:

  /                       home page: links to every column list page
  /cNNN/index.html        column (list) page, UTF-8      } --columns of them, half each;
  /gb/cNNN/index.html     column (list) page, GBK        } each lists --per-column content pages
  /cNNN/tYYYYMMDD_ID.html content page (GBK under /gb/), ~50 links each
  /images/, /files/       images and attachments (a few are missing: 404)
  http://127.0.0.1:EXT/   an "other government site" (a second nginx server; a few pages missing)
  http://127.0.0.2:PORT/  and http://127.0.0.1:9/ refuse connections (a shut-down host)
  /r/…                    301 redirects to existing content pages (not broken)

Every page is reachable from the home page through the column pages, so a recursive spider and
xunjian (with the columns registered, --sample >= --per-column) fetch the same set of pages.
Content pages link to other content pages, images, attachments, external pages and, now and then,
to a missing page: the ground truth (truth.tsv) lists every distinct broken URL that some page
links to, with why it is broken. No page says 找不到, 页面不存在 or "not found"; titles carry
running numbers (通知（第404号）, 第1404号…) as real notices do, which a checker should not take for
a "soft" not-found page.

Writes into OUT: site/ (served on PORT), ext/ (served on EXT), truth.tsv, manifest.json,
xunjian-sites.csv, xunjian-columns.csv (for `xunjian import`), wrk-paths.txt.
"""
import argparse
import json
import os
import random
import shutil

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
PHRASES = [
    "深入贯彻落实", "高质量发展", "优化营商环境", "政务服务", "一网通办", "乡村振兴", "生态环境保护",
    "安全生产", "民生保障", "社会治理", "疫情防控", "财政预算", "公共资源交易", "行政审批", "人才引进",
    "城市更新", "交通运输", "教育事业", "医疗卫生", "文化旅游", "市场监管", "应急管理", "科技创新",
    "农业农村", "就业创业", "养老服务", "住房保障", "河湖长制", "森林防火", "防汛抗旱", "信访工作",
    "法治政府", "数字政府", "营商环境评价", "重点项目建设", "招商引资", "工作部署会议", "专题学习",
    "调研督导", "政策解读", "征求意见", "公示公告", "统计数据", "财政资金", "人事任免", "规划计划",
]
CATEGORIES = ["动态要闻", "通知公告", "政策文件", "人事", "规划计划", "互动", "办事", "其他"]
COLUMN_NAMES = ["工作动态", "通知公告", "政策文件", "政策解读", "人事信息", "规划计划", "财政信息",
                "统计信息", "公示公告", "部门动态", "乡镇动态", "专题专栏", "办事指南", "政民互动"]


def sentence(rng, words=12):
    return "，".join(rng.choice(PHRASES) for _ in range(words // 3)) + "。"


def page_html(charset, title, body_links, paragraphs, nav_html):
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
        f"<meta charset=\"{charset}\">\n<title>{title}</title>\n"
        "<link rel=\"stylesheet\" href=\"/css/main.css\">\n"
        "<script src=\"/js/main.js\"></script>\n"
        "</head>\n<body>\n<div class=\"header\"><a href=\"/\">临澜市人民政府</a></div>\n"
        f"<div class=\"nav\">{nav_html}</div>\n"
        f"<div class=\"main\"><h1>{title}</h1>\n"
        + "".join(f"<p>{p}</p>\n" for p in paragraphs)
        + f"{body_links}</div>\n"
        "<div class=\"footer\">主办：临澜市人民政府办公室 网站标识码：4459000099 "
        "<a href=\"mailto:webmaster@linlan.example.gov.cn\">联系我们</a></div>\n"
        "</body>\n</html>\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="output folder (emptied first)")
    ap.add_argument("--pages", type=int, default=20000, help="about this many HTML pages (default 20000)")
    ap.add_argument("--per-column", type=int, default=49, help="content pages listed by each column page")
    ap.add_argument("--port", type=int, default=18080)
    ap.add_argument("--ext-port", type=int, default=18081)
    ap.add_argument("--seed", type=int, default=20260701)
    a = ap.parse_args()

    rng = random.Random(a.seed)
    columns = max(2, round(a.pages / (a.per_column + 1)))
    base = f"http://127.0.0.1:{a.port}"
    ext_base = f"http://127.0.0.1:{a.ext_port}"
    site = os.path.join(a.out, "site")
    ext = os.path.join(a.out, "ext")
    for d in (site, ext):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)

    def colpath(c):
        return f"/gb/c{c:03d}/" if c % 2 else f"/c{c:03d}/"

    def colcharset(c):
        return "gbk" if c % 2 else "utf-8"

    col_index = [colpath(c) + "index.html" for c in range(columns)]
    col_title = [f"{COLUMN_NAMES[c % len(COLUMN_NAMES)]}（{c + 1}）" for c in range(columns)]
    content = []  # (column, path, title)
    for c in range(columns):
        for j in range(a.per_column):
            n = c * a.per_column + j
            date = f"2026{1 + n % 12:02d}{1 + n % 28:02d}"
            content.append((c, f"{colpath(c)}t{date}_{100000 + n}.html",
                            f"关于{rng.choice(PHRASES)}{rng.choice(PHRASES)}的通知（第{n + 1}号）"))

    # Pools of link targets; the "missing" ones are never written: they answer 404.
    n_img = max(20, a.pages // 10)
    n_file = max(10, a.pages // 20)
    n_ext = max(10, a.pages // 40)
    n_dead = max(5, a.pages // 100)
    images = [f"/images/{'pic' if i % 3 else 'banner'}{i:05d}.png" for i in range(n_img)]
    exts = [".pdf", ".docx", ".xls", ".wps", ".zip"]
    files = [f"/files/{2026}{i:05d}{exts[i % len(exts)]}" for i in range(n_file)]
    ext_pages = [f"/site{i % 20:02d}/art{i:05d}.html" for i in range(n_ext)]
    missing_img = set(rng.sample(images, max(1, n_img * 3 // 100)))
    missing_file = set(rng.sample(files, max(1, n_file * 3 // 100)))
    missing_ext = set(rng.sample(ext_pages, max(1, n_ext * 5 // 100)))
    dead_pages = [f"{colpath(i % columns)}t2025{1 + i % 12:02d}01_{900000 + i}.html" for i in range(n_dead)]
    refused = [f"http://127.0.0.2:{a.port}/old/{i}.html" for i in range(8)] + \
              [f"http://127.0.0.1:9/portal/{i}.html" for i in range(8)]

    used = {}  # absolute URL -> [kind, occurrences]

    def use(url, kind):
        if url.startswith("/"):
            url = base + url
        e = used.setdefault(url, [kind, 0])
        e[1] += 1

    stats = {"pages": 0, "link_occurrences": 0, "bytes": 0}

    def write(path, html, charset):
        data = html.encode("gbk" if charset == "gbk" else "utf-8")
        full = os.path.join(site, path.lstrip("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
        stats["pages"] += 1
        stats["bytes"] += len(data)

    def nav_for(c):
        # Own column first, then ten others: 11 links plus the header's home link.
        picks = [c] + [(c + k * 7 + 1) % columns for k in range(10)]
        for p in picks:
            use(col_index[p], "anchor")
        return " ".join(f"<a href=\"{col_index[p]}\">{col_title[p]}</a>" for p in picks)

    def common_links():
        use("/", "anchor")
        use("/css/main.css", "stylesheet")
        use("/js/main.js", "script")
        use("mailto:webmaster@linlan.example.gov.cn", "mailto")
        return 4

    # Content pages: ~50 links each.
    for idx, (c, path, title) in enumerate(content):
        links = []
        nav = nav_for(c)
        count = 11 + common_links()
        for t in rng.sample(range(len(content)), 24):  # related articles, site-wide
            tc, tpath, ttitle = content[t]
            if rng.random() < 0.01:
                href = "/r" + tpath  # an old address, redirected
            else:
                href = tpath.rsplit("/", 1)[1] if tc == c else tpath
            use(href if href.startswith("/") else path.rsplit("/", 1)[0] + "/" + href, "anchor")
            links.append(f"<li><a href=\"{href}\">{ttitle}</a></li>")
        for img in rng.sample(images, 5):
            use(img, "image")
            links.append(f"<li><img src=\"{img}\" alt=\"图片\"></li>")
        for doc in rng.sample(files, 2):
            use(doc, "attachment")
            links.append(f"<li><a href=\"{doc}\">附件：{rng.choice(PHRASES)}</a></li>")
        for e in rng.sample(ext_pages, 3):
            use(ext_base + e, "anchor")
            links.append(f"<li><a href=\"{ext_base}{e}\">相关网站：{rng.choice(PHRASES)}</a></li>")
        if idx % 7 == 3:  # a link to a page that was taken down
            d = dead_pages[(idx // 7) % n_dead]
            use(d, "anchor")
            links.append(f"<li><a href=\"{d}\">往期：{rng.choice(PHRASES)}</a></li>")
        if idx % 97 == 5:  # a link to a shut-down host
            r = refused[(idx // 97) % len(refused)]
            use(r, "anchor")
            links.append(f"<li><a href=\"{r}\">原网站入口</a></li>")
        count += len(links)
        stats["link_occurrences"] += count
        body = "<ul class=\"related\">\n" + "\n".join(links) + "\n</ul>\n"
        paras = [sentence(rng, 30) for _ in range(6)]
        write(path, page_html(colcharset(c), title, body, paras, nav), colcharset(c))

    # Column (list) pages: the column's content pages first, then navigation and two images.
    for c in range(columns):
        items = content[c * a.per_column:(c + 1) * a.per_column]
        lis = []
        for _, tpath, ttitle in items:
            use(tpath, "anchor")
            lis.append(f"<li><a href=\"{tpath}\">{ttitle}</a><span>2026-07-01</span></li>")
        for img in rng.sample(images, 2):
            use(img, "image")
            lis.append(f"<li><img src=\"{img}\" alt=\"图片\"></li>")
        nav = nav_for(c)
        n = len(lis) + 11 + common_links()
        stats["link_occurrences"] += n
        body = "<ul class=\"list\">\n" + "\n".join(lis) + "\n</ul>\n"
        write(col_index[c], page_html(colcharset(c), col_title[c], body, [sentence(rng, 12)], nav), colcharset(c))

    # Home page: every column, the latest articles, a banner.
    lis = []
    for c in range(columns):
        use(col_index[c], "anchor")
        lis.append(f"<li><a href=\"{col_index[c]}\">{col_title[c]}</a></li>")
    for _, tpath, ttitle in content[:10]:
        use(tpath, "anchor")
        lis.append(f"<li><a href=\"{tpath}\">{ttitle}</a></li>")
    use(images[1], "image")
    lis.append(f"<li><img src=\"{images[1]}\" alt=\"横幅\"></li>")
    n = len(lis) + common_links() - 1  # the header's "/" is the page itself
    stats["link_occurrences"] += n
    write("/index.html", page_html("utf-8", "临澜市人民政府门户网站", "<ul>\n" + "\n".join(lis) + "\n</ul>\n",
                                   [sentence(rng, 30)], ""), "utf-8")

    # Static files and the external site; the missing ones are simply not written.
    os.makedirs(os.path.join(site, "css"))
    os.makedirs(os.path.join(site, "js"))
    os.makedirs(os.path.join(site, "images"))
    os.makedirs(os.path.join(site, "files"))
    with open(os.path.join(site, "css/main.css"), "w") as f:
        f.write("body{font-family:sans-serif}\n")
    with open(os.path.join(site, "js/main.js"), "w") as f:
        f.write("/* site script */\n")
    for img in images:
        if img not in missing_img:
            with open(os.path.join(site, img.lstrip("/")), "wb") as f:
                f.write(PNG)
    for doc in files:
        if doc not in missing_file:
            with open(os.path.join(site, doc.lstrip("/")), "wb") as f:
                f.write(b"%PDF-1.4\n% attachment " + doc.encode() + b"\n" + b"0" * 2000 + b"\n%%EOF\n")
    for e in ext_pages:
        if e not in missing_ext:
            full = os.path.join(ext, e.lstrip("/"))
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>兄弟单位网站 {e}</title></head>"
                        f"<body><p>{sentence(rng, 30)}</p></body></html>\n")

    # A distinct modification time for every file, so that nginx's ETags (mtime-size) differ:
    # wget2 skips a page whose ETag it has seen ("known ETag"), which identical times and sizes
    # would trigger on a generated site, never on a real one.
    stamp = 1782864000  # 2026-07-01
    for root in (site, ext):
        for dirpath, dirnames, filenames in sorted(os.walk(root)):
            dirnames.sort()
            for name in sorted(filenames):
                os.utime(os.path.join(dirpath, name), (stamp, stamp))
                stamp += 1

    # Ground truth: every distinct linked URL that fails, and why.
    truth = []
    for url, (kind, occ) in sorted(used.items()):
        why = None
        if url in refused:
            why = "refused"
        elif url.startswith(ext_base):
            if url[len(ext_base):] in missing_ext:
                why = "404"
        elif url.startswith(base):
            p = url[len(base):]
            if p.startswith("/r/"):
                p = p[2:]
            target = os.path.join(site, p.lstrip("/"))
            if p != "/" and not os.path.isfile(target):
                why = "404"
        if why:
            truth.append((url, kind, why, occ))
    with open(os.path.join(a.out, "truth.tsv"), "w", encoding="utf-8") as f:
        f.write("url\tkind\twhy\toccurrences\n")
        for row in truth:
            f.write("\t".join(map(str, row)) + "\n")

    by_kind = {}
    for url, (kind, _) in used.items():
        by_kind[kind] = by_kind.get(kind, 0) + 1
    manifest = {
        "html_pages": stats["pages"], "columns": columns, "content_pages": len(content),
        "html_megabytes": round(stats["bytes"] / 1e6, 1),
        "gbk_pages": sum(1 for c, _, _ in content if c % 2) + columns // 2,
        "link_occurrences": stats["link_occurrences"],
        "links_per_page": round(stats["link_occurrences"] / stats["pages"], 1),
        "distinct_links": len(used), "distinct_links_by_kind": by_kind,
        "distinct_http_links": sum(1 for u in used if u.startswith("http")),
        "broken": len(truth),
        "broken_by_why": {w: sum(1 for t in truth if t[2] == w) for w in ("404", "refused")},
        "base": base, "ext_base": ext_base, "seed": a.seed,
    }
    with open(os.path.join(a.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)

    # For xunjian: one 门户网站 whose registered columns are the column pages.
    with open(os.path.join(a.out, "xunjian-sites.csv"), "w", encoding="utf-8") as f:
        f.write("名称,类型,网址,网站标识码,主办单位\n")
        f.write(f"临澜市人民政府门户网站,门户网站,{base}/,4459000099,临澜市人民政府办公室\n")
    with open(os.path.join(a.out, "xunjian-columns.csv"), "w", encoding="utf-8") as f:
        f.write("网站,栏目名称,网址,类别\n")
        for c in range(columns):
            f.write(f"4459000099,{col_title[c]},{base}{col_index[c]},{CATEGORIES[c % len(CATEGORIES)]}\n")
    # A sample of page paths for wrk: every 10th content page, the column pages and the home page.
    with open(os.path.join(a.out, "wrk-paths.txt"), "w") as f:
        for p in ["/"] + col_index + [p for i, (_, p, _) in enumerate(content) if i % 10 == 0]:
            f.write(p + "\n")
    print(json.dumps(manifest, ensure_ascii=False))


if __name__ == "__main__":
    main()
