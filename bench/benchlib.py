"""Shared by the bench scripts: the news text repeated as plain-text files, and timing."""
import os, subprocess, time


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


def best_run(cmd, n):
    """The fastest of n runs of cmd: (seconds, lines of output)."""
    best = None
    for _ in range(n):
        t = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
        dt = time.perf_counter() - t
        if p.returncode not in (0, 1):
            raise SystemExit(f"{cmd[0]} exited {p.returncode}")
        if best is None or dt < best[0]:
            best = (dt, p.stdout.count(b"\n"))
    return best
