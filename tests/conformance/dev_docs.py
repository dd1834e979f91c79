#!/usr/bin/env python3
"""Issue #2's acceptance on the development corpus (read from ../shared, never copied here):
article counts per dump, publication dates, and no page furniture inside title/body blocks.
usage: dev_docs.py RASD DEV_DIR"""
import glob, json, os, subprocess, sys

rasd, dev = sys.argv[1], sys.argv[2]
# Furniture seen in these dumps (ticker, navigation, footer, tags, related links, widgets): none of
# these may sit inside a title or body block.
FURNITURE = ["Copyright", "Related", "Go to accessibility", "كلمات دلالية", "مقالات مشابهة",
             "يعرض الآن", "LoaderSearch", "المصدر: euronews", "A .A", "اخترنا لك", "إقرأ أيضاً"]
WANT_ARTICLES = {"001": 1, "002": 2, "004": 1}
failures = []

def docs(path):
    p = subprocess.run([rasd, "docs", "-q", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        failures.append(f"{path}: exit {p.returncode}: {p.stderr.decode()[:300]}")
    return [json.loads(l) for l in p.stdout.decode().splitlines()]

def check_blocks(name, arts):
    for a in arts:
        for b in a["blocks"]:
            if b["kind"] in ("title", "body"):
                for f in FURNITURE:
                    if f in b["text"]:
                        failures.append(f"{name} article {a['article']}: '{f}' inside a {b['kind']} block")
        for d in a["dropped"]:
            if d["reason"] == "unassigned":
                failures.append(f"{name} article {a['article']}: unassigned span {d}")

for path in sorted(glob.glob(os.path.join(dev, "*.txt"))):
    name = os.path.basename(path)
    arts = docs(path)
    want = WANT_ARTICLES.get(name[:3])
    if want is not None and len(arts) != want:
        failures.append(f"{name}: {len(arts)} articles, expected {want}")
    check_blocks(name, arts)
    print(f"{name}: {len(arts)} articles; published " + ", ".join(str(a['published']) for a in arts))
    if name.startswith("004"):
        if not arts or not str(arts[0]["published"]).startswith("2025-02-13") or arts[0]["published_from"] != "dateline":
            failures.append(f"{name}: not dated 2025-02-13 from its dateline: {arts[0]['published'] if arts else None}")
    # the text between blocks and drops covers the file exactly once
    size = os.path.getsize(path)
    spans = sorted((x["start"], x["end"]) for a in arts for x in a["blocks"] + a["dropped"])
    pos = 0
    for s, e in spans:
        if s != pos:
            failures.append(f"{name}: bytes {pos}..{s} not accounted for" if s > pos else f"{name}: overlap at {s}")
            break
        pos = e
    if arts and pos != size:
        failures.append(f"{name}: accounting ends at {pos} of {size}")

jl = os.path.join(dev, "dev.jsonl")
if os.path.exists(jl):
    recs = [json.loads(l) for l in open(jl, encoding="utf-8")]
    arts = docs(jl)
    check_blocks("dev.jsonl", arts)
    for r in recs:
        firsts = [a for a in arts if a["doc"] == r["id"] and a["article"] == 1]
        # the metadata's day, refined by a dateline's time on that same day (004: 00:26)
        if not firsts or not (firsts[0]["published"] or "").startswith(r["published"]) or firsts[0]["published_from"] != "metadata":
            failures.append(f"dev.jsonl {r['id']}: not dated {r['published']} from metadata")
        n = sum(a["doc"] == r["id"] for a in arts)
        want = WANT_ARTICLES.get(r["id"][:3])
        if want is not None and n != want:
            failures.append(f"dev.jsonl {r['id']}: {n} articles, expected {want}")
    print(f"dev.jsonl: {len(arts)} articles")

for f in failures:
    print("FAIL", f)
sys.exit(1 if failures else 0)
