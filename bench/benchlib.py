"""Shared by the bench scripts: the news text repeated as plain-text files or as a JSON Lines feed,
and timing."""
import json, os, subprocess, time


def repeated_files(docs, size_mb, directory):
    """Writes the documents repeated to about size_mb megabytes, one file per document and round
    (the cleaning stage sees documents as a crawler delivers them: text repeated inside one file
    would be dropped as repeated lines). Returns (paths, characters, bytes) of the whole."""
    one = "\n".join(docs) + "\n"
    rounds = max(1, int(size_mb * 1e6 / len(one.encode())))
    paths = []
    for r in range(rounds):
        for k, doc in enumerate(docs):
            path = os.path.join(directory, f"r{r:05d}-{k}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(doc + "\n")
            paths.append(path)
    return paths, len(one) * rounds, len(one.encode()) * rounds


def jsonl_feed(docs, size_mb, path):
    """Writes the documents as a JSON Lines feed, one record {"id", "text"} per document and round
    (as crawlers deliver them), repeated until the file holds at least size_mb megabytes.
    Returns the file's size in bytes."""
    n, r = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while n < size_mb * 1e6:
            for k, doc in enumerate(docs):
                line = json.dumps({"id": f"r{r}-{k}", "text": doc}, ensure_ascii=False) + "\n"
                f.write(line)
                n += len(line.encode())
            r += 1
    return n


def jsonl_repeat(paths, size_mb, path):
    """Writes the JSON Lines records of the files given, repeated until the file holds at least
    size_mb megabytes, each round's ids suffixed with the round. Returns the file's size."""
    records = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            records += [json.loads(line) for line in f if line.strip()]
    n, r = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while records and n < size_mb * 1e6:
            for rec in records:
                rec = dict(rec, id=f"{rec.get('id', 'doc')}-r{r}")
                line = json.dumps(rec, ensure_ascii=False) + "\n"
                f.write(line)
                n += len(line.encode())
            r += 1
    return n


def best_run(cmd, n, count_lines=True):
    """The fastest of n runs of cmd (exit status 0 or 1, else SystemExit): (seconds, lines of
    output), or (seconds, None) with count_lines=False, when the output is discarded unread."""
    best = None
    out = subprocess.PIPE if count_lines else subprocess.DEVNULL
    for _ in range(n):
        t = time.perf_counter()
        p = subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL, check=False)
        dt = time.perf_counter() - t
        if p.returncode not in (0, 1):
            raise SystemExit(f"{cmd[0]} exited {p.returncode}")
        if best is None or dt < best[0]:
            best = (dt, p.stdout.count(b"\n") if count_lines else None)
    return best
