#!/usr/bin/env bash
# Try gocc on every `// run` program of Go's test suite and report which pass.
#
#   tools/gotest-scan.sh [--imports[=PKG,...]] [--update] [-j N] [--gocc PATH] [FILTER...]
#
# Candidates: the .go files at the top level of $(go env GOROOT)/test and in
# its fixedbugs/ whose first line is exactly `// run` (no arguments or
# flags), and that import nothing -- or, with --imports, only packages gocc
# supports (fmt, os, errors, strings, strconv, sort, math, unicode,
# unicode/utf8, bufio, io; --imports=fmt,os,math to choose). FILTER words keep
# only paths containing one of them.
#
# A program passes when `gocc build` succeeds, the binary exits 0 within
# 10 s, and its combined stdout+stderr equals X.out (or is empty when there
# is no X.out): the rule of Go's test/run.go and of crates/gocc/tests/gotest.rs.
#
# Prints `PASS path` / `FAIL path (reason)` per program, sorted, then a
# summary. --update appends newly passing programs to
# testdata/gotest/passing.txt (never removes any).
#
# Environment: GOCC (default target/release/gocc, else target/debug/gocc),
# GOCC_GOTEST_DIR (default $(go env GOROOT)/test).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
self="$root/tools/$(basename "${BASH_SOURCE[0]}")"
passing="$root/testdata/gotest/passing.txt"
supported_imports=" fmt os errors strings strconv sort math unicode unicode/utf8 bufio io "

# --one MODE FILE: internal, test one program and print its result line.
if [ "${1:-}" = "--one" ]; then
    rel=$2
    file="$GOTEST_DIR/$rel"
    dir="$(dirname "$file")"
    base="$(basename "$file")"
    work="$(mktemp -d "$SCAN_TMP/one.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
    : >"$work/stdin"
    if ! (cd "$dir" && timeout 120 "$GOCC" build -o "$work/prog" "$base") <"$work/stdin" >"$work/build.txt" 2>&1; then
        echo "FAIL $rel (build: $(head -n1 "$work/build.txt" | cut -c1-100))"
        exit 0
    fi
    status=0
    (cd "$dir" && timeout 10 "$work/prog" <"$work/stdin" >"$work/out.txt" 2>&1) || status=$?
    expected="${file%.go}.out"
    # (Not /dev/null: on a shared machine it has been seen replaced by a file.)
    [ -f "$expected" ] || { expected="$work/empty.out"; : >"$expected"; }
    if [ "$status" -eq 124 ]; then
        echo "FAIL $rel (timeout)"
    elif [ "$status" -ne 0 ]; then
        echo "FAIL $rel (exit $status)"
    elif ! cmp -s "$work/out.txt" "$expected"; then
        echo "FAIL $rel (output differs: $(head -n1 "$work/out.txt" | cut -c1-80))"
    else
        echo "PASS $rel"
    fi
    exit 0
fi

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }

allow_imports=0 update=0 jobs="$(nproc || echo 2)" filters=()
gocc="${GOCC:-}"
while [ $# -gt 0 ]; do
    case "$1" in
    --imports) allow_imports=1 ;;
    --imports=*) allow_imports=1; supported_imports=" $(echo "${1#--imports=}" | tr ',' ' ') " ;;
    --update) update=1 ;;
    -j) jobs=$2; shift ;;
    -j*) jobs=${1#-j} ;;
    --gocc) gocc=$2; shift ;;
    -h|--help) usage ;;
    -*) echo "gotest-scan.sh: unknown option $1" >&2; usage ;;
    *) filters+=("$1") ;;
    esac
    shift
done

if [ -z "$gocc" ]; then
    gocc="$root/target/release/gocc"
    [ -x "$gocc" ] || gocc="$root/target/debug/gocc"
fi
[ -x "$gocc" ] || { echo "gotest-scan.sh: no gocc binary at $gocc (build it or set GOCC)" >&2; exit 1; }
gocc="$(cd "$(dirname "$gocc")" && pwd)/$(basename "$gocc")"

testdir="${GOCC_GOTEST_DIR:-}"
if [ -z "$testdir" ]; then
    [ -n "$(type -P go)" ] || { echo "gotest-scan.sh: go not found; set GOCC_GOTEST_DIR" >&2; exit 1; }
    testdir="$(GOTOOLCHAIN=local go env GOROOT)/test"
fi
[ -d "$testdir" ] || { echo "gotest-scan.sh: $testdir is not a directory" >&2; exit 1; }

# The import paths of a Go file, one per line: single `import "x"` /
# `import name "x"` lines and `import ( ... )` blocks, up to the first
# top-level declaration after them.
imports_of() {
    awk '
        /^(func|type|var|const)[ \t(]/ { exit }
        inblock && /^[ \t]*\)/ { inblock = 0; next }
        inblock { if (match($0, /"[^"]*"/)) print substr($0, RSTART + 1, RLENGTH - 2); next }
        /^import[ \t]*\(/ { inblock = 1; next }
        /^import[ \t]/ { if (match($0, /"[^"]*"/)) print substr($0, RSTART + 1, RLENGTH - 2) }
    ' "$1"
}

eligible() {
    local f=$1 imp
    [ "$(head -n1 "$f")" = "// run" ] || return 1
    while IFS= read -r imp; do
        [ "$allow_imports" -eq 1 ] || return 1
        case "$supported_imports" in *" $imp "*) ;; *) return 1 ;; esac
    done < <(imports_of "$f")
    return 0
}

candidates=()
for f in "$testdir"/*.go "$testdir"/fixedbugs/*.go; do
    [ -f "$f" ] || continue
    rel="${f#"$testdir"/}"
    if [ "${#filters[@]}" -gt 0 ]; then
        keep=0
        for w in "${filters[@]}"; do case "$rel" in *"$w"*) keep=1 ;; esac; done
        [ "$keep" -eq 1 ] || continue
    fi
    eligible "$f" && candidates+=("$rel")
done
[ "${#candidates[@]}" -gt 0 ] || { echo "gotest-scan.sh: no candidate programs" >&2; exit 1; }

SCAN_TMP="$(mktemp -d "${TMPDIR:-/tmp}/gocc-gotest-scan.XXXXXX")"
trap 'rm -rf "$SCAN_TMP"' EXIT
export SCAN_TMP GOCC="$gocc" GOTEST_DIR="$testdir"

echo "scanning ${#candidates[@]} programs in $testdir with $gocc ($jobs jobs)" >&2
printf '%s\n' "${candidates[@]}" |
    xargs -P "$jobs" -I{} bash ${SCAN_TRACE:+-x} "$self" --one {} >"$SCAN_TMP/results.txt"
sort -k2 "$SCAN_TMP/results.txt"

pass=$(grep -c '^PASS ' "$SCAN_TMP/results.txt" || true)
fail=$(grep -c '^FAIL ' "$SCAN_TMP/results.txt" || true)

# Newly passing: PASS entries not yet listed (comments and blanks ignored).
{ grep '^PASS ' "$SCAN_TMP/results.txt" || true; } | cut -d' ' -f2 | sort >"$SCAN_TMP/pass.txt"
{ if [ -f "$passing" ]; then sed 's/#.*//; s/[ \t]*$//; /^$/d' "$passing"; fi; } | sort -u >"$SCAN_TMP/listed.txt"
comm -23 "$SCAN_TMP/pass.txt" "$SCAN_TMP/listed.txt" >"$SCAN_TMP/new.txt"
new=$(wc -l <"$SCAN_TMP/new.txt")
# Listed programs that failed this scan: the gate (cargo test --test gotest) will fail too.
{ grep '^FAIL ' "$SCAN_TMP/results.txt" || true; } | cut -d' ' -f2 | sort >"$SCAN_TMP/fail.txt"
regressed=$(comm -12 "$SCAN_TMP/fail.txt" "$SCAN_TMP/listed.txt" | wc -l)

# The commonest failure reasons, positions stripped, to show what to work on.
if [ "$fail" -gt 0 ]; then
    echo
    echo "top failure reasons:"
    sed -nE 's/^FAIL [^ ]+ \((.*)\)$/\1/p' "$SCAN_TMP/results.txt" |
        sed -E 's/^build: [^ ]*\.go:[0-9]+:[0-9]+: /build: /; s/^(output differs).*/\1/' |
        sort | uniq -c | sort -rn | head -n 15
fi

echo
echo "summary: ${#candidates[@]} programs, $pass pass, $fail fail; $new newly passing, $regressed listed but failing"
if [ "$update" -eq 1 ] && [ "$new" -gt 0 ]; then
    cat "$SCAN_TMP/new.txt" >>"$passing"
    echo "appended $new programs to ${passing#"$root"/}"
fi
