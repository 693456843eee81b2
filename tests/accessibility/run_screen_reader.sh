#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the window on a copy of the sample catalogue as a blind analyst's desktop would run it: a
# virtual display, a session bus with the accessibility bus (AT-SPI), and asks it a screen
# reader's questions (screen_reader.py STORY). The window must still be running at the end.
#   run_screen_reader.sh MEASURES MEASURES_CLI STORY      (run under dbus-run-session)
set -u
measures=$1; cli=$2; story=$3
here=$(cd "$(dirname "$0")" && pwd)
app=; bus=; x=
work=$(mktemp -d); trap 'kill $app $bus $x 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
# The accessibility bus's socket in this run's own folder (as root it would go to a shared one).
mkdir -m 700 "$work/run"; export XDG_RUNTIME_DIR=$work/run
"$cli" sample "$work/sample.measures" >/dev/null || exit 2
# Xvfb picks a free display itself (stories run side by side) and says which.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 & x=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAIL Xvfb did not start"; exit 2; }
export DISPLAY=:$(cat "$work/display")
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & bus=$!
for _ in $(seq 100); do # the accessibility bus answers before the window looks for it
    dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
    sleep 0.1
done
dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 \
    || { echo "FAIL the accessibility bus did not start (at-spi2-core)"; exit 2; }
HOME=$work XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \
    "$measures" --lang en "$work/sample.measures" >"$work/app.log" 2>&1 & app=$!
timeout 120 /usr/bin/python3 "$here/screen_reader.py" "$story"; rc=$?
if ! kill -0 $app 2>/dev/null; then
    echo "FAIL the window died:"; tail -5 "$work/app.log"; exit 1
fi
exit $rc
