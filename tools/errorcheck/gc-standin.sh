#!/bin/sh
# A stand-in for `gocc tool compile` that runs gc (`go tool compile`) with
# the arguments Go's own harness adds (-p=p -d=panic -importcfg=... -o ...),
# to check the errorcheck runner's judging against gc itself:
#
#   GOCC_TEST_BIN=tools/errorcheck/gc-standin.sh GOCC_ERRORCHECK=all \
#       cargo test -p gocc --test errorcheck
#
# Every errorcheck program the runner supports must then pass, except those
# Go's harness expects gc to fail (types2Failures in
# src/cmd/internal/testdir/testdir_test.go).
set -eu
[ "${1-}" = tool ] && [ "${2-}" = compile ] || {
    echo "gc-standin.sh: usage: gc-standin.sh tool compile FLAGS FILE.go" >&2
    exit 2
}
shift 2
dir="${TMPDIR:-/tmp}/gocc-gc-standin"
mkdir -p "$dir"
cfg="$dir/importcfg-$(go env GOVERSION)"
if [ ! -s "$cfg" ]; then
    go list -export -f '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}' std >"$cfg.$$"
    mv "$cfg.$$" "$cfg"
fi
obj="$dir/a.$$.o"
status=0
go tool compile -p=p -d=panic -importcfg="$cfg" -o "$obj" "$@" || status=$?
rm -f "$obj"
exit "$status"
