#!/usr/bin/env bash
# OpenMeterTool setup: installs the Debian 12 packages that are missing, builds, and optionally
# runs the main job or every test. Non-interactive and idempotent; works as root or with sudo.
#
#   tools/setup.sh            install what is missing, build (release)
#   tools/setup.sh --run      ... and start the main job
#   tools/setup.sh --test     install, build with warnings as errors, check formatting, run every
#                             test and a short smoke run of every fuzzer
#   tools/setup.sh --no-install ...   skip the package step (for machines set up by hand)
set -euo pipefail
cd "$(dirname "$0")/.."

mode=build
install=1
for arg in "$@"; do
    case "$arg" in
        --run) mode=run ;;
        --test) mode=test ;;
        --no-install) install=0 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "setup.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    esac
done

# Everything the build, the tests, the fuzzers and the headless screenshots need.
packages=(
    cmake ninja-build g++ pkgconf git
    qt6-base-dev qt6-serialport-dev qt6-connectivity-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n libqcustomplot-dev libssl-dev libgl-dev nlohmann-json3-dev qt6-svg-dev
    clang libclang-rt-14-dev clang-format clang-tidy
    xvfb xauth socat
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "setup: all ${#packages[@]} packages present"
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "setup: missing packages (${missing[*]}) and neither root nor sudo to install them" >&2
            exit 1
        fi
    fi
    echo "setup: installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}"
}

if [ "$install" -eq 1 ]; then
    install_missing
fi

jobs=$(nproc)
case "$mode" in
    build|run)
        cmake --preset release >/dev/null
        cmake --build --preset release -j "$jobs"
        if [ "$mode" = run ]; then
            exec tools/main-job.sh
        fi
        ;;
    test)
        echo "== formatting (clang-format)"
        tools/check-format.sh
        echo "== build (warnings as errors)"
        cmake --preset dev >/dev/null
        cmake --build --preset dev -j "$jobs"
        echo "== tests"
        ctest_log=$(mktemp)
        ctest --preset dev -j "$jobs" | tee "$ctest_log"
        summary=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$ctest_log" | tail -1)
        rm -f "$ctest_log"
        echo "== fuzz smoke run"
        tools/fuzz.sh --seconds "${OMT_FUZZ_SMOKE_SECONDS:-10}" --jobs "$jobs"
        # ctest's count, repeated as the closing line now that the fuzzers have spoken.
        failed=$(echo "$summary" | awk '{print $1}')
        total=$(echo "$summary" | awk '{print $NF}')
        echo "ctest: $((total - failed)) passed, $failed failed"
        ;;
esac
