#!/usr/bin/env bash
# Soak of the safe write under signals (issue 19): `omt config apply` against omt-sim over a
# pty at the emulated line rate, a signal at a random moment of the write window, then what the
# meter holds. Prints, per kind of interruption, the runs, how many meters were left
# half-configured (neither the whole old nor the whole new configuration) and how many times
# omt said "as before" while the meter was not.
#
#   bench/soak_write_signals.sh [BUILD_DIR] [RUNS]      default build/dev, 10 runs per kind
#
# Kinds: SIGINT, SIGTERM, SIGHUP (omt stops writing and restores), SIGINT twice (stops at once:
# the next run restores the backup the journal names) and SIGKILL (no chance to say anything:
# the same). For the last two the meter is judged after that repair.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
runs=${2:-10}
omt=$build/app/omt/omt
sim=$build/app/omt-sim/omt-sim
[[ -x $omt && -x $sim ]] || { echo "soak: build $build first (omt and omt-sim)" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
printf 'EK = 000102030405060708090A0B0C0D0E0F\nAK = D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n' >"$work/keys"
cat >"$work/t.json" <<'EOF'
{"format": "omt-configuration", "version": 1, "meter": "omnipower-ct",
 "ct-ratio": {"factor": 300},
 "display-lists": {"automatic": ["1.0.1.8.0.255", "1.0.2.8.0.255"],
                   "manual": ["1.0.1.8.0.255", "1.0.2.8.0.255", "1.0.32.7.0.255"]}}
EOF
export OMT_KEY_FILE=$work/keys

start_sim() {  # $1: directory of this run
    "$sim" --meter omnipower-ct --serial 71230099 --line-emulation --pty "$1/tty" >"$1/sim.log" 2>&1 &
    echo $! >"$1/sim.pid"
    for _ in $(seq 100); do [[ -e $1/tty ]] && return 0; sleep 0.05; done
    echo "soak: omt-sim did not start" >&2; exit 1
}
stop_sim() { kill "$(cat "$1/sim.pid")" 2>/dev/null || true; wait "$(cat "$1/sim.pid")" 2>/dev/null || true; }
show() {  # what the meter on $1/tty holds (configuration template, JSON)
    XDG_DATA_HOME=$1/data "$omt" config show --json --quiet --port "$1/tty" --auth high 2>>"$1/show.err"
}

# The whole new configuration, from a rehearsal on a meter like the others.
rehearsal=$work/rehearsal
mkdir -p "$rehearsal"
start_sim "$rehearsal"
XDG_DATA_HOME=$rehearsal/data "$omt" config apply "$work/t.json" --yes --port "$rehearsal/tty" \
    --auth high >/dev/null 2>&1
after=$(show "$rehearsal")
stop_sim "$rehearsal"

printf '%-14s %5s %16s %20s %10s\n' kind runs half-configured 'false "as before"' restored
for kind in SIGINT SIGTERM SIGHUP SIGINTx2 SIGKILL; do
    half=0; false_as_before=0; restored=0
    for run in $(seq "$runs"); do
        dir=$work/$kind-$run
        mkdir -p "$dir"
        start_sim "$dir"
        before=$(show "$dir")
        export XDG_DATA_HOME=$dir/data
        setsid "$omt" config apply "$work/t.json" --yes --port "$dir/tty" --auth high \
            >"$dir/out" 2>"$dir/err" &
        pid=$!
        for _ in $(seq 400); do grep -q "omt: writing" "$dir/err" 2>/dev/null && break; sleep 0.01; done
        sleep "0.$(printf '%03d' $((RANDOM % 300)))"
        case $kind in
            SIGINTx2) kill -INT "$pid" 2>/dev/null || true; sleep 0.03; kill -INT "$pid" 2>/dev/null || true ;;
            *) kill -"${kind#SIG}" "$pid" 2>/dev/null || true ;;
        esac
        wait "$pid" 2>/dev/null || true
        said_as_before=0
        grep -q "the meter is as before" "$dir/err" && said_as_before=1
        if [[ $kind == SIGINTx2 || $kind == SIGKILL ]]; then
            # The next run names the backup of the write that did not finish; restoring it repairs.
            backup=$("$omt" config show --port "$dir/tty" --auth high 2>&1 >/dev/null |
                sed -n 's/.*omt config restore \([^`]*\)`.*/\1/p' | head -1)
            if [[ -n $backup ]]; then
                "$omt" config restore "$backup" --yes --port "$dir/tty" --auth high >/dev/null 2>&1 &&
                    restored=$((restored + 1))
            fi
        fi
        now=$(show "$dir")
        unset XDG_DATA_HOME
        if [[ $now != "$before" && $now != "$after" ]]; then half=$((half + 1)); fi
        if [[ $said_as_before == 1 && $now != "$before" ]]; then false_as_before=$((false_as_before + 1)); fi
        stop_sim "$dir"
    done
    printf '%-14s %5d %16d %20d %10d\n' "$kind" "$runs" "$half" "$false_as_before" "$restored"
done
