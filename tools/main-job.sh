#!/usr/bin/env bash
# The main job of tools/setup.sh --run. Until the desktop application exists: decode a recorded
# optical-port session with the omt command line (sign-on, HDLC, association, reads, release).
set -euo pipefail
cd "$(dirname "$0")/.."
omt=build/release/app/omt/omt
echo "== omt decode resources/samples/lls-session.trace"
"$omt" decode resources/samples/lls-session.trace
echo
echo "== omt obis 1-0:1.8.0*255 0-0:1.0.0*255 1-0:32.7.0"
"$omt" obis '1-0:1.8.0*255' '0-0:1.0.0*255' '1-0:32.7.0'
