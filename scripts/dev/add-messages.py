#!/usr/bin/env python3
"""Adds translated keys to messages/{kk,ru,en}.json.
Input (stdin): JSON {"dotted.key": {"kk": ..., "ru": ..., "en": ...}}."""
import json, sys, collections
entries = json.load(sys.stdin)
for locale in ("kk", "ru", "en"):
    path = f"messages/{locale}.json"
    data = json.load(open(path), object_pairs_hook=collections.OrderedDict)
    for key, values in entries.items():
        node = data
        parts = key.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, collections.OrderedDict())
        node[parts[-1]] = values[locale]
    with open(path, "w") as out:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
