#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures Catalogue: one command from a bare Debian 12 to a running app or a passing test suite.
#   ./dev.sh run     install what is missing, build, open the app on the bundled sample catalogue
#   ./dev.sh test    install what is missing, build, run every test (what CI runs)
#   ./dev.sh build   install what is missing and build only
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-run}

packages=(build-essential cmake ninja-build pkg-config libsqlite3-dev sqlite3
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev qt6-qpa-plugins
          qt6-translations-l10n libqt6svg6 catch2 xvfb xauth
          desktop-file-utils appstream shared-mime-info file dpkg-dev libxlsxwriter-dev unzip
          poppler-utils fonts-dejavu-core
          libqt6sql6-psql postgresql-15 qtkeychain-qt6-dev openssl
          dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build=${BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"

case "$mode" in
  build) ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure --timeout 300 -j "$(nproc)"
    ;;
  run)
    data="${XDG_DATA_HOME:-$HOME/.local/share}/MeasuresCatalogue"
    mkdir -p "$data"
    [ -f "$data/sample.measures" ] || "$build/bin/measures-cli" sample "$data/sample.measures"
    if [ -x "$build/bin/measures" ]; then
      exec "$build/bin/measures" "$data/sample.measures"
    fi
    echo "The window is not built yet; the sample catalogue is at $data/sample.measures"
    "$build/bin/measures-cli" export "$data/sample.measures" --columns title,country,funding_usd,evaluated
    ;;
  *) echo "usage: ./dev.sh run|test|build" >&2; exit 2 ;;
esac
