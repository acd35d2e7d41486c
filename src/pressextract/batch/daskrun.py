"""The batch on a Dask cluster: `pressextract batch DIR --dask local` or `--dask tls://HOST:8786`.

Dask's TCP is plain and unauthenticated: whoever reaches the scheduler's port runs code on the workers. A
cluster beyond this machine should use TLS (`tls://`, with the CA, certificate and key given by `--tls-ca`,
`--tls-cert`, `--tls-key` or Dask's own configuration, `distributed.comm.tls.*`); a `tcp://` scheduler on
another host gets a warning.

Files are read here and sent to the workers in the same chunks as a local run; each worker process loads the
pipeline once (`workers.shared_extractor`) and runs `workers.run_chunk`, so the records are the ones a local
run makes. Workers need pressextract installed (`pip install 'pressextract[dask]'` on every machine).

Dask's nanny starts workers with `MALLOC_TRIM_THRESHOLD_=65536`, which turns off glibc's adaptive mmap threshold:
slovnet's arrays are then mapped and unmapped on every call, and extraction takes about 1.6 times the CPU
(measured on a 16-text chunk: 0.95 s → 1.55 s). The local cluster is started without it; a remote cluster
whose workers have it gets a warning (README: how to start workers without it).
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import socket
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional, Union
from urllib.parse import urlsplit

from ..sources.reading import Source
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


@dataclass(frozen=True)
class DaskTarget:
    """Where `--dask` sends the chunks: "local", or a scheduler's address with the TLS files to reach it."""

    address: str
    tls_ca: Optional[str] = None
    tls_cert: Optional[str] = None
    tls_key: Optional[str] = None

    def security(self) -> Any:
        """Dask's `Security` for a tls:// address: the files given, the rest from Dask's configuration."""
        from distributed.security import Security

        given = {"tls_ca_file": self.tls_ca, "tls_client_cert": self.tls_cert, "tls_client_key": self.tls_key}
        return Security(require_encryption=True, **{k: v for k, v in given.items() if v})


MISSING_DASK = "--dask needs Dask, which is not installed: pip install 'pressextract[dask]'"


def address_problem(address: str, ca: Optional[str] = None, cert: Optional[str] = None,
                    key: Optional[str] = None) -> Optional[str]:
    """Why `--dask address` cannot run, checked before anything is written; None when it can. Warns on stderr
    when a plain tcp:// scheduler is on another host."""
    if importlib.util.find_spec("distributed") is None:
        return MISSING_DASK
    scheme = address.split("://", 1)[0] if "://" in address else None
    if address != "local" and scheme not in ("tcp", "tls", "inproc"):
        return f"--dask takes local, tls://HOST:PORT or tcp://HOST:PORT, not {address!r}"
    if (ca or cert or key) and scheme != "tls":
        return "--tls-ca, --tls-cert and --tls-key go with --dask tls://HOST:PORT"
    for name in (ca, cert, key):
        if name and not os.path.isfile(name):
            return f"{name}: no such file"
    if scheme == "tls":
        import dask

        if not (ca or dask.config.get("distributed.comm.tls.ca-file", None)):
            return ("--dask tls:// needs the cluster's CA certificate and this client's certificate and key: "
                    "--tls-ca, --tls-cert, --tls-key, or distributed.comm.tls in Dask's configuration")
    if scheme == "tcp" and not is_local(urlsplit(address).hostname or ""):
        print(f"pressextract: warning: {address} is plain TCP to another host: Dask does not encrypt or "
              "authenticate it, and whoever reaches that port runs code on the workers; use tls:// "
              "(README: Dask)", file=sys.stderr)
    return None


def is_local(host: str) -> bool:
    """Is `host` this machine (a loopback name or address)?"""
    if host in ("localhost", "") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        try:
            return all(ipaddress.ip_address(info[4][0]).is_loopback for info in socket.getaddrinfo(host, None))
        except (OSError, ValueError):
            return False


@contextmanager
def dask_client(target: Union[str, DaskTarget], workers: int) -> Iterator[Any]:
    """A client of the scheduler at the target's address, or of a new `LocalCluster` of `workers` processes
    for "local"."""
    from ..errors import MissingExtra

    target = target if isinstance(target, DaskTarget) else DaskTarget(target)
    address = target.address
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MissingExtra(MISSING_DASK) from None
    if address == "local":
        import dask

        # One thread per worker process: the pipeline is not thread-safe and slovnet wants one core each.
        with dask.config.set({f"distributed.nanny.pre-spawn-environ.{SLOW_MALLOC}": None}), \
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) \
                as cluster, Client(cluster) as client:
            yield client
    elif address.startswith("tls://"):
        with Client(address, security=target.security()) as client:
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
