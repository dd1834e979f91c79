#!/bin/sh
# rasd benchmarks, one command: `make bench` (or sh bench/run.sh).
#   1. `rasd docs` throughput on a JSON Lines feed of news dumps (one record per dump) repeated
#      to BENCH_MB (default 100) megabytes: the development corpus when ../shared is present,
#      else the bundled sample dumps.
#   2. instruction count on a 4 MB slice of that feed (valgrind --tool=callgrind, when
#      installed): stable across noisy machines.
#   3. streaming: a WARC.gz of STREAM_MB (default 2048) megabytes of HTML, peak resident set.
#   4. time tagging: rasd tag on SIZE_MB (default 100) MB of the same news vs dateparser.
#   5. actors and places: the dictionary's load time and what the entity tagger adds.
#   6. the whole pipeline: docs, tag, extract and timeline on PIPE_MB (default 50) MB of the feed,
#      MB/s and time relative to docs; with valgrind, where rasd extract's instructions go, by
#      stage (bench/pipeline.py).
set -eu
cd "$(dirname "$0")/.."
BENCH_MB=${BENCH_MB:-100}
STREAM_MB=${STREAM_MB:-2048}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
src="samples/dump_*.txt"
[ -d ../shared/corpus/dev ] && src="../shared/corpus/dev/*.txt"
python3 - "$T/news.jsonl" "$BENCH_MB" $src <<'PY'
import sys
sys.path.insert(0, "bench")
from benchlib import jsonl_feed
out, mb, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
jsonl_feed([open(f, encoding="utf-8", errors="replace").read() for f in files], mb, out)
PY
size=$(wc -c <"$T/news.jsonl")
echo "== rasd docs on a $size-byte JSON Lines feed of news dumps ($src)"
python3 - ./rasd "$T/news.jsonl" "$size" <<'PY'
import subprocess, sys, time, resource
rasd, path, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
best = None
for _ in range(3):
    t = time.perf_counter()
    subprocess.run([rasd, "docs", "-q", path], stdout=subprocess.DEVNULL, check=True)
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"docs: best of 3 {best:.2f} s, {size / best / 1e6:.1f} MB/s, peak RSS {rss:.0f} MB")
PY
if command -v valgrind >/dev/null; then
  head -c 4000000 "$T/news.jsonl" | sed '$d' >"$T/slice.jsonl"
  sb=$(wc -c <"$T/slice.jsonl")
  valgrind --tool=callgrind --callgrind-out-file="$T/cg.out" ./rasd docs -q "$T/slice.jsonl" >/dev/null 2>"$T/cg.err" || true
  ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$T/cg.err")
  [ -n "$ir" ] && echo "callgrind: $ir instructions for $sb bytes of feed ($((ir / sb)) per byte)"
  command -v callgrind_annotate >/dev/null && callgrind_annotate "$T/cg.out" 2>/dev/null | sed -n '/Ir.*file:function/,+12p' | cut -c1-150
fi
echo "== streaming a ${STREAM_MB} MB WARC.gz"
LIMIT_MB=100000 python3 tests/stream_test.py ./rasd "$STREAM_MB"
echo "== time expressions: rasd tag vs dateparser (same text, same run)"
# Debian's dateparser lives in the system interpreter's dist-packages
PY=python3; [ -x /usr/bin/python3 ] && PY=/usr/bin/python3
$PY bench/time_vs_dateparser.py ./rasd $src
echo "== actors and places: dictionary load and tagging cost"
python3 bench/entities.py ./rasd $src
echo "== the whole pipeline: MB/s per command, and rasd extract's instructions by stage"
python3 bench/pipeline.py ./rasd $src
