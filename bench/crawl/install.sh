#!/usr/bin/env bash
# Installs what bench/crawl/run.sh needs: the Debian packages in packages.txt (no recommends) and
# linkinator 7 from npm into bench/out/npm (never globally). Run as root, by hand.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${XJ_BENCH_OUT:-$here/../out}
mkdir -p "$out"

mapfile -t pkgs < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/packages.txt")
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    # Installing nginx would start the distribution's server on port 80 of every interface:
    # keep services from starting while apt runs (only when no policy is in place already).
    policy=/usr/sbin/policy-rc.d
    made_policy=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod 755 "$policy"
        made_policy=1
    fi
    trap '[[ $made_policy == 1 ]] && rm -f "$policy"' EXIT
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# linkinator 7 (npm), into a folder of its own under bench/out.
if [[ ! -x $out/npm/node_modules/.bin/linkinator ]]; then
    mkdir -p "$out/npm"
    npm --prefix "$out/npm" install --no-audit --no-fund --loglevel=error linkinator@7
fi
"$out/npm/node_modules/.bin/linkinator" --version
