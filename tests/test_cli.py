"""The `pressextract` command: extract, show, schema, and a --help that loads nothing heavy."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressextract.cli import main

SRC = Path(__file__).resolve().parents[1] / "src"
RELEASE = "Посол Казахстана Ерлан Сапаров встретился с министром торговли в Минске."


def test_extract_a_cp1251_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(RELEASE.encode("cp1251"))
    assert main(["extract", str(path), "--published", "2026-02-03"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["text"] == RELEASE and record["published"] == "2026-02-03"
    assert [(e["type"], e["normal"]) for e in record["entities"]] == [
        ("LOC", "Казахстан"), ("PER", "Ерлан Сапаров"), ("LOC", "Минск")]


def test_extract_html_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    page = f"<!DOCTYPE html><html><body><script>x()</script><p>{RELEASE}</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode("utf-8"))))
    assert main(["extract", "-", "--no-text"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["text"] is None and record["entities"][1]["start"] == RELEASE.index("Ерлан")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "NoText: empty file"), (bytes(range(256)), "NotText: binary data (NUL bytes)")],
)
def test_extract_says_why_a_file_has_no_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    assert main(["extract", str(path)]) == 1
    assert capsys.readouterr().err == f"pressextract: {path}: {message}\n"


def test_show_marks_spans_in_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    assert main(["show", str(path), "--width", "200"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == RELEASE
    marks = lines[1]
    start = RELEASE.index("Ерлан Сапаров")
    assert marks[start : start + len("Ерлан Сапаров")] == "PER──────────"
    assert marks[RELEASE.index("Казахстана") :].startswith("LOC───────")
    assert lines[-1] == "3 entities, 0 dates, 0 money, 0 percents, 0 quantities, 1 people, 0 facts"


def test_show_writes_a_displacy_page(tmp_path: Path) -> None:
    path = tmp_path / "release.html"
    path.write_text(f"<p>{RELEASE}</p>", encoding="utf-8")
    page = tmp_path / "page.html"
    assert main(["show", str(path), "--html", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Ерлан" in html and "Сапаров" in html
    assert html.count('class="spans"') == 1 and "PER" in html and "LOC" in html


def test_schema_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "PressRelease"


def test_help_and_the_package_import_load_no_models() -> None:
    code = ("import sys, pressextract.cli as c\n"
            "try:\n    c.main(['batch', '--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('spacy', 'natasha', 'numpy', 'dask') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(SRC)}, capture_output=True,
                         text=True, check=True).stdout
    assert "--resume" in out and "Exit status" in out
    assert out.splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["batch", "missing-folder"], "pressextract: missing-folder does not exist"),
        (["batch", ".", "-o", "-", "--format", "csv"], "pressextract: standard output (-o -) takes JSONL"),
    ],
)
def test_usage_errors_exit_with_2(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith(message)
