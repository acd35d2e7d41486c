"""The batch on a Dask cluster: `pressextract batch DIR --dask local` or `--dask tcp://HOST:8786`.

Files are read here and sent to the workers in the same chunks as a local run; each worker process loads the
pipeline once (`workers.shared_extractor`) and runs `workers.run_chunk`, so the records are the ones a local
run makes. Workers need pressextract installed (`pip install 'pressextract[dask]'` on every machine).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterable, Iterator

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
        # One thread per worker process: the pipeline is not thread-safe and slovnet wants one core each.
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            with Client(cluster) as client:
                yield client
    else:
        with Client(address) as client:
            yield client


def run_dask(chunks: Iterable[list[Source]], options: Options, client: Any) -> Iterator[list[Line]]:
    """Chunks processed on the cluster, results in input order; a few chunks per worker thread in flight."""
    threads = sum(client.nthreads().values()) or 1
    yield from run_ordered(chunks, DaskBackend(client, options), window=2 * threads)
