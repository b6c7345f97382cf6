#!/usr/bin/env bash
# Run the benchmark programs compiled by gc (`go build`) and by gocc on this
# machine, in the same run, and print wall time and peak memory of both and
# the gocc/go ratios (issue #8's performance table).
#
#   bench/run.sh [NAME...]      # default: every bench/*.go
#   bench/run.sh fib binarytrees defer/heaploop
#   bench/run.sh defer          # every bench/defer/*.go
#   RUNS=5 GOCC=path/to/gocc bench/run.sh
#   GOGC=off bench/run.sh       # the environment reaches both binaries
#
# Each program is built by both compilers; both binaries must print the
# same stdout (the benchmark's checksum), else the row says MISMATCH and is
# not measured (stderr is not compared). Then the two binaries run alternately (go, gocc, go, gocc,
# ...) $RUNS times each (default 3) under `/usr/bin/time -v`, and the table
# gives the medians of "Elapsed (wall clock)" and "Maximum resident set
# size" for each, their gocc/go ratios, and the ratio of CPU times (user +
# system; gc's collector threads count there). A program with a line
# `// bench: end-rss` (heapshrink.go) also gets the median of its resident
# set at the end (VmRSS sampled every 0.1 s while it runs, the last sample
# kept): memory given back to the system. gocc runs at its defaults: whatever the
# environment says (GOGC, GODEBUG) applies to both binaries.
# Never run by `cargo test`: timings are reported, not asserted.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
gocc="${GOCC:-$root/target/release/gocc}"
runs="${RUNS:-3}"
timev=/usr/bin/time
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: RUNS must be a positive number" >&2; exit 1; }
[ -x "$gocc" ] || { echo "run.sh: no gocc at $gocc (cargo build --release -p gocc, or set GOCC)" >&2; exit 1; }
[ -n "$(type -P go)" ] || { echo "run.sh: go not found in PATH" >&2; exit 1; }
[ -x "$timev" ] || { echo "run.sh: $timev (GNU time) not found" >&2; exit 1; }
export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gocc-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# The programs: bench/NAME.go, bench/DIR/NAME.go, or every program of a
# directory of bench/.
srcs=()
if [ "$#" -eq 0 ]; then
    srcs=("$here"/*.go)
fi
for arg in "$@"; do
    arg="${arg%.go}"
    arg="${arg#bench/}"
    if [ -d "$here/$arg" ]; then
        srcs+=("$here/$arg"/*.go)
    else
        srcs+=("$here/$arg.go")
    fi
done

# A no-fork sleep for the sampler: `read -t` on a fifo nobody writes
# (opened read-write, so opening it does not wait for a writer).
mkfifo "$tmp/never"
exec {never}<>"$tmp/never"

# measure BIN OUT SAMPLE: one run of BIN under GNU time; appends "wall cpu
# rss endrss" (seconds, seconds, KB, KB or -) to OUT. With SAMPLE=1 the
# program's VmRSS is read every 0.1 s while it runs, and endrss is the
# last value read (at most 0.1 s before it exited).
measure() {
    local bin="$1" out="$2" sample="$3" wall cpu rss end=- tpid q c comm k v
    local want="${bin##*/}"
    want="${want:0:15}" # the kernel's comm: the name's first 15 bytes
    "$timev" -v -o "$tmp/time" "$bin" >"$tmp/out" 2>"$tmp/err" &
    tpid=$!
    if [ "$sample" = 1 ]; then
        while kill -0 "$tpid" 2>/dev/null; do
            # The program is the newest descendant (time's child, maybe
            # under a subshell): follow first children down to a leaf.
            q=$tpid
            # (The list has no final newline: read fails but sets c.)
            while c= && { read -r c _ <"/proc/$q/task/$q/children"; } 2>/dev/null; [ -n "$c" ]; do
                q=$c
            done
            comm=
            read -r comm <"/proc/$q/comm" 2>/dev/null || true
            if [ "$comm" = "$want" ]; then
                while read -r k v _; do
                    [ "$k" = VmRSS: ] && end=$v
                done <"/proc/$q/status" 2>/dev/null || true
            fi
            read -r -t 0.1 -u "$never" || true
        done
    fi
    wait "$tpid" || true
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + p[i]
        printf "%.3f", s }' "$tmp/time")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.3f", s }' "$tmp/time")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
    echo "$wall $cpu $rss $end" >>"$out"
}

# median FILE COLUMN: the median of a column of numbers (the lower middle
# one of an even count), or - when the column is not numeric.
median() {
    awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '
        /^-$/ { dash = 1 } { v[NR] = $1 }
        END { if (dash || NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "-" && b != "-" && b > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.1f", k / 1024 }'; }

echo "runs: $runs each, alternating; medians. gocc: $gocc; GOGC=${GOGC-unset}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
fmt='%-22s %8s %8s %6s  %9s %9s %6s  %6s  %s\n'
printf "$fmt" name go_wall gocc_wall wall_x go_rss_MB gocc_rssMB rss_x cpu_x 'end rss MB go/gocc'
status=0
for src in "${srcs[@]}"; do
    name="${src#"$here"/}"
    name="${name%.go}"
    if [ ! -f "$src" ]; then
        printf '%-22s %s\n' "$name" "no such benchmark"; status=1; continue
    fi
    bin="$tmp/$(tr / _ <<<"$name")"
    if ! go build -o "$bin.gc" "$src" 2>"$tmp/build.err"; then
        printf '%-22s %s\n' "$name" "go build failed: $(head -n1 "$tmp/build.err")"; status=1; continue
    fi
    if ! "$gocc" build -o "$bin.gocc" "$src" 2>"$tmp/build.err"; then
        printf '%-22s %s\n' "$name" "gocc build failed: $(head -n1 "$tmp/build.err")"; status=1; continue
    fi
    "$bin.gc" >"$tmp/want" 2>/dev/null || true
    "$bin.gocc" >"$tmp/got" 2>/dev/null || true
    if ! cmp -s "$tmp/want" "$tmp/got"; then
        printf '%-22s %s\n' "$name" "MISMATCH: gocc printed $(head -n1 "$tmp/got" | cut -c1-40), go $(head -n1 "$tmp/want" | cut -c1-40)"
        status=1
        continue
    fi
    : >"$tmp/m.gc"
    : >"$tmp/m.gocc"
    sample=0
    grep -q '^// bench: end-rss$' "$src" && sample=1
    for ((i = 0; i < runs; i++)); do
        measure "$bin.gc" "$tmp/m.gc" "$sample"
        measure "$bin.gocc" "$tmp/m.gocc" "$sample"
    done
    gw=$(median "$tmp/m.gc" 1) cw=$(median "$tmp/m.gocc" 1)
    gc=$(median "$tmp/m.gc" 2) cc=$(median "$tmp/m.gocc" 2)
    gr=$(median "$tmp/m.gc" 3) cr=$(median "$tmp/m.gocc" 3)
    ge=$(median "$tmp/m.gc" 4) ce=$(median "$tmp/m.gocc" 4)
    end=""
    if [ "$ge" != - ] || [ "$ce" != - ]; then
        end="$(mb "$ge") / $(mb "$ce")"
    fi
    printf "$fmt" "$name" "$gw" "$cw" "$(ratio "$cw" "$gw")" "$(mb "$gr")" "$(mb "$cr")" \
        "$(ratio "$cr" "$gr")" "$(ratio "$cc" "$gc")" "$end"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
