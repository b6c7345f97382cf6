#!/usr/bin/env bash
# Regenerates NAME.errors (gc's diagnostics, `./` prefixes removed) for
# every NAME.go here, or for the files given, with the real `go build`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
[ "$#" -eq 0 ] && set -- "$here"/*.go
for f in "$@"; do
    base="$(basename "$f")"
    mkdir -p "$tmp/$base.d"; cp "$f" "$tmp/$base.d/$base"
    if (cd "$tmp/$base.d" && go build -o /dev/null "./$base") >"$tmp/out" 2>&1; then
        echo "regen.sh: $base compiled without errors" >&2
        : >"${f%.go}.errors"
    else
        grep -v '^# command-line-arguments$' "$tmp/out" | sed -E 's#^(\t*)\./#\1#' >"${f%.go}.errors"
    fi
done
