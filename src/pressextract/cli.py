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
from .outputs.formats import FORMATS, SUFFIX_FORMATS, help_text

BATCH_HELP = """\
Process every .txt, .html, .htm, .pdf and .docx file under DIR (recursively, sorted by path; hidden files
skipped; --include to choose others) into one entry each: a record, or an error that says why. The encoding of
each file is detected (UTF-8 with or without BOM, UTF-16/32 with BOM, cp1251, koi8-r) and recorded; HTML is
reduced to its visible text, PDF to its text layer, DOCX to its paragraphs and tables, and the record's offsets
refer to that text. Texts over 1,000,000 characters give an error entry (split such files). Only regular
files are read; a symbolic link leading out of DIR is an error entry unless --follow-symlinks.

Output (-o; format from --format or the suffix: {suffixes}):
{formats}

The output is written to OUT.partial and renamed to OUT when complete; after a crash or Ctrl-C, run the same
command with --resume to process only the files not yet done (matched by path and sha256). OUT.lock keeps a
second run off the same output.

Exit status: 0 when every file gave a record, 1 when any file failed (its entry says why), 2 for a usage
error (an output that cannot be written, another run on it, Dask not installed), 130 when interrupted.
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

    batch = commands.add_parser("batch", help="process every release in a folder",
                                description=BATCH_HELP.replace("{suffixes}", ", ".join(SUFFIX_FORMATS))
                                .replace("{formats}", help_text()),
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    batch.add_argument("dir", type=Path, help="folder of releases (searched recursively) or one file")
    batch.add_argument("-o", "--output", type=Path, help="output file, - for JSONL on stdout "
                       "(default: pressextract with the format's first suffix)")
    batch.add_argument("--format", choices=tuple(FORMATS),
                       help="output format (default: from the suffix of -o)")
    batch.add_argument("--workers", type=_positive, default=1, metavar="N",
                       help="worker processes (default: 1; with --dask local: cluster workers)")
    batch.add_argument("--published", type=_date, help="release date of every file, as 2026-01-30")
    batch.add_argument("--resume", action="store_true", help="skip files already in the output")
    batch.add_argument("--include", action="append", metavar="GLOB",
                       help="read the files whose name matches GLOB (repeatable; a GLOB with / matches the path "
                       "under DIR; default: *.txt *.html *.htm *.pdf *.docx)")
    batch.add_argument("--follow-symlinks", action="store_true",
                       help="read symbolic links that lead out of DIR (and descend into linked folders)")
    batch.add_argument("--dask", metavar="local|tls://HOST:8786",
                       help="run on a Dask cluster: a new local one, or the scheduler at this address")
    batch.add_argument("--tls-ca", metavar="FILE", help="with --dask tls://: the CA certificate of the cluster")
    batch.add_argument("--tls-cert", metavar="FILE", help="with --dask tls://: this client's certificate")
    batch.add_argument("--tls-key", metavar="FILE", help="with --dask tls://: this client's private key")
    batch.add_argument("--no-text", action="store_true", help="leave the input texts out of the records")
    batch.add_argument("--batch-size", type=_positive, default=16, metavar="N",
                       help="files per chunk sent to a worker (default: %(default)s)")
    batch.set_defaults(func=_batch)

    extract = commands.add_parser("extract", help="print the record of releases as JSON",
                                  description="Print the record of a release (.txt, .html, .pdf, .docx, or - for "
                                  "stdin), read through the same reader as batch, as JSON; of several files, "
                                  "one JSON line each, as batch writes them.")
    extract.add_argument("file", nargs="+", help="release file(s), or - to read standard input")
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
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {value!r}")
    return number


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-01-30, got {value!r}") from None


def _batch(args: argparse.Namespace) -> int:
    from .batch.command import batch_command

    return batch_command(args)


def _usage(message: str) -> int:
    print(f"pressextract: {message}", file=sys.stderr)
    return 2


def _source(file: str):  # type: ignore[no-untyped-def]
    """The `Source` of the file (or stdin) named `file`."""
    from .sources.reading import read_source, source_from_bytes

    if file == "-":
        return source_from_bytes(sys.stdin.buffer.read(), "<stdin>", html=None)
    return read_source(Path(file), file)


def _record(file: str, published: Optional[str]):  # type: ignore[no-untyped-def]
    """The record of `file`; None after printing why there is none."""
    from .batch.workers import shared_extractor

    source = _source(file)
    name = "<stdin>" if file == "-" else file
    for warning in source.warnings:
        print(f"pressextract: {name}: {warning}", file=sys.stderr)
    if source.error or source.text is None:
        kind, message = source.error or ("NoText", "no text")
        print(f"pressextract: {name}: {kind}: {message}", file=sys.stderr)
        return None
    return shared_extractor().extract(source.text, published)


def _extract(args: argparse.Namespace) -> int:
    if len(args.file) == 1:
        record = _record(args.file[0], args.published)
        if record is None:
            return 1
        if args.no_text:
            record = record.without_text()
        print(record.model_dump_json(indent=2))
        return 0
    from .batch.workers import Options, process_chunk, shared_extractor
    from .outputs.writers import json_line

    failed = 0
    for file in args.file:  # one JSON line per file, as `batch` writes them
        source = _source(file)
        for line in process_chunk(shared_extractor(), [source], Options(args.published, args.no_text)):
            failed += not line["ok"]
            sys.stdout.buffer.write(json_line(line))
            sys.stdout.buffer.flush()
    return 1 if failed else 0


def _show(args: argparse.Namespace) -> int:
    from .show import html_page, terminal_markup

    if args.html:
        from .outputs.safe_write import unwritable

        problem = unwritable(args.html)
        if problem:
            return _usage(problem)
    record = _record(args.file, args.published)
    if record is None:
        return 1
    if args.html:
        try:
            args.html.write_text(html_page(record, title=args.file), encoding="utf-8")
        except OSError as error:
            return _usage(f"cannot write {args.html}: {error.strerror or error}")
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
