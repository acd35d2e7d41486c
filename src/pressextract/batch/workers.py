"""Extraction of chunks of sources into result lines: in this process, in N processes, or on any backend
that runs `run_chunk` (Dask, `daskrun.py`).

Every backend runs the same `process_chunk` on the same chunks, so the records do not depend on where they
were made. A chunk goes through `nlp.pipe` at once (the Natasha component sorts the sentences of a whole chunk
by length for slovnet); when that fails, its texts go one by one, so one bad text fails only its own line.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Protocol

from .. import _threads
from ..errors import WorkerCrashed
from ..sources.reading import Source
from .freeze import kept_for_good
from .orphans import exit_with_parent

if TYPE_CHECKING:
    from ..extractor import Extractor

Line = dict[str, Any]
MAX_MESSAGE = 2000  # characters of an error message kept in its line


@dataclass(frozen=True)
class Options:
    """What every worker needs to know besides the texts."""

    published: Optional[str] = None  # ISO date given for every release
    no_text: bool = False  # leave the text out of the records


def ok_line(source: Source, record: dict[str, Any]) -> Line:
    """`{"source", "sha256", "encoding", "ok": true, "record"}` (and `"warnings"` when decoding repaired bytes)."""
    return {**_head(source), "ok": True, "record": record}


def error_line(source: Source, kind: str, message: str) -> Line:
    """`{"source", "sha256", "encoding", "ok": false, "error": {"type", "message"}}`."""
    return {**_head(source), "ok": False, "error": {"type": kind, "message": message[:MAX_MESSAGE]}}


def _head(source: Source) -> Line:
    head: Line = {"source": source.relative, "sha256": source.sha256, "encoding": source.encoding}
    if source.warnings:
        head["warnings"] = list(source.warnings)
    return head


def process_chunk(extractor: Extractor, chunk: list[Source], options: Options) -> list[Line]:
    """Result lines of a chunk of sources, in order; never raises for a bad text."""
    lines: list[Optional[Line]] = [error_line(s, *s.error) if s.error else None for s in chunk]
    todo = [(i, s) for i, s in enumerate(chunk) if s.error is None and s.text is not None]
    try:
        docs: Optional[list[Any]] = list(extractor.nlp.pipe([s.text for _, s in todo], batch_size=len(todo) or 1))
    except Exception:  # one text broke the batch: the loop below finds which, one by one
        docs = None
    for k, (i, source) in enumerate(todo):
        try:
            doc = docs[k] if docs is not None else extractor.nlp(source.text)
            record = extractor.to_record(doc, options.published)
            if options.no_text:
                record = record.without_text()
            lines[i] = ok_line(source, record.model_dump(mode="json"))
        except Exception as error:  # a bad text becomes its error line; the batch goes on
            lines[i] = error_line(source, type(error).__name__, str(error))
    return [line for line in lines if line is not None]


@lru_cache(maxsize=1)
def shared_extractor() -> Extractor:
    """The extractor of this process, loaded on first use (once per worker process) and kept out of the
    garbage collector's scans for the rest of the process (see freeze.py)."""
    with kept_for_good():
        from ..extractor import Extractor

        return Extractor()


_LOCK = threading.Lock()  # yargy parsers are not thread-safe: one chunk at a time per process


def run_chunk(chunk: list[Source], options: Options) -> list[Line]:
    """`process_chunk` with this process's extractor: the task a worker runs."""
    with _LOCK:
        return process_chunk(shared_extractor(), chunk, options)


def run_serial(chunks: Iterable[list[Source]], options: Options, extractor: Extractor) -> Iterator[list[Line]]:
    """Chunks processed one after another in this process."""
    for chunk in chunks:
        yield process_chunk(extractor, chunk, options)


class Backend(Protocol):
    """Where chunks run: `submit` returns a future of `run_chunk(chunk, options)`."""

    loses_pending: bool  # after a crash, are the other submitted chunks lost too (a broken process pool)?

    def submit(self, chunk: list[Source]) -> Any: ...

    def crashed(self, error: BaseException) -> bool: ...

    def restart(self) -> None: ...


Task = tuple[list[Source], bool]  # a chunk, and whether it must run alone (a suspect after a pool broke)


def run_ordered(chunks: Iterable[list[Source]], backend: Backend, window: int) -> Iterator[list[Line]]:
    """Results of `chunks` in input order, at most `window` chunks in flight.

    When a worker dies, the files of the chunks it took with it are retried one per task, and where a death
    takes every running task down (a process pool), each suspect runs alone; a file that still kills its
    worker gets a `WorkerCrashed` error line, and the batch goes on.
    """
    source = iter(chunks)
    queue: deque[Task] = deque()  # tasks to submit before new chunks (retries, in input order)
    pending: deque[tuple[Task, Any]] = deque()
    while True:
        while len(pending) < window and not (pending and (pending[-1][0][1] or (queue and queue[0][1]))):
            if queue:
                task = queue.popleft()
            else:
                chunk = next(source, None)
                if chunk is None:
                    break
                task = (chunk, False)
            pending.append((task, backend.submit(task[0])))
        if not pending:
            return
        (chunk, alone), future = pending.popleft()
        try:
            lines = future.result()
        except Exception as error:
            if not backend.crashed(error):
                raise
            failed = [chunk]
            if backend.loses_pending:
                failed += [c for (c, _), _ in pending]
                pending.clear()
                backend.restart()
            if len(chunk) == 1 and (alone or not backend.loses_pending):
                queue.extendleft(reversed([([s], True) for c in failed[1:] for s in c]))
                lines = [error_line(chunk[0], WorkerCrashed.__name__, f"the worker died on this file: {error!r}")]
            else:
                queue.extendleft(reversed([([s], backend.loses_pending) for c in failed for s in c]))
                continue
        yield lines


class ProcessBackend:
    """N local processes. Forked, they inherit the extractor loaded here; spawned (no fork, or numpy was
    imported before pressextract could cap its BLAS threads), each loads its own."""

    loses_pending = True

    def __init__(self, workers: int, options: Options) -> None:
        self.workers = workers
        self.options = options
        fork = "fork" in multiprocessing.get_all_start_methods() and _threads.CAPPED_IN_TIME
        self.context = multiprocessing.get_context("fork" if fork else "spawn")
        if self.context.get_start_method() == "fork":
            shared_extractor()  # loaded once here, shared by the forked workers (copy-on-write)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        """A pool whose processes are started (and have loaded the pipeline) when this returns."""
        executor = ProcessPoolExecutor(self.workers, mp_context=self.context, initializer=_load_worker,
                                       initargs=(os.getpid(),))
        executor.submit(int).result()
        return executor

    def submit(self, chunk: list[Source]) -> Future[list[Line]]:
        return self.executor.submit(run_chunk, chunk, self.options)

    def crashed(self, error: BaseException) -> bool:
        return isinstance(error, BrokenProcessPool)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _load_worker(parent: int) -> None:
    exit_with_parent(parent)
    shared_extractor()
