#!/usr/bin/env python3
"""Memory stays bounded by the largest record, not by the input: generates a WARC.gz of about
SIZE_MB (default 150) megabytes of HTML records with tools/make_warc.py, runs `rasd docs -q` on
it, and checks that the peak resident set of the child stays under LIMIT_MB (default 64) and that
every record came out as an article. usage: stream_test.py RASD [SIZE_MB]"""
import os, resource, subprocess, sys, tempfile

rasd = sys.argv[1]
size_mb = int(sys.argv[2]) if len(sys.argv) > 2 else int(os.environ.get("SIZE_MB", "150"))
limit_mb = int(os.environ.get("LIMIT_MB", "64"))
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
page = os.path.join(root, "samples", "page_maghreb.html")
with tempfile.TemporaryDirectory() as d:
    warc = os.path.join(d, "big.warc.gz")
    per = os.path.getsize(page) + 600
    repeat = max(1, size_mb * 1024 * 1024 // per)
    subprocess.run([sys.executable, os.path.join(root, "tools", "make_warc.py"), "--gzip", "--mixed",
                    "--repeat", str(repeat), warc, page], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    p = subprocess.run([rasd, "docs", "-q", warc], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = p.stdout.count(b"\n")
    raw = repeat * os.path.getsize(page)
    print(f"stream: {repeat} records, {raw / 1e6:.0f} MB of HTML, exit {p.returncode}, "
          f"{lines} articles, peak RSS {rss_mb:.1f} MB (limit {limit_mb} MB)")
    if p.returncode != 0:
        sys.exit(p.stderr.decode()[-2000:])
    if lines != repeat:
        sys.exit(f"expected {repeat} articles")
    if rss_mb > limit_mb:
        sys.exit("peak RSS over the limit")
