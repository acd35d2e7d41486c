"""The batch helper: every release file under a folder becomes one entry in the output, a record or an error.

    {"source": "a/b.txt", "sha256": "…", "encoding": "utf-8", "ok": true, "record": {…}}
    {"source": "c.txt", "sha256": "…", "encoding": null, "ok": false, "error": {"type": "…", "message": "…"}}

Files are read here in sorted order, cut into chunks and extracted in this process, in worker processes or on
a Dask cluster (`workers.py`, `daskrun.py`); results come back in input order and go to a writer
(`writers.py`) that never leaves a corrupt output and can resume.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Sequence,
    TypeVar,
    Union,
)

from ..errors import MissingExtra
from ..outputs.lock import output_lock
from ..outputs.writers import open_writer
from ..sources.reading import INCLUDE, Source, find_files, read_sources
from .workers import (
    Line,
    Options,
    ProcessBackend,
    run_ordered,
    run_serial,
    shared_extractor,
)

if TYPE_CHECKING:
    from ..extractor import Extractor
    from .daskrun import DaskTarget

DaskAddress = Union[str, "DaskTarget"]  # "local", "tls://HOST:PORT", or the address with its TLS files

T = TypeVar("T")
BATCH_SIZE = 16  # files per chunk: what one `nlp.pipe` call and one worker task get
Runner = Callable[[Iterable[list[Source]]], Iterator[list[Line]]]


@dataclass
class Summary:
    """What a batch run did."""

    files: int = 0  # input files found
    skipped: int = 0  # already in the output (--resume)
    ok: int = 0
    errors: int = 0
    facts: int = 0
    dropped: int = 0  # entries of changed or removed files taken out of a resumed output
    seconds: float = 0.0
    load_seconds: float = 0.0  # of `seconds`: loading the models / starting the workers or cluster
    interrupted: bool = False
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, error type)

    def count(self, line: Line) -> None:
        if line["ok"]:
            self.ok += 1
            self.facts += len(line["record"].get("facts") or [])
        else:
            self.errors += 1
            self.failed.append((line["source"], line["error"]["type"]))


def run_batch(
    root: Path,
    out: Path,
    *,
    fmt: str = "jsonl",
    options: Options = Options(),
    workers: int = 1,
    dask: Optional[DaskAddress] = None,
    resume: bool = False,
    batch_size: int = BATCH_SIZE,
    progress: bool = False,
    extractor: Optional[Extractor] = None,
    include: Sequence[str] = INCLUDE,
    follow_symlinks: bool = False,
) -> Summary:
    """Extract every release file under `root` into `out`; see the module docstring. `OutputBusy` when
    another run is writing `out`."""
    started = time.perf_counter()
    if dask and importlib.util.find_spec("distributed") is None:  # before OUT.partial is made
        from .daskrun import MISSING_DASK

        raise MissingExtra(MISSING_DASK)
    with ExitStack() as stack:
        if str(out) != "-":
            stack.enter_context(output_lock(out))
        return _run(root, out, fmt, options, workers, dask, resume, batch_size, progress, extractor, include,
                    follow_symlinks, started)


def _run(root: Path, out: Path, fmt: str, options: Options, workers: int, dask: Optional[DaskAddress], resume: bool,
         batch_size: int, progress: bool, extractor: Optional[Extractor], include: Sequence[str],
         follow_symlinks: bool, started: float) -> Summary:
    paths = find_files(root, include, follow_symlinks=follow_symlinks)
    summary = Summary(files=len(paths))
    current: dict[str, Optional[str]] = {}
    writer = open_writer(out, fmt, resume=resume)
    with ExitStack() as stack:
        try:
            run = stack.enter_context(_runner(options, workers, dask, extractor))
            summary.load_seconds = time.perf_counter() - started
            bar = stack.enter_context(_progress(len(paths), progress))

            def todo() -> Iterator[Source]:
                for source in read_sources(paths, root, follow_symlinks=follow_symlinks):
                    current[source.relative] = source.sha256
                    if writer.has((source.relative, source.sha256)):
                        summary.skipped += 1
                        bar.total -= 1
                        continue
                    yield source

            chunks = chunked(todo(), batch_size, parallel=workers, expected=lambda: summary.files - summary.skipped)
            for lines in run(chunks):
                for line in lines:
                    writer.write(line)
                    summary.count(line)
                bar.update(len(lines))
        except KeyboardInterrupt:
            writer.abort()
            summary.interrupted = True
        except BaseException:
            writer.abort()
            raise
        else:
            summary.dropped = writer.finish(current)
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _runner(options: Options, workers: int, dask: Optional[DaskAddress], extractor: Optional[Extractor]) -> Iterator[Runner]:
    """Where the chunks run: a Dask cluster, worker processes, or this process."""
    if dask:
        from .daskrun import dask_client, run_dask

        with dask_client(dask, workers) as client:
            yield lambda chunks: run_dask(chunks, options, client)
    elif workers > 1:
        backend = ProcessBackend(workers, options)  # forks now, before a progress bar starts its thread
        try:
            yield lambda chunks: run_ordered(chunks, backend, window=4 * workers)
        finally:
            backend.close()
    else:
        loaded = extractor or shared_extractor()
        yield lambda chunks: run_serial(chunks, options, loaded)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Any]:
    """A progress bar with docs/s on stderr, or a stand-in that counts nothing."""
    if not enabled:
        yield _NoBar(total)
        return
    from tqdm import tqdm

    class Bar(tqdm):  # type: ignore[misc,type-arg]
        monitor_interval = 0  # no monitor thread: worker processes may be forked while the bar runs

    with Bar(total=total, unit=" docs", file=sys.stderr, dynamic_ncols=True, smoothing=0.1) as bar:
        yield bar


class _NoBar:
    def __init__(self, total: int) -> None:
        self.total = total

    def update(self, n: int) -> None:
        pass


def chunked(
    items: Iterable[T], size: int, *, parallel: int = 1, expected: Optional[Callable[[], int]] = None
) -> Iterator[list[T]]:
    """Lists of at most `size` consecutive items (the last may be shorter).

    With `parallel` workers and `expected()` (how many items there will be in all, as now known), the chunks
    shrink towards the end to a share of what is left, so that the workers finish together instead of one
    going alone through a last full chunk: on 209 press texts, 2 workers, that tail was a tenth of the run.
    Which chunk a text is in does not change its record.
    """
    iterator = iter(items)
    taken = 0
    while True:
        n = size
        if parallel > 1 and expected is not None:
            n = max(1, min(size, -(-(expected() - taken) // (2 * parallel))))
        chunk = list(islice(iterator, n))
        if not chunk:
            return
        taken += len(chunk)
        yield chunk


def report(summary: Summary, out: Path, limit: int = 20) -> str:
    """The summary printed at the end of a run."""
    done = summary.ok + summary.errors
    working = summary.seconds - summary.load_seconds
    rate = done / working if working > 0 else 0.0
    lines = [
        f"{summary.files} files: {summary.ok} records, {summary.errors} errors, {summary.facts} facts "
        f"in {summary.seconds:.1f} s ({summary.load_seconds:.1f} s loading, {rate:.1f} docs/s) -> {out}"
    ]
    if summary.skipped:
        lines.append(f"  {summary.skipped} files were already in the output (--resume)")
    if summary.dropped:
        lines.append(f"  {summary.dropped} entries of changed or removed files dropped")
    if not summary.files:
        lines.append(f"  no file matched: check DIR and --include (default: {' '.join(INCLUDE)})")
    lines += [f"  failed: {source} ({kind})" for source, kind in summary.failed[:limit]]
    if len(summary.failed) > limit:
        lines.append(f"  … and {len(summary.failed) - limit} more (\"ok\": false in the output)")
    if summary.interrupted:
        lines.append(f"  interrupted after {done} files; what was done is in {out}.partial: "
                     "run again with --resume to finish")
    return "\n".join(lines)
