#!/usr/bin/env python3
"""A killed `rasd db add` loses nothing it committed and leaves nothing half-written, and adding
the same input again is idempotent (docs/store.md, ST-1 and ST-2).

Generates a JSON Lines file of N records (default 4000), each one Arabic sentence stating one
contact between two leaders, and stores it once to completion: the reference store. Then, in
several trials, starts `rasd db add --db PATH big.jsonl` on a new store and SIGKILLs it, after a
fixed delay or as soon as a reader sees a given share of the records stored. After each kill it
opens the store with Python's own sqlite3 module and checks:
  - PRAGMA integrity_check is "ok" and foreign_key_check finds nothing;
  - the schema is all there (user_version 1) or not there at all;
  - the stored articles are the first k records of the input, without a gap;
  - every stored article has exactly the reports the reference has for it (here one each, so
    count(report) == count(article)): no article without its reports, no report of another;
  - no article a reader saw committed before the kill is gone.
Then it runs `rasd db add` again to completion (the store must equal the reference, and
`rasd db export --format jsonl` must print the same timeline), and a third time (nothing may
change). At least one kill must land mid-ingest (0 < k < N).

usage: store_kill_test.py RASD [N]     (python3 standard library only)"""
import datetime, json, os, signal, sqlite3, subprocess, sys, tempfile, time

rasd = os.path.abspath(sys.argv[1])
N = int(sys.argv[2]) if len(sys.argv) > 2 else int(os.environ.get("STORE_KILL_N", "4000"))

PEOPLE = ["فلاديمير بوتين", "إيمانويل ماكرون", "أولاف شولتس", "رجب طيب أردوغان", "عبد الفتاح السيسي",
          "دونالد ترمب", "شي جين بينغ", "ناريندرا مودي", "عبد المجيد تبون", "تميم بن حمد آل ثاني"]
DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
TOPICS = ["العلاقات الثنائية", "الأوضاع في المنطقة", "التعاون الاقتصادي", "أمن الطاقة", "الأزمة في السودان"]
CITIES = ["باريس", "القاهرة", "أنقرة", "برلين", "الجزائر", "الدوحة"]
# Each states one contact (a call, a meeting, a reception) of two named persons.
TEMPLATES = [
    "أجرى {a} اتصالا هاتفيا مع {b} يوم {d}، بحثا خلاله {t}.",
    "التقى {a} {b} في {c} يوم {d} وبحثا {t}.",
    "تلقى {a} اتصالا هاتفيا من {b} يوم {d} تناول {t}.",
    "بحث {a} مع {b} في اتصال هاتفي يوم {d} {t}.",
    "استقبل {a} في {c} يوم {d} {b} وبحث معه {t}.",
]


def doc_id(i):
    return "k%05d" % i


def write_input(path):
    base = datetime.date(2024, 1, 1)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(N):
            a = PEOPLE[i % len(PEOPLE)]
            b = PEOPLE[(i // len(PEOPLE) + 1 + i) % len(PEOPLE)]
            if a == b:
                b = PEOPLE[(PEOPLE.index(a) + 3) % len(PEOPLE)]
            text = TEMPLATES[i % len(TEMPLATES)].format(a=a, b=b, d=DAYS[i * 3 % 7], t=TOPICS[i % len(TOPICS)],
                                                        c=CITIES[i % len(CITIES)])
            pub = base + datetime.timedelta(days=i % 700)
            f.write(json.dumps({"id": doc_id(i), "published": pub.isoformat(), "text": text},
                               ensure_ascii=False) + "\n")


def fail(msg):
    sys.exit("store-kill: " + msg)


def run(*args):
    p = subprocess.run([rasd, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        fail(f"rasd {' '.join(args)}: exit {p.returncode}\n{p.stderr.decode(errors='replace')[-2000:]}")
    return p.stdout


def add(db, jsonl):
    run("db", "add", "--db", db, jsonl)


def export(db):
    return run("db", "export", "--db", db, "--format", "jsonl")


def snapshot(db):
    """Checks the store's consistency; returns {key: (doc, article, added_seq, sorted report JSON)}
    and the largest report id. A store the kill left without a schema gives ({}, 0)."""
    if not os.path.exists(db):
        return {}, 0
    con = sqlite3.connect(db)    # read-write: recovers the WAL a killed writer left
    try:
        ok = con.execute("PRAGMA integrity_check").fetchall()
        if ok != [("ok",)]:
            fail(f"{db}: integrity_check: {ok}")
        version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 and not tables:
            return {}, 0
        if version != 1 or not {"article", "report"} <= tables:
            fail(f"{db}: half-made schema: user_version {version}, tables {sorted(tables)}")
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            fail(f"{db}: reports of no article: {fk[:5]}")
        snap = {}
        for key, doc, art, seq in con.execute("SELECT key, doc, article, added_seq FROM article"):
            snap[key] = [doc, art, seq, []]
        for key, js in con.execute("SELECT article_key, json FROM report ORDER BY id"):
            snap[key][3].append(js)
        top = con.execute("SELECT coalesce(max(id), 0) FROM report").fetchone()[0]
    finally:
        con.close()
    return {k: (v[0], v[1], v[2], tuple(sorted(v[3]))) for k, v in snap.items()}, top


def stored_count(db):
    """Articles a reader sees committed right now, or None when the store is not readable yet."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM article").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return None


def killed_run(db, jsonl, delay=None, share=None):
    """Starts `rasd db add` and SIGKILLs it after delay seconds, or once share·N articles are
    seen stored. Returns the count a reader saw last before the kill (0 if none)."""
    p = subprocess.Popen([rasd, "db", "add", "--db", db, jsonl],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = 0
    start = time.monotonic()
    while p.poll() is None:
        if delay is not None and time.monotonic() - start >= delay:
            break
        if share is not None:
            n = stored_count(db)
            if n is not None:
                seen = n
                if n >= share * N:
                    break
        time.sleep(0.002)
    if p.poll() is None:
        p.send_signal(signal.SIGKILL)
    p.wait()
    return seen


def compare(db, ref, what):
    snap, _ = snapshot(db)
    if snap.keys() != ref.keys():
        fail(f"{what}: {len(snap)} articles, the reference has {len(ref)}")
    for k, v in snap.items():
        if v[:2] != ref[k][:2] or v[3] != ref[k][3]:
            fail(f"{what}: article {v[0]}#{v[1]} differs from the reference")
    return snap


def main():
    with tempfile.TemporaryDirectory() as d:
        jsonl = os.path.join(d, "big.jsonl")
        write_input(jsonl)

        ref_db = os.path.join(d, "ref.db")
        t0 = time.monotonic()
        add(ref_db, jsonl)
        took = time.monotonic() - t0
        ref, _ = snapshot(ref_db)
        nrep = sum(len(v[3]) for v in ref.values())
        if len(ref) != N or nrep != N:
            fail(f"reference: {len(ref)} articles and {nrep} reports for {N} records of one event each")
        ref_export = export(ref_db)
        if ref_export.count(b"\n") == 0:
            fail("reference: db export printed no row")

        trials = [dict(delay=0.0), dict(delay=0.05), dict(share=0.1), dict(share=0.5), dict(share=0.9),
                  dict(delay=took * 0.3), dict(delay=took * 0.7)]
        mid = []
        for i, how in enumerate(trials):
            db = os.path.join(d, f"kill{i}.db")
            seen = killed_run(db, jsonl, **how)
            snap, _ = snapshot(db)
            k = len(snap)
            label = f"trial {i} ({', '.join(f'{a} {b:.3g}' for a, b in how.items())}; {k} of {N} stored)"
            if k < seen:
                fail(f"{label}: a reader saw {seen} articles committed before the kill")
            docs = [v[0] for v in sorted(snap.values(), key=lambda v: (v[2], v[0]))]
            if docs != [doc_id(j) for j in range(k)]:
                fail(f"{label}: the stored articles are not the first {k} records")
            for key, v in snap.items():
                if key not in ref or v[3] != ref[key][3]:
                    fail(f"{label}: article {v[0]} is stored without its reports, or with others")
            if sum(len(v[3]) for v in snap.values()) != k:
                fail(f"{label}: count(report) != count(article)")
            if 0 < k < N:
                mid.append(k)

            add(db, jsonl)                          # resume: adds what the kill left out
            compare(db, ref, f"{label}, resumed")
            if export(db) != ref_export:
                fail(f"{label}, resumed: db export differs from the reference's")
            before, top = snapshot(db)
            add(db, jsonl)                          # idempotent: nothing changes
            after, top2 = snapshot(db)
            if after != before or top2 != top:
                fail(f"{label}: adding the same input a third time changed the store")

        if not mid:
            fail(f"no kill landed mid-ingest in {len(trials)} trials (the reference run took {took:.2f} s; "
                 f"try a larger N)")
        print(f"store-kill: {N} records, reference add {took:.2f} s; {len(trials)} kills, "
              f"{len(mid)} mid-ingest ({', '.join(map(str, mid))} stored); all consistent, "
              f"resumed to the reference, re-adding changed nothing")


main()
