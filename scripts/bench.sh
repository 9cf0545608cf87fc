#!/usr/bin/env bash
# Measures submit-to-verdict against its floor — go build of the same
# solution with a bare func main, plus a plain program running the same
# tests — for representative problems, and prints the medians and their
# ratios. Arguments go to `judge bench`: --runs N, --cold (first submits on
# an empty build cache, and after `judge start`'s warm-up), --verify (the
# whole bank), or slugs to measure instead of the default five.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/judge" .
"$tmp/judge" bench "$@"
