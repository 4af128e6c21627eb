#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Custos (Release), writes a demo register and opens it
# in the desktop console. Without a display it says how to use the demo register headless.
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --preset release
cmake --build --preset release

bin=build/release/app
demo=demo/demo.custos
pwfile=demo/demo.password
mkdir -p demo
if [ ! -f "$demo" ]; then
  [ -f "$pwfile" ] || printf 'custos-demo\n' > "$pwfile"
  "$bin/custosctl" --password-file "$pwfile" demo --out "$demo"
  # The back office's first daily reconciliation against the demo chain snapshot (it has planted breaks).
  for chain in bitcoin ethereum; do
    "$bin/custosctl" --register "$demo" --user olga --password-file "$pwfile" \
      reconcile --chain "$chain" --source "snapshot:$demo-snapshot.csv" || [ $? -eq 1 ]
  done
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat <<EOT

No display here, so the desktop console cannot open a window. The demo register is ready:
  register: $demo   user: admin   password: $(head -n1 "$pwfile")   (other users: olga, anton, bea, clara)
Use it from the command line, for example:
  export CUSTOS_REGISTER=$demo CUSTOS_USER=admin CUSTOS_PASSWORD=\$(head -n1 $pwfile)
  $bin/custosctl client list
  $bin/custosctl --json positions --client C0001
  $bin/custosctl audit verify
Or render every screen of the console to PNG files without a display:
  QT_QPA_PLATFORM=offscreen $bin/custos --register $demo --user admin --password-file $pwfile --screenshot shots
Or run the console in a virtual display: xvfb-run -a $bin/custos --register $demo --user admin --password-file $pwfile
EOT
  exit 0
fi
exec "$bin/custos" --register "$demo" --user admin --password-file "$pwfile"
