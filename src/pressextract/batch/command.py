"""`pressextract batch` behind the argument parser: every problem with the output or the cluster is one line on
stderr and exit status 2, found before the models load."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from ..errors import PressExtractError
from ..outputs.formats import FORMATS, FormatError, format_of
from ..outputs.safe_write import unwritable
from ..sources.finder import INCLUDE
from .runner import report, run_batch
from .workers import Options


def batch_command(args: argparse.Namespace) -> int:
    """`pressextract batch`: check the arguments and the output, run, print the summary; the exit code."""
    if not args.dir.exists():
        return _usage(f"{args.dir} does not exist")
    try:
        fmt = format_of(args.output, args.format)
    except FormatError as error:
        return _usage(str(error))
    out = args.output or Path("pressextract" + FORMATS[fmt].suffixes[0])
    if str(out) == "-" and (fmt != "jsonl" or args.resume):
        return _usage("standard output (-o -) takes JSONL without --resume")
    problem = (unwritable(out) if str(out) != "-" else None) or _dask_problem(args)
    if problem:
        return _usage(problem)
    try:
        summary = run_batch(
            args.dir, out, fmt=fmt, options=Options(args.published, args.no_text), workers=args.workers,
            dask=_dask_target(args), resume=args.resume, batch_size=args.batch_size,
            progress=sys.stderr.isatty(), include=args.include or INCLUDE, follow_symlinks=args.follow_symlinks,
        )
    except (PressExtractError, OSError) as error:  # another run on OUT, a link in its place, a full disk
        return _usage(_message(error))
    print(report(summary, out), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.errors else 0


def _usage(message: str) -> int:
    print(f"pressextract: {message}", file=sys.stderr)
    return 2


def _message(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename:
        return f"cannot write {error.filename}: {error.strerror or error}"
    return str(error)


def _dask_problem(args: argparse.Namespace) -> Optional[str]:
    """Why the --dask options cannot run (Dask missing, TLS files missing); warns of a plain remote scheduler."""
    if not args.dask:
        return "--tls-ca, --tls-cert and --tls-key go with --dask tls://HOST:PORT" \
            if args.tls_ca or args.tls_cert or args.tls_key else None
    from .daskrun import address_problem

    return address_problem(args.dask, args.tls_ca, args.tls_cert, args.tls_key)


def _dask_target(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .daskrun import DaskTarget

    return DaskTarget(args.dask, args.tls_ca, args.tls_cert, args.tls_key) if args.dask else None
