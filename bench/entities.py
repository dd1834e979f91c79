#!/usr/bin/env python3
"""Actors and places (issue #4): what the dictionary and the entity tagger cost.
  1. dictionary load: `rasd tag --only actor,place` on an empty file minus `--only time` on it
     (best of 7 each): building the built-in dictionary (parsing and indexing data/dict/).
  2. tagging: the news dumps given (the development corpus when ../shared is present) repeated
     to SIZE_MB (default 20) megabytes as plain-text files, `rasd tag --no-clean` and `rasd tag`
     with --only time vs --only time,actor,place (best of 3 each), in the same run.
usage: entities.py RASD TEXT_FILE..."""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import best_run, repeated_files

rasd, files = sys.argv[1], sys.argv[2:]
size_mb = float(os.environ.get("SIZE_MB", "20"))


with tempfile.TemporaryDirectory() as d:
    empty = os.path.join(d, "empty.txt")
    open(empty, "w").close()
    t0 = best_run([rasd, "tag", "-q", "--only", "time", empty], 7)[0]
    t1 = best_run([rasd, "tag", "-q", "--only", "actor,place", empty], 7)[0]
    print(f"dictionary load: {max(0.0, t1 - t0) * 1000:.0f} ms (process with it {t1 * 1000:.0f} ms, without {t0 * 1000:.0f} ms)")
    docs = [open(f, encoding="utf-8", errors="replace").read() for f in files]
    paths, chars, _ = repeated_files(docs, size_mb, d)
    base = [rasd, "tag", "-q", "--published", "2025-08-16"]
    for label, extra in (("--no-clean", ["--no-clean"]), ("whole pipeline", [])):
        a, na = best_run(base + extra + ["--only", "time"] + paths, 3)
        b, nb = best_run(base + extra + ["--only", "time,actor,place"] + paths, 3)
        print(f"{label}: time only {chars / a / 1e6:.2f} M chars/s ({na:,} mentions), with actors and places "
              f"{chars / b / 1e6:.2f} M chars/s ({nb:,} mentions; +{(b - a) / a * 100:.0f}% time)")
