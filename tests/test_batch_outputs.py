"""Output formats and resuming, on result lines made from hand-built records (no pipeline needed).

The SQL queries are read from the README, so the queries users copy are the ones tested here.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from pressextract.batch.workers import error_line, ok_line
from pressextract.outputs.outfile import partial_path
from pressextract.outputs.writers import open_writer
from pressextract.records import PressRelease
from pressextract.sources.reading import Source

README = Path(__file__).resolve().parents[1] / "README.md"

TURNOVER = ("В январе–июне 2025 года товарооборот России и Белоруссии достиг 3,2 млрд долларов США, "
            "увеличившись на 6,5%. Заместитель министра промышленности Пётр Соколов назвал итоги хорошими.")
TARGET = ("К 2028 году товарооборот с Арменией планируется довести до 1 млрд долларов США. "
          "Посол Армении Анна Мартиросян приняла участие во встрече.")
INFLATION = "Инфляция в октябре составила 0,5%, а за год замедлилась до 7,2%."


def at(text: str, fragment: str, **fields: Any) -> dict[str, Any]:
    start = text.index(fragment)
    return {"text": fragment, "start": start, "end": start + len(fragment), **fields}


def turnover_record() -> PressRelease:
    t = TURNOVER
    money = at(t, "3,2 млрд долларов США", amount="3200000000", unit="USD")
    period = at(t, "В январе–июне 2025 года", normalized="2025-01..2025-06", grain="month",
                start_date="2025-01-01", end_date="2025-06-30")
    return PressRelease.model_validate({
        "text": t, "published": "2025-07-15", "published_from": "given",
        "entities": [at(t, "России", type="LOC", normal="Россия", country="RU"),
                     at(t, "Белоруссии", type="LOC", normal="Белоруссия", country="BY"),
                     at(t, "Пётр Соколов", type="PER", normal="Пётр Соколов",
                        name={"first": "Пётр", "last": "Соколов"})],
        "dates": [period], "money": [money], "percents": [at(t, "6,5%", amount="6.5", unit="%")],
        "people": [{"name": "Пётр Соколов", "first": "Пётр", "last": "Соколов",
                    "position": "заместитель министра промышленности", "country": "RU",
                    "mentions": [at(t, "Пётр Соколов")]}],
        "facts": [{"indicator": at(t, "товарооборот", id="trade_turnover"), "value": money,
                   "change": at(t, "на 6,5%", amount="6.5", unit="%", direction="up"), "period": period,
                   "subjects": [at(t, "России", type="LOC", normal="Россия", country="RU"),
                                at(t, "Белоруссии", type="LOC", normal="Белоруссия", country="BY")],
                   "modality": "actual", "sentence": {"start": 0, "end": t.index(" Заместитель")}}],
    })


def target_record() -> PressRelease:
    t = TARGET
    money = at(t, "1 млрд долларов США", amount="1000000000", unit="USD")
    period = at(t, "К 2028 году", normalized="2028", grain="year", start_date="2028-01-01", end_date="2028-12-31")
    return PressRelease.model_validate({
        "text": t, "dates": [period], "money": [money],
        "people": [{"name": "Анна Мартиросян", "position": "посол", "country": "AM",
                    "mentions": [at(t, "Анна Мартиросян")]}],
        "facts": [{"indicator": at(t, "товарооборот", id="trade_turnover"), "value": money, "period": period,
                   "subjects": [at(t, "Арменией", type="LOC", normal="Армения", country="AM")],
                   "modality": "target", "sentence": {"start": 0, "end": t.index(" Посол")}}],
    })


def inflation_record() -> PressRelease:
    t = INFLATION
    month, year = at(t, "0,5%", amount="0.5", unit="%"), at(t, "7,2%", amount="7.2", unit="%")
    return PressRelease.model_validate({
        "text": t, "percents": [month, year],
        "facts": [{"indicator": at(t, "Инфляция", id="inflation"), "value": value,
                   "sentence": {"start": 0, "end": len(t)}} for value in (month, year)],
    })


def lines() -> list[dict[str, Any]]:
    def source(name: str, sha: str) -> Source:
        return Source(name, sha * 64, "utf-8")

    return [
        ok_line(source("a.txt", "a"), turnover_record().model_dump(mode="json")),
        ok_line(source("b.txt", "b"), target_record().model_dump(mode="json")),
        error_line(Source("c.txt", "c" * 64), "NoText", "empty file"),
        ok_line(source("d/e.txt", "d"), inflation_record().model_dump(mode="json")),
    ]


def write(out: Path, fmt: str, items: list[dict[str, Any]], resume: bool = False) -> int:
    writer = open_writer(out, fmt, resume=resume)
    for line in items:
        if not writer.has((line["source"], line["sha256"])):
            writer.write(line)
    return writer.finish({line["source"]: line["sha256"] for line in items})


def readme_query(title: str) -> str:
    match = re.search(rf"```sql\n-- query: {title}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert match, f"README has no query {title!r}"
    return match.group(1)


@pytest.fixture()
def database(tmp_path: Path) -> sqlite3.Connection:
    write(tmp_path / "out.sqlite", "sqlite", lines())
    return sqlite3.connect(tmp_path / "out.sqlite")


def test_readme_query_trade_turnover_by_period(database: sqlite3.Connection) -> None:
    assert database.execute(readme_query("trade turnover by period")).fetchall() == [
        ("2025-01..2025-06", "2025-01-01", "3200000000", "USD", "6.5", "%", "up", "RU; BY", "actual", "a.txt"),
        ("2028", "2028-01-01", "1000000000", "USD", None, None, None, "AM", "target", "b.txt"),
    ]


def test_readme_query_people_with_positions(database: sqlite3.Connection) -> None:
    assert database.execute(readme_query("people with positions")).fetchall() == [
        ("Анна Мартиросян", "посол", None, "AM", 1),
        ("Пётр Соколов", "заместитель министра промышленности", None, "RU", 1),
    ]


def test_readme_query_money_per_release(database: sqlite3.Connection) -> None:
    assert database.execute(readme_query("money per release")).fetchall() == [
        ("a.txt", "USD", 1, 3.2e9, "3,2 млрд долларов США"),
        ("b.txt", "USD", 1, 1e9, "1 млрд долларов США"),
    ]


def test_sqlite_has_one_row_per_file_and_per_record(database: sqlite3.Connection) -> None:
    releases = database.execute("SELECT id, source, ok, error_type, published FROM releases ORDER BY id").fetchall()
    assert releases == [(1, "a.txt", 1, None, "2025-07-15"), (2, "b.txt", 1, None, None),
                        (3, "c.txt", 0, "NoText", None), (4, "d/e.txt", 1, None, None)]
    counts = {t: database.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("entities", "people", "money", "percents", "quantities", "dates", "facts")}
    assert counts == {"entities": 3, "people": 2, "money": 2, "percents": 3, "quantities": 0, "dates": 2, "facts": 4}
    assert database.execute("SELECT type, text, start, end, normal, first, last, country FROM entities "
                            "WHERE release_id = 1 AND idx = 2").fetchone() == (
        "PER", "Пётр Соколов", TURNOVER.index("Пётр"), TURNOVER.index("Пётр") + 12, "Пётр Соколов", "Пётр",
        "Соколов", None)


def test_csv_has_a_row_per_fact_and_one_for_a_file_without(tmp_path: Path) -> None:
    write(tmp_path / "facts.csv", "csv", lines())
    raw = (tmp_path / "facts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfsource,sha256,")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [(r["source"], r["ok"], r["error_type"], r["fact"], r["indicator"], r["value_amount"], r["period"],
             r["subjects"], r["modality"]) for r in rows] == [
        ("a.txt", "1", "", "0", "trade_turnover", "3200000000", "2025-01..2025-06", "Россия; Белоруссия", "actual"),
        ("b.txt", "1", "", "0", "trade_turnover", "1000000000", "2028", "Армения", "target"),
        ("c.txt", "0", "NoText", "", "", "", "", "", ""),
        ("d/e.txt", "1", "", "0", "inflation", "0.5", "", "", "actual"),
        ("d/e.txt", "1", "", "1", "inflation", "7.2", "", "", "actual"),
    ]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_from_a_file_cut_anywhere_gives_each_file_once(tmp_path: Path, fmt: str) -> None:
    """A kill leaves whole lines and at most one torn line: cut at and around every line end, then resume."""
    whole = tmp_path / f"whole.{fmt}"
    write(whole, fmt, lines())
    data = whole.read_bytes()
    ends = [i + 1 for i, byte in enumerate(data) if byte == ord("\n")]
    cuts = sorted({0, len(data)} | {c for end in ends for c in (end - 1, end, end + 1) if 0 <= c <= len(data)})
    for cut in cuts:
        out = tmp_path / f"cut{cut}.{fmt}"
        partial_path(out).write_bytes(data[:cut])
        write(out, fmt, lines(), resume=True)
        assert out.read_bytes() == data, f"cut at byte {cut}"
        assert not partial_path(out).exists()


def test_sqlite_resume_after_an_interrupted_run(tmp_path: Path) -> None:
    whole, resumed = tmp_path / "whole.sqlite", tmp_path / "resumed.sqlite"
    write(whole, "sqlite", lines())
    writer = open_writer(resumed, "sqlite", resume=False)
    for line in lines()[:2]:
        writer.write(line)
    writer.abort()
    assert not resumed.exists()
    write(resumed, "sqlite", lines(), resume=True)
    assert dump(resumed) == dump(whole)


def test_resume_replaces_changed_files_and_drops_removed_ones(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    write(out, "jsonl", lines())
    changed = [*lines()[:1], {**lines()[1], "sha256": "f" * 64}, lines()[3]]  # b.txt changed, c.txt removed
    assert write(out, "jsonl", changed, resume=True) == 2
    assert [(d["source"], d["sha256"][0]) for d in map(json.loads, out.read_text().splitlines())] == [
        ("a.txt", "a"), ("d/e.txt", "d"), ("b.txt", "f")]


def dump(out: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(out)
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("releases", "entities", "people", "money", "percents", "dates", "facts")}


PRICE = "Цена газа в 2026 году составит 165 долларов за тысячу кубометров."


def price_line() -> dict[str, Any]:
    t = PRICE
    money = at(t, "165 долларов", amount="165", unit="USD",
               per=at(t, "за тысячу кубометров", amount="1000", unit="куб. м"))
    record = PressRelease.model_validate({
        "text": t, "money": [money],
        "facts": [{"indicator": at(t, "Цена газа", id="price"), "value": money, "modality": "forecast",
                   "sentence": {"start": 0, "end": len(t)}}],
    })
    return ok_line(Source("p.txt", "p" * 64, "utf-8"), record.model_dump(mode="json"))


RATE = "Банк России снизил ключевую ставку с 17% до 15%."


def test_the_previous_level_has_its_columns_in_sqlite_and_csv(tmp_path: Path) -> None:
    t = RATE
    old, new = at(t, "17%", amount="17", unit="%"), at(t, "15%", amount="15", unit="%")
    record = PressRelease.model_validate({
        "text": t, "percents": [old, new],
        "facts": [{"indicator": at(t, "ключевую ставку", id="key_rate"), "value": new, "previous": old,
                   "sentence": {"start": 0, "end": len(t)}}],
    })
    line = ok_line(Source("r.txt", "r" * 64, "utf-8"), record.model_dump(mode="json"))
    write(tmp_path / "out.sqlite", "sqlite", [line])
    database = sqlite3.connect(tmp_path / "out.sqlite")
    assert database.execute("SELECT value_amount, previous_amount, previous_amount_num, previous_unit, previous_text "
                            "FROM facts").fetchall() == [("15", "17", 17.0, "%", "17%")]
    write(tmp_path / "facts.csv", "csv", [line])
    rows = list(csv.DictReader((tmp_path / "facts.csv").read_text("utf-8-sig").splitlines()))
    assert [(r["value_amount"], r["previous_amount"], r["previous_unit"]) for r in rows] == [("15", "17", "%")]


def test_a_price_denominator_has_its_columns_in_sqlite_and_csv(tmp_path: Path) -> None:
    write(tmp_path / "out.sqlite", "sqlite", [price_line()])
    database = sqlite3.connect(tmp_path / "out.sqlite")
    assert database.execute("SELECT text, amount, unit, per_amount, per_unit FROM money").fetchall() == [
        ("165 долларов", "165", "USD", "1000", "куб. м")]
    write(tmp_path / "facts.csv", "csv", [price_line()])
    rows = list(csv.DictReader((tmp_path / "facts.csv").read_text("utf-8-sig").splitlines()))
    assert [(r["indicator"], r["value_amount"], r["value_unit"], r["value_per_amount"], r["value_per_unit"])
            for r in rows] == [("price", "165", "USD", "1000", "куб. м")]


def test_resuming_a_database_from_before_the_price_columns_adds_them(tmp_path: Path) -> None:
    out = tmp_path / "out.sqlite"
    write(out, "sqlite", lines())
    with sqlite3.connect(out) as old:
        for column in ("per_amount", "per_unit"):
            old.execute(f"ALTER TABLE money DROP COLUMN {column}")
    write(out, "sqlite", [*lines(), price_line()], resume=True)
    database = sqlite3.connect(out)
    assert database.execute("SELECT text, per_amount, per_unit FROM money ORDER BY release_id").fetchall() == [
        ("3,2 млрд долларов США", None, None), ("1 млрд долларов США", None, None),
        ("165 долларов", "1000", "куб. м")]


def test_resuming_a_csv_from_before_the_price_columns_redoes_its_rows_under_todays_header(tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    write(out, "csv", lines())
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    with out.open("w", encoding="utf-8-sig", newline="") as f:  # as a version without the last seven columns wrote it
        csv.writer(f, lineterminator="\n").writerows(row[:-7] for row in rows)
    write(out, "csv", [*lines(), price_line()], resume=True)
    raw = out.read_text("utf-8-sig").splitlines()
    assert raw[0].endswith(",value_per_amount,value_per_unit,subject_roles,link,previous_amount,previous_unit,"
                           "previous_text")
    table = list(csv.DictReader(raw))
    assert all(None not in row for row in table)  # no row longer than the header
    assert [r["source"] for r in table] == ["a.txt", "b.txt", "c.txt", "d/e.txt", "d/e.txt", "p.txt"]
    assert table[-1]["value_per_unit"] == "куб. м"


def test_amounts_have_numeric_twins_and_facts_a_flat_view(database: sqlite3.Connection) -> None:
    assert database.execute("SELECT value_amount, value_amount_num, change_amount, change_amount_num FROM facts "
                            "ORDER BY value_amount_num DESC").fetchall() == [
        ("3200000000", 3.2e9, "6.5", 6.5), ("1000000000", 1e9, None, None), ("7.2", 7.2, None, None),
        ("0.5", 0.5, None, None)]
    assert database.execute("SELECT SUM(amount_num) FROM money").fetchone() == (4.2e9,)
    types = {row[1]: row[2] for row in database.execute("PRAGMA table_info(money)")}
    assert (types["amount"], types["amount_num"], types["per_amount_num"]) == ("TEXT", "REAL", "REAL")
    assert database.execute("SELECT source, published, indicator, value_amount_num FROM facts_flat "
                            "ORDER BY release_id, idx").fetchall() == [
        ("a.txt", "2025-07-15", "trade_turnover", 3.2e9), ("b.txt", None, "trade_turnover", 1e9),
        ("d/e.txt", None, "inflation", 0.5), ("d/e.txt", None, "inflation", 7.2)]
    indexes = {row[1] for row in database.execute("SELECT * FROM sqlite_master WHERE type = 'index'")}
    assert {"facts_indicator_period", "entities_type_normal", "people_name"} <= indexes
    plan = " ".join(str(r) for r in database.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM facts WHERE indicator = 'inflation' AND period = '2025'"))
    assert "facts_indicator_period" in plan


def test_foreign_keys_are_enforced_while_writing(tmp_path: Path) -> None:
    writer = open_writer(tmp_path / "out.sqlite", "sqlite", resume=False)
    assert writer.db.execute("PRAGMA foreign_keys").fetchone() == (1,)  # type: ignore[attr-defined]
    with pytest.raises(sqlite3.IntegrityError):
        writer.db.execute("INSERT INTO facts (release_id, idx) VALUES (99, 0)")  # type: ignore[attr-defined]
    writer.abort()


def test_csv_cells_cannot_become_formulas_and_lists_have_one_separator(tmp_path: Path) -> None:
    risky = [error_line(Source(name, name[-1] * 64), "NoText", message) for name, message in [
        ("=HYPERLINK(1).txt", "=1+2"), ("+7.txt", "@SUM(A1)"), ("-x.txt", "-5 less"), ("'q.txt", "'=quoted")]]
    out = tmp_path / "facts.csv"
    write(out, "csv", lines() + risky)
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    cells = [(r["source"], r["error_message"]) for r in rows[-4:]]
    assert cells == [("'=HYPERLINK(1).txt", "'=1+2"), ("'+7.txt", "'@SUM(A1)"), ("'-x.txt", "'-5 less"),
                     ("''q.txt", "''=quoted")]
    assert rows[0]["subjects"] == "Россия; Белоруссия" and rows[0]["subject_countries"] == "RU; BY"
    assert rows[0]["subject_roles"] == "none; none" and rows[0]["link"] == "clause"
    assert rows[0]["change_amount"] == "6.5"
    before = out.read_bytes()
    write(out, "csv", lines() + risky, resume=True)  # the neutralised names are still found on resume
    assert out.read_bytes() == before


def test_every_output_format_is_declared_once() -> None:
    """formats.py is the one table: suffixes map back to their format, each writer opens, --help lists them."""
    from pressextract.cli import _parser
    from pressextract.outputs.formats import FORMATS, SUFFIX_FORMATS, format_of

    for name, fmt in FORMATS.items():
        assert all(format_of(Path("x" + suffix), None) == name for suffix in fmt.suffixes)
        assert callable(getattr(__import__(f"pressextract.outputs.{fmt.writer.split(':')[0]}", fromlist=["x"]),
                                fmt.writer.split(":")[1]))
    assert set(SUFFIX_FORMATS.values()) == set(FORMATS)
    batch = _parser()._subparsers._group_actions[0].choices["batch"]  # type: ignore[union-attr]
    assert [a for a in batch._actions if "--format" in a.option_strings][0].choices == tuple(FORMATS)
    assert all(f"  {name} " in batch.format_help() for name in FORMATS)
