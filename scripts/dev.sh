#!/usr/bin/env bash
# Kontor's one entry point on Debian 12: installs what the build needs, builds, and then either launches the
# desktop app on its default database (`run`) or runs the whole test suite (`test`).
#
#   bash scripts/dev.sh run      # install, build, start Kontor
#   bash scripts/dev.sh test     # install, build, run every test (what CI runs)
#
# It installs Debian packages with apt-get (as root, or through sudo when not root) and never asks anything.
# Environment: KONTOR_BUILD_DIR (default: build), KONTOR_BUILD_TYPE (default: RelWithDebInfo).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"
case "$mode" in
    run|test) ;;
    *) echo "usage: bash scripts/dev.sh run|test" >&2; exit 64 ;;
esac

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libgl-dev
    catch2 libexpected-dev libphonenumber-dev libprotobuf-dev
    libuchardet-dev libxlsxwriter-dev libfreexl-dev zlib1g-dev
    libical-dev libsqlite3-dev sqlite3 xvfb xauth fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd=(sudo -n)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build="${KONTOR_BUILD_DIR:-$here/build}"
type="${KONTOR_BUILD_TYPE:-RelWithDebInfo}"
werror=OFF
if [ "${CI:-}" = "true" ]; then
    werror=ON
fi
export CCACHE_DIR="${CCACHE_DIR:-${HOME:-/tmp}/.cache/ccache}"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DKONTOR_WERROR="$werror"
cmake --build "$build" --parallel "$(nproc)"

if [ "$mode" = "run" ]; then
    exec "$build/app/desktop/kontor"
fi

# The GUI tests use Qt's offscreen platform; the suite never needs a display.
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
