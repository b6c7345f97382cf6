#!/usr/bin/env bash
# Try gocc on every `// run` program of Go's test suite and report which pass,
# with the failures sorted into reason buckets.
#
#   tools/gotest-scan.sh [--imports[=PKG,...]] [--dirs=DIR,...] [--update]
#                        [-j N] [--gocc PATH] [FILTER...]
#
# Candidates: the .go files of $(go env GOROOT)/test whose first line is
# exactly `// run` (no arguments or flags), whose `//go:build` line (if any)
# holds on linux/amd64 with gc, and that import nothing -- or, with
# --imports, only packages gocc supports (fmt, os, errors, strings, strconv,
# sort, math, unicode, unicode/utf8, bufio, io, sync, time, runtime, runtime/debug, unsafe;
# --imports=fmt,os,math to choose). By default every directory that has such programs is scanned: the
# top level and all its subdirectories (fixedbugs, abi, chan, interface, ken,
# typeparam, dwarf); --dirs=.,fixedbugs picks some (`.` is the top level).
# FILTER words keep only paths containing one of them.
#
# A program passes when `gocc build` succeeds, the binary exits 0 within
# 10 s, and its combined stdout+stderr equals X.out (or is empty when there
# is no X.out): the rule of Go's test/run.go and of crates/gocc/tests/gotest.rs.
#
# Each failure is put in one bucket, derived from what gocc printed:
#   chan/go/select   gocc reported `unsupported:` for channels, go or select
#   generics         gocc reported type parameters / instantiation unsupported
#   unsupported      another `unsupported: X` diagnostic (X is listed)
#   compile error    gocc rejected the program with some other diagnostic
#   compiler crash   gocc panicked or died on a signal, or timed out building
#   runtime crash    the program exited non-zero (first line of its output)
#   timeout          the program ran longer than 10 s
#   wrong output     the program exited 0 but printed something else
#
# Prints `PASS path` / `FAIL path [bucket] detail` per program, sorted, then
# the buckets with their commonest details, the counts per directory and a
# summary. --update adds newly passing programs to testdata/gotest/passing.txt
# and keeps it sorted (it never removes any).
#
# Environment: GOCC (default target/release/gocc, else target/debug/gocc),
# GOCC_GOTEST_DIR (default $(go env GOROOT)/test).
set -euo pipefail
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
self="$root/tools/$(basename "${BASH_SOURCE[0]}")"
passing="$root/testdata/gotest/passing.txt"
supported_imports=" fmt os errors strings strconv sort math unicode unicode/utf8 bufio io sync time runtime runtime/debug unsafe "

# The bucket of a failed build, from gocc's diagnostics in file $1 (exit
# status $2). Prints "bucket<TAB>detail".
build_bucket() {
    local out=$1 status=$2 first
    first="$(grep -m1 -v '^[[:space:]]*$' "$out" | sed -E 's/^[^ ]*\.go:[0-9]+:[0-9]+: //' | cut -c1-100 || true)"
    if [ "$status" -eq 124 ]; then
        printf 'compiler crash\tbuild timeout\n'
    elif grep -q "panicked at" "$out"; then
        printf 'compiler crash\t%s\n' "$(grep -m1 -A1 'panicked at' "$out" | tail -n1 | cut -c1-100)"
    elif [ "$status" -gt 128 ]; then
        printf 'compiler crash\tsignal %d\n' $((status - 128))
    elif grep -qE 'unsupported: (channels|go statement|select|make of channels)' "$out"; then
        printf 'chan/go/select\t%s\n' "$(grep -m1 -oE 'unsupported: (channels|go statement|select|make of channels)' "$out")"
    elif grep -qE 'unsupported: [^ ]*.*(generic|type param|type constraint)' "$out"; then
        printf 'generics\t%s\n' "$(grep -m1 -oE 'unsupported: .*(generic|type param|type constraint).*' "$out" | cut -c1-80)"
    elif grep -q 'unsupported: ' "$out"; then
        printf 'unsupported\t%s\n' "$(grep -m1 -oE 'unsupported: .*' "$out" | cut -c1-80)"
    else
        printf 'compile error\t%s\n' "$first"
    fi
}

# --one FILE: internal, test one program and print its result line.
if [ "${1:-}" = "--one" ]; then
    rel=$2
    file="$GOTEST_DIR/$rel"
    dir="$(dirname "$file")"
    base="$(basename "$file")"
    work="$(mktemp -d "$SCAN_TMP/one.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
    : >"$work/stdin"
    status=0
    (cd "$dir" && timeout 120 "$GOCC" build -o "$work/prog" "$base") <"$work/stdin" >"$work/build.txt" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        IFS=$'\t' read -r bucket detail < <(build_bucket "$work/build.txt" "$status")
        echo "FAIL $rel [$bucket] $detail"
        exit 0
    fi
    status=0
    (cd "$dir" && timeout 10 "$work/prog" <"$work/stdin" >"$work/out.txt" 2>&1) || status=$?
    expected="${file%.go}.out"
    # (Not /dev/null: on a shared machine it has been seen replaced by a file.)
    [ -f "$expected" ] || { expected="$work/empty.out"; : >"$expected"; }
    first="$(grep -m1 -v '^[[:space:]]*$' "$work/out.txt" | cut -c1-80 || true)"
    if [ "$status" -eq 124 ]; then
        echo "FAIL $rel [timeout] "
    elif [ "$status" -ne 0 ]; then
        echo "FAIL $rel [runtime crash] exit $status: $first"
    elif ! cmp -s "$work/out.txt" "$expected"; then
        echo "FAIL $rel [wrong output] $first"
    else
        echo "PASS $rel"
    fi
    exit 0
fi

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }

allow_imports=0 update=0 jobs="$(nproc || echo 2)" filters=() dirs=""
gocc="${GOCC:-}"
while [ $# -gt 0 ]; do
    case "$1" in
    --imports) allow_imports=1 ;;
    --imports=*) allow_imports=1; supported_imports=" $(echo "${1#--imports=}" | tr ',' ' ') " ;;
    --dirs=*) dirs="${1#--dirs=}" ;;
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

# Whether the file's `//go:build` expression (if any) holds for Go's test
# runner on linux/amd64 with gc: each tag becomes 1 or 0 and bash arithmetic
# evaluates the `!`, `&&`, `||` and parentheses.
build_ok() {
    local expr
    expr="$(grep -m1 '^//go:build ' "$1" | sed 's|^//go:build ||')" || return 0
    [ -n "$expr" ] || return 0
    expr="$(echo "$expr" | sed -E 's/\b(linux|amd64|unix|gc|go1\.[0-9]+)\b/@/g; s/\b[A-Za-z0-9_][A-Za-z0-9_.]*\b/#/g; s/@/1/g; s/#/0/g')"
    [ "$((expr))" -eq 1 ]
}

# Sets has_imports=1 when the file imports something.
eligible() {
    local f=$1 imp
    has_imports=0
    [ "$(head -n1 "$f")" = "// run" ] || return 1
    build_ok "$f" || return 1
    while IFS= read -r imp; do
        has_imports=1
        [ "$allow_imports" -eq 1 ] || return 1
        case "$supported_imports" in *" $imp "*) ;; *) return 1 ;; esac
    done < <(imports_of "$f")
    return 0
}

if [ -n "$dirs" ]; then
    IFS=',' read -r -a scan_dirs <<<"$dirs"
else
    scan_dirs=(.)
    for d in "$testdir"/*/; do scan_dirs+=("$(basename "$d")"); done
fi

candidates=() import_free=()
for d in "${scan_dirs[@]}"; do
    for f in "$testdir/$d"/*.go; do
        [ -f "$f" ] || continue
        rel="${f#"$testdir"/}"
        rel="${rel#./}"
        if [ "${#filters[@]}" -gt 0 ]; then
            keep=0
            for w in "${filters[@]}"; do case "$rel" in *"$w"*) keep=1 ;; esac; done
            [ "$keep" -eq 1 ] || continue
        fi
        eligible "$f" || continue
        candidates+=("$rel")
        [ "$has_imports" -eq 1 ] || import_free+=("$rel")
    done
done
[ "${#candidates[@]}" -gt 0 ] || { echo "gotest-scan.sh: no candidate programs" >&2; exit 1; }

SCAN_TMP="$(mktemp -d "${TMPDIR:-/tmp}/gocc-gotest-scan.XXXXXX")"
trap 'rm -rf "$SCAN_TMP"' EXIT
export SCAN_TMP GOCC="$gocc" GOTEST_DIR="$testdir"

echo "scanning ${#candidates[@]} programs in $testdir with $gocc ($jobs jobs)" >&2
printf '%s\n' "${candidates[@]}" |
    xargs -P "$jobs" -I{} bash ${SCAN_TRACE:+-x} "$self" --one {} >"$SCAN_TMP/results.txt"
sort -k2 "$SCAN_TMP/results.txt"
results="$SCAN_TMP/results.txt"

pass=$(grep -c '^PASS ' "$results" || true)
fail=$(grep -c '^FAIL ' "$results" || true)

# Newly passing: PASS entries not yet listed (comments and blanks ignored).
{ grep '^PASS ' "$results" || true; } | cut -d' ' -f2 | sort >"$SCAN_TMP/pass.txt"
{ if [ -f "$passing" ]; then sed 's/#.*//; s/[ \t]*$//; /^$/d' "$passing"; fi; } | sort -u >"$SCAN_TMP/listed.txt"
comm -23 "$SCAN_TMP/pass.txt" "$SCAN_TMP/listed.txt" >"$SCAN_TMP/new.txt"
new=$(wc -l <"$SCAN_TMP/new.txt")
# Listed programs that failed this scan: the gate (cargo test --test gotest) will fail too.
{ grep '^FAIL ' "$results" || true; } | cut -d' ' -f2 | sort >"$SCAN_TMP/fail.txt"
comm -12 "$SCAN_TMP/fail.txt" "$SCAN_TMP/listed.txt" >"$SCAN_TMP/regressed.txt"
regressed=$(wc -l <"$SCAN_TMP/regressed.txt")

# Failure buckets with their commonest details (for `unsupported`, the
# feature; for crashes and compile errors, the message), to show what to
# work on.
if [ "$fail" -gt 0 ]; then
    echo
    echo "failures by bucket:"
    sed -nE 's/^FAIL [^ ]+ \[([^]]*)\].*$/\1/p' "$results" | sort | uniq -c | sort -rn
    for b in unsupported "compile error" "compiler crash" "runtime crash"; do
        grep -q "^FAIL [^ ]* \[$b\]" "$results" || continue
        echo
        echo "$b, commonest details:"
        sed -nE "s/^FAIL [^ ]+ \[$b\] //p" "$results" |
            sed -E 's/^exit ([0-9]+): (panic: [^[]*|fatal error: .*|[^:]*).*/exit \1: \2/; s/[0-9]+/N/g' |
            sort | uniq -c | sort -rn | head -n 12
    done
fi

printf '%s\n' "${import_free[@]}" >"$SCAN_TMP/free.txt"
echo
echo "per directory: pass / candidates (import-free: pass / candidates)"
awk 'FNR == NR { free[$1] = 1; next }
     { n = split($2, p, "/"); d = (n > 1) ? p[1] : "."; total[d]++; if ($1 == "PASS") ok[d]++
       if ($2 in free) { ftotal[d]++; if ($1 == "PASS") fok[d]++ } }
     END { for (d in total) printf "  %-10s %4d / %-4d (%d / %d)\n", d, ok[d], total[d], fok[d], ftotal[d] }' \
    "$SCAN_TMP/free.txt" "$results" | sort

if [ "$regressed" -gt 0 ]; then
    echo
    echo "listed in passing.txt but failing:"
    sed 's/^/  /' "$SCAN_TMP/regressed.txt"
fi

# The figure of issue #4: import-free programs (all of them when
# --imports is not given).
if [ "${#import_free[@]}" -gt 0 ]; then
    free_pass=$(printf '%s\n' "${import_free[@]}" | sort | comm -12 - "$SCAN_TMP/pass.txt" | wc -l)
    echo
    echo "import-free: ${#import_free[@]} programs, $free_pass pass"
fi

echo
echo "summary: ${#candidates[@]} programs, $pass pass, $fail fail; $new newly passing, $regressed listed but failing"
if [ "$update" -eq 1 ] && [ "$new" -gt 0 ]; then
    # The header comment stays; the entries become the sorted union.
    {
        awk '!/^(#|$)/ { exit } { print }' "$passing"
        cat "$SCAN_TMP/listed.txt" "$SCAN_TMP/new.txt" | sort -u
    } >"$SCAN_TMP/passing.new"
    cat "$SCAN_TMP/passing.new" >"$passing"
    echo "added $new programs to ${passing#"$root"/}"
fi
