#!/usr/bin/env bash
# Wording matcher benchmark (by hand; never run by CTest or CI): generates ~1 GB of page-like
# Chinese text and a 10,000-term dictionary (the starter list plus generated 2–6 character terms),
# then finds every term with GNU grep (-F -c and -F -o -b, in the C.UTF-8 and C locales) and with
# bench_wording (Hyperscan and Aho–Corasick: every hit with its position; then through the QString
# interface and the whole per-page WordingCheck::scan), prints MiB/s side by side and checks that
# the hit counts agree where they are comparable. Writes bench/out/wording/results.md; the text
# file is deleted at the end.
#
# Usage: bench/wording/run.sh [BYTES] [TERMS]          defaults: 1073741824 10000
#   BENCH_WORDING_BIN   default: build/bench/bench_wording, built first (flock /tmp/xj-build.lock)
#   XJ_BENCH_OUT        default: bench/out/wording (git-ignored)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bytes=${1:-1073741824}
terms=${2:-10000}
out=${XJ_BENCH_OUT:-$root/bench/out/wording}
bin=${BENCH_WORDING_BIN:-}

# Other engineers build on this machine: wait (at most 30 min) until no compiler runs, so that the
# numbers are not theirs. Called before the build and before every measured step.
quiet_machine() {
    local waited=0
    while pgrep -f "ninja|cc1plus" >/dev/null; do
        if ((waited == 0)); then echo "waiting for a build to finish…" >&2; fi
        if ((waited >= 1800)); then echo "run.sh: a build is still running after 30 min; measuring anyway" >&2; return; fi
        sleep 10
        waited=$((waited + 10))
    done
}

if [[ -z $bin ]]; then
    quiet_machine
    flock /tmp/xj-build.lock cmake --build "$root/build" --target bench_wording >/dev/null
    bin=$root/build/bench/bench_wording
fi
[[ -x $bin ]] || { echo "run.sh: no bench_wording at $bin" >&2; exit 2; }

mkdir -p "$out"
text=$out/pages.txt
dict=$out/dict.txt
trap 'rm -f "$text" "$out/grep-o.txt"' EXIT

now() { date +%s.%N; }
mib_per_s() { awk -v b="$bytes_written" -v s="$1" 'BEGIN { printf "%.0f", b / 1048576 / s }'; }

quiet_machine
start=$(now)
"$bin" generate --text "$text" --dict "$dict" --bytes "$bytes" --terms "$terms" \
    --starter "$root/resources/dictionaries/wording-starter.csv" --vocabulary "$here/vocabulary.txt" | tee "$out/generate.txt"
gen_seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
bytes_written=$(stat -c %s "$text")
cat "$text" >/dev/null # into the page cache: every tool reads from memory

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 |"); printf '%-44s %8s s %6s MiB/s  %s\n' "$1" "$2" "$3" "$4 $5"; }

# grep -c: lines with a match. grep -o -b: leftmost-longest non-overlapping matches with their
# byte offsets (written to a file, then counted and summed outside the timing).
for locale in C.UTF-8 C; do
    quiet_machine
    start=$(now)
    lines=$(LC_ALL=$locale grep -F -c -f "$dict" "$text")
    s=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
    row "grep -F -c (LC_ALL=$locale)" "$s" "$(mib_per_s "$s")" "lines $lines" ""
    eval "grep_c_${locale//[.-]/_}=$lines"

    quiet_machine
    start=$(now)
    LC_ALL=$locale grep -F -o -b -f "$dict" "$text" >"$out/grep-o.txt"
    s=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
    read -r n sum < <(awk -F: '{ n++; s += $1 } END { printf "%d %.0f\n", n, s }' "$out/grep-o.txt")
    row "grep -F -o -b (LC_ALL=$locale)" "$s" "$(mib_per_s "$s")" "matches $n" "offset sum $sum"
    eval "grep_o_${locale//[.-]/_}=\"$n $sum\""
done

declare -A ours
for engine in hyperscan aho-corasick; do
    for mode in bytes qstring check; do
        quiet_machine
        start=$(now)
        line=$("$bin" scan --text "$text" --dict "$dict" --engine "$engine" --mode "$mode")
        wall=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
        echo "$line" >>"$out/scan.txt"
        get() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$line"; }
        case $mode in
            bytes) label="bench_wording $engine, every hit" ;;
            qstring) label="bench_wording $engine, QString pages" ;;
            check) label="bench_wording $engine, WordingCheck::scan" ;;
        esac
        more="dictionary compiled in $(get compile_ms) ms"
        if [[ $mode == bytes ]]; then
            more="lines $(get lines), leftmost-longest $(get grep_o), offset sum $(get grep_o_offset_sum); $more"
        fi
        row "$label" "$(get seconds) (process $wall)" "$(get mb_per_s)" "hits $(get hits)" "$more"
        ours[$engine-$mode]="$(get hits) $(get lines) $(get grep_o) $(get grep_o_offset_sum)"
    done
done

# Where the counts are comparable they must agree.
status=0
check() { if [[ $2 == "$3" ]]; then echo "agree: $1 ($2)"; else echo "DISAGREE: $1: $2 vs $3"; status=1; fi; }
read -r hs_hits hs_lines hs_greedy hs_sum <<<"${ours[hyperscan-bytes]}"
read -r ac_hits ac_lines ac_greedy ac_sum <<<"${ours[aho-corasick-bytes]}"
agreement=$(
    check "hits, Hyperscan vs Aho–Corasick" "$hs_hits" "$ac_hits"
    for m in qstring check; do
        check "hits, Hyperscan bytes vs $m" "$hs_hits" "$(cut -d' ' -f1 <<<"${ours[hyperscan-$m]}")"
        check "hits, Aho–Corasick bytes vs $m" "$ac_hits" "$(cut -d' ' -f1 <<<"${ours[aho-corasick-$m]}")"
    done
    check "lines with a hit vs grep -c (C.UTF-8)" "$hs_lines" "$grep_c_C_UTF_8"
    check "lines with a hit vs grep -c (C)" "$ac_lines" "$grep_c_C"
    check "leftmost-longest hits and offsets vs grep -o -b (C.UTF-8)" "$hs_greedy $hs_sum" "$grep_o_C_UTF_8"
    check "leftmost-longest hits and offsets vs grep -o -b (C)" "$ac_greedy $ac_sum" "$grep_o_C"
) || true
echo "$agreement"
grep -q DISAGREE <<<"$agreement" && status=1

{
    echo "# Wording matcher benchmark"
    echo
    echo "$(date -u +%F), $(nproc) cores, $(grep --version | head -1), Hyperscan $(pkg-config --modversion libhs 2>/dev/null || echo '?')."
    echo "Text: $bytes_written bytes of generated pages (generated in $gen_seconds s); dictionary: $(wc -l <"$dict") terms."
    echo
    echo "| tool | seconds | MiB/s | count | more |"
    echo "|---|---:|---:|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo '```'
    echo "$agreement"
    echo '```'
} >"$out/results.md"
echo "written: $out/results.md"
exit $status
