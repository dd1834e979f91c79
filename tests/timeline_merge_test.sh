#!/bin/sh
# Merging is associative, commutative and idempotent: the timeline of all of samples/ equals
# the merge of one timeline per file (in either order, with a part repeated, and with parts merged
# in two steps). Usage: sh tests/timeline_merge_test.sh ./rasd TMPDIR
set -u
R=$1; T=$2
fail() { echo "timeline merge: $*"; exit 1; }
"$R" timeline -q samples/* > "$T/whole.jsonl" || fail "timeline of samples/ failed"
[ -s "$T/whole.jsonl" ] || fail "no rows from samples/"
i=0
for f in samples/*; do
  case "$f" in *.md) continue;; esac
  i=$((i + 1))
  "$R" timeline -q "$f" > "$T/part$i.jsonl" 2>/dev/null
done
ls "$T"/part*.jsonl > "$T/parts"
"$R" merge -q $(cat "$T/parts") > "$T/m1.jsonl" || fail "merge failed"
"$R" merge -q $(sort -r "$T/parts") "$T/part1.jsonl" > "$T/m2.jsonl" || fail "merge (reversed, repeated) failed"
half=$(( $(wc -l < "$T/parts") / 2 ))
"$R" merge -q $(head -n "$half" "$T/parts") > "$T/a.jsonl"
"$R" merge -q $(tail -n +"$((half + 1))" "$T/parts") > "$T/b.jsonl"
"$R" merge -q "$T/b.jsonl" "$T/a.jsonl" > "$T/m3.jsonl" || fail "merge of merges failed"
for m in m1 m2 m3; do
  cmp -s "$T/whole.jsonl" "$T/$m.jsonl" || { diff "$T/whole.jsonl" "$T/$m.jsonl" | head -5; fail "$m differs from the whole"; }
done
"$R" merge -q "$T/whole.jsonl" "$T/whole.jsonl" > "$T/m4.jsonl"
cmp -s "$T/whole.jsonl" "$T/m4.jsonl" || fail "merging a timeline with itself changed it"
# every format writes the same rows
for fmt in csv md html; do "$R" merge -q --format "$fmt" "$T/whole.jsonl" > "$T/out.$fmt" || fail "--format $fmt failed"; done
rows=$(wc -l < "$T/whole.jsonl")
[ "$(($(wc -l < "$T/out.csv") - 1))" -ge "$rows" ] || fail "csv has fewer rows than jsonl"
# a malformed part is reported with its line and the rest is merged (exit 1)
{ head -2 "$T/whole.jsonl"; echo '{"broken":'; tail -n +3 "$T/whole.jsonl"; } > "$T/bad.jsonl"
"$R" merge "$T/bad.jsonl" > "$T/m5.jsonl" 2> "$T/m5.err"; rc=$?
[ "$rc" = 1 ] || fail "a malformed line gave exit $rc, expected 1"
grep -q "bad.jsonl: record 3" "$T/m5.err" || fail "no message naming the line: $(cat "$T/m5.err")"
cmp -s "$T/whole.jsonl" "$T/m5.jsonl" || fail "rows lost around a malformed line"
echo "timeline merge: $rows rows; whole = merge of $(wc -l < "$T/parts") parts in any order and grouping"
