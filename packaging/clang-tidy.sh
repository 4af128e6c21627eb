#!/usr/bin/env bash
# Runs clang-tidy (Debian's clang-tidy-14) with the root .clang-tidy over every source file of
# core/, using a configured and built tree's compile_commands.json (default build/dev).
# Exits non-zero on any finding (WarningsAsErrors). Usage: packaging/clang-tidy.sh [BUILD_DIR] [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
shift || true
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
if [ -z "$tidy" ]; then echo "clang-tidy: not installed (packaging/install-deps.sh installs clang-tidy)" >&2; exit 2; fi
if [ ! -f "$build/compile_commands.json" ]; then
  echo "clang-tidy: no $build/compile_commands.json; configure and build first (cmake --preset dev)" >&2; exit 2
fi
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(find core -name '*.cpp' | sort); fi
jobs=${CUSTOS_JOBS:-$(nproc)}
log=$(mktemp)
db=$(mktemp -d)
trap 'rm -rf "$log" "$db"' EXIT
# The build precompiles headers (gcc .gch files clang cannot read): clang-tidy gets the compile
# commands without them, so every file is also checked on its own includes.
sed -E 's# -Winvalid-pch##g; s# -include [^ "]*cmake_pch\.hxx##g' "$build/compile_commands.json" >"$db/compile_commands.json"
build=$db
# One clang-tidy per file, $jobs at a time; findings go to the log, "N warnings generated" noise is dropped.
if printf '%s\n' "${files[@]}" | xargs -P "$jobs" -I{} sh -c '"$0" -p "$1" --quiet "$2" 2>&1 | grep -v -E "^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter" ; exit 0' "$tidy" "$build" {} >"$log"; then :; fi
if grep -q -E "(warning|error): " "$log"; then
  cat "$log"
  echo "clang-tidy: $(grep -c -E "(warning|error): " "$log") findings in core/" >&2
  exit 1
fi
echo "clang-tidy: core/ is clean (${#files[@]} files)"
