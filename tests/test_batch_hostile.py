"""A hostile folder: FIFOs, device links, links out of the folder, planted links in place of the output's files,
names that are not UTF-8, two runs on one output, a parent killed with its workers running."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from pressextract.batch.runner import run_batch
from pressextract.cli import main
from pressextract.outputs.lock import OutputBusy, lock_path, output_lock
from pressextract.outputs.outfile import partial_path
from pressextract.sources.finder import find_files
from pressextract.sources.names import source_path

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import make_pdf  # noqa: E402

SRC = Path(__file__).resolve().parents[1] / "src"
RELEASE = "Министр торговли Казахстана провёл переговоры в Ташкенте."


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def outcome(path: Path) -> dict[str, Any]:
    return {d["source"]: (d["error"]["type"] if not d["ok"] else "ok") for d in lines_of(path)}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(RELEASE, encoding="utf-8")
    return root


def test_fifo_and_device_link_are_error_entries_and_nothing_blocks(folder: Path, tmp_path: Path) -> None:
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--follow-symlinks"]) == 1
    assert outcome(out) == {"good.txt": "ok", "pipe.txt": "NotAFile", "zero.txt": "NotAFile"}
    assert main(["batch", str(folder), "-o", str(out), "--resume", "--follow-symlinks"]) == 0  # nor does resume
    assert main(["batch", str(folder), "-o", str(out)]) == 1
    assert outcome(out) == {"good.txt": "ok", "pipe.txt": "NotAFile", "zero.txt": "LinkOutside"}


def test_a_link_out_of_the_folder_is_not_read_unless_asked(folder: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Секретная строка о переговорах в Москве.", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "good.txt")
    (folder / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out)]) == 1
    assert outcome(out) == {"elsewhere/": "LinkOutside", "good.txt": "ok", "inside.txt": "ok",
                            "passwd.txt": "LinkOutside"}
    assert "Секретная" not in out.read_text(encoding="utf-8")
    assert main(["batch", str(folder), "-o", str(out), "--follow-symlinks"]) == 0
    assert outcome(out)["passwd.txt"] == "ok"


def test_a_link_loop_is_listed_once(folder: Path, tmp_path: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "a.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    names = [f.relative for f in find_files(folder, follow_symlinks=True)]
    assert names == ["good.txt", "sub/a.txt"]


def test_an_unreadable_folder_is_an_error_entry(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "closed").mkdir()
    (folder / "closed" / "a.txt").write_text(RELEASE, encoding="utf-8")
    real = os.scandir

    def scandir(path: Any) -> Any:  # root reads any folder, so the refusal is simulated
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = find_files(folder)
    assert [(f.relative, f.error and f.error[0]) for f in found] == [("closed/", "PermissionError"),
                                                                      ("good.txt", None)]


@pytest.mark.parametrize("planted", [".partial", ".partial.tmp", ""])
def test_a_planted_link_in_place_of_an_output_file_is_never_written_through(
        folder: Path, tmp_path: Path, planted: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out)]) == 0
    (folder / "second.txt").write_text("Делегация Омска посетила Минск.", encoding="utf-8")
    link = out.with_name(out.name + planted)
    if planted == ".partial.tmp":  # the rewrite at the end of a resume uses it: a duplicate entry forces one
        partial_path(out).write_bytes(out.read_bytes() * 2)
        out.unlink()
    else:
        link.unlink(missing_ok=True)
    link.symlink_to(victim)
    code = main(["batch", str(folder), "-o", str(out), "--resume"])
    assert victim.read_text(encoding="utf-8") == "do not touch\n"
    if planted == ".partial.tmp":
        assert code == 0 and sorted(outcome(out)) == ["good.txt", "second.txt"] and not out.is_symlink()
    else:
        assert code == 2
    assert main(["batch", str(folder), "-o", str(out)]) == 0  # a new run replaces the links
    assert victim.read_text(encoding="utf-8") == "do not touch\n" and not out.is_symlink()


def test_a_second_run_on_one_output_stops_at_once(folder: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    with output_lock(out):
        assert lock_path(out).read_text().strip() == str(os.getpid())
        with pytest.raises(OutputBusy, match=f"pid {os.getpid()}"):
            run_batch(folder, out)
        assert main(["batch", str(folder), "-o", str(out), "--resume"]) == 2
        assert capsys.readouterr().err.strip() == \
            f"pressextract: {out} is being written by another pressextract, pid {os.getpid()}"
        assert not partial_path(out).exists()
    assert not lock_path(out).exists()
    assert main(["batch", str(folder), "-o", str(out)]) == 0


def test_names_that_are_not_utf8_or_hold_a_newline_stay_distinct_and_reversible(folder: Path, tmp_path: Path) -> None:
    raw = [b"\xcf\xf0\xe5\xf1\xf1.txt", b"\xcf\xf0\xe5\xf1\xf2.txt", b"line\nbreak.txt", b"line break.txt"]
    for name in raw:
        with open(os.path.join(os.fsencode(folder), name), "wb") as f:
            f.write(RELEASE.encode("utf-8"))
    for fmt in ("jsonl", "csv", "sqlite"):
        out = tmp_path / f"out.{fmt}"
        assert main(["batch", str(folder), "-o", str(out)]) == 0
    sources = [d["source"] for d in lines_of(tmp_path / "out.jsonl")]
    assert len(set(sources)) == 5
    assert sorted(os.fsencode(source_path(folder, s).name) for s in sources) == sorted(raw + [b"good.txt"])
    import csv
    import sqlite3

    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as f:
        assert sorted(row["source"] for row in csv.DictReader(f)) == sorted(sources)
    assert sorted(r[0] for r in sqlite3.connect(tmp_path / "out.sqlite").execute("SELECT source FROM releases")) \
        == sorted(sources)


def test_zero_width_text_is_no_text(folder: Path, tmp_path: Path) -> None:
    (folder / "invisible.txt").write_text("\u200b\u200c\u200d\ufeff\u2060\n\u00ad", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    main(["batch", str(folder), "-o", str(out)])
    assert outcome(out)["invisible.txt"] == "NoText"


def test_pdf_and_docx_releases_are_read(folder: Path, tmp_path: Path) -> None:
    import docx

    (folder / "layer.pdf").write_bytes(make_pdf([["Министр экономики Армении посетил Минск.", "Стороны"],
                                                 ["подписали соглашение."]]))
    (folder / "scan.pdf").write_bytes(make_pdf([[]]))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    document = docx.Document()
    document.add_paragraph("Делегация Узбекистана прибыла в Астану.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Экспорт", "1,2 млрд долларов"
    buffer = io.BytesIO()
    document.save(buffer)
    (folder / "word.docx").write_bytes(buffer.getvalue())
    (folder / "fake.docx").write_bytes(b"PK\x03\x04 not a zip")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out)]) == 1
    assert outcome(out) == {"broken.pdf": "NotText", "fake.docx": "NotText", "good.txt": "ok", "layer.pdf": "ok",
                            "scan.pdf": "NoText", "word.docx": "ok"}
    by = {d["source"]: d for d in lines_of(out)}
    assert by["scan.pdf"]["error"]["message"] == "no text layer: run OCR first" and by["scan.pdf"]["encoding"] == "pdf"
    pdf = by["layer.pdf"]["record"]
    assert pdf["text"] == "Министр экономики Армении посетил Минск.\nСтороны\n\nподписали соглашение.\n"
    assert by["layer.pdf"]["encoding"] == "pdf"
    assert {e["text"] for e in pdf["entities"]} >= {"Армении", "Минск"}
    word = by["word.docx"]["record"]
    assert word["text"] == "Делегация Узбекистана прибыла в Астану.\nЭкспорт\t1,2 млрд долларов\n"
    assert [m["text"] for m in word["money"]] == ["1,2 млрд долларов"]
    for e in pdf["entities"] + word["entities"]:
        assert (pdf if e in pdf["entities"] else word)["text"][e["start"]:e["end"]] == e["text"]


WORKERS_SCRIPT = """
import os, sys, time
from pathlib import Path
import pressextract.batch.workers as workers
real = workers.process_chunk
def slow(extractor, chunk, options):
    os.write(1, f"worker {os.getpid()}\\n".encode())  # one write: two workers' print() pieces interleave
    time.sleep(600)
workers.process_chunk = slow
from pressextract.batch.runner import run_batch
run_batch(Path(sys.argv[1]), Path(sys.argv[2]), workers=2, batch_size=1)
"""


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_their_parent_is_killed(folder: Path, tmp_path: Path, sig: int) -> None:
    (folder / "other.txt").write_text(RELEASE, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, "-c", WORKERS_SCRIPT, str(folder), str(tmp_path / "o.jsonl")],
                              env={**os.environ, "PYTHONPATH": str(SRC)}, stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(parent.stdout.readline().split()[1]) for _ in range(2)]
    parent.send_signal(sig)
    parent.wait(timeout=60)
    deadline = time.monotonic() + 60  # generous: within seconds on an idle machine
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_reads_stop_at_the_byte_cap_whatever_stat_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pressextract.sources import safe_read as safeio

    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    real_stat = os.stat
    monkeypatch.setattr(safeio.os, "stat", lambda p, *a, **k: _zero_size(real_stat(p, *a, **k)))
    read = safeio.read_capped(path, 100)
    assert read.data is None and read.size == 5000  # over the cap: no text kept, the digest of it all
    assert safeio.read_capped(path, 5000).data == b"a" * 5000


def _zero_size(result: os.stat_result) -> os.stat_result:
    fields = list(result)
    fields[6] = 0  # st_size, as /dev/zero or a /proc file report it
    return os.stat_result(fields)


SLOW_RUN = """
import sys, time
from pathlib import Path
import pressextract.batch.workers as workers
def slow(chunks, options, extractor):
    print("running", flush=True)
    time.sleep(600)
    yield []
import pressextract.batch.runner as runner
runner.run_serial = slow
runner.run_batch(Path(sys.argv[1]), Path(sys.argv[2]), extractor=object())
"""


def test_a_run_started_while_another_writes_the_output_exits_2_naming_its_pid(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    first = subprocess.Popen([sys.executable, "-c", SLOW_RUN, str(folder), str(out)],
                             env={**os.environ, "PYTHONPATH": str(SRC)}, stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "running"
        assert main(["batch", str(folder), "-o", str(out), "--resume"]) == 2
        assert capsys.readouterr().err.strip() == \
            f"pressextract: {out} is being written by another pressextract, pid {first.pid}"
        assert partial_path(out).exists()  # the first run's partial file is left alone
    finally:
        first.kill()
        first.wait(timeout=60)


def test_a_lock_file_left_by_a_killed_run_is_taken_over(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    lock_path(out).write_text("999999\n", encoding="ascii")  # no process holds it
    assert main(["batch", str(folder), "-o", str(out)]) == 0
    assert not lock_path(out).exists()
