#!/usr/bin/env bash
# Regenerate the expected outputs of the golden tests with the real `go`.
#
#   testdata/regen.sh                  # every testdata/run/*.go, testdata/errors/*.go
#                                      # and testdata/pkgs/*.args
#   testdata/regen.sh testdata/run/x.go testdata/errors/y.go testdata/pkgs/z.args ...
#
# For run/X.go it writes:
#   X.stdout  exact stdout
#   X.stderr  exact stderr; for a program that dies with a goroutine trace, only
#             the lines up to and including the first `goroutine N [...]:`
#             line and that goroutine's frames, normalized (arguments
#             `(...)`, no `+0x..` offsets, file names relative to the
#             program's directory or under `$GOROOT/`; see first_trace), or
#             up to a `runtime stack:` line
#   X.exit    the exit status, as a decimal number and a newline
#   X.stdout-N
#             only when it differs from X.stdout: stdout of the program built
#             with `-gcflags='-N -l'` (gc gives non-escaping `append` and
#             variable-size `make` a frame buffer only when optimizing, so
#             capacities differ); the golden test's -N build compares with it
#   X.defer, X.defer-N
#             only for programs containing `defer`: what
#             `go build -gcflags=-d=defer` (and `-d=defer -N -l`) prints,
#             one `X.go:line:col: open-coded defer` line per defer statement
#   X.m       only for programs where gc has something to say: what
#             `go build -gcflags='-m -l'` prints (escape analysis decisions,
#             no inlining), as `X.go:line:col: message` lines
# For errors/X.go it writes:
#   X.errors  gc's diagnostics, one per line as `X.go:line:col: message`
#             (continuation lines such as "\thave (number)" kept verbatim),
#             without the `# command-line-arguments` header and `./` prefix.
#
# For pkgs/X.args (a line `DIR: ARGS`, DIR relative to testdata/pkgs, whose
# first element is the tree copied to a temporary directory) it runs
# `go build ARGS` in the copy of DIR and writes
#   X.build   the build's stderr (the copy's parent directory written TREE),
#             then a line `exit N` with its status, then the files the build
#             wrote (relative to the tree), one a line
#   X.stdout, X.stderr, X.exit
#             only when the build wrote one executable: what running it in DIR
#             gives (stderr cut after the goroutine header, as for run/)
#
# Programs are built with `go build` into a temporary directory and the binary
# is run directly (never `go run`, which adds its own "exit status" line), with
# an empty stdin (or X.stdin when it exists), no arguments, the program's directory as working
# directory, and a 10 s timeout.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ -n "$(type -P go)" ] || { echo "regen.sh: go not found in PATH" >&2; exit 1; }
export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gocc-regen.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/stdin" # empty stdin for the programs (/dev/null was seen replaced by a file here)

shopt -s nullglob
if [ "$#" -eq 0 ]; then
    set -- "$here"/run/*.go "$here"/errors/*.go "$here"/pkgs/*.args
fi

fail=0
regen_run() {
    local dir=$1 base=$2
    local stem="${base%.go}"
    if ! (cd "$dir" && go build -o "$tmp/$stem" "./$base") 2>"$tmp/build.err"; then
        echo "regen.sh: $dir/$base does not build:" >&2
        cat "$tmp/build.err" >&2
        fail=1
        return
    fi
    # An optional X.stdin is the program's input; otherwise stdin is empty.
    local input="$tmp/stdin"
    [ ! -f "$dir/$stem.stdin" ] || input="$dir/$stem.stdin"
    local status=0
    (cd "$dir" && timeout 10 "$tmp/$stem" <"$input" >"$tmp/out" 2>"$tmp/err") || status=$?
    if [ "$status" -eq 124 ]; then
        echo "regen.sh: $dir/$base timed out" >&2
        fail=1
        return
    fi
    cp "$tmp/out" "$dir/$stem.stdout"
    # Keep stderr up to and including the first goroutine header line
    # (`goroutine 1 [running]:`, or with `gp=0x.. m=0 mp=0x..` after a fatal
    # error), or the `runtime stack:` line a fatal error on the system stack
    # (stack overflow) prints before the goroutine trace.
    local head='^(goroutine [0-9]+ (.* )?\[.*\]:|runtime stack:)$'
    first_trace "$dir" <"$tmp/err" >"$dir/$stem.stderr"
    # awk adds a newline to a last line lacking one; keep stderr exact when
    # there is no trace to cut.
    if ! grep -qE "$head" "$tmp/err"; then
        cp "$tmp/err" "$dir/$stem.stderr"
    fi
    echo "$status" >"$dir/$stem.exit"
    rm -f "$tmp/$stem" "$dir/$stem.stdout-N"
    regen_stdout_n "$dir" "$base" "$input"
    regen_defer "$dir" "$base"
    regen_m "$dir" "$base"
    echo "run/$base: exit $status"
}

# stdin: a crashed program's stderr; stdout: its head up to the first
# goroutine header (or `runtime stack:`, then nothing more), then that
# goroutine's frames up to the blank line after them, normalized: a frame's
# arguments written `(...)`, its `+0x..` offset dropped, the program's
# directory ($1) dropped from file names and GOROOT written `$GOROOT`
# (the golden harness compares the frames' names and FILE:LINE).
first_trace() {
    local goroot
    goroot="$(go env GOROOT)"
    awk -v dir="$1/" -v goroot="$goroot/" '
        state == 0 { print }
        state == 0 && /^runtime stack:$/ { exit }
        state == 0 && /^goroutine [0-9]+ (.* )?\[.*\]:$/ { state = 1; next }
        state == 1 && $0 == "" { exit }
        state == 1 && /^\t/ {
            sub(/ fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+$/, "")
            sub(/ \+0x[0-9a-f]+$/, "")
            if (index($0, "\t" dir) == 1) $0 = "\t" substr($0, length(dir) + 2)
            else if (index($0, "\t" goroot) == 1) $0 = "\t$GOROOT/" substr($0, length(goroot) + 2)
            print; next
        }
        state == 1 && /^created by / { print; next }
        state == 1 && /\)$/ { sub(/\([^()]*\)$/, "(...)"); print; next }
        state == 1 { print }
    '
}

# X.stdout-N: stdout of the -N -l build, kept only when it differs from X.stdout.
regen_stdout_n() {
    local dir=$1 base=$2 input=$3
    local stem="${base%.go}"
    (cd "$dir" && go build -gcflags='-N -l' -o "$tmp/$stem" "./$base") 2>"$tmp/build.err" || return 0
    (cd "$dir" && timeout 10 "$tmp/$stem" <"$input" >"$tmp/out-N" 2>/dev/null) || true
    cmp -s "$tmp/out-N" "$dir/$stem.stdout" || cp "$tmp/out-N" "$dir/$stem.stdout-N"
    rm -f "$tmp/$stem"
}

# For a program with a defer statement: gc's -d=defer report, once with
# optimizations (X.defer) and once with -N -l (X.defer-N). gc replays cached
# compiler output, so these come out the same on every run.
regen_defer() {
    local dir=$1 base=$2
    local stem="${base%.go}"
    rm -f "$dir/$stem.defer" "$dir/$stem.defer-N"
    grep -qE '(^|[^[:alnum:]_])defer[[:space:]]' "$dir/$base" || return 0
    local flags suffix
    for suffix in "" "-N"; do
        flags="-d=defer"
        [ -z "$suffix" ] || flags="-d=defer -N -l"
        (cd "$dir" && go build -gcflags="$flags" -o "$tmp/$stem" "./$base") 2>"$tmp/defer.err"
        grep -v '^# command-line-arguments$' "$tmp/defer.err" | sed -E 's#^\./##' >"$dir/$stem.defer$suffix"
    done
    rm -f "$tmp/$stem"
}

# gc's -m report with inlining off (-l): the escape analysis decisions that
# `gocc build -m` must reproduce. No file when gc prints nothing.
regen_m() {
    local dir=$1 base=$2
    local stem="${base%.go}"
    rm -f "$dir/$stem.m"
    (cd "$dir" && go build -gcflags='-m -l' -o "$tmp/$stem" "./$base") 2>"$tmp/m.err"
    grep -v '^# command-line-arguments$' "$tmp/m.err" | sed -E 's#^\./##' >"$tmp/m.out" || true
    [ ! -s "$tmp/m.out" ] || cp "$tmp/m.out" "$dir/$stem.m"
    rm -f "$tmp/$stem"
}

regen_errors() {
    local dir=$1 base=$2
    local stem="${base%.go}"
    if (cd "$dir" && go build -o "$tmp/$stem" "./$base") >"$tmp/build.err" 2>&1; then
        echo "regen.sh: $dir/$base compiles, but an error program must not" >&2
        fail=1
        return
    fi
    grep -v '^# command-line-arguments$' "$tmp/build.err" | sed -E 's#^(\t*)\./#\1#' >"$dir/$stem.errors"
    echo "errors/$base: $(head -n1 "$dir/$stem.errors")"
}

regen_pkgs() {
    local args_file=$1
    local stem="${args_file%.args}"
    local line dir args top
    line="$(head -n1 "$args_file")"
    dir="${line%%:*}"
    args="${line#*:}"
    top="${dir%%/*}"
    rm -f "$stem.build" "$stem.stdout" "$stem.stderr" "$stem.exit"
    # Built in a copy of the tree, so that what go build writes (and
    # where) is seen and testdata stays clean.
    rm -rf "$tmp/tree" && mkdir "$tmp/tree"
    cp -r "$(dirname "$args_file")/$top" "$tmp/tree/"
    (cd "$tmp/tree" && find . -type f | sort) >"$tmp/before"
    local status=0
    # shellcheck disable=SC2086 # ARGS are words
    (cd "$tmp/tree/$dir" && go build $args) 2>"$tmp/build.err" || status=$?
    # Absolute paths in messages (`no Go files in DIR`) name the copy:
    # its parent directory is written TREE.
    { sed "s#$tmp/tree#TREE#g" "$tmp/build.err"; echo "exit $status"; } >"$stem.build"
    (cd "$tmp/tree" && find . -type f | sort) >"$tmp/after"
    local made
    made="$(comm -13 "$tmp/before" "$tmp/after")"
    if [ -n "$made" ] && [ "$(echo "$made" | wc -l)" -eq 1 ]; then
        status=0
        (cd "$tmp/tree/$dir" && timeout 10 "$tmp/tree/$made" <"$tmp/stdin" >"$stem.stdout" 2>"$tmp/err") || status=$?
        local head='^(goroutine [0-9]+ (.* )?\[.*\]:|runtime stack:)$'
        if grep -qE "$head" "$tmp/err"; then
            awk -v re="$head" '{ print } $0 ~ re { exit }' "$tmp/err" >"$stem.stderr"
        else
            cp "$tmp/err" "$stem.stderr"
        fi
        echo "$status" >"$stem.exit"
    fi
    [ -z "$made" ] || echo "$made" | sed "s#^\./$top/##" >>"$stem.build"
    echo "pkgs/$(basename "$args_file"): $(sed -n '/^exit /p' "$stem.build")${made:+, wrote $made}"
}

for f in "$@"; do
    case "$f" in
    *.args) regen_pkgs "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"; continue ;;
    *.go) ;;
    *) echo "regen.sh: not a .go file: $f" >&2; fail=1; continue ;;
    esac
    [ -f "$f" ] || { echo "regen.sh: no such file: $f" >&2; fail=1; continue; }
    dir="$(cd "$(dirname "$f")" && pwd)"
    base="$(basename "$f")"
    case "$(basename "$dir")" in
    run) regen_run "$dir" "$base" ;;
    errors) regen_errors "$dir" "$base" ;;
    *) echo "regen.sh: $f is not under testdata/run or testdata/errors" >&2; fail=1 ;;
    esac
done
exit "$fail"
