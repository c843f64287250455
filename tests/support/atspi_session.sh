#!/usr/bin/env bash
# Inside dbus-run-session: a virtual screen, then the screen-reader tour (tests/support/atspi_reader.py).
# Xvfb says on its -displayfd when it is ready; the accessibility bus starts by D-Bus activation.
set -euo pipefail
coproc XVFB { exec Xvfb -displayfd 1 -nolisten tcp -screen 0 1280x900x24 2>/dev/null; }
read -r display <&"${XVFB[0]}"
export DISPLAY=":$display"
trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
/usr/bin/python3 "$(dirname "$0")/atspi_reader.py" "$@"
