#!/usr/bin/env python3
"""Time-expression tagging speed, rasd against Debian's python3-dateparser on the same text in
the same run.

The text is the news dumps given on the command line (the development corpus when ../shared is
present) repeated to SIZE_MB (default 100) megabytes, written as plain-text files (one per dump and
round), dated 2025-08-16 for both tools. Two rasd runs:
  rasd tag --no-clean   the tagger over the raw text, as dateparser reads it (the like-for-like
                        figure: text layer, time expressions, durations, JSON output)
  rasd tag              the whole pipeline: dump cleaning and segmentation, then the tagger on
                        the title/body/caption blocks only
dateparser is slow (about 0.15-0.3 M characters/s), so it reads the first PEER_MB (default 2)
megabytes of the same text, one `search_dates` call per line; PEER_MB=0 gives it everything.
Rates are characters per second (Python's len of the decoded text) for both.
usage: time_vs_dateparser.py RASD TEXT_FILE..."""
import datetime, os, sys, tempfile, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import best_run, repeated_files

rasd, files = sys.argv[1], sys.argv[2:]
size_mb = float(os.environ.get("SIZE_MB", "100"))
peer_mb = float(os.environ.get("PEER_MB", "2"))
docs = [open(f, encoding="utf-8", errors="replace").read() for f in files]
one = "\n".join(docs) + "\n"
per_round = len(one.encode())


with tempfile.TemporaryDirectory() as d:
    paths, nchars, nbytes = repeated_files(docs, size_mb, d)
    print(f"text: {nbytes:,} bytes, {nchars:,} characters in {len(paths)} files")
    best = {}
    base = [rasd, "tag", "-q", "--only", "time", "--published", "2025-08-16"]
    for label, args in (("rasd tag --no-clean", ["--no-clean"]), ("rasd tag", [])):
        dt, n = best_run(base + args + paths, 2)
        best[label] = nchars / dt
        print(f"{label}: {dt:.2f} s = {nchars / dt / 1e6:.2f} M chars/s ({nbytes / dt / 1e6:.1f} MB/s), {n:,} mentions")

try:
    from dateparser.search import search_dates
except ImportError:
    sys.exit("dateparser not installed (apt-get install python3-dateparser); no peer measured")
text = one * max(1, int((peer_mb if peer_mb > 0 else size_mb) * 1e6 / per_round) + 1)
peer = text if peer_mb <= 0 else text[: int(peer_mb * 1e6 / 2)]
paras = [x for x in peer.split("\n") if x.strip()]
settings = {"RELATIVE_BASE": datetime.datetime(2025, 8, 16)}
t = time.perf_counter()
hits = 0
for para in paras:
    r = search_dates(para, languages=["ar"], settings=settings)
    hits += len(r or [])
dt_p = time.perf_counter() - t
rate_p = len(peer) / dt_p
print(f"dateparser search_dates: {len(peer):,} characters in {dt_p:.2f} s = {rate_p / 1e6:.4f} M chars/s, {hits:,} hits")
for label, rate in best.items():
    print(f"ratio: {label} is {rate / rate_p:.0f}x dateparser's rate")
