#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, then runs every check CI runs, in this order:
#   1. dev preset (gcc, Debug, -Wall -Wextra -Werror): build and every test;
#   2. clang-tidy on core/ (.clang-tidy at the root) against the dev tree's compile commands;
#   3. asan preset (clang, AddressSanitizer + UndefinedBehaviorSanitizer, libFuzzer targets):
#      build and every test, then each fuzz target for CUSTOS_FUZZ_SECONDS (60 s), two at a time.
# Prints how long each step took. Any failure stops the run with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
jobs=${CUSTOS_JOBS:-$(nproc)}

start=$(date +%s)
step_start=$start
step() { # step NAME: prints the time of the step that ended
  local now; now=$(date +%s)
  printf 'run-tests: %-28s %4d s (total %4d s)\n' "$1" $((now - step_start)) $((now - start))
  step_start=$now
}

./packaging/install-deps.sh
step "install-deps"

cmake --preset dev
cmake --build --preset dev -j "$jobs"
step "dev build"
ctest --preset dev -j "$jobs"
step "dev tests"

./packaging/clang-tidy.sh build/dev
step "clang-tidy core/"

cmake --preset asan
cmake --build --preset asan -j "$jobs"
step "asan build"
ctest --preset asan -j "$jobs" -LE fuzz
step "asan tests"
ctest --preset asan -j 2 -L fuzz
step "fuzzing (60 s per target)"
