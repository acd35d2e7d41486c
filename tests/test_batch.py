"""The batch command end to end: every format, bad inputs, worker processes, Dask, a kill and a resume."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from pressextract.batch.runner import chunked, run_batch
from pressextract.batch.workers import run_ordered
from pressextract.cli import main
from pressextract.outputs.outfile import partial_path
from pressextract.sources.reading import Source

SRC = Path(__file__).resolve().parents[1] / "src"

# (relative path, encoding, content): our own short releases
RELEASES = [
    ("2025/armenia.txt", "utf-8",
     "Министр экономики Армении Ваге Давтян провёл переговоры с делегацией Белоруссии в Ереване.\n"
     "Стороны договорились увеличить поставки сельхозтехники."),
    ("2025/rate.txt", "utf-8-sig",
     "# Решение по ставке\n\nНациональный банк Казахстана сохранил базовую ставку на уровне 16,5%."),
    ("2026/visit.html", "utf-8",
     "<html><head><title>Визит</title><script>track()</script></head><body><h1>Визит в Бишкек</h1>"
     "<p>Премьер-министр Киргизии принял губернатора Новосибирской области Олега Маслова.</p></body></html>"),
    ("2026/invest.txt", "cp1251",
     "Объём инвестиций в промышленность Узбекистана в 2025 году превысил 8 млрд долларов, сообщило министерство."),
    ("metro.txt", "koi8-r", "Правительство Москвы выделило средства на строительство новых станций метро."),
    ("old/utf16.txt", "utf-16", "Делегация Таджикистана посетила Санкт-Петербург."),
]


def write_folder(root: Path, files: list[tuple[str, str, Any]]) -> Path:
    for name, encoding, content in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return root


@pytest.fixture()
def releases(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "releases", RELEASES)


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_has_one_record_per_file_in_path_order(releases: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(releases), "-o", str(out), "--published", "2026-01-30"]) == 0
    lines = read_lines(out)
    expected = sorted((name, {"utf-16": "utf-16-le"}.get(enc, enc)) for name, enc, _ in RELEASES)
    assert [(d["source"], d["encoding"]) for d in lines] == expected
    assert all(d["ok"] and d["record"]["published"] == "2026-01-30" for d in lines)
    by_source = {d["source"]: d["record"] for d in lines}
    html = by_source["2026/visit.html"]
    assert html["text"] == ("Визит в Бишкек\nПремьер-министр Киргизии принял губернатора Новосибирской области "
                            "Олега Маслова.")
    assert ("PER", "Олега Маслова", "Олег Маслов") in {(e["type"], e["text"], e["normal"]) for e in html["entities"]}
    cp1251 = by_source["2026/invest.txt"]
    assert ("LOC", "Узбекистана") in {(e["type"], e["text"]) for e in cp1251["entities"]}
    assert not partial_path(out).exists()


def test_sqlite_and_csv_hold_the_same_records(releases: Path, tmp_path: Path) -> None:
    assert main(["batch", str(releases), "-o", str(tmp_path / "out.jsonl"), "--no-text"]) == 0
    assert main(["batch", str(releases), "-o", str(tmp_path / "out.db")]) == 0
    assert main(["batch", str(releases), "--format", "csv", "-o", str(tmp_path / "facts.txt")]) == 0
    lines = read_lines(tmp_path / "out.jsonl")
    assert all(d["record"]["text"] is None for d in lines)
    db = sqlite3.connect(tmp_path / "out.db")
    assert db.execute("SELECT source, sha256, encoding, ok FROM releases ORDER BY id").fetchall() == [
        (d["source"], d["sha256"], d["encoding"], 1) for d in lines]
    entities = db.execute("SELECT r.source, e.type, e.text, e.start, e.normal FROM entities AS e "
                          "JOIN releases AS r ON r.id = e.release_id ORDER BY r.id, e.idx").fetchall()
    assert entities == [(d["source"], e["type"], e["text"], e["start"], e["normal"])
                        for d in lines for e in d["record"]["entities"]]
    csv_text = (tmp_path / "facts.txt").read_text(encoding="utf-8-sig").splitlines()
    assert [row.split(",")[0] for row in csv_text[1:]] == [d["source"] for d in lines]


BAD = [
    ("empty.txt", None, b"", "NoText"),
    ("spaces.txt", None, b"  \n\t \n", "NoText"),
    ("binary.txt", None, bytes(range(256)) * 8, "NotText"),
    ("report.txt", None, b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "NotText"),
    ("invalid.txt", None, "Экспорт зерна в Египет вырос на 12 процентов.".encode() + b"\xfe" + " Итоги.".encode(),
     None),  # the broken byte is byte 80
    ("huge.txt", None, ("Экономика растёт. " * 600_000).encode(), "TextTooLong"),
    ("one_line.txt", None, ("Делегация Омска посетила Минск и Гродно " * 1300)[:50_000].encode(), None),
    ("one_token.txt", None, ("ж" * 50_000).encode(), None),
    ("scripts_only.html", None, b"<html><head><style>p{}</style></head><body><script>go()</script></body></html>",
     "NoText"),
    ("english.txt", None, b"The Central Bank of Armenia kept its key rate unchanged on Tuesday.", None),
]


def test_bad_inputs_are_each_accounted_for(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "bad", [(name, "utf-8", data) for name, _, data, _ in BAD])
    with open(os.path.join(os.fsencode(folder), "Пресс-релиз.txt".encode("cp1251")), "wb") as f:
        f.write("Пресс-служба сообщила о визите в Оренбург.".encode())  # a file name that is not UTF-8
    out = tmp_path / "bad.jsonl"
    assert main(["batch", str(folder), "-o", str(out)]) == 1
    lines = read_lines(out)
    assert sorted((d["source"], None if d["ok"] else d["error"]["type"]) for d in lines) == sorted(
        [(name, error) for name, _, _, error in BAD] + [("".join(f"\\x{b:02x}" for b in "Пресс".encode("cp1251")) + "-"
                                                  + "".join(f"\\x{b:02x}" for b in "релиз".encode("cp1251"))
                                                  + ".txt", None)])
    assert all(d["error"]["message"] for d in lines if not d["ok"])
    invalid = next(d for d in lines if d["source"] == "invalid.txt")
    assert invalid["warnings"] == ["1 invalid UTF-8 sequence(s) replaced by U+FFFD, the first at byte 80"]
    one_line = next(d for d in lines if d["source"] == "one_line.txt")["record"]
    assert len(one_line["text"]) == 50_000 and {e["normal"] for e in one_line["entities"]} >= {"Омск", "Минск"}


def test_worker_processes_give_the_same_output_as_one(releases: Path, tmp_path: Path) -> None:
    assert main(["batch", str(releases), "-o", str(tmp_path / "one.jsonl"), "--batch-size", "2"]) == 0
    assert main(["batch", str(releases), "-o", str(tmp_path / "two.jsonl"), "--batch-size", "2",
                 "--workers", "2"]) == 0
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()


def test_dask_cluster_gives_the_same_output(releases: Path, tmp_path: Path) -> None:
    """`--dask local` starts this cluster; here the CLI reaches it by address, as it would a remote one."""
    pytest.importorskip("distributed")
    from pressextract.batch.daskrun import dask_client, malloc_trim_threshold

    assert main(["batch", str(releases), "-o", str(tmp_path / "local.jsonl"), "--batch-size", "2"]) == 0
    with dask_client("local", 2) as client:
        assert list(client.run(malloc_trim_threshold).values()) == [None, None]  # the 1.6× slower malloc: off
        address = client.scheduler.address
        assert main(["batch", str(releases), "-o", str(tmp_path / "dask.jsonl"), "--batch-size", "2",
                     "--dask", address]) == 0
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def many_releases(root: Path, count: int) -> Path:
    cities = ["Казань", "Самара", "Томск", "Пермь", "Тула", "Омск"]
    return write_folder(root, [
        (f"r{i:03}.txt", "utf-8", f"Губернатор провёл совещание в городе {cities[i % 6]} о ремонте дорог номер {i}.")
        for i in range(count)
    ])


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGKILL, -signal.SIGKILL), (signal.SIGINT, 130)])
def test_a_run_stopped_midway_and_resumed_gives_each_file_once(tmp_path: Path, stop: int, code: int) -> None:
    folder = many_releases(tmp_path / "many", 60)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "pressextract", "batch", str(folder), "-o", str(out), "--batch-size", "1"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    partial = partial_path(out)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if partial.exists() and partial.read_bytes().count(b"\n") >= 3:
            process.send_signal(stop)
            break
        time.sleep(0.02)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code, stderr.decode()
    assert not out.exists()
    done = partial.read_bytes().count(b"\n")
    assert 3 <= done < 60
    if stop == signal.SIGINT:
        assert b"run again with --resume" in stderr
    with partial.open("ab") as f:
        f.write(b'{"source": "r0')  # what a kill in the middle of a write would leave
    assert main(["batch", str(folder), "-o", str(out), "--batch-size", "1", "--resume"]) == 0
    assert main(["batch", str(folder), "-o", str(tmp_path / "whole.jsonl")]) == 0
    assert out.read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


def test_resume_of_a_finished_output_processes_only_new_files(releases: Path, tmp_path: Path, extractor) -> None:
    out = tmp_path / "out.sqlite"
    first = run_batch(releases, out, fmt="sqlite", extractor=extractor)
    (releases / "new.txt").write_text("Новый завод открыт в Липецке.", encoding="utf-8")
    second = run_batch(releases, out, fmt="sqlite", resume=True, extractor=extractor)
    assert (first.ok, second.skipped, second.ok) == (len(RELEASES), len(RELEASES), 1)
    sources = [s for (s,) in sqlite3.connect(out).execute("SELECT source FROM releases ORDER BY id")]
    assert sources == sorted(name for name, _, _ in RELEASES) + ["new.txt"]


def test_a_worker_process_that_dies_costs_only_its_file(
    releases: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The forked workers inherit a `process_chunk` that kills its process on «metro.txt»."""
    import pressextract.batch.workers as workers

    real = workers.process_chunk

    def dying(extractor, chunk, options):  # type: ignore[no-untyped-def]
        if any(s.relative == "metro.txt" for s in chunk):
            os._exit(1)
        return real(extractor, chunk, options)

    monkeypatch.setattr(workers, "process_chunk", dying)
    summary = run_batch(releases, tmp_path / "out.jsonl", workers=2, batch_size=3)
    lines = read_lines(tmp_path / "out.jsonl")
    assert [(d["source"], d["ok"]) for d in lines] == [(name, name != "metro.txt") for name in
                                                       sorted(name for name, _, _ in RELEASES)]
    assert lines[4]["error"]["type"] == "WorkerCrashed" and (summary.ok, summary.errors) == (5, 1)


class FakeBackend:
    """Runs chunks at once; a chunk holding "crash.txt" kills its "worker" and every pending chunk with it."""

    loses_pending = True

    def __init__(self) -> None:
        self.submitted: list[list[str]] = []
        self.restarts = 0

    def submit(self, chunk: list[Source]) -> Future:
        self.submitted.append([s.relative for s in chunk])
        future: Future = Future()
        if any(s.relative == "crash.txt" for s in chunk):
            future.set_exception(RuntimeError("worker died"))
        else:
            future.set_result([{"source": s.relative, "ok": True} for s in chunk])
        return future

    def crashed(self, error: BaseException) -> bool:
        return isinstance(error, RuntimeError)

    def restart(self) -> None:
        self.restarts += 1


def test_a_file_that_kills_its_worker_gets_an_error_and_the_rest_go_on() -> None:
    names = ["a.txt", "b.txt", "crash.txt", "c.txt", "d.txt", "e.txt"]
    chunks = [[Source(n, None) for n in names[i : i + 3]] for i in range(0, 6, 3)]
    backend = FakeBackend()
    lines = [line for batch in run_ordered(chunks, backend, window=2) for line in batch]
    assert [(d["source"], d["ok"]) for d in lines] == [
        ("a.txt", True), ("b.txt", True), ("crash.txt", False), ("c.txt", True), ("d.txt", True), ("e.txt", True)]
    assert lines[2]["error"]["type"] == "WorkerCrashed"
    # both chunks the broken pool took down are retried file by file, each file alone, to find the culprit
    assert backend.submitted == [["a.txt", "b.txt", "crash.txt"], ["c.txt", "d.txt", "e.txt"],
                                 ["a.txt"], ["b.txt"], ["crash.txt"], ["c.txt"], ["d.txt"], ["e.txt"]]
    assert backend.restarts == 2


def test_chunks_shrink_towards_the_end_only_for_several_workers() -> None:
    sizes = lambda **kw: [len(c) for c in chunked(range(60), 16, **kw)]  # noqa: E731
    assert sizes() == [16, 16, 16, 12]
    assert sizes(parallel=2, expected=lambda: 60) == [15, 12, 9, 6, 5, 4, 3, 2, 1, 1, 1, 1]
    assert sum(sizes(parallel=2, expected=lambda: 60)) == 60
    # an estimate too low (files skipped later than counted) still yields every item, one at a time at worst
    assert sum(sizes(parallel=2, expected=lambda: 10)) == 60
    assert sizes(parallel=2, expected=lambda: 1000)[:3] == [16, 16, 16]
