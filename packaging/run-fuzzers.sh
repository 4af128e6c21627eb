#!/usr/bin/env bash
# Runs every libFuzzer target of the asan tree for SECONDS each (default 60), two at a time,
# keeping what they find in build/asan/tests/fuzz/corpus and crashes in .../artifacts.
# Usage: packaging/run-fuzzers.sh [SECONDS] [TARGET...]   (targets: csv_reader, import, ...)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
if [ ! -f build/asan/CMakeCache.txt ]; then cmake --preset asan; fi
cmake -S . -B build/asan -DCUSTOS_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build --preset asan --target $(ls tests/fuzz/fuzz_*.cpp | sed 's#.*/\(fuzz_[a-z_0-9]*\)\.cpp#\1#')
if [ $# -gt 0 ]; then
  pattern="^fuzz\.($(IFS='|'; echo "$*"))\$"
  ctest --test-dir build/asan -j 2 -L fuzz -R "$pattern" --output-on-failure
else
  ctest --test-dir build/asan -j 2 -L fuzz --output-on-failure
fi
