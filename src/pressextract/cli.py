"""The `pressextract` command: batch over a folder, extract one file, print the schema."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Optional, Sequence

from . import __version__


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the `pressextract` command; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressextract",
        description="Russian press releases into records: entities, dates, money, percentages, economic facts.",
    )
    parser.add_argument("--version", action="version", version=f"pressextract {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    batch = commands.add_parser(
        "batch", help="process every release in a folder into JSON lines",
        description="Process every .txt/.md file under DIR into one JSON line each: a record, or an error. "
        "Exit code 0 when every file gave a record, 1 when any failed.",
    )
    batch.add_argument("dir", type=Path, help="folder of releases (searched recursively) or one file")
    batch.add_argument("-o", "--output", type=Path, default=Path("pressextract.jsonl"),
                       help="output JSONL file (default: %(default)s)")
    batch.add_argument("--published", help="release date for every file, as 2026-01-30")
    batch.set_defaults(func=_batch)

    extract = commands.add_parser("extract", help="print the record of one release as JSON",
                                  description="Print the record of one release file (or - for stdin) as JSON.")
    extract.add_argument("file", help="release file, or - to read standard input")
    extract.add_argument("--published", help="release date, as 2026-01-30")
    extract.add_argument("--no-text", action="store_true", help="leave the input text out of the record")
    extract.set_defaults(func=_extract)

    schema = commands.add_parser("schema", help="print the JSON schema of the records",
                                 description="Print the JSON schema of PressRelease.")
    schema.set_defaults(func=_schema)
    return parser


def _batch(args: argparse.Namespace) -> int:
    from .batch import run, write_jsonl
    from .extractor import Extractor

    if not args.dir.exists():
        print(f"pressextract: {args.dir} does not exist", file=sys.stderr)
        return 2
    started = time.perf_counter()
    summary = write_jsonl(run(args.dir, Extractor(), published=args.published), args.output)
    seconds = time.perf_counter() - started
    print(f"{summary.files} files: {summary.ok} records, {summary.errors} errors, {summary.facts} facts "
          f"in {seconds:.1f} s -> {args.output}", file=sys.stderr)
    for source in summary.failed:
        print(f"  failed: {source}", file=sys.stderr)
    return 1 if summary.errors else 0


def _extract(args: argparse.Namespace) -> int:
    from .batch import decode
    from .extractor import Extractor

    data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    text, _ = decode(data)
    record = Extractor().extract(text, args.published)
    if args.no_text:
        record = record.without_text()
    print(record.model_dump_json(indent=2))
    return 0


def _schema(args: argparse.Namespace) -> int:
    from .records import PressRelease

    print(json.dumps(PressRelease.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
