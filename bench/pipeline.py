#!/usr/bin/env python3
"""Whole-pipeline throughput on news text, and where `rasd extract` spends its time.
  1. The news dumps given (the development corpus when ../shared is present) as a JSON Lines feed,
     one record per dump, repeated to PIPE_MB (default 50) megabytes. Best of 3 wall-clock runs of
     each command on it, in the same run: `rasd docs -q` (reading and cleaning), `rasd tag -q
     --only time`, `rasd tag -q --only time,actor,place`, `rasd extract -q`, `rasd timeline -q`; MB/s of feed, and each
     one's time as a multiple of `rasd docs`'s.
  2. When valgrind is installed: one callgrind run of `rasd extract -q` on the first SLICE_MB
     (default 3) megabytes of the feed (whole records), instructions per byte of input and the
     inclusive share of each stage (callgrind_annotate --inclusive=yes --tree=caller):
       reading         rasd_reader_next (format detection, gzip, the JSON Lines record reader)
       cleaning        rasd_clean (segmentation, furniture, datelines)
       normalization   rasd_text_new called from the tag driver (src/tag/tag.c)
       contact words   rasd_text_find_form (EV-0's test of each article, the tokenizer included:
                       the first to ask for tokens pays for them)
       time tagging    rasd_timex_find_after (what rasd_timex_find and the tag driver call)
       entity tagging  rasd_entity_find
       dictionary      rasd_dict_new (built once, at the first document)
       extraction      rasd_extract minus the six above (the events themselves, the tag driver)
       output          the JSON writers (rasd_event_write_json, rasd_mention_write_json,
                       rasd_article_write_json)
       other           the rest of the process (start-up, the CLI loop, freeing)
     Instruction counts are stable on a noisy machine; wall clock is what a user sees.
  3. The same commands and profile on ordinary news: the JSON Lines files in bench/news/ (articles
     the project wrote in the manner of a day's feed — sport, markets, weather, health, courts,
     domestic politics, conflict — few of which state a contact between two named leaders),
     repeated to PIPE_MB megabytes. Most such articles have no word that can name a contact, and
     rasd extract skips their tagging (EV-0, docs/events.md); the contact-dense dumps of 1. are
     the worst case.
usage: pipeline.py RASD TEXT_FILE..."""
import os, re, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import glob
from benchlib import best_run, jsonl_feed, jsonl_repeat

COMMANDS = (("docs", ["docs"]), ("tag --only time", ["tag", "--only", "time"]),
            ("tag --only time,actor,place", ["tag", "--only", "time,actor,place"]),
            ("extract", ["extract"]), ("timeline", ["timeline"]))
WRITERS = ("rasd_event_write_json", "rasd_mention_write_json", "rasd_article_write_json")
LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+([<>*]?)\s*(.*?)\s*$")


def base_name(entry):
    """(file, function) of an annotate entry "file:function (3x) [object]", the function without
    the recursion mark ('2) callgrind adds."""
    entry = re.sub(r"\s+\[[^\]]*\]$", "", entry)
    entry = re.sub(r"\s+\([\d,]+x\)$", "", entry)
    f, _, fn = entry.rpartition(":")
    return f, re.sub(r"'\d+$", "", fn)


def parse_annotate(text):
    """Inclusive cost per function and cost per (caller file, caller, callee) from
    callgrind_annotate --inclusive=yes --tree=caller output. A function listed twice (with and
    without its source path, when part of it is inlined from a header) keeps the larger figure."""
    incl, calls, pending = {}, {}, []
    for line in text.splitlines():
        m = LINE.match(line)
        if not m:
            if not line.strip():
                pending = []
            continue
        cost, mark, entry = int(m.group(1).replace(",", "")), m.group(2), m.group(3)
        f, fn = base_name(entry)
        if mark == "<":
            pending.append((f, fn, cost))
        elif mark in ("*", ""):
            incl[fn] = max(incl.get(fn, 0), cost)
            for cf, cfn, c in pending:
                key = (cf, cfn, fn)
                calls[key] = max(calls.get(key, 0), c)
            pending = []
    return incl, calls


def stages(incl, calls, total):
    """The stage table of the docstring: [(label, instructions)]."""
    g = lambda fn: incl.get(fn, 0)
    norm = sum(c for (cf, _, fn), c in calls.items() if fn == "rasd_text_new" and cf.endswith("src/tag/tag.c"))
    if not norm and not any(cf != "???" for (cf, _, _) in calls):   # no debug information: no caller files
        norm = g("rasd_text_new")
    rows = [("reading (rasd_reader_next)", g("rasd_reader_next")),
            ("cleaning (rasd_clean)", g("rasd_clean")),
            ("normalization (rasd_text_new in tag.c)", norm),
            ("contact words (rasd_text_find_form)", g("rasd_text_find_form")),
            ("time tagging (rasd_timex_find_after)", g("rasd_timex_find_after")),
            ("entity tagging (rasd_entity_find)", g("rasd_entity_find")),
            ("dictionary load (rasd_dict_new)", g("rasd_dict_new"))]
    tagging = sum(c for _, c in rows[2:])
    rows.append(("event extraction proper", max(0, g("rasd_extract") - tagging)))
    rows.append(("output (JSON writers)", sum(g(w) for w in WRITERS)))
    rows.append(("other", max(0, total - sum(c for _, c in rows))))
    return rows


def profile(rasd, feed, slice_mb, d):
    """One callgrind run of rasd extract on the first slice_mb megabytes of feed, printed."""
    sl = os.path.join(d, "slice.jsonl")
    with open(feed, "rb") as f:
        head = f.read(int(slice_mb * 1e6))
    head = head[: head.rfind(b"\n") + 1]
    with open(sl, "wb") as f:
        f.write(head)
    out = os.path.join(d, "cg.out")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", rasd, "extract", "-q", sl],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    if not os.path.exists(out):
        print("callgrind: no profile written")
        return
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--tree=caller", "--threshold=100", out],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=False).stdout
    m = re.search(r"^\s*([\d,]+).*PROGRAM TOTALS", text, re.M)
    if not m:
        print("callgrind_annotate: no totals in its output")
        return
    total = int(m.group(1).replace(",", ""))
    incl, calls = parse_annotate(text)
    print(f"callgrind, rasd extract -q on {len(head):,} bytes: {total:,} instructions, "
          f"{total / len(head):.0f} per byte")
    for label, c in stages(incl, calls, total):
        # a stage's function renamed in the code would read as 0%: say so rather than mislead
        fn = re.search(r"\((\w+)", label)
        gone = c == 0 and fn and fn.group(1).startswith("rasd_") and fn.group(1) not in incl
        print(f"  {label:40s} {c / total * 100:5.1f}%  {c / len(head):6.1f} per byte" +
              ("  (function not in the profile: renamed?)" if gone else ""))


def run_feed(rasd, feed, size, slice_mb, d):
    """Section 1/2 (or 3) on one feed."""
    base = None
    for label, args in COMMANDS:
        dt, _ = best_run([rasd] + args + ["-q", feed], 3, count_lines=False)
        base = base or dt
        print(f"rasd {label:27s} best of 3 {dt:6.2f} s  {size / dt / 1e6:6.1f} MB/s  {dt / base:5.2f}x docs' time")
    if shutil.which("valgrind") and shutil.which("callgrind_annotate"):
        profile(rasd, feed, slice_mb, d)
    else:
        print("callgrind: valgrind not installed, no stage profile")


def main():
    rasd, files = sys.argv[1], sys.argv[2:]
    size_mb = float(os.environ.get("PIPE_MB", "50"))
    slice_mb = float(os.environ.get("SLICE_MB", "3"))
    docs = [open(f, encoding="utf-8", errors="replace").read() for f in files]
    general = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "news", "*.jsonl")))
    with tempfile.TemporaryDirectory() as d:
        feed = os.path.join(d, "feed.jsonl")
        size = jsonl_feed(docs, size_mb, feed)
        print(f"feed: {size:,} bytes, {len(docs)} dumps repeated")
        run_feed(rasd, feed, size, slice_mb, d)
        if general:
            size = jsonl_repeat(general, size_mb, feed)
            print(f"ordinary news: {size:,} bytes, the records of {', '.join(os.path.basename(g) for g in general)} repeated")
            run_feed(rasd, feed, size, slice_mb, d)


if __name__ == "__main__":
    main()
