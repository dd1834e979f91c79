#!/bin/sh
# The development corpus's timeline scored against its gold (../shared/eval/score_timeline.py),
# for the JSON Lines records (publication dates given) and for the raw dumps. Fails when a
# figure falls below its floor: the issue's targets (docs/timeline.md#conformance), which both
# runs meet. Usage: sh dev_timeline.sh ./rasd ../shared
set -u
R=$1; S=$2
D=$S/corpus/dev
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
status=0
check() { # $1 label, $2 output, then name=floor pairs
  label=$1; out=$2; shift 2
  line=$(python3 "$S/eval/score_timeline.py" "$out" "$D/gold_timeline.jsonl" | tail -1)
  echo "$label: $line"
  python3 - "$line" "$@" <<'PY' || status=1
import re, sys
v = dict(re.findall(r"(\w+)=([0-9.]+)", sys.argv[1]))
floors = [a.split("=") for a in sys.argv[2:]]
bad = [f"{k} {v.get(k)} < {f}" for k, f in floors if float(v.get(k, 0)) < float(f)]
if bad: print("  below floor:", ", ".join(bad)); sys.exit(1)
PY
}
"$R" timeline -q "$D/dev.jsonl" > "$T/dev.jsonl"
check "dev.jsonl" "$T/dev.jsonl" core_recall=0.95 precision=0.9 date_exact=0.9 status=0.95 sources=0.9
"$R" timeline -q "$D"/*.txt > "$T/raw.jsonl"
check "raw dumps" "$T/raw.jsonl" core_recall=0.85 precision=0.9 date_exact=0.9 status=0.95 sources=0.9
exit $status
