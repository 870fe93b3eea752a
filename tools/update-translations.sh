#!/usr/bin/env bash
# Refresh translations/openmetertool_*.ts from the sources after user-visible strings changed.
#
#   tools/update-translations.sh            scan, keep existing translations, drop obsolete ones
#   tools/update-translations.sh --check    the same on copies; exit 1 if the .ts files would
#                                           change or hold unfinished messages (for CI)
#
# openmetertool_en.ts holds only the plural messages (-pluralonly): their English forms.
# Scans ui/, app/openmetertool/ and core/link/session/ (the same sources qt_add_translations in
# ui/CMakeLists.txt gives lupdate). New or changed messages come out as type="unfinished":
# translate them in Qt Linguist (`linguist translations/openmetertool_de.ts`) or by hand, then
# build; tests/ui/tst_translations fails while any message is unfinished.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
languages=(da de sv nb "fi" pl)

lupdate=""
for candidate in "${LUPDATE:-}" /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
    "$(command -v qtpaths6 >/dev/null 2>&1 && echo "$(qtpaths6 --query QT_HOST_BINS)/lupdate")"; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
        lupdate="$candidate"
        break
    fi
done
if [[ -z "$lupdate" ]]; then
    echo "update-translations: Qt 6 lupdate not found (install qt6-l10n-tools or set LUPDATE)" >&2
    exit 2
fi

check=0
if [[ "${1:-}" == "--check" ]]; then
    check=1
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--check]" >&2
    exit 2
fi

outdir="$root/translations"
if [[ $check -eq 1 ]]; then
    outdir="$(mktemp -d)"
    trap 'rm -rf "$outdir"' EXIT
    for lang in "${languages[@]}"; do
        cp "$root/translations/openmetertool_$lang.ts" "$outdir/"
    done
fi

cd "$root"
for lang in "${languages[@]}"; do
    ts="$outdir/openmetertool_$lang.ts"
    "$lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        -I "$root" -I "$root/core" \
        ui app/openmetertool core/link/session \
        -ts "$ts"
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    total=$(grep -c '<message' "$ts" || true)
    echo "openmetertool_$lang.ts: $total messages, $unfinished unfinished"
done

# English: only the plural messages ("%n change(s)" -> "1 change" / "5 changes").
en="$outdir/openmetertool_en.ts"
if [[ $check -eq 1 ]]; then
    cp "$root/translations/openmetertool_en.ts" "$en" 2>/dev/null || true
fi
"$lupdate" -silent -no-obsolete -pluralonly -locations none -source-language en \
    -target-language en -I "$root" -I "$root/core" ui app/openmetertool core/link/session -ts "$en"
echo "openmetertool_en.ts: $(grep -c '<message' "$en" || true) plural messages," \
    "$(grep -c 'type="unfinished"' "$en" || true) unfinished"
languages+=(en)

if [[ $check -eq 1 ]]; then
    status=0
    for lang in "${languages[@]}"; do
        if ! cmp -s "$outdir/openmetertool_$lang.ts" "$root/translations/openmetertool_$lang.ts"; then
            echo "openmetertool_$lang.ts is out of date: run tools/update-translations.sh" >&2
            status=1
        fi
        if grep -q 'type="unfinished"' "$outdir/openmetertool_$lang.ts"; then
            echo "openmetertool_$lang.ts has unfinished messages" >&2
            status=1
        fi
    done
    exit $status
fi
