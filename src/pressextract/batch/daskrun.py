"""The batch on a Dask cluster: `pressextract batch DIR --dask local` or `--dask tcp://HOST:8786`.

Files are read here and sent to the workers in the same chunks as a local run; each worker process loads the
pipeline once (`workers.shared_extractor`) and runs `workers.run_chunk`, so the records are the ones a local
run makes. Workers need pressextract installed (`pip install 'pressextract[dask]'` on every machine).

Dask's nanny starts workers with `MALLOC_TRIM_THRESHOLD_=65536`, which turns off glibc's adaptive mmap threshold:
slovnet's arrays are then mapped and unmapped on every call, and extraction takes about 1.6 times the CPU
(measured on a 16-text chunk: 0.95 s → 1.55 s). The local cluster is started without it; a remote cluster
whose workers have it gets a warning (README: how to start workers without it).
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Optional

from .sources import Source
from .workers import Line, Options, run_chunk, run_ordered


class DaskBackend:
    """Chunks as Dask tasks; a task whose worker died is retried by Dask, then split by `run_ordered`."""

    loses_pending = False

    def __init__(self, client: Any, options: Options) -> None:
        self.client = client
        self.options = options

    def submit(self, chunk: list[Source]) -> Any:
        return self.client.submit(run_chunk, chunk, self.options, pure=False)

    def crashed(self, error: BaseException) -> bool:
        from distributed import KilledWorker

        return isinstance(error, KilledWorker)

    def restart(self) -> None:
        pass


@contextmanager
def dask_client(address: str, workers: int) -> Iterator[Any]:
    """A client of the scheduler at `address`, or of a new `LocalCluster` of `workers` processes for "local"."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit("pressextract: --dask needs Dask: pip install 'pressextract[dask]'") from None
    if address == "local":
        import dask

        # One thread per worker process: the pipeline is not thread-safe and slovnet wants one core each.
        with dask.config.set({f"distributed.nanny.pre-spawn-environ.{SLOW_MALLOC}": None}), \
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) \
                as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(address) as client:
            yield client


SLOW_MALLOC = "MALLOC_TRIM_THRESHOLD_"


def malloc_trim_threshold() -> Optional[str]:
    """This process's `MALLOC_TRIM_THRESHOLD_` (run on the workers)."""
    return os.environ.get(SLOW_MALLOC)


def run_dask(chunks: Iterable[list[Source]], options: Options, client: Any) -> Iterator[list[Line]]:
    """Chunks processed on the cluster, results in input order.

    Four chunks per worker thread are in flight, so one slow chunk at the head does not leave the others idle.
    """
    if any(client.run(malloc_trim_threshold).values()):
        print(f"pressextract: the Dask workers run with {SLOW_MALLOC} set, which makes extraction about 1.6 "
              "times slower; see the README (Dask) for starting them without it", file=sys.stderr)
    threads = sum(client.nthreads().values()) or 1
    yield from run_ordered(chunks, DaskBackend(client, options), window=4 * threads)
