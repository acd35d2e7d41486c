"""`--dask tls://`: a batch on a cluster that takes only TLS with certificates of our own CA (made by openssl
here), on this machine; a client without the certificates is refused."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


def _certificates(folder: Path) -> dict[str, str]:
    """A CA and one certificate signed by it for 127.0.0.1 (used by scheduler, worker and client alike)."""
    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=folder)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=pressextract test CA")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "node.key", "-out", "node.csr", "-subj", "/CN=127.0.0.1")
    (folder / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n", encoding="ascii")
    run("x509", "-req", "-in", "node.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
        "node.pem", "-days", "2", "-extfile", "ext.cnf")
    return {name: str(folder / name) for name in ("ca.pem", "node.pem", "node.key")}


def test_a_batch_runs_on_a_tls_cluster(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster
    from distributed.security import Security

    from pressextract.batch.daskrun import DaskTarget
    from pressextract.batch.runner import run_batch

    files = _certificates(tmp_path)
    security = Security(tls_ca_file=files["ca.pem"], tls_scheduler_cert=files["node.pem"],
                        tls_scheduler_key=files["node.key"], tls_worker_cert=files["node.pem"],
                        tls_worker_key=files["node.key"], tls_client_cert=files["node.pem"],
                        tls_client_key=files["node.key"], require_encryption=True)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Делегация Узбекистана прибыла в Астану.", encoding="utf-8")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tls://",
                      host="127.0.0.1", security=security, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tls://")
        with pytest.raises(Exception):  # no certificate, no connection
            Client(address.replace("tls://", "tcp://"), timeout=3)
        target = DaskTarget(address, files["ca.pem"], files["node.pem"], files["node.key"])
        summary = run_batch(folder, tmp_path / "out.jsonl", dask=target)
    assert summary.ok == 1
    line = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert [e["text"] for e in line["record"]["entities"]] == ["Узбекистана", "Астану"]
