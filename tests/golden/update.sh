#!/bin/sh
# Rewrites tests/golden/NAME.jsonl from `rasd docs` on samples/NAME. Run after a deliberate change
# of output, then read the diff (git diff tests/golden) before committing it.
set -eu
cd "$(dirname "$0")/../.."
for s in samples/*; do
  case "$s" in *.md) continue;; esac
  ./rasd docs -q "$s" > "tests/golden/$(basename "$s").jsonl"
done
