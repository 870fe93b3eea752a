#!/usr/bin/env bash
# Screenshots of every page of the desktop application against the demo meters, the message
# area and the dialogs (write confirmation, write outcome, audit log, About), under Xvfb, in the
# light and the dark palette and in German and Polish, into a folder for a person to look at.
#
#   tools/screenshots.sh [OUTPUT_DIR]        (default: build/screenshots)
#   OMT_BUILD_DIR=build/h-gui tools/screenshots.sh   (a build directory other than build/dev;
#                                                     omt_screenshots is built there if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/screenshots}"
build="${OMT_BUILD_DIR:-build/dev}"
if [[ ! -x "$build/tests/gui/omt_screenshots" ]]; then
    if [[ ! -f "$build/CMakeCache.txt" ]]; then
        if [[ "$build" == build/dev ]]; then
            cmake --preset dev >/dev/null
        else
            cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
        fi
    fi
    cmake --build "$build" --target omt_screenshots
fi
mkdir -p "$out"
run() { xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/gui/omt_screenshots" "$out" "$@"; }
run --meter omnipower-ct
run --meter omnipower-ct --dark
run --meter omnia
run --meter omnipower-ct --language de
run --meter omnia --language pl
echo "screenshots in $out"
