#!/bin/sh
# Builds every fuzz/fuzz_*.c as a libFuzzer target (clang, ASan+UBSan) and, with --run, runs
# each for FUZZ_SECONDS (default 15) seconds on a seed corpus made of samples/ and tests/bad/.
# Exit status is non-zero if a target fails to build or finds a crash.
set -eu
cd "$(dirname "$0")/.."
OUT=build-fuzz
mkdir -p "$OUT/obj"
DEPS=$(sed -n 's/^DEPS *:= *//p' Makefile)   # the library's packages, as the Makefile lists them
FLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -Iinclude -Isrc $(pkg-config --cflags $DEPS)"
CXXFLAGS="-std=c++17 -fno-exceptions -fno-rtti -DSIMDJSON_EXCEPTIONS=0 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -Iinclude -Isrc $(pkg-config --cflags $DEPS)"
LIBS="$(pkg-config --libs $DEPS) -lstdc++ -lm"
objs=""
for c in src/*/*.c src/*/*.cpp; do   # every module of the library (the CLI is not part of it)
  case "$c" in src/cli/*) continue;; esac
  [ -f "$c" ] || continue
  o="$OUT/obj/$(echo "$c" | tr / _).o"
  # rebuilt when its source, or any header or generated table, is newer than the object
  if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find include src -name '*.h' -newer "$o" -o -name '*.inc' -newer "$o" | head -1)" ]; then
    case "$c" in
      *.cpp) clang++ $CXXFLAGS -c "$c" -o "$o";;
      *) clang $FLAGS -c "$c" -o "$o";;
    esac
  fi
  objs="$objs $o"
done
for t in fuzz/fuzz_*.c; do
  n=$(basename "$t" .c)
  clang $FLAGS -fsanitize=fuzzer "$t" $objs $LIBS -o "$OUT/$n"
done
[ "${1:-}" = "--run" ] || exit 0
secs=${FUZZ_SECONDS:-15}
status=0
for t in fuzz/fuzz_*.c; do
  n=$(basename "$t" .c)
  corpus="$OUT/corpus-$n"
  mkdir -p "$corpus"
  for f in samples/* tests/bad/* data/dict/*; do [ -f "$f" ] && [ "$(wc -c <"$f")" -lt 200000 ] && cp "$f" "$corpus/" ; done
  # a timeline of the samples seeds the merge reader (when the CLI has been built)
  [ -x ./rasd ] && ./rasd timeline -q samples/* > "$corpus/timeline_of_samples.jsonl" 2>/dev/null || true
  if "$OUT/$n" -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 -timeout=10 "$corpus" >"$OUT/$n.log" 2>&1; then
    echo "fuzz $n: ok ($(grep -o 'Done [0-9]* runs' "$OUT/$n.log" | tail -1))"
  else
    echo "fuzz $n: FAILED (see $OUT/$n.log)"; tail -30 "$OUT/$n.log"; status=1
  fi
done
exit $status
