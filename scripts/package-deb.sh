#!/usr/bin/env bash
# Builds the Debian package and proves that it installs and runs:
#   1. a Release build with Debian's hardening flags (dpkg-buildflags),
#   2. cpack -G DEB  ->  build/package/packages/idiolect_VERSION_ARCH.deb,
#   3. lintian (any error fails; warnings are shown),
#   4. a clean Debian root (debootstrap --variant=minbase, cached as a tarball
#      under build/deb-root) in which "apt-get install --no-install-recommends
#      ./idiolect_*.deb" must succeed and idiolect-cli must run, in English and
#      German, and read a SQLite export (from idiolect-demogen) through Qt's
#      SQLite plugin; with the desktop app, that must start on an X server.
# Step 4 needs root (through sudo when not root) and the Debian mirror.
#
# Usage: scripts/package-deb.sh [--no-root-test]
# Environment: JOBS (parallel build jobs), CMAKE_ARGS (extra configure
#   arguments, e.g. -DIDIOLECT_BUILD_UI=OFF for a CLI-only package), MIRROR
#   (Debian mirror for the clean root, default http://deb.debian.org/debian),
#   SUITE (default bookworm).
set -euo pipefail
cd "$(dirname "$0")/.."

JOBS=${JOBS:-$(nproc)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SUITE=${SUITE:-bookworm}
root_test=1
[ "${1:-}" = "--no-root-test" ] && root_test=0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
build=build/package

echo "== package: Release build with Debian's hardening flags"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
# CPack strips the binaries, so skip the debug information (-g) and its build time.
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS | sed -E 's/(^| )-g( |$)/ /')"
launcher=()
if [ -n "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER="$CMAKE_CXX_COMPILER_LAUNCHER")
fi
cmake -S . -B "$build" -G Ninja "${launcher[@]}" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DIDIOLECT_BUILD_UI=ON -DIDIOLECT_BUILD_TESTS=OFF -DIDIOLECT_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" \
  -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j "$JOBS"

echo "== package: cpack"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/packages/idiolect_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "package-deb: cpack wrote no .deb" >&2; exit 1; }
dpkg-deb --field "$deb" Package Version Depends Recommends Installed-Size
dpkg-deb --contents "$deb" | awk '{ print "  " $6 }'

echo "== package: lintian"
lintian --fail-on error --tag-display-limit 0 "$deb"
echo "lintian: no errors"

if [ "$root_test" -eq 0 ]; then
  echo "== package: $deb (clean-root install skipped)"
  exit 0
fi

echo "== package: install into a clean Debian $SUITE root"
cache=build/deb-root/$SUITE-minbase.tar
root=build/deb-root/root
mkdir -p build/deb-root
if [ ! -f "$cache" ]; then
  $SUDO rm -rf build/deb-root/bootstrap
  $SUDO debootstrap --variant=minbase "$SUITE" build/deb-root/bootstrap "$MIRROR" >/dev/null
  $SUDO tar -C build/deb-root/bootstrap -cf "$cache.part" .
  $SUDO mv "$cache.part" "$cache"
  $SUDO rm -rf build/deb-root/bootstrap
fi

cleanup() {
  if mountpoint -q "$root/proc" 2>/dev/null; then $SUDO umount "$root/proc"; fi
}
trap cleanup EXIT
cleanup
$SUDO rm -rf "$root"
mkdir -p "$root"
$SUDO tar -C "$root" -xf "$cache"
$SUDO mount -t proc proc "$root/proc"
$SUDO cp /etc/resolv.conf "$root/etc/resolv.conf"
$SUDO cp "$deb" "$root/tmp/"
# No init system in a chroot: keep maintainer scripts from starting services.
printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$root/usr/sbin/policy-rc.d" >/dev/null
$SUDO chmod 755 "$root/usr/sbin/policy-rc.d"
$SUDO install -d -m 700 "$root/run/user/0"
in_root() {
  $SUDO chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes XDG_RUNTIME_DIR=/run/user/0 "$@"
}

in_root apt-get update -qq
in_root apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends \
  "/tmp/$(basename "$deb")" >/dev/null
version=$(in_root idiolect-cli --version)
echo "$version"
[ "$version" = "idiolect-cli $(dpkg-deb -f "$deb" Version)" ] || { echo "package-deb: unexpected version" >&2; exit 1; }

english=$(in_root LANG=C.UTF-8 idiolect-cli --help)
german=$(in_root LANG=de_DE.UTF-8 idiolect-cli --help)
[ "$english" != "$german" ] || { echo "package-deb: no German help text" >&2; exit 1; }
echo "German help:"; printf '%s\n' "$german" | sed -n '1,3s/^/  /p'

# A demo database from idiolect-demogen (built in the same tree, not packaged)
# proves that Qt's SQLite driver plugin arrives through Depends.
rm -rf "$build/demo-sqlite"
"$build/tools/demogen/idiolect-demogen" --out "$build/demo-sqlite" --format sqlite \
  --messages 300 >/dev/null
$SUDO cp "$build/demo-sqlite/database.sqlite" "$root/tmp/database.sqlite"
inspect=$(in_root LANG=de_DE.UTF-8 idiolect-cli inspect /tmp/database.sqlite)
printf '%s\n' "$inspect" | sed -n '1,2s/^/  /p'
printf '%s\n' "$inspect" | grep -q 'signal_sqlite' ||
  { echo "package-deb: idiolect-cli could not read a SQLite export" >&2; exit 1; }

if [ -x "$root/usr/bin/idiolect" ]; then
  # Every Qt plugin the app needs must find its libraries in the clean root.
  plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
  for binary in /usr/bin/idiolect "$plugins/platforms/libqxcb.so" \
      "$plugins/iconengines/libqsvgicon.so" "$plugins/sqldrivers/libqsqlite.so"; do
    if in_root ldd "$binary" | grep 'not found'; then
      echo "package-deb: $binary misses libraries" >&2; exit 1
    fi
  done
  for file in usr/share/applications/io.github.idiolect.Idiolect.desktop \
      usr/share/metainfo/io.github.idiolect.Idiolect.metainfo.xml \
      usr/share/icons/hicolor/scalable/apps/io.github.idiolect.Idiolect.svg \
      usr/share/icons/hicolor/48x48/apps/io.github.idiolect.Idiolect.png; do
    [ -f "$root/$file" ] || { echo "package-deb: /$file missing" >&2; exit 1; }
  done
  in_root QT_QPA_PLATFORM=offscreen timeout 60 idiolect --version

  # Start the menu entry's command on an X server (xcb, as on a desktop) and
  # expect it still running after five seconds. Xvfb is installed only now,
  # after the checks above, so it cannot hide a missing dependency.
  exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/io.github.idiolect.Idiolect.desktop" | sed 's/ %[fFuU]//')
  in_root apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends xvfb xauth >/dev/null
  in_root LANG=de_DE.UTF-8 xvfb-run -a sh -c \
    "$exec_line & pid=\$!; sleep 5; kill -0 \$pid || exit 1; kill \$pid; wait \$pid; echo \"started: $exec_line\"" ||
    { echo "package-deb: '$exec_line' did not keep running on X11" >&2; exit 1; }
fi

cleanup
$SUDO rm -rf "$root"
echo "== package: $deb installs and runs on a clean Debian $SUITE"
