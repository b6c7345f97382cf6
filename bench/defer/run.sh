#!/usr/bin/env bash
# The defer/panic performance table of issue #3: each program is built by
# gc (`go build`) and by gocc in the same run; times are the best of $RUNS
# wall-clock runs. Prints gocc, go and the ratio per case:
#
#   open-coded defer cost   open1 / nodefer (the same call without defer)
#   9 defers (stack recs)   stack9, gocc / go
#   defers in a loop (heap) heaploop, gocc / go
#   panic+recover same frame panic_same, gocc / go
#   panic 10 frames deep     panic_deep, gocc / go
#
#   bench/defer/run.sh                 # GOCC defaults to target/release/gocc
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$(dirname "$here")")"
gocc="${GOCC:-$root/target/release/gocc}"
runs="${RUNS:-3}"
export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false
tmp="$(mktemp -d "${TMPDIR:-/tmp}/gocc-dbench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

best_time() {
    local best="" t i
    for ((i = 0; i < runs; i++)); do
        t=$( { TIMEFORMAT=%R; time "$1" >"$tmp/out" 2>&1; } 2>&1 )
        if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
    done
    echo "$best"
}

declare -A T
for name in open1 nodefer stack9 heaploop panic_same panic_deep; do
    go build -o "$tmp/$name.gc" "$here/$name.go"
    "$gocc" build -o "$tmp/$name.gocc" "$here/$name.go"
    "$tmp/$name.gc" >"$tmp/want" 2>&1 || true
    "$tmp/$name.gocc" >"$tmp/got" 2>&1 || true
    cmp -s "$tmp/want" "$tmp/got" || echo "$name: OUTPUT MISMATCH" >&2
    T[$name.go]="$(best_time "$tmp/$name.gc")"
    T[$name.gocc]="$(best_time "$tmp/$name.gocc")"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
printf '%-34s %9s %9s %7s\n' case gocc go ratio
printf '%-34s %9s %9s %7s   (gocc: open1/nodefer; go column: gc'"'"'s own open1/nodefer)\n' \
    "one open-coded defer / none" "$(ratio "${T[open1.gocc]}" "${T[nodefer.gocc]}")" \
    "$(ratio "${T[open1.go]}" "${T[nodefer.go]}")" "$(ratio "${T[open1.gocc]}" "${T[nodefer.gocc]}")"
for row in "9 defers, stack records:stack9" "defers in a loop, heap records:heaploop" \
    "panic+recover, same frame:panic_same" "panic 10 frames deep+recover:panic_deep"; do
    label="${row%%:*}"; n="${row##*:}"
    printf '%-34s %9s %9s %7s\n' "$label" "${T[$n.gocc]}" "${T[$n.go]}" "$(ratio "${T[$n.gocc]}" "${T[$n.go]}")"
done
