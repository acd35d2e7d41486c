"""Records as flat rows for tables (CSV, SQLite): nested parts become prefixed columns.

Input is the JSON form of a record (`PressRelease.model_dump(mode="json")`): amounts stay decimal strings,
exact; a spreadsheet or `CAST(amount AS REAL)` makes numbers of them.
"""

from __future__ import annotations

import json
from typing import Any, Optional

Row = dict[str, Any]
LIST_SEPARATOR = "; "  # between the items of a list cell: «Россия; Белоруссия», «RU; BY»

RELEASE_COLUMNS = ("source", "sha256", "encoding", "ok", "error_type", "error_message", "published")
FACT_COLUMNS = (
    "indicator", "indicator_text", "indicator_start", "indicator_end",
    "value_amount", "value_amount_max", "value_unit", "value_qualifier", "value_text",
    "change_amount", "change_amount_max", "change_unit", "change_direction", "change_qualifier", "change_text",
    "period", "period_grain", "period_start", "period_end", "period_text",
    "subjects", "subject_countries", "modality", "sentence_start", "sentence_end",
    "value_per_amount", "value_per_unit", "subject_roles", "link", "previous_amount", "previous_unit", "previous_text",
)
MEASURE_COLUMNS = ("text", "start", "end", "amount", "amount_max", "unit", "qualifier", "per_amount", "per_unit")
ENTITY_COLUMNS = ("type", "text", "start", "end", "normal", "first", "middle", "last", "country")
PERSON_COLUMNS = ("name", "first", "middle", "last", "position", "organization", "country", "mentions")
DATE_COLUMNS = ("text", "start", "end", "normalized", "grain", "start_date", "end_date", "relative", "resolved")


def release_row(line: dict[str, Any]) -> Row:
    """The columns of a result line that describe the file and its outcome."""
    error = line.get("error") or {}
    record = line.get("record") or {}
    return {
        "source": line["source"], "sha256": line.get("sha256"), "encoding": line.get("encoding"),
        "ok": bool(line["ok"]), "error_type": error.get("type"), "error_message": error.get("message"),
        "published": record.get("published"),
    }


def fact_row(fact: dict[str, Any]) -> Row:
    """One fact as flat columns: «товарооборот … 4,97 млрд долларов США … по итогам 2025 года»."""
    indicator = fact["indicator"]
    value = fact.get("value") or {}
    change = fact.get("change") or {}
    period = fact.get("period") or {}
    subjects = fact.get("subjects") or []
    return {
        "indicator": indicator["id"], "indicator_text": indicator["text"],
        "indicator_start": indicator["start"], "indicator_end": indicator["end"],
        **_prefixed("value", value, ("amount", "amount_max", "unit", "qualifier", "text")),
        **_prefixed("change", change, ("amount", "amount_max", "unit", "direction", "qualifier", "text")),
        "period": period.get("normalized"), "period_grain": period.get("grain"),
        "period_start": period.get("start_date"), "period_end": period.get("end_date"),
        "period_text": period.get("text"),
        "subjects": LIST_SEPARATOR.join(s.get("normal") or s["text"] for s in subjects) or None,
        "subject_countries": LIST_SEPARATOR.join(s["country"] for s in subjects if s.get("country")) or None,
        # one per subject, in the order of `subjects`: reporter, partner or none where the text does not say
        "subject_roles": LIST_SEPARATOR.join(s.get("role") or "none" for s in subjects) or None,
        "link": fact.get("link"),
        "modality": fact.get("modality"),
        "sentence_start": (fact.get("sentence") or {}).get("start"),
        "sentence_end": (fact.get("sentence") or {}).get("end"),
        **_prefixed("value_per", value.get("per") or {}, ("amount", "unit")),
        **_prefixed("previous", fact.get("previous") or {}, ("amount", "unit", "text")),  # «с 17% до 15%»: 17
    }


def _prefixed(prefix: str, part: dict[str, Any], names: tuple[str, ...]) -> Row:
    return {f"{prefix}_{name}": part.get(name) for name in names}


def entity_row(entity: dict[str, Any]) -> Row:
    """An entity with its name parts as columns."""
    name = entity.get("name") or {}
    return {**{c: entity.get(c) for c in ENTITY_COLUMNS}, **{c: name.get(c) for c in ("first", "middle", "last")}}


def person_row(person: dict[str, Any]) -> Row:
    """A person; the mentions stay a JSON list (`json_each` in SQLite reads it)."""
    return {**{c: person.get(c) for c in PERSON_COLUMNS}, "mentions": _json(person.get("mentions"))}


def measure_row(measure: dict[str, Any]) -> Row:
    """Money, a percentage or a quantity; a price's denominator as `per_amount` and `per_unit`."""
    per = measure.get("per") or {}
    return {**{c: measure.get(c) for c in MEASURE_COLUMNS}, **_prefixed("per", per, ("amount", "unit"))}


def date_row(date: dict[str, Any]) -> Row:
    """A date or period mention."""
    return {c: date.get(c) for c in DATE_COLUMNS}


def _json(value: Any) -> Optional[str]:
    return None if value is None else json.dumps(value, ensure_ascii=False)
