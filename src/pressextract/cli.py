"""The `pressextract` command: batch over a folder, extract or show one file, print the schema.

Heavy modules (spaCy, the models, Dask) are imported inside the commands, so `pressextract --help` is instant.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__

BATCH_HELP = """\
Process every .txt, .md, .html and .htm file under DIR (recursively, sorted by path; hidden files skipped)
into one entry each: a record, or an error that says why. The encoding of each file is detected (UTF-8 with or
without BOM, UTF-16/32 with BOM, cp1251, koi8-r) and recorded; HTML is reduced to its visible text, to which
the record's offsets refer. Texts over 1,000,000 characters give an error entry (split such files).

Output (-o; format from --format or the suffix: .jsonl, .csv, .sqlite/.db):
  jsonl   one line per file: {"source", "sha256", "encoding", "ok": true, "record": {...}}
          or {"source", "sha256", "encoding", "ok": false, "error": {"type", "message"}}
  csv     the facts as a flat table, one row per fact (a file without facts, or failed, gets one row)
  sqlite  tables releases, entities, people, money, percents, quantities, dates, facts

The output is written to OUT.partial and renamed to OUT when complete; after a crash or Ctrl-C, run the same
command with --resume to process only the files not yet done (matched by path and sha256).

Exit status: 0 when every file gave a record, 1 when any file failed (its entry says why), 2 for a usage
error, 130 when interrupted.
"""


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the `pressextract` command; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `pressextract extract f.txt | head`: the reader left, which is no error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # as the Python docs advise
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressextract",
        description="Russian press releases into records: entities, dates, money, percentages, economic facts.",
    )
    parser.add_argument("--version", action="version", version=f"pressextract {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    batch = commands.add_parser("batch", help="process every release in a folder", description=BATCH_HELP,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    batch.add_argument("dir", type=Path, help="folder of releases (searched recursively) or one file")
    batch.add_argument("-o", "--output", type=Path, help="output file, - for JSONL on stdout "
                       "(default: pressextract.jsonl, .csv or .sqlite)")
    batch.add_argument("--format", choices=("jsonl", "csv", "sqlite"), help="output format (default: from -o)")
    batch.add_argument("--workers", type=_positive, default=1, metavar="N",
                       help="worker processes (default: 1; with --dask local: cluster workers)")
    batch.add_argument("--published", type=_date, help="release date of every file, as 2026-01-30")
    batch.add_argument("--resume", action="store_true", help="skip files already in the output")
    batch.add_argument("--dask", metavar="local|tcp://HOST:8786",
                       help="run on a Dask cluster: a new local one, or the scheduler at this address")
    batch.add_argument("--no-text", action="store_true", help="leave the input texts out of the records")
    batch.add_argument("--batch-size", type=_positive, default=16, metavar="N",
                       help="files per chunk sent to a worker (default: %(default)s)")
    batch.set_defaults(func=_batch)

    extract = commands.add_parser("extract", help="print the record of one release as JSON",
                                  description="Print the record of one release (.txt, .md, .html, or - for "
                                  "stdin), read through the same decoder as batch, as JSON.")
    extract.add_argument("file", help="release file, or - to read standard input")
    extract.add_argument("--published", type=_date, help="release date, as 2026-01-30")
    extract.add_argument("--no-text", action="store_true", help="leave the input text out of the record")
    extract.set_defaults(func=_extract)

    show = commands.add_parser("show", help="show a release with what was found in it marked",
                               description="Print the text of a release with its entities, dates, amounts "
                               "and facts marked, or write them as an HTML page (displaCy) with --html.")
    show.add_argument("file", help="release file, or - to read standard input")
    show.add_argument("--published", type=_date, help="release date, as 2026-01-30")
    show.add_argument("--html", type=Path, metavar="OUT.html", help="write an HTML page instead")
    show.add_argument("--width", type=_positive, default=100, help="line width in the terminal")
    show.set_defaults(func=_show)

    schema = commands.add_parser("schema", help="print the JSON schema of the records",
                                 description="Print the JSON schema of PressRelease.")
    schema.set_defaults(func=_schema)
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {value}")
    return number


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-01-30, got {value!r}") from None


def _batch(args: argparse.Namespace) -> int:
    from .batch.runner import report, run_batch
    from .batch.workers import Options
    from .batch.writers import format_of

    if not args.dir.exists():
        print(f"pressextract: {args.dir} does not exist", file=sys.stderr)
        return 2
    fmt = format_of(args.output or Path(), args.format)
    out = args.output or Path(f"pressextract.{fmt}")
    if str(out) == "-" and (fmt != "jsonl" or args.resume):
        print("pressextract: standard output (-o -) takes JSONL without --resume", file=sys.stderr)
        return 2
    summary = run_batch(
        args.dir, out, fmt=fmt, options=Options(args.published, args.no_text), workers=args.workers,
        dask=args.dask, resume=args.resume, batch_size=args.batch_size, progress=sys.stderr.isatty(),
    )
    print(report(summary, out), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.errors else 0


def _record(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The record of the file (or stdin) named in `args`; None after printing why there is none."""
    from .batch.sources import HTML_SUFFIXES, source_from_bytes
    from .batch.workers import shared_extractor

    name = "<stdin>" if args.file == "-" else args.file
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as error:
        print(f"pressextract: {error}", file=sys.stderr)
        return None
    html = None if args.file == "-" else Path(args.file).suffix.lower() in HTML_SUFFIXES
    source = source_from_bytes(data, name, html=html)
    for warning in source.warnings:
        print(f"pressextract: {name}: {warning}", file=sys.stderr)
    if source.error or source.text is None:
        kind, message = source.error or ("NoText", "no text")
        print(f"pressextract: {name}: {kind}: {message}", file=sys.stderr)
        return None
    return shared_extractor().extract(source.text, args.published)


def _extract(args: argparse.Namespace) -> int:
    record = _record(args)
    if record is None:
        return 1
    if args.no_text:
        record = record.without_text()
    print(record.model_dump_json(indent=2))
    return 0


def _show(args: argparse.Namespace) -> int:
    from .show import html_page, terminal_markup

    record = _record(args)
    if record is None:
        return 1
    if args.html:
        args.html.write_text(html_page(record, title=args.file), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    else:
        print(terminal_markup(record, width=args.width))
    return 0


def _schema(args: argparse.Namespace) -> int:
    from .records import PressRelease

    print(json.dumps(PressRelease.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
