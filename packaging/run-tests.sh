#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Custos (Debug, warnings as errors) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --preset dev
cmake --build --preset dev
export QT_QPA_PLATFORM=offscreen
ctest --preset dev
