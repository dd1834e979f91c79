#!/usr/bin/env python3
"""Time-expression tagging speed: `rasd tag --only time` on a JSON Lines feed of the news dumps
repeated to SIZE_MB (default 100) megabytes, one record per dump, side by side with Debian's python3-dateparser `search_dates` on the
same text, in the same run. dateparser is slow (about 0.3 MB/s), so by default it reads the
first PEER_MB (default 2) megabytes of the same text; PEER_MB=0 gives it everything.
usage: time_vs_dateparser.py RASD TEXT_FILE..."""
import os, subprocess, sys, tempfile, time

rasd, files = sys.argv[1], sys.argv[2:]
size_mb = float(os.environ.get("SIZE_MB", "100"))
peer_mb = float(os.environ.get("PEER_MB", "2"))
import json
docs = [open(f, encoding="utf-8", errors="replace").read() for f in files]
per_round = sum(len(d.encode()) for d in docs)
rounds = max(1, int(size_mb * 1e6 / per_round))
text = "\n".join(docs) * rounds          # what the peer reads: the same text
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "news.jsonl")
    with open(path, "w", encoding="utf-8") as f:   # a feed: one record per article dump
        for r in range(rounds):
            for k, doc in enumerate(docs):
                f.write(json.dumps({"id": f"r{r}-{k}", "published": "2025-08-16", "text": doc}, ensure_ascii=False) + "\n")
    t = time.perf_counter()
    p = subprocess.run([rasd, "tag", "-q", "--only", "time", path], stdout=subprocess.PIPE, check=True)
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
