#!/usr/bin/env bash
# Crawler benchmark (by hand; never run by CTest or CI): generates the synthetic government site
# (make-site.py), serves it with nginx on 127.0.0.1 only, measures wrk's requests/s on its pages
# as the ceiling, then crawls and link-checks it with xunjian, wget2, LinkChecker and linkinator 7
# at the same concurrency, each under /usr/bin/time -v, and compares the broken links each one
# reported with the ground truth. Writes bench/out/results.md (and bench/out/crawl/…).
#
# Usage: bench/crawl/run.sh [PAGES] [CONCURRENCY]      defaults: 20000 8
#   XJ_BENCH_TOOLS="xunjian xunjian-links wget2 wget2-span linkchecker linkinator"   the tools to run, in order
#     (xunjian: the full check, every indicator on; xunjian-links: crawl and links only, --links-only)
#                            (wget2-span: wget2 with -H, to show what spanning hosts changes)
#   XJ_BENCH_TIMEOUT=600     seconds one tool may take before it is stopped (reported as such)
#   XJ_BENCH_WRK_SECONDS=10  duration of each wrk run
#   XUNJIAN_BIN              default: build/app/xunjian, built first (flock /tmp/xj-build.lock)
# Needs: bench/crawl/install.sh (nginx-light wget2 linkchecker wrk time sqlite3, linkinator@7).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
pages=${1:-20000}
jobs=${2:-8}
tools=${XJ_BENCH_TOOLS:-"xunjian xunjian-links wget2 wget2-span linkchecker linkinator"}
limit=${XJ_BENCH_TIMEOUT:-600}
wrk_seconds=${XJ_BENCH_WRK_SECONDS:-10}
out_top=$root/bench/out
out=$out_top/crawl
port=18080
ext_port=18081
linkinator=$out_top/npm/node_modules/.bin/linkinator
export XUNJIAN_LANG=en

for t in nginx wget2 linkchecker wrk sqlite3 python3; do
    command -v "$t" >/dev/null || { echo "run.sh: $t missing: run bench/crawl/install.sh" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time missing: run bench/crawl/install.sh" >&2; exit 2; }
[[ -x $linkinator ]] || { echo "run.sh: linkinator missing: run bench/crawl/install.sh" >&2; exit 2; }
for p in $port $ext_port; do
    if ss -Hltn "sport = :$p" | grep -q .; then echo "run.sh: port $p is in use" >&2; exit 2; fi
done

# Other engineers build on this machine: wait (at most 30 min) until no compiler runs, so that the
# numbers are not theirs. Called before the build and before every measured step.
quiet_machine() {
    local waited=0
    while pgrep -f "ninja|cc1plus" >/dev/null; do
        if ((waited == 0)); then echo "waiting for a build to finish…" >&2; fi
        if ((waited >= 1800)); then echo "run.sh: a build is still running after 30 min; measuring anyway" >&2; echo busy; return; fi
        sleep 10
        waited=$((waited + 10))
    done
    echo quiet
}

if [[ -z ${XUNJIAN_BIN:-} ]]; then
    quiet_machine >/dev/null
    flock /tmp/xj-build.lock cmake --build "$root/build" --target xunjian >/dev/null
    XUNJIAN_BIN=$root/build/app/xunjian
fi
[[ -x $XUNJIAN_BIN ]] || { echo "run.sh: no xunjian at $XUNJIAN_BIN" >&2; exit 2; }

rm -rf "$out"
mkdir -p "$out/logs"
# A copy: others may rebuild build/app/xunjian while this runs.
cp "$XUNJIAN_BIN" "$out/xunjian-bin"
XUNJIAN_BIN=$out/xunjian-bin
{
    echo "xunjian $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . ':!bench' || echo ' with uncommitted changes')"
    nginx -v 2>&1 | sed 's/^nginx version: //'
    wget2 --version 2>/dev/null | head -1
    linkchecker --version 2>/dev/null | head -1
    echo "linkinator $("$linkinator" --version) (node $(node --version))"
    wrk --version 2>/dev/null | head -1 || true
    echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
} >"$out/versions.txt"
git -C "$root" diff HEAD -- . ':!bench' >"$out/uncommitted.diff" # what the measured xunjian may include
echo "generating a site of about $pages pages…" >&2
python3 "$here/make-site.py" "$out" --pages "$pages" --port $port --ext-port $ext_port >"$out/make-site.json"

nginx_cmd=(nginx -p "$out/" -c "$here/nginx.conf")
stop_nginx() {
    if [[ -f $out/logs/nginx.pid ]]; then
        "${nginx_cmd[@]}" -s quit 2>/dev/null || true
        for _ in $(seq 50); do [[ -f $out/logs/nginx.pid ]] || break; sleep 0.1; done
    fi
}
trap stop_nginx EXIT
"${nginx_cmd[@]}" 2>/dev/null
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
worker=$(pgrep -P "$(cat "$out/logs/nginx.pid")" | head -1)

# nginx's CPU seconds (master and worker) so far.
nginx_cpu() {
    python3 - "$(cat "$out/logs/nginx.pid")" "$worker" <<'EOF'
import os, sys
tck = os.sysconf("SC_CLK_TCK")
total = 0
for pid in sys.argv[1:]:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    total += int(fields[11]) + int(fields[12])  # utime, stime
print(f"{total / tck:.2f}")
EOF
}
# The access log goes to a file of its own for each step: move it away, then have nginx reopen
# (which also flushes its buffer into the moved file).
rotate_log() { # $1: where the log so far goes
    sleep 1
    mv "$out/logs/access.log" "$1"
    "${nginx_cmd[@]}" -s reopen 2>/dev/null
    for _ in $(seq 50); do [[ -f $out/logs/access.log ]] && break; sleep 0.1; done
    sleep 0.5
}

# The ceiling: wrk on the same pages, with keep-alive and with a new connection per request.
echo "wrk…" >&2
quiet_machine >"$out/wrk-machine.txt"
WRK_PATHS=$out/wrk-paths.txt wrk -t 1 -c "$jobs" -d "${wrk_seconds}s" -s "$here/wrk-paths.lua" \
    "http://127.0.0.1:$port" >"$out/wrk-keepalive.txt"
sleep 2 # let the closed connections of the first run leave TIME_WAIT behind
WRK_PATHS=$out/wrk-paths.txt wrk -t 1 -c "$jobs" -d "${wrk_seconds}s" -s "$here/wrk-paths.lua" \
    -H "Connection: close" "http://127.0.0.1:$port" >"$out/wrk-close.txt"

# Runs one tool: $1 name, the rest its command (run in $out/$1). Records time -v, the slice of
# the access log it caused, nginx's CPU and whether the machine was quiet.
measure() {
    local name=$1
    shift
    local dir=$out/$name
    local cpu0 status=0
    echo "$name…" >&2
    quiet_machine >"$dir/machine.txt"
    rotate_log "$out/logs/access-before-$name.log"
    cpu0=$(nginx_cpu)
    # The most connections open to the two servers at once, sampled twice a second while the
    # tool runs (the loop ends when exit.txt appears, and the tool is bounded by timeout); and
    # whether someone's build started meanwhile.
    rm -f "$dir/exit.txt"
    echo 0 >"$dir/connections.txt"
    (
        max=0
        while [[ ! -f $dir/exit.txt ]]; do
            n=$(ss -Htn state established "( dport = :$port or dport = :$ext_port )" | wc -l)
            if ((n > max)); then max=$n; echo "$max" >"$dir/connections.txt"; fi
            if pgrep -f "ninja|cc1plus" >/dev/null; then echo "busy: a build ran during the measurement" >"$dir/machine.txt"; fi
            sleep 0.5
        done
    ) &
    local sampler=$!
    (cd "$dir" && /usr/bin/time -v -o "$dir/time.txt" timeout -k 10 "$limit" "$@" >"$dir/stdout.txt" 2>"$dir/stderr.txt") || status=$?
    echo "$status" >"$dir/exit.txt"
    wait "$sampler"
    echo "$cpu0 $(nginx_cpu)" >"$dir/nginx-cpu.txt"
    rotate_log "$dir/access.txt"
    printf '%s\n' "$*" >"$dir/command.txt"
}

for tool in $tools; do
    mkdir -p "$out/$tool"
    case $tool in
    xunjian | xunjian-links)
        db=$out/$tool/bench.sqlite
        only=()
        [[ $tool == xunjian-links ]] && only=(--links-only)
        "$XUNJIAN_BIN" import "$out/xunjian-sites.csv" "$out/xunjian-columns.csv" --db "$db" >"$out/$tool/import.txt"
        "$XUNJIAN_BIN" round create B1 --from 2026-07-01 --to 2026-09-30 --db "$db" >/dev/null
        measure "$tool" "$XUNJIAN_BIN" check B1 --db "$db" --jobs "$jobs" --per-host "$jobs" \
            --host-interval 0 --sample 50 --max-pages 25000 --ignore-robots "${only[@]}"
        "$XUNJIAN_BIN" findings B1 --db "$db" --format json >"$out/$tool/findings.json"
        sqlite3 -separator $'\t' "$db" "SELECT role, count(*), sum(http_status = 200) FROM pages GROUP BY role" >"$out/$tool/pages.tsv"
        sqlite3 -separator $'\t' "$db" "SELECT method, http_status, error, verdict, count(*) FROM links GROUP BY 1, 2, 3, 4" >"$out/$tool/links.tsv"
        sqlite3 -separator $'\t' "$db" "SELECT indicator, count(*) FROM findings GROUP BY 1" >"$out/$tool/indicators.tsv"
        du -sb "$db" "$db.evidence" >"$out/$tool/disk.txt" 2>/dev/null || true
        ;;
    wget2)
        # --tries=1: wget2 retries a refused connection 20 times with back-off by default; the
        # others do not retry a refused connection either.
        measure wget2 wget2 --spider -r -l inf --no-robots --tries=1 --max-threads "$jobs" \
            --stats-site=csv:"$out/wget2/stats.csv" -o "$out/wget2/wget2.log" "http://127.0.0.1:$port/"
        ;;
    wget2-span)
        measure wget2-span wget2 --spider -r -l inf -H --no-robots --tries=1 --max-threads "$jobs" \
            --stats-site=csv:"$out/wget2-span/stats.csv" -o "$out/wget2-span/wget2.log" "http://127.0.0.1:$port/"
        ;;
    linkchecker)
        # LinkChecker goes above 10 requests/s per host only where the server sends a
        # "LinkChecker" header (nginx.conf does); --check-extern checks the links to other hosts.
        printf '[checking]\nmaxrequestspersecond=100000\n' >"$out/linkchecker/linkcheckerrc"
        measure linkchecker linkchecker -f "$out/linkchecker/linkcheckerrc" -t "$jobs" --no-robots --check-extern \
            --no-status -o csv "http://127.0.0.1:$port/"
        ;;
    linkinator)
        measure linkinator "$linkinator" "http://127.0.0.1:$port/" --recurse --concurrency "$jobs" --format csv
        ;;
    *) echo "run.sh: unknown tool $tool" >&2; exit 2 ;;
    esac
done

stop_nginx
python3 "$here/report.py" "$out" --jobs "$jobs" --tools "$tools" >"$out_top/results.md"
echo "wrote $out_top/results.md" >&2
