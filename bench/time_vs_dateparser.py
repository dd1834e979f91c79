#!/usr/bin/env python3
"""Time-expression tagging speed: `rasd tag --only time` on news text repeated to SIZE_MB
(default 100) megabytes, side by side with Debian's python3-dateparser `search_dates` on the
same text, in the same run. dateparser is slow (about 0.3 MB/s), so by default it reads the
first PEER_MB (default 2) megabytes of the same text; PEER_MB=0 gives it everything.
usage: time_vs_dateparser.py RASD TEXT_FILE..."""
import os, subprocess, sys, tempfile, time

rasd, files = sys.argv[1], sys.argv[2:]
size_mb = float(os.environ.get("SIZE_MB", "100"))
peer_mb = float(os.environ.get("PEER_MB", "2"))
chunk = "".join(open(f, encoding="utf-8", errors="replace").read() + "\n" for f in files)
text = chunk * max(1, int(size_mb * 1e6 / len(chunk.encode())) + 1)
text = text[: int(size_mb * 1e6 / len(chunk.encode()) * len(chunk))] or chunk
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "news.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    t = time.perf_counter()
    p = subprocess.run([rasd, "tag", "-q", "--only", "time", "--max-doc", str(len(text.encode()) + 1),
                        "--published", "2025-08-16", path], stdout=subprocess.PIPE, check=True)
    dt_r = time.perf_counter() - t
    n_r = p.stdout.count(b"\n")
rate_r = len(text) / dt_r
print(f"rasd tag: {len(text):,} characters in {dt_r:.2f} s = {rate_r / 1e6:.2f} M chars/s, {n_r:,} mentions")
try:
    from dateparser.search import search_dates
except ImportError:
    sys.exit("dateparser not installed (apt-get install python3-dateparser); no peer measured")
import datetime
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
print(f"ratio: rasd is {rate_r / rate_p:.0f}x dateparser's rate")
