#!/usr/bin/env python3
"""Reads `sayline-cli analyze` JSON Lines on stdin; prints each article's title, date, publisher, counts and
the first line of its body (the headless demo's view of the samples)."""
import json
import sys

for line in sys.stdin:
    if not line.strip():
        continue
    a = json.loads(line)
    first = a["body"].split("\n")[0] if a["body"] else ""
    if len(first) > 110:
        first = first[:110] + "..."
    print("* " + a["title"])
    print("  published: %s   publisher: %s   entities: %d   statements: %d   dates: %d" % (
        a["published"] or "-", a["publisher"] or "-", len(a["entities"]), len(a["statements"]), len(a["dates"])))
    print("  " + first)
