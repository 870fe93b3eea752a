#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a while.
#
#   tools/fuzz.sh                      # every target, 10 s each (the test command's smoke run)
#   tools/fuzz.sh --seconds 600        # a campaign: 10 minutes per target
#   tools/fuzz.sh --seconds 3600 hdlc_deframer axdr   # named targets only
#   tools/fuzz.sh --jobs 2 ...         # run two targets at a time
#
# Target fuzz_NAME starts from the seed corpus fuzz/corpus/NAME with the dictionary
# fuzz/dict/NAME.dict. New inputs go to build/fuzz/corpus/NAME (the committed seeds stay small);
# crashes go to fuzz/findings/NAME/ and make this script fail. Prints executions per target.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=10
jobs=1
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

bin=$root/build/fuzz/fuzz
if [ ${#targets[@]} -eq 0 ]; then
    for exe in "$bin"/fuzz_*; do
        [ -x "$exe" ] && targets+=("$(basename "$exe" | sed 's/^fuzz_//')")
    done
fi

run_one() {
    local name=$1
    local exe=$bin/fuzz_$name
    local work=$root/build/fuzz/corpus/$name
    local findings=$root/fuzz/findings/$name
    local log=$root/build/fuzz/logs/$name.log
    mkdir -p "$work" "$findings" "$(dirname "$log")"
    local seeds=()
    [ -d "$root/fuzz/corpus/$name" ] && seeds+=("$root/fuzz/corpus/$name")
    local dict=()
    [ -f "$root/fuzz/dict/$name.dict" ] && dict+=("-dict=$root/fuzz/dict/$name.dict")
    local rc=0
    "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/" "${dict[@]}" "$work" "${seeds[@]}" >"$log" 2>&1 || rc=$?
    local runs
    runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
    local crashes
    crashes=$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
        -o -name 'oom-*' \) | wc -l)
    if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        echo "fuzz_$name: FAILED after ${runs:-?} executions (exit $rc, $crashes finding(s) in fuzz/findings/$name; log $log)"
        tail -n 30 "$log"
        return 1
    fi
    echo "fuzz_$name: ${runs:-?} executions in ${seconds} s, 0 crashes"
}

failed=0
if [ "$jobs" -le 1 ]; then
    for t in "${targets[@]}"; do run_one "$t" || failed=1; done
else
    pids=()
    for t in "${targets[@]}"; do
        run_one "$t" &
        pids+=($!)
        if [ ${#pids[@]} -ge "$jobs" ]; then
            wait "${pids[0]}" || failed=1
            pids=("${pids[@]:1}")
        fi
    done
    for p in "${pids[@]}"; do wait "$p" || failed=1; done
fi
exit $failed
