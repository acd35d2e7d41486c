"""`--format sqlite`: the records as an SQLite database an analyst can query.

`releases` has one row per input file (its outcome, text and date); `entities`, `people`, `money`, `percents`,
`quantities`, `dates` and `facts` one row per record, keyed by `release_id` and the record's position `idx`.
Every amount column keeps the exact decimal text and has a numeric twin `<column>_num` (REAL), so that
`ORDER BY value_amount_num` and `SUM(amount_num)` need no cast; the view `facts_flat` has each fact with its
release's `source` and `published`; indexes serve the README's queries. Lists inside a record (a person's
mentions, a fact's subjects) are JSON (`json_each`). Each file is one transaction, so a killed run leaves a
valid database with whole releases, which `--resume` continues. Foreign keys are enforced while writing.
"""

from __future__ import annotations

import json
import math
import sqlite3
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Optional

from .flat import (
    DATE_COLUMNS,
    ENTITY_COLUMNS,
    FACT_COLUMNS,
    MEASURE_COLUMNS,
    PERSON_COLUMNS,
    date_row,
    entity_row,
    fact_row,
    measure_row,
    person_row,
)
from .outfile import Existing, Key, partial_path, prepare, publish
from .safe_write import refuse_link

RELEASES = (
    "source", "sha256", "encoding", "ok", "error_type", "error_message", "warnings", "published", "published_from",
    "text",
)
# table → (columns, record list, row maker)
TABLES: dict[str, tuple[tuple[str, ...], str, Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "entities": (ENTITY_COLUMNS, "entities", entity_row),
    "people": (PERSON_COLUMNS, "people", person_row),
    "money": (MEASURE_COLUMNS, "money", measure_row),
    "percents": (MEASURE_COLUMNS, "percents", measure_row),
    "quantities": (MEASURE_COLUMNS, "quantities", measure_row),
    "dates": (DATE_COLUMNS, "dates", date_row),
    "facts": (FACT_COLUMNS + ("subjects_json",), "facts", lambda f: {**fact_row(f), "subjects_json": _json(f)}),
}
AMOUNT_COLUMNS = frozenset({"amount", "amount_max", "per_amount", "value_amount", "value_amount_max",
                            "change_amount", "change_amount_max", "value_per_amount", "previous_amount"})
INDEXES = {  # name → table (columns): what the README's queries filter, join and group by
    "facts_indicator_period": "facts (indicator, period)",
    "entities_type_normal": "entities (type, normal)",
    "people_name": "people (name)",
}
FACTS_FLAT = ("CREATE VIEW facts_flat AS SELECT r.source, r.published, f.* "
              "FROM facts AS f JOIN releases AS r ON r.id = f.release_id")
INTEGER_COLUMNS = frozenset({"ok", "start", "end", "relative", "resolved", "indicator_start", "indicator_end",
                             "sentence_start", "sentence_end"})


def schema() -> str:
    """The CREATE statements of the database."""
    statements = [
        "CREATE TABLE IF NOT EXISTS releases (id INTEGER PRIMARY KEY, "
        + ", ".join(f"{c} {_type(c)}" for c in RELEASES) + ")",
        "CREATE INDEX IF NOT EXISTS releases_source ON releases (source)",
    ]
    for table, (columns, _, _) in TABLES.items():
        statements.append(
            f"CREATE TABLE IF NOT EXISTS {table} (release_id INTEGER NOT NULL REFERENCES releases (id) "
            "ON DELETE CASCADE, idx INTEGER NOT NULL, "
            + ", ".join(f"{c} {_type(c)}" for c in with_numbers(columns)) + ", PRIMARY KEY (release_id, idx))"
        )
    return ";\n".join(statements) + ";"


def extras() -> str:
    """Indexes and the view, made after the columns an older database lacked were added."""
    statements = [f"CREATE INDEX IF NOT EXISTS {name} ON {on}" for name, on in INDEXES.items()]
    statements += ["DROP VIEW IF EXISTS facts_flat", FACTS_FLAT]  # `f.*` is expanded when the view is made
    return ";\n".join(statements) + ";"


def with_numbers(columns: tuple[str, ...]) -> tuple[str, ...]:
    """The columns with `<amount>_num` after each amount column."""
    return tuple(name for c in columns for name in ((c, f"{c}_num") if c in AMOUNT_COLUMNS else (c,)))


def number(value: object) -> float | None:
    """The REAL twin of an exact amount ("4970000000" → 4.97e9); None when absent or out of range."""
    if value is None:
        return None
    try:
        result = float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None
    return result if math.isfinite(result) else None


def add_missing_columns(db: sqlite3.Connection) -> None:
    """A database an older pressextract wrote gets the columns added since (columns are only ever added)."""
    for table, (columns, _, _) in TABLES.items():
        present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for column in with_numbers(columns):
            if column not in present:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {_type(column)}")


def _type(column: str) -> str:
    return "INTEGER" if column in INTEGER_COLUMNS else "REAL" if column.endswith("_num") else "TEXT"


def _json(fact: dict[str, Any]) -> Optional[str]:
    return json.dumps(fact.get("subjects") or [], ensure_ascii=False)


class SqliteWriter:
    """Result lines into the tables, one transaction per file."""

    def __init__(self, out: Path, resume: bool) -> None:
        self.out = out
        journals = [partial_path(out).with_name(partial_path(out).name + s) for s in ("-journal", "-wal", "-shm")]
        for journal in journals:
            if not resume:  # a journal left by a killed run must not be replayed into a new database
                journal.unlink(missing_ok=True)
            refuse_link(journal)
        self.path = prepare(out, resume, copy=_backup)
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.executescript(schema())
        add_missing_columns(self.db)
        self.db.executescript(extras())
        self.existing = Existing()
        for source, sha in self.db.execute("SELECT source, sha256 FROM releases ORDER BY id"):
            self.existing.add((source, sha))

    def has(self, key: Key) -> bool:
        return self.existing.has(key)

    def write(self, line: dict[str, Any]) -> None:
        record = line.get("record") or {}
        error = line.get("error") or {}
        release = {
            "source": line["source"], "sha256": line.get("sha256"), "encoding": line.get("encoding"),
            "ok": int(bool(line["ok"])), "error_type": error.get("type"), "error_message": error.get("message"),
            "warnings": json.dumps(line["warnings"], ensure_ascii=False) if line.get("warnings") else None,
            "published": record.get("published"), "published_from": record.get("published_from"),
            "text": record.get("text"),
        }
        with self.db:  # one transaction
            self.db.execute("BEGIN")
            cursor = self.db.execute(_insert("releases", RELEASES), [release[c] for c in RELEASES])
            for table, (columns, field, row) in TABLES.items():
                rows = [[cursor.lastrowid, i, *_values(row(item), columns)]
                        for i, item in enumerate(record.get(field) or [])]
                if rows:
                    self.db.executemany(_insert(table, ("release_id", "idx") + with_numbers(columns)), rows)

    def finish(self, current: dict[str, Optional[str]]) -> int:
        """Delete the releases of changed or removed files, close and rename the database into place."""
        stale = self.existing.stale(current)
        with self.db:
            self.db.execute("BEGIN")
            for source, sha in stale:
                self.db.execute("DELETE FROM releases WHERE source = ? AND sha256 IS ?", (source, sha))
            self.db.execute(  # a second entry of one file (two resumed runs of an older version) goes too
                "DELETE FROM releases WHERE id NOT IN (SELECT MIN(id) FROM releases GROUP BY source)"
            )
        self.db.close()
        publish(self.path, self.out)
        return len(stale)

    def abort(self) -> None:
        self.db.close()


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _values(row: dict[str, Any], columns: tuple[str, ...]) -> list[Any]:
    """The row's values in the order of `with_numbers(columns)`."""
    values = []
    for c in columns:
        values.append(_value(row[c]))
        if c in AMOUNT_COLUMNS:
            values.append(number(row[c]))
    return values


def _value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    return value


def _backup(source: Path, target: Path) -> None:
    """Copy a finished database for a resumed run through SQLite, consistent even if it is being read."""
    with sqlite3.connect(source) as old, sqlite3.connect(target) as new:
        old.backup(new)
    old.close()
    new.close()
