#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format (the committed .clang-format) makes
# of it. `tools/check-format.sh --fix` rewrites them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | sort -u)
[ ${#files[@]} -eq 0 ] && exit 0
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
bad=0
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run tools/check-format.sh --fix)"
        bad=1
    fi
done
[ "$bad" -eq 0 ] && echo "format: ${#files[@]} files clean"
exit $bad
