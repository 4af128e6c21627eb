#!/usr/bin/env bash
# Installs every Debian package that building, testing and running the Custos demo need.
# Idempotent: when everything is present it only checks and returns within a second or two.
set -euo pipefail

packages=(
  build-essential pkg-config cmake ninja-build
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  libsqlcipher-dev sqlcipher libssl-dev libargon2-dev
  fonts-dejavu-core xvfb xauth poppler-utils libqt6svg6 libqrencode-dev
  litecoind libzip-dev
  # the asan preset (clang, its sanitizer and libFuzzer runtimes) and clang-tidy
  clang clang-tidy libclang-rt-14-dev
)
# Node.js and npm for the EVM test peer (ganache); a machine that already has node keeps it.
if ! command -v npm >/dev/null 2>&1; then packages+=(nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} Debian packages present"
else
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Test peers from npm (ganache, solc), pinned in tests/integration/peers/package.json.
peers="$(cd "$(dirname "$0")/.." && pwd)/tests/integration/peers"
if [ ! -x "$peers/node_modules/.bin/ganache" ] || [ ! -f "$peers/node_modules/solc/package.json" ]; then
  echo "install-deps: installing the npm test peers in $peers"
  npm install --prefix "$peers" --no-audit --no-fund --loglevel=error
fi
echo "install-deps: done"
