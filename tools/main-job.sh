#!/usr/bin/env bash
# The main job of tools/setup.sh --run: the desktop application connected to an embedded demo
# OMNIPOWER CT meter. Without a display (a server, CI, ssh), the command line equivalent: the
# same demo meter identified, its CT ratio and configuration read, and its last load profile
# entries as CSV.
#
#   tools/main-job.sh [--cli]      (--cli: the command line even when a display is present)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release/app
if [[ "${1:-}" != "--cli" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
    echo "== openmetertool --demo omnipower-ct"
    exec "$bin/openmetertool/openmetertool" --demo omnipower-ct
fi
omt="$bin/omt/omt"
echo "== omt identify --demo omnipower-ct --auth low   (no display: the command line)"
"$omt" identify --demo omnipower-ct --auth low
echo
echo "== omt get --demo omnipower-ct --auth low 1.0.0.4.2.255 1.0.0.4.128.255 0.0.96.1.128.255"
"$omt" get --demo omnipower-ct --auth low --quiet 1.0.0.4.2.255 1.0.0.4.128.255 0.0.96.1.128.255
echo
echo "== omt profile --demo omnipower-ct --auth low 1.0.99.1.0.255 --last 4"
"$omt" profile --demo omnipower-ct --auth low --quiet 1.0.99.1.0.255 --last 4
