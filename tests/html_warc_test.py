#!/usr/bin/env python3
"""Acceptance: an HTML page and a WARC record holding the same page give the same blocks, and a
CC-NEWS-style WARC.gz mixing WARC/1.0 and 1.1 records, with URLs ending in "/", loses no record.
WARC files are made from samples/*.html by tools/make_warc.py. usage: html_warc_test.py RASD"""
import glob, json, os, subprocess, sys, tempfile

rasd = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pages = sorted(glob.glob(os.path.join(root, "samples", "*.html")))
fail = []

def docs(path):
    p = subprocess.run([rasd, "docs", "-q", path], capture_output=True, text=True)
    if p.returncode != 0:
        fail.append(f"{path}: exit {p.returncode}: {p.stderr[:300]}")
    return [json.loads(l) for l in p.stdout.splitlines()]

html = {p: docs(p) for p in pages}
with tempfile.TemporaryDirectory() as d:
    for opts in (["--gzip", "--mixed"], ["--version", "1.0"], ["--version", "1.1", "--gzip"]):
        warc = os.path.join(d, "t.warc" + (".gz" if "--gzip" in opts else ""))
        subprocess.run([sys.executable, os.path.join(root, "tools", "make_warc.py"), *opts,
                        "--repeat", "3", "--uri-base", "https://www.example-news.test/ar/", warc, *pages],
                       check=True, capture_output=True)
        got = docs(warc)
        if len(got) != 3 * len(pages):
            fail.append(f"{opts}: {len(got)} articles from {3 * len(pages)} response records")
        for p, arts in html.items():
            if not any(a["blocks"] == arts[0]["blocks"] for a in got):
                fail.append(f"{opts}: no WARC record gives the blocks of {os.path.basename(p)}")
        for a in got:
            if not (a["url"] or "").startswith("https://www.example-news.test/"):
                fail.append(f"{opts}: URL lost its host: {a['url']}")
                break
print(f"{len(pages)} pages, 3 WARC layouts: " + ("ok" if not fail else "FAIL"))
for f in fail:
    print("FAIL", f)
sys.exit(1 if fail else 0)
