#!/usr/bin/env python3
"""Issue #4's acceptance on the development corpus (read from ../shared, never copied here): for
every gold event, each source that reports it must yield, from `rasd tag --only actor,place`,
every participant (compared by significant surname, as ../shared/eval scores them) and the
place. Prints what is missing and one summary line; exits 1 if anything is.
usage: dev_entities.py RASD DEV_DIR"""
import json, os, subprocess, sys

rasd, dev = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(dev, "..", "..", "eval"))
from score_timeline import key  # the scorers' own name comparison

found = {}
for name in sorted(os.listdir(dev)):
    if not name.endswith(".txt"):
        continue
    p = subprocess.run([rasd, "tag", "-q", "--only", "actor,place", os.path.join(dev, name)],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ms = [json.loads(l) for l in p.stdout.decode().splitlines()]
    found[name] = ({key(m["name"]) for m in ms if m["kind"] == "actor"},
                   {w for m in ms if m["kind"] != "actor" for w in m["name"].lower().replace(",", " ").split()})
missing, checked = [], 0
for line in open(os.path.join(dev, "gold_timeline.jsonl"), encoding="utf-8"):
    ev = json.loads(line)
    for src in ev.get("sources", []):
        if src not in found:
            continue
        actors, places = found[src]
        for person in ev.get("participants") or []:
            checked += 1
            if key(person) not in actors:
                missing.append(f"{ev['id']} {src}: participant {person}")
        if ev.get("location"):
            checked += 1
            if not set(ev["location"].lower().split()) & places:
                missing.append(f"{ev['id']} {src}: location {ev['location']}")
for m in missing:
    print("missing", m)
print(f"dev entities: {checked - len(missing)}/{checked} gold participants and places found in their sources")
sys.exit(1 if missing else 0)
