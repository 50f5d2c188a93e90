# Shared by scripts/run and scripts/test: install what is missing, then build.
# Sourced, not executed.
set -euo pipefail
XJ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
XJ_BUILD="${XJ_BUILD:-$XJ_ROOT/build}"

xj_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

xj_install_packages() {
  local wanted missing=()
  wanted=$(grep -vE '^\s*(#|$)' "$XJ_ROOT/scripts/packages.txt")
  for p in $wanted; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "xunjian: installing ${#missing[@]} missing packages: ${missing[*]}"
    xj_sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive xj_sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

xj_build() {
  cmake -S "$XJ_ROOT" -B "$XJ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
  # Two cores here; more jobs than cores only makes Qt's moc and the linker fight for memory.
  cmake --build "$XJ_BUILD" --parallel "${XJ_JOBS:-$(nproc)}"
}

# Test tools from the npm registry (scripts/npm-tools.txt) into $XJ_BUILD/npm-tools, where the tests
# look for them; reinstalled only when that list changes. Node comes from the nodejs package in
# packages.txt. Debian's separate npm package is installed only where no npm exists: NodeSource's
# nodejs (on these machines) bundles npm and declares a conflict with Debian's.
xj_install_npm_tools() {
  local dir="$XJ_BUILD/npm-tools" wanted
  wanted=$(grep -vE '^\s*(#|$)' "$XJ_ROOT/scripts/npm-tools.txt")
  if [ -d "$dir/node_modules" ] && [ "$(cat "$dir/.installed" 2>/dev/null)" = "$wanted" ]; then
    return 0
  fi
  if ! command -v npm >/dev/null; then
    xj_sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive xj_sudo apt-get install -y -qq --no-install-recommends npm
  fi
  mkdir -p "$dir"
  echo "xunjian: installing npm test tools into $dir: $(echo $wanted)"
  # shellcheck disable=SC2086 # one package spec per word
  npm install --prefix "$dir" --no-audit --no-fund $wanted
  printf '%s\n' "$wanted" >"$dir/.installed"
}
