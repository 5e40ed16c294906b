#!/usr/bin/env bash
# Installs every Debian 12 package Idiolect needs to build, test, package and screenshot.
# Idempotent: packages already present are skipped by apt.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git ca-certificates
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-wayland
  libicu-dev zlib1g-dev libphonenumber-dev qtkeychain-qt6-dev
  libgl-dev libxkbcommon-dev
  xvfb xauth imagemagick fonts-noto-color-emoji fonts-noto-core fonts-noto-cjk fonts-dejavu-core
  clang clang-format libclang-rt-14-dev
  appstream desktop-file-utils lintian dpkg-dev file fakeroot
  librsvg2-bin man-db debootstrap shared-mime-info
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -o DPkg::Lock::Timeout=600
$SUDO apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}"
