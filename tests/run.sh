#!/bin/sh
# Runs every test of rasd and ends with one summary line "N passed, N failed[, N skipped]".
#   unit        cmocka unit tests (build/tests/test_*)
#   golden      rasd docs on samples/ compared with tests/golden/*.jsonl (diff -u)
#   bad         the bad-input corpus: y_* accepted (exit 0), n_* reported (exit 1, message names
#               the file) with every other record still processed; generated large inputs too
#   gen         data/ tables and their generated C are in step
#   news        no event in the ordinary news of bench/news/general_a.jsonl, every record read
#   readme      every "$ ./rasd ..." example in README.md runs
#   timeline    merging parts equals the whole; a store killed mid-ingest; the HTML page in chromium
#   stream      memory stays bounded on a large generated WARC
#   asan        unit tests and the CLI (timeline: every stage) on samples and bad inputs under ASan+UBSan
#   fuzz        each libFuzzer target for FUZZ_SECONDS (default 10) seconds
#   conformance the development corpus in ../shared (skipped when ../shared is absent)
# Set QUICK=1 to skip asan and fuzz.
set -u
cd "$(dirname "$0")/.."
PASS=0; FAIL=0; SKIP=0
ok()   { PASS=$((PASS + 1)); [ -n "${VERBOSE:-}" ] && echo "ok   $*"; return 0; }
bad()  { FAIL=$((FAIL + 1)); echo "FAIL $*"; }
skip() { SKIP=$((SKIP + 1)); echo "skip $*"; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT

echo "== build"
if ! make -s -j2 all unit >"$T/build.log" 2>&1; then cat "$T/build.log"; bad build; echo "$PASS passed, $FAIL failed, $SKIP skipped"; exit 1; fi

run_units() { # $1 = directory of test binaries, $2 = label
  for t in "$1"/tests/test_*; do
    [ -x "$t" ] || continue
    n=$(basename "$t")
    if "$t" >"$T/$n.out" 2>&1; then :; else bad "$2 $n (exit $?)"; tail -40 "$T/$n.out"; fi
    p=$(sed -n 's/.*\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$T/$n.out" | tail -1)
    f=$(sed -n 's/.*\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$T/$n.out" | tail -1)
    PASS=$((PASS + ${p:-0})); FAIL=$((FAIL + ${f:-0}))
  done
}
echo "== unit"; run_units build unit

echo "== gen"
if command -v python3 >/dev/null; then
  if python3 tools/gen_tables.py --check; then ok gen; else bad "gen: tables out of date"; fi
else skip "gen (no python3)"; fi

echo "== golden"
for exp in tests/golden/*.jsonl; do
  [ -f "$exp" ] || continue
  n=$(basename "$exp" .jsonl)
  in=samples/$n
  [ -f "$in" ] || { bad "golden $n: no input $in"; continue; }
  ./rasd docs -q "$in" >"$T/golden.out" 2>"$T/golden.err"
  if diff -u "$exp" "$T/golden.out" >"$T/golden.diff"; then ok "golden $n"; else bad "golden $n"; head -40 "$T/golden.diff"; fi
done

echo "== bad input"
check_bad() { # $1 file, $2 expected exit status
  f=$1; want=$2
  timeout 120 ./rasd docs "$f" >"$T/bad.out" 2>"$T/bad.err"; rc=$?
  if [ "$rc" != "$want" ]; then bad "bad-input $f: exit $rc, expected $want"; head -5 "$T/bad.err"; return; fi
  if [ "$want" = 1 ] && ! grep -q "rasd: $f" "$T/bad.err"; then bad "bad-input $f: no message naming the file"; return; fi
  if ! tail -1 "$T/bad.err" | grep -q "documents,"; then bad "bad-input $f: no summary"; return; fi
  ok "bad-input $f"
}
for f in tests/bad/y_*; do [ -f "$f" ] && check_bad "$f" 0; done
for f in tests/bad/n_*; do [ -f "$f" ] && check_bad "$f" 1; done
if command -v python3 >/dev/null && [ -f tools/make_bad.py ]; then
  mkdir -p "$T/gen" && python3 tools/make_bad.py "$T/gen" >/dev/null 2>&1
  for f in "$T"/gen/y_*; do [ -f "$f" ] && check_bad "$f" 0; done
  for f in "$T"/gen/n_*; do [ -f "$f" ] && check_bad "$f" 1; done
else skip "generated bad inputs (no python3)"; fi
for s in tests/bad/*.sh; do [ -f "$s" ] || continue; if sh "$s" ./rasd "$T" >"$T/s.out" 2>&1; then ok "$s"; else bad "$s"; cat "$T/s.out"; fi; done

echo "== ordinary news"
# bench/news/general_a.jsonl: 55 articles the project wrote that state no contact between two
# named leaders; every record read, no event found
f=bench/news/general_a.jsonl
if [ -f "$f" ]; then
  ./rasd extract "$f" >"$T/on.out" 2>"$T/on.err"; rc=$?
  n=$(wc -l <"$T/on.out")
  if [ "$rc" = 0 ] && [ "$n" = 0 ] && grep -q "55 documents, 55 articles, 0 skipped" "$T/on.err"; then ok "ordinary news: no event"
  else bad "ordinary news: exit $rc, $n events"; head -5 "$T/on.out" | cut -c1-300; tail -2 "$T/on.err"; fi
else skip "ordinary news (no $f)"; fi

echo "== readme"
if sh tests/readme.sh >"$T/readme.out" 2>&1; then ok readme; else bad readme; cat "$T/readme.out"; fi

echo "== html/warc"
if command -v python3 >/dev/null; then
  if python3 tests/html_warc_test.py ./rasd >"$T/hw.out" 2>&1; then ok html-warc; else bad html-warc; fi; cat "$T/hw.out"
else skip "html/warc (no python3)"; fi

echo "== timeline"
if sh tests/timeline_merge_test.sh ./rasd "$T" >"$T/tm.out" 2>&1; then ok timeline-merge; else bad timeline-merge; fi; cat "$T/tm.out"
if command -v python3 >/dev/null; then
  if python3 tests/store_kill_test.py ./rasd >"$T/sk.out" 2>&1; then ok store-kill; else bad store-kill; fi; tail -3 "$T/sk.out"
else skip "store kill (no python3)"; fi
if [ -f tests/html_browser_test.sh ]; then
  sh tests/html_browser_test.sh ./rasd "$T" >"$T/hb.out" 2>&1; rc=$?
  if [ $rc = 0 ]; then ok html-browser; elif [ $rc = 77 ]; then skip "html browser test (no chromium)"; else bad html-browser; fi; cat "$T/hb.out"
fi

echo "== stream"
if command -v python3 >/dev/null; then
  if python3 tests/stream_test.py ./rasd >"$T/stream.out" 2>&1; then ok stream; cat "$T/stream.out"; else bad stream; cat "$T/stream.out"; fi
else skip "stream (no python3)"; fi

echo "== conformance"
if [ -d ../shared/corpus/dev ]; then
  if python3 tests/conformance/dev_docs.py ./rasd ../shared/corpus/dev >"$T/conf.out" 2>&1; then ok "conformance dev docs"; cat "$T/conf.out"; else bad "conformance dev docs"; cat "$T/conf.out"; fi
  if sh tests/conformance/timex.sh ./rasd ../shared >"$T/tx.out" 2>&1; then ok "conformance time expressions"; else bad "conformance time expressions"; fi
  if python3 tests/conformance/dev_entities.py ./rasd ../shared/corpus/dev >"$T/ent.out" 2>&1; then ok "conformance dev entities"; else bad "conformance dev entities"; fi; cat "$T/ent.out"
  cat "$T/tx.out"
  if sh tests/conformance/dev_timeline.sh ./rasd ../shared >"$T/dtl.out" 2>&1; then ok "conformance dev timeline"; else bad "conformance dev timeline"; fi; cat "$T/dtl.out"
else skip "conformance (../shared absent)"; fi

if [ -z "${QUICK:-}" ]; then
  echo "== asan"
  if make -s asan >"$T/asan.log" 2>&1; then
    run_units build-asan asan
    for f in samples/* tests/bad/* bench/news/*.jsonl; do
      [ -f "$f" ] || continue
      case "$f" in *.md) continue;; esac
      if ASAN_OPTIONS=detect_leaks=1 ./build-asan/rasd timeline "$f" >/dev/null 2>"$T/asan.err"; [ $? -le 1 ] && ! grep -q "Sanitizer" "$T/asan.err"; then ok "asan $f"; else bad "asan $f"; tail -20 "$T/asan.err"; fi
    done
  else bad "asan build"; tail -30 "$T/asan.log"; fi
  echo "== fuzz"
  if FUZZ_SECONDS=${FUZZ_SECONDS:-10} sh fuzz/build.sh --run >"$T/fuzz.out" 2>&1; then
    cat "$T/fuzz.out"; PASS=$((PASS + $(grep -c ': ok' "$T/fuzz.out")))
  else cat "$T/fuzz.out"; bad fuzz; fi
fi

echo "$PASS passed, $FAIL failed, $SKIP skipped"
[ "$FAIL" = 0 ]
