#!/bin/sh
# Builds the .deb with cpack from the build tree, unpacks it into a scratch root with dpkg -x,
# checks what it installs and its dependencies, and runs the installed programs' --version.
# usage: test-deb.sh BUILD_DIR VERSION
set -eu
build=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log"
    echo "FAIL: cpack could not build the package" >&2
    exit 1
}
deb=$(ls "$scratch"/out/custos_*.deb)
echo "package: $(basename "$deb")"

dpkg-deb --field "$deb" Package Version Depends
[ "$(dpkg-deb --field "$deb" Package)" = custos ] || { echo "FAIL: package name" >&2; exit 1; }
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || { echo "FAIL: package version is not $version" >&2; exit 1; }
# The programs link the system's Qt and SQLCipher: the package must say so.
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libsqlcipher0 libargon2-1 libssl3; do
    case "$depends" in
    *"$lib"*) ;;
    *) echo "FAIL: Depends lacks $lib: $depends" >&2; exit 1 ;;
    esac
done

root="$scratch/root"
dpkg -x "$deb" "$root"
for f in usr/bin/custos usr/bin/custosctl \
    usr/share/applications/eu.custos.Custos.desktop \
    usr/share/metainfo/eu.custos.Custos.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/eu.custos.Custos.svg; do
    [ -f "$root/$f" ] || { echo "FAIL: the package does not install /$f" >&2; exit 1; }
done
grep -q '^Exec=custos$' "$root/usr/share/applications/eu.custos.Custos.desktop" || { echo "FAIL: desktop Exec" >&2; exit 1; }
grep -q '^Icon=eu.custos.Custos$' "$root/usr/share/applications/eu.custos.Custos.desktop" || { echo "FAIL: desktop Icon" >&2; exit 1; }
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/eu.custos.Custos.metainfo.xml"
fi

# No display and no library path: the installed programs find the system's libraries themselves.
gui=$(env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/custos" --version)
ctl=$(env -u LD_LIBRARY_PATH "$root/usr/bin/custosctl" --version)
echo "$gui"
echo "$ctl"
[ "$gui" = "custos $version" ] || { echo "FAIL: custos --version printed '$gui'" >&2; exit 1; }
[ "$ctl" = "custosctl $version" ] || { echo "FAIL: custosctl --version printed '$ctl'" >&2; exit 1; }
echo "PASS: the package installs and both programs run"
