#!/usr/bin/env bash
# Time the benchmark programs compiled by gc (`go build`) and by gocc on
# this machine, in the same run, and print the ratios.
#
#   bench/run.sh [NAME...]        # default: every bench/*.go
#   GOCC=path/to/gocc bench/run.sh
#
# Each program is built by both compilers; both binaries must print the
# same output (the benchmark's checksum), else the row says MISMATCH and is
# not timed. Times are CPU seconds (user + system) of the program, best of
# 3 runs: on a shared, loaded machine wall-clock time mostly measures the
# other jobs (TIME=wall for wall-clock seconds). Never run by `cargo test`:
# timings are reported, not asserted.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
gocc="${GOCC:-$root/target/release/gocc}"
runs="${RUNS:-3}"
case "${TIME:-cpu}" in
    cpu) timefmt='%U %S' ;;
    wall) timefmt='%R' ;;
    *) echo "run.sh: TIME must be cpu or wall" >&2; exit 1 ;;
esac
[ -x "$gocc" ] || { echo "run.sh: no gocc at $gocc (cargo build --release, or set GOCC)" >&2; exit 1; }
[ -n "$(type -P go)" ] || { echo "run.sh: go not found in PATH" >&2; exit 1; }
export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gocc-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

if [ "$#" -eq 0 ]; then
    set -- "$here"/*.go
fi

# best_time BIN: the smallest time (CPU or wall, see TIME) of $runs runs.
best_time() {
    local best="" t i
    for ((i = 0; i < runs; i++)); do
        t=$( { TIMEFORMAT=$timefmt; time "$1" >"$tmp/out" 2>"$tmp/err"; } 2>&1 )
        t=$(awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.3f", s }' <<<"$t")
        if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$t
        fi
    done
    echo "$best"
}

printf '%-14s %8s %8s %16s\n' name go_s gocc_s 'ratio(gocc/go)'
status=0
for arg in "$@"; do
    name="$(basename "${arg%.go}")"
    src="$here/$name.go"
    [ -f "$src" ] || { printf '%-14s %s\n' "$name" "no such benchmark"; status=1; continue; }
    if ! go build -o "$tmp/$name.gc" "$src" 2>"$tmp/build.err"; then
        printf '%-14s %s\n' "$name" "go build failed"; status=1; continue
    fi
    if ! "$gocc" build -o "$tmp/$name.gocc" "$src" 2>"$tmp/build.err"; then
        printf '%-14s %8s %8s   %s\n' "$name" - - "gocc build failed: $(head -n1 "$tmp/build.err")"; status=1; continue
    fi
    "$tmp/$name.gc" >"$tmp/want" 2>&1 || true
    "$tmp/$name.gocc" >"$tmp/got" 2>&1 || true
    if ! cmp -s "$tmp/want" "$tmp/got"; then
        printf '%-14s %8s %8s   %s\n' "$name" - - "MISMATCH: gocc printed $(head -n1 "$tmp/got" | cut -c1-40), go $(head -n1 "$tmp/want" | cut -c1-40)"
        status=1
        continue
    fi
    go_s="$(best_time "$tmp/$name.gc")"
    gocc_s="$(best_time "$tmp/$name.gocc")"
    ratio="$(awk -v a="$gocc_s" -v b="$go_s" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
    printf '%-14s %8s %8s %16s\n' "$name" "$go_s" "$gocc_s" "$ratio"
done
exit "$status"
