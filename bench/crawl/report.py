#!/usr/bin/env python3
"""Reads what bench/crawl/run.sh left in OUT and prints results.md: per tool the wall time, CPU,
peak RSS, what it asked the server for (from nginx's access log), and the broken links it
reported against make-site.py's ground truth; wrk's requests/s as the ceiling."""
import argparse
import csv
import json
import os
import re
import sys

csv.field_size_limit(sys.maxsize)


def read(path, default=""):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return default


def time_v(path):
    text = read(path)
    def num(label):
        m = re.search(re.escape(label) + r":\s*([\d.:]+)", text)
        return m.group(1) if m else None
    wall = num("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    seconds = 0.0
    if wall:
        for part in wall.split(":"):
            seconds = seconds * 60 + float(part)
    return {
        "wall": seconds,
        "user": float(num("User time (seconds)") or 0),
        "sys": float(num("System time (seconds)") or 0),
        "rss_mb": int(num("Maximum resident set size (kbytes)") or 0) / 1024,
    }


def access(path, html_port):
    reqs = {"GET": 0, "HEAD": 0, "other": 0}
    urls, page_gets, page_urls, statuses = set(), 0, set(), {}
    for line in read(path).splitlines():
        parts = line.split(" ", 3)
        if len(parts) != 4:
            continue
        method, status, port, uri = parts
        reqs[method if method in reqs else "other"] += 1
        urls.add((port, uri))
        statuses[status] = statuses.get(status, 0) + 1
        if method == "GET" and status == "200" and port == html_port and (uri == "/" or uri.endswith(".html")):
            page_gets += 1
            page_urls.add(uri)
    return {"requests": sum(reqs.values()), "by_method": reqs, "distinct_urls": len(urls),
            "page_gets": page_gets, "distinct_pages": len(page_urls), "by_status": statuses}


def broken_xunjian(d):
    found, notes = set(), {}
    try:
        findings = json.loads(read(os.path.join(d, "findings.json"), "[]"))
    except json.JSONDecodeError:
        findings = []
    for f in findings:
        if f.get("indicator") == "W-D-LINK" and f.get("link"):
            found.add(f["link"])
        elif f.get("indicator") == "W-N-WRONGLINK":
            notes.setdefault(f["link"], f.get("evidence", ""))
    wrong = len(notes)
    extra_note = ""
    if wrong:
        sample = next(iter(notes.values()))
        extra_note = f"also {wrong} link(s) called soft-not-found (W-N-WRONGLINK), e.g. {sample[:90]}"
    return found, extra_note


def broken_wget2(d):
    found, seen_rows = set(), set()
    with open(os.path.join(d, "stats.csv"), encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            url = row.get("URL", "")
            seen_rows.add(url)
            try:
                if int(row.get("Status", "0")) >= 400:
                    found.add(url)
            except ValueError:
                pass
    # A URL wget2 tried ("Checking '…'") that has no row in the site stats got no answer at all
    # (connection refused); wget2 reports those only in its log.
    for m in re.finditer(r"Checking '([^']+)'", read(os.path.join(d, "wget2.log"))):
        if m.group(1) not in seen_rows:
            found.add(m.group(1))
    return found, ""


def broken_linkchecker(d):
    found, other = set(), set()
    lines = [l for l in read(os.path.join(d, "stdout.txt")).splitlines() if l and not l.startswith("#")]
    for row in csv.DictReader(lines, delimiter=";"):
        if row.get("valid") == "False":
            url = row.get("url") or row.get("urlname", "")
            (found if url.startswith("http") else other).add(url)
    note = f"also reported {len(other)} non-HTTP link(s) invalid: {', '.join(sorted(other))[:100]}" if other else ""
    return found, note


def broken_linkinator(d):
    found, failed = set(), set()
    with open(os.path.join(d, "stdout.txt"), encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if row.get("state") == "BROKEN":
                found.add(row.get("url", ""))
                if row.get("status") == "0":
                    failed.add(row.get("url", ""))
    note = f"{len(failed)} URL(s) reported BROKEN with status 0 (the request failed without an answer)" if failed else ""
    return found, note


READERS = {"xunjian": broken_xunjian, "xunjian-links": broken_xunjian, "wget2": broken_wget2, "wget2-span": broken_wget2, "linkchecker": broken_linkchecker,
           "linkinator": broken_linkinator}


def wrk(path):
    text = read(path)
    m = re.search(r"Requests/sec:\s*([\d.]+)", text)
    n = re.search(r"(\d+) requests in ([\d.]+)s", text)
    errs = re.search(r"Socket errors:.*", text)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {"rps": float(m.group(1)) if m else 0.0, "requests": int(n.group(1)) if n else 0,
            "errors": (errs.group(0) if errs else "") + (f" non-2xx {non2xx.group(1)}" if non2xx else "")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, required=True)
    ap.add_argument("--tools", required=True)
    a = ap.parse_args()
    manifest = json.loads(read(os.path.join(a.out, "manifest.json")))
    truth = {}
    for line in read(os.path.join(a.out, "truth.tsv")).splitlines()[1:]:
        url, kind, why, occ = line.split("\t")
        truth[url] = (kind, why)
    pages = manifest["html_pages"]
    html_port = manifest["base"].rsplit(":", 1)[1]

    rows, notes, details = [], [], {}
    for tool in a.tools.split():
        d = os.path.join(a.out, tool)
        if not os.path.isdir(d):
            continue
        t = time_v(os.path.join(d, "time.txt"))
        acc = access(os.path.join(d, "access.txt"), html_port)
        exit_status = read(os.path.join(d, "exit.txt")).strip()
        try:
            found, note = READERS[tool](d)
        except OSError as e:
            found, note = set(), f"no output: {e}"
        hit = found & truth.keys()
        missed = sorted(truth.keys() - found)
        extra = sorted(found - truth.keys())
        cpu = t["user"] + t["sys"]
        n0, n1 = (read(os.path.join(d, "nginx-cpu.txt")).split() + ["0", "0"])[:2]
        refused_tried = sum(1 for u in hit if truth[u][1] == "refused")
        rows.append({
            "tool": tool, "exit": exit_status, "wall": t["wall"], "user": t["user"], "sys": t["sys"], "cpu": cpu,
            "cpu_ms_page": 1000 * cpu / pages, "rss_mb": t["rss_mb"], "requests": acc["requests"],
            "get": acc["by_method"]["GET"], "head": acc["by_method"]["HEAD"],
            "rps": acc["requests"] / t["wall"] if t["wall"] else 0, "page_gets": acc["page_gets"],
            "distinct_pages": acc["distinct_pages"], "distinct_urls": acc["distinct_urls"] + refused_tried,
            "found": len(hit), "truth": len(truth), "missed": len(missed), "extra": len(extra),
            "nginx_cpu": float(n1) - float(n0), "connections": read(os.path.join(d, "connections.txt")).strip() or "?", "machine": read(os.path.join(d, "machine.txt")).strip(),
            "command": read(os.path.join(d, "command.txt")).strip(),
        })
        missed_why = {}
        for u in missed:
            key = f"{truth[u][0]}/{truth[u][1]}"
            missed_why[key] = missed_why.get(key, 0) + 1
        details[tool] = {"missed_by_kind": missed_why, "missed_sample": missed[:5], "extra_sample": extra[:5],
                         "by_status": acc["by_status"], "note": note}

    ka = wrk(os.path.join(a.out, "wrk-keepalive.txt"))
    cl = wrk(os.path.join(a.out, "wrk-close.txt"))
    out = []
    w = out.append
    w("# Crawler benchmark results\n")
    w(f"Site: {pages} HTML pages ({manifest['columns']} column pages × {manifest['content_pages'] // manifest['columns']} "
      f"content pages + home; {manifest['gbk_pages']} of them GBK, {manifest['html_megabytes']} MB of HTML), "
      f"{manifest['links_per_page']} links a page ({manifest['link_occurrences']} in all), "
      f"{manifest['distinct_http_links']} distinct HTTP link targets, {len(truth)} of them broken "
      f"({manifest['broken_by_why']['404']} answer 404, {manifest['broken_by_why']['refused']} refuse the connection). "
      f"Concurrency {a.jobs} for every tool; nginx with one worker on 127.0.0.1.\n")
    w(read(os.path.join(a.out, "versions.txt")).strip().replace("\n", " · ") + "\n")
    errors = [l for l in read(os.path.join(a.out, "logs", "nginx-error.log")).splitlines() if "[crit]" in l or "[alert]" in l or "[emerg]" in l]
    server_errors = sum(int(v) for r in rows for k, v in details[r["tool"]]["by_status"].items() if k.startswith("5"))
    if errors or server_errors:
        w(f"**Warning: the server failed during the run** ({len(errors)} critical lines in nginx-error.log, "
          f"{server_errors} answers 5xx): these numbers do not measure the tools.\n")
    w("| tool | wall s | CPU s (user+sys) | CPU ms/page | peak RSS MB | requests (GET/HEAD) | req/s | page GETs (distinct) | distinct URLs checked | broken found / truth | missed | extra | nginx CPU s | peak connections |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        flag = "" if r["exit"] in ("0", "1", "4", "8") else f" (exit {r['exit']}{', timed out' if r['exit'] == '124' else ''})"
        w(f"| {r['tool']}{flag} | {r['wall']:.1f} | {r['cpu']:.1f} ({r['user']:.1f}+{r['sys']:.1f}) | {r['cpu_ms_page']:.2f} | "
          f"{r['rss_mb']:.0f} | {r['requests']} ({r['get']}/{r['head']}) | {r['rps']:.0f} | {r['page_gets']} ({r['distinct_pages']}) | "
          f"{r['distinct_urls']} | {r['found']} / {r['truth']} | {r['missed']} | {r['extra']} | {r['nginx_cpu']:.1f} | {r['connections']} |")
    w(f"| wrk, keep-alive (ceiling) | {ka['requests'] / ka['rps'] if ka['rps'] else 0:.1f} | | | | {ka['requests']} | {ka['rps']:.0f} | | | | | | | {a.jobs} |")
    w(f"| wrk, Connection: close | {cl['requests'] / cl['rps'] if cl['rps'] else 0:.1f} | | | | {cl['requests']} | {cl['rps']:.0f} | | | | | | | {a.jobs} |")
    w("")
    w("CPU ms/page: the tool's user+sys CPU divided by the site's HTML pages. Requests, page GETs and "
      "distinct URLs come from nginx's access log of the tool's run (page GETs: GET 200 of `/` or *.html on the "
      "site's port); peak connections: the most TCP connections open to the two servers at once, sampled every 0.5 s; distinct URLs checked adds the refused-connection links the tool reported, which never reach nginx.\n")
    for r in rows:
        d = details[r["tool"]]
        w(f"- **{r['tool']}**: `{r['command']}` (exit {r['exit']}; machine {r['machine'] or '?'}); "
          f"answers {json.dumps(d['by_status'], sort_keys=True)}"
          + (f"; missed {json.dumps(d['missed_by_kind'], sort_keys=True)}, e.g. {', '.join(d['missed_sample'][:3])}" if r["missed"] else "")
          + (f"; extra e.g. {', '.join(d['extra_sample'][:3])}" if r["extra"] else "")
          + (f"; {d['note']}" if d["note"] else ""))
    w(f"- **wrk**: `wrk -t 1 -c {a.jobs} -d …s -s wrk-paths.lua` over {sum(1 for _ in read(os.path.join(a.out, 'wrk-paths.txt')).splitlines())} "
      f"page paths; keep-alive {ka['errors'] or 'no errors'}; close {cl['errors'] or 'no errors'}")
    extra_xj = os.path.join(a.out, "xunjian", "pages.tsv")
    if os.path.exists(extra_xj):
        w(f"- xunjian's own records: pages by role (role, rows, HTTP 200) {read(extra_xj).strip().replace(chr(10), '; ').replace(chr(9), ' ')}; "
          f"links (method, status, error, verdict, rows) {read(os.path.join(a.out, 'xunjian', 'links.tsv')).strip().replace(chr(10), '; ').replace(chr(9), ' ')}; "
          f"disk (bytes) {read(os.path.join(a.out, 'xunjian', 'disk.txt')).strip().replace(chr(10), '; ').replace(chr(9), ' ')}")
    ind = os.path.join(a.out, "xunjian", "indicators.tsv")
    if os.path.exists(ind):
        w(f"- xunjian's full check filed (indicator, findings) {read(ind).strip().replace(chr(10), '; ').replace(chr(9), ' ')}")
    print("\n".join(out))
    with open(os.path.join(a.out, "results.json"), "w") as f:
        json.dump({"manifest": manifest, "rows": rows, "details": details, "wrk": {"keepalive": ka, "close": cl}}, f,
                  ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
