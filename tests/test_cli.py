"""The `pressextract` command: extract, show, schema, and a --help that loads nothing heavy."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import pressextract
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


def test_show_writes_a_review_page(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    text = "Астана, 12 февраля.\n\n  " + RELEASE + " <script>alert(1)</script>"
    path.write_text(text, encoding="utf-8")
    page = tmp_path / "page.html"
    assert main(["show", str(path), "--html", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script>" not in html and "&lt;script&gt;" in html
    body = html[html.index('<div class="text">') + len('<div class="text">') : html.index("</div>")]
    import re

    assert re.sub(r"<[^>]+>", "", body) == text.replace("<", "&lt;").replace(">", "&gt;")  # spacing kept
    start = text.index("Ерлан Сапаров")
    assert f'<mark id="m{start}-{start + 13}" style="background:#ffd6a5" title="person" data-label="PER">' \
           "Ерлан Сапаров</mark>" in body
    assert "white-space:pre-wrap" in html


def test_marks_nest_and_a_crossing_one_is_left_out() -> None:
    from pressextract.showpage import marked_text

    text = "Банк Казахстана и Минск"
    marks = [(0, 15, "ORG"), (5, 15, "LOC"), (10, 19, "DATE"), (18, 23, "LOC")]
    assert marked_text(text, marks).replace(' style="background:#caffbf" title="organisation"', "").replace(
        ' style="background:#9bf6ff" title="place"', "") == (
        '<mark id="m0-15" data-label="ORG">Банк <mark id="m5-15" data-label="LOC">Казахстана</mark></mark> и '
        '<mark id="m18-23" data-label="LOC">Минск</mark>')


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


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["batch", ".", "-o", "/nonexistent-folder/out.jsonl"],
         "pressextract: cannot write /nonexistent-folder/out.jsonl: the folder /nonexistent-folder does not exist"),
        (["batch", ".", "-o", "x.parquet"], "pressextract: x.parquet: unknown output format .parquet; name it with "
         "one of .jsonl, .ndjson, .json, .csv, .sqlite, .sqlite3, .db, or give --format jsonl|csv|sqlite"),
        (["show", "missing.txt", "--html", "/nonexistent-folder/x.html"],
         "pressextract: cannot write /nonexistent-folder/x.html: the folder /nonexistent-folder does not exist"),
        (["batch", ".", "--tls-ca", "ca.pem"], "pressextract: --tls-ca, --tls-cert and --tls-key go with --dask"),
        (["batch", ".", "--dask", "tls://127.0.0.1:8786"], "pressextract: --dask tls:// needs the cluster's CA"),
        (["batch", ".", "--dask", "ftp://host"], "pressextract: --dask takes local, tls://HOST:PORT or tcp://"),
        (["batch", ".", "--format", "csv", "-o", "out.jsonl"],
         "pressextract: out.jsonl: the suffix names jsonl, --format says csv; make them agree"),
    ],
)
def test_outputs_that_cannot_be_written_are_one_line_and_exit_2(
        argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


@pytest.mark.parametrize("argv", [["batch", ".", "--workers", "abc"], ["batch", ".", "--batch-size", "0"],
                                  ["show", "x.txt", "--width", "wide"]])
def test_a_bad_number_is_named_in_plain_words(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(argv)
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert "expected a whole number >= 1, got" in err and "_positive" not in err


def test_a_folder_without_matching_files_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.md").write_text("# нет", encoding="utf-8")
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "no file matched: check DIR and --include" in capsys.readouterr().err


def test_dask_missing_exits_2_naming_the_extra_and_leaves_no_partial(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a))
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path), "-o", str(out), "--dask", "local"]) == 2
    assert "pip install 'pressextract[dask]'" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_plain_tcp_scheduler_on_another_host_is_warned_about(capsys: pytest.CaptureFixture[str]) -> None:
    from pressextract.batch.daskrun import address_problem, is_local

    assert address_problem("tcp://127.0.0.1:8786") is None and capsys.readouterr().err == ""
    assert address_problem("tcp://192.0.2.7:8786") is None  # TEST-NET address: only parsed, never reached
    assert "plain TCP to another host" in capsys.readouterr().err
    assert is_local("localhost") and is_local("::1") and not is_local("192.0.2.7")


def test_tls_files_become_dask_security(tmp_path: Path) -> None:
    from pressextract.batch.daskrun import DaskTarget

    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / name).write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    target = DaskTarget("tls://127.0.0.1:8786", *(str(tmp_path / n) for n in ("ca.pem", "cert.pem", "key.pem")))
    security = target.security()
    assert security.require_encryption is True
    assert (security.tls_ca_file, security.tls_client_cert, security.tls_client_key) == (
        target.tls_ca, target.tls_cert, target.tls_key)


def test_extract_of_several_files_prints_a_json_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--no-text"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(d["source"], d["ok"]) for d in lines] == [(str(tmp_path / "a.txt"), True), (str(tmp_path / "b.txt"), False)]
    assert lines[0]["record"]["text"] is None and lines[1]["error"]["type"] == "NoText"


def test_the_summary_names_each_failed_file_with_its_error_type(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert "  failed: empty.txt (NoText)" in capsys.readouterr().err.splitlines()


def test_the_facts_table_points_at_its_words(tmp_path: Path) -> None:
    import re

    path = tmp_path / "fact.txt"
    path.write_text("В 2025 году товарооборот Казахстана и Узбекистана составил 4,97 млрд долларов США, "
                    "увеличившись на 11,4 процента.", encoding="utf-8")
    page = tmp_path / "page.html"
    assert main(["show", str(path), "--html", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert re.findall(r"<th>([^<]+)</th>", html) == ["indicator", "value", "change", "period", "parties", "modality"]
    targets = re.findall(r'href="#(m\d+-\d+)"', html)
    assert len(targets) >= 5 and all(f'id="{t}"' in html for t in targets)


ROLES_RELEASE = ("Ташкент, 12 марта 2026 года. Пресс-служба Министерства инвестиций, промышленности и торговли "
                 "Республики Узбекистан сообщает: в 2025 году товарооборот между Узбекистаном и Казахстаном "
                 "составил 4,1 млрд долларов.")


def test_show_gives_each_subject_its_role(tmp_path: Path) -> None:
    from pressextract.show import describe

    fact = pressextract.extract(ROLES_RELEASE).facts[0]
    assert describe(fact) == "trade_turnover «товарооборот» = 4100000000 USD period 2025 subjects UZ (reporter), " \
                             "KZ (partner) actual"
    path = tmp_path / "release.txt"
    path.write_text(ROLES_RELEASE, encoding="utf-8")
    page = tmp_path / "page.html"
    assert main(["show", str(path), "--html", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "Узбекистан (UZ)</a><br><small>reporter</small>" in html
    assert "Казахстан (KZ)</a><br><small>partner</small>" in html
