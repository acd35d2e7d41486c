"""Write the records of every text under some folders as JSON lines, or compare two such files.

    python benchmarks/snapshot.py ../shared/corpora/press ../shared/corpora/facts/texts samples -o before.jsonl
    python benchmarks/snapshot.py --compare before.jsonl after.jsonl

A refactoring that changes no behaviour leaves the two files byte-identical; `--compare` says which sources
differ and in which record lists. One line per file: {"source": "<folder name>/<file name>", "record": {...}},
sources sorted, texts read as bytes and decoded as UTF-8 (Collection5's "\\r\\n" kept).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator


def sources(folders: list[Path]) -> Iterator[tuple[str, str]]:
    """(source name, text) of every .txt file under the folders, in a stable order."""
    for folder in folders:
        for path in sorted(folder.rglob("*.txt")):
            yield f"{folder.name}/{path.relative_to(folder)}", path.read_bytes().decode("utf-8")


def write(folders: list[Path], out: Path, batch_size: int, full_parse: bool = False) -> int:
    import pressextract

    items = list(sources(folders))
    extractor = pressextract.Extractor(full_parse=full_parse)
    with out.open("w", encoding="utf-8") as f:
        for (name, _), record in zip(items, extractor.pipe((t for _, t in items), batch_size=batch_size)):
            line = {"source": name, "record": record.model_dump(mode="json")}
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    return len(items)


def compare(before: Path, after: Path) -> int:
    """Print the differing sources and fields; the exit status is the number of differing sources (max 100)."""
    old = {r["source"]: r["record"] for r in map(json.loads, before.read_text(encoding="utf-8").splitlines())}
    new = {r["source"]: r["record"] for r in map(json.loads, after.read_text(encoding="utf-8").splitlines())}
    differing = 0
    for source in sorted(old.keys() | new.keys()):
        a, b = old.get(source), new.get(source)
        if a == b:
            continue
        differing += 1
        if a is None or b is None:
            print(f"{source}: only in {'after' if a is None else 'before'}")
            continue
        fields = [k for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k)]
        print(f"{source}: {', '.join(_describe(k, a.get(k), b.get(k)) for k in fields)}")
    print(f"{len(old)} before, {len(new)} after, {differing} differ")
    return min(differing, 100)


def _describe(field: str, a: Any, b: Any) -> str:
    if isinstance(a, list) and isinstance(b, list):
        return f"{field} ({len(a)} → {len(b)}, {sum(x not in b for x in a)} changed)"
    return field


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, help="folders of .txt files")
    parser.add_argument("-o", "--output", type=Path, help="the JSON lines to write")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="compare two snapshots")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--full-parse", action="store_true", help="parse every sentence (Extractor(full_parse=True))")
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if not args.folders or args.output is None:
        parser.error("give folders and -o OUTPUT, or --compare BEFORE AFTER")
    count = write(args.folders, args.output, args.batch_size, args.full_parse)
    print(f"{count} records written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
