"""The end of `make demo`: the facts found in each sample, and the commands to try next.

    python scripts/demo_summary.py out/samples.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def main(path: str) -> None:
    """Print a table of the facts per file of a batch output (JSONL) and what to run next."""
    entries = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    width = max([len(e["source"]) for e in entries] + [6])
    print(f"\n{'sample':<{width}}  facts  indicators")
    for entry in entries:
        if not entry["ok"]:
            print(f"{entry['source']:<{width}}  error  {entry['error']['type']}: {entry['error']['message']}")
            continue
        facts = entry["record"]["facts"]
        kinds = Counter(f["indicator"]["id"] for f in facts)
        print(f"{entry['source']:<{width}}  {len(facts):>5}  " + ", ".join(f"{k} ×{n}" if n > 1 else k
                                                                          for k, n in kinds.items()))
    first = next((e["source"] for e in entries if e["ok"] and e["record"]["facts"]), entries[0]["source"])
    folder = Path(path).parent
    print(f"\nAll records: {path} (one JSON line per file). Next, try:")
    commands = [(f".venv/bin/pressextract show samples/{first}", "the text with what was found marked"),
                (f".venv/bin/pressextract show samples/{first} --html {folder}/review.html", "a review page"),
                (f".venv/bin/pressextract batch samples -o {folder}/samples.sqlite", "a database for SQL")]
    pad = max(len(c) for c, _ in commands)
    for command, what in commands:
        print(f"  {command:<{pad}}  # {what}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out/samples.jsonl")
