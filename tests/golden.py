"""A compact projection of a `PressRelease` for golden files: one line per item, readable and reviewable.

    money/percents/quantities  [text, amount, amount_max, unit, qualifier]
    dates                      [text, normalized, grain]
    entities                   [type, text, normal, country]
    people                     [name, position, organization, country]
    facts                      [indicator id, indicator text, value, change, period, subjects, modality]
                               value "720400000 USD", "~65000000000 RUB" (qualifier marks ~ > >= < <=),
                               ranges "8.5..9.5 %", prices "2850 USD / 1 т", the level it changed from "6.1 % (from
                               7.4 %)"; change "+8.3 %", "-0.5 pp"; subjects by country code or
                               normal form, with the role after it: "KZ (reporter)"
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from pressextract import Change, Measure, PressRelease

SECTIONS = ("published", "entities", "people", "money", "percents", "quantities", "dates", "facts")
QUALIFIER_MARKS = {None: "", "approx": "~", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def project(record: PressRelease) -> dict[str, Any]:
    """The golden-file view of a record."""
    return {
        "published": [record.published.isoformat() if record.published else None, record.published_from],
        "entities": [[e.type, e.text, e.normal, e.country] for e in record.entities],
        "people": [[p.name, p.position, p.organization, p.country] for p in record.people],
        "money": [_measure(m) for m in record.money],
        "percents": [_measure(m) for m in record.percents],
        "quantities": [_measure(m) for m in record.quantities],
        "dates": [[d.text, d.normalized, d.grain] for d in record.dates],
        "facts": [
            [
                f.indicator.id,
                f.indicator.text,
                _amount(f.value) + (f" (from {_amount(f.previous)})" if f.previous else "") if f.value else None,
                _change(f.change),
                f.period.normalized if f.period else None,
                [(s.country or s.normal) + (f" ({s.role})" if s.role else "") for s in f.subjects],
                f.modality,
            ]
            for f in record.facts
        ],
    }


def _measure(m: Measure) -> list[Any]:
    return [m.text, str(m.amount), str(m.amount_max) if m.amount_max is not None else None, m.unit, m.qualifier]


def _amount(m: Optional[Measure | Change]) -> Optional[str]:
    if m is None:
        return None
    amount = f"{m.amount}..{m.amount_max}" if m.amount_max is not None else str(m.amount)
    per = f" / {m.per.amount} {m.per.unit}" if isinstance(m, Measure) and m.per is not None else ""
    return f"{QUALIFIER_MARKS[m.qualifier]}{amount} {m.unit}{per}"


def _change(c: Optional[Change]) -> Optional[str]:
    if c is None:
        return None
    return ("+" if c.direction == "up" else "-") + _amount(c)  # type: ignore[operator]


def dumps(view: dict[str, Any]) -> str:
    """JSON with one item per line, so a person can review a golden file line by line."""
    parts = []
    for key in SECTIONS:
        value = view[key]
        if key == "published" or not value:
            parts.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
        else:
            items = ",\n".join(f"    {json.dumps(v, ensure_ascii=False)}" for v in value)
            parts.append(f"  {json.dumps(key)}: [\n{items}\n  ]")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
