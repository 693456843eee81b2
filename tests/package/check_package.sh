#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as an installer sees it: built with CPack from this build folder, its files
# listed, its dependencies computed, its programs run from the unpacked tree, and the desktop
# entry and AppStream metadata validated (when the validators are installed).
#   check_package.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1; source=$2; version=$3
id=org.measurescatalogue.MeasuresCatalogue
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$source/packaging/$id.desktop" || fail "desktop-file-validate"
else echo "desktop-file-validate not installed: skipped"; fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$build/packaging/$id.metainfo.xml" || fail "appstreamcli validate"
else echo "appstreamcli not installed: skipped"; fi

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
arch=$(dpkg --print-architecture)
deb="$work/out/measures-catalogue_${version}_${arch}.deb"
[ -f "$deb" ] || { ls "$work/out"; fail "no $deb"; }

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$work/files"
for f in /usr/bin/measures /usr/bin/measures-cli \
         /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/$id.svg \
         /usr/share/icons/hicolor/scalable/mimetypes/application-x-measures-catalogue.svg \
         /usr/share/mime/packages/$id.xml \
         /usr/share/man/man1/measures.1.gz /usr/share/man/man1/measures-cli.1.gz \
         /usr/share/man/fr/man1/measures.1.gz /usr/share/man/fr/man1/measures-cli.1.gz \
         /usr/share/doc/measures-catalogue/copyright; do
  grep -qx "$f" "$work/files" || fail "the package lacks $f"
done

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6core6 libqt6charts6 libsqlite3-0 libxlsxwriter4 libqt6svg6 qt6-qpa-plugins; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = measures-catalogue ] || fail "package name"

dpkg-deb -x "$deb" "$work/root"
[ "$("$work/root/usr/bin/measures-cli" --version)" = "measures-cli $version" ] || fail "measures-cli --version"
# The window's program answers --help, --version and a wrong option on the terminal, with no display.
nodisplay() { env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$@"; }
[ "$(nodisplay "$work/root/usr/bin/measures" --version)" = "measures $version" ] || fail "measures --version"
nodisplay "$work/root/usr/bin/measures" --help --lang es | grep -q "catálogo" || fail "measures --help in Spanish"
set +e
nodisplay "$work/root/usr/bin/measures" --bogus >/dev/null 2>&1; bogus=$?
nodisplay "$work/root/usr/bin/measures" --lang xx >/dev/null 2>&1; unknown=$?
set -e
[ "$bogus" = 1 ] || fail "measures --bogus exits with $bogus, not 1"
[ "$unknown" = 2 ] || fail "measures --lang xx exits with $unknown, not 2"
nodisplay "$work/root/usr/bin/measures" --help --lang fr | grep -q "Langue de l" || fail "measures --help in French"
"$work/root/usr/bin/measures-cli" sample "$work/sample.measures" >/dev/null || fail "the installed measures-cli cannot make a catalogue"
[ "$("$work/root/usr/bin/measures-cli" count "$work/sample.measures")" = 5 ] || fail "count"
zcat "$work/root/usr/share/man/man1/measures-cli.1.gz" | grep -q "^\.SH EXIT STATUS" || fail "man page"
zcat "$work/root/usr/share/man/fr/man1/measures-cli.1.gz" | grep -q "^\.SH \"CODE DE RETOUR\"" || fail "French man page"
zcat "$work/root/usr/share/man/fr/man1/measures.1.gz" | grep -q "en|es|fr" || fail "French man page's --lang"
echo "ok: $deb"
