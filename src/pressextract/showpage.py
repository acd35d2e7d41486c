"""`pressextract show --html`: a review page a person reads at a glance.

The release's own text, with its spacing and line breaks (`white-space: pre-wrap`), each mention marked in a
colour with its label after it; then the facts as a table (indicator, value, change, period, parties,
modality) whose cells link to their words in the text (the words light up when followed), then the people.
Everything from the release is escaped.
"""

from __future__ import annotations

import html
from typing import Iterable, Optional

from .records import Fact, Mention, PressRelease

COLORS = {"PER": "#ffd6a5", "ORG": "#caffbf", "LOC": "#9bf6ff", "DATE": "#bdb2ff", "MONEY": "#fdffb6",
          "PCT": "#ffc6ff", "QTY": "#e0e0e0", "FACT": "#ffadad"}
NAMES = {"PER": "person", "ORG": "organisation", "LOC": "place", "DATE": "date", "MONEY": "money",
         "PCT": "percentage", "QTY": "quantity", "FACT": "indicator"}
STYLE = """
body{font:16px/1.55 system-ui,sans-serif;max-width:62em;margin:1.5em auto;padding:0 1em;color:#222}
h1{font-size:1.3em;word-break:break-all}h2{font-size:1.1em;margin-top:1.6em}
.text{white-space:pre-wrap;border:1px solid #ddd;border-radius:6px;padding:1em 1.2em;background:#fcfcfc}
mark{border-radius:3px;padding:0 2px;color:inherit}
mark::after{content:attr(data-label);font:bold 9px/1 sans-serif;color:#555;margin-left:3px;vertical-align:1px}
mark:target{outline:3px solid #e63946;outline-offset:1px}
table{border-collapse:collapse;width:100%;font-size:.95em}th,td{border:1px solid #ddd;padding:.35em .5em;
text-align:left;vertical-align:top}th{background:#f3f3f3}td a{color:#1d3557}
.legend span{display:inline-block;margin:0 .6em .3em 0;padding:0 .4em;border-radius:3px;font-size:.85em}
.muted{color:#777}
"""


def spans(record: PressRelease) -> list[tuple[int, int, str]]:
    """(start, end, label) of every mention to mark, in reading order."""
    found = [(e.start, e.end, e.type) for e in record.entities]
    for field, label in (("dates", "DATE"), ("money", "MONEY"), ("percents", "PCT"), ("quantities", "QTY")):
        found += [(m.start, m.end, label) for m in getattr(record, field)]
    found += [(f.indicator.start, f.indicator.end, "FACT") for f in record.facts]
    return sorted(set(found), key=lambda s: (s[0], -s[1], s[2]))


def marked_text(text: str, marks: Iterable[tuple[int, int, str]]) -> str:
    """`text` escaped, with nested `<mark>` elements; a mark crossing another one's edge is left out."""
    out: list[str] = []
    stack: list[int] = []  # ends of the open marks
    at = 0
    for start, end, label in marks:
        while stack and stack[-1] <= start:
            out.append(html.escape(text[at : stack[-1]]) + "</mark>")
            at = stack.pop()
        if stack and end > stack[-1]:
            continue  # crosses the open mark
        out.append(html.escape(text[at:start]))
        out.append(f'<mark id="m{start}-{end}" style="background:{COLORS[label]}" title="{NAMES[label]}" '
                   f'data-label="{label}">')
        at = start
        stack.append(end)
    while stack:
        end = stack.pop()
        out.append(html.escape(text[at:end]) + "</mark>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def _link(mention: Optional[Mention], shown: Optional[str] = None) -> str:
    if mention is None:
        return '<span class="muted">—</span>'
    words = html.escape(shown if shown is not None else mention.text)
    return f'<a href="#m{mention.start}-{mention.end}">{words}</a>'


def _fact_row(fact: Fact) -> str:
    value = change = ""
    if fact.value:
        upper = f"–{fact.value.amount_max}" if fact.value.amount_max is not None else ""
        value = f"{_link(fact.value)}<br><small>{fact.value.amount}{upper} {html.escape(fact.value.unit)}</small>"
        if fact.previous:
            value += f"<br><small>from {_link(fact.previous)}</small>"
    if fact.change:
        sign = "+" if fact.change.direction == "up" else "−"
        change = f"{_link(fact.change)}<br><small>{sign}{fact.change.amount} {html.escape(fact.change.unit)}</small>"
    period = ""
    if fact.period:
        period = f"{_link(fact.period)}<br><small>{html.escape(fact.period.normalized or '')}</small>"
    parties = ", ".join(_link(s, s.normal + (f" ({s.country})" if s.country else "")) +
                        (f"<br><small>{s.role}</small>" if s.role else "") for s in fact.subjects)
    cells = [f"{_link(fact.indicator)}<br><small>{html.escape(fact.indicator.id)}</small>",
             value or _link(None), change or _link(None), period or _link(None), parties or _link(None),
             html.escape(fact.modality)]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def html_page(record: PressRelease, title: Optional[str] = None) -> str:
    """A standalone HTML page: the marked text, the facts table and the people."""
    name = html.escape(title or "release")
    text = marked_text(record.text or "", spans(record))
    legend = "".join(f'<span style="background:{color}">{label} {NAMES[label]}</span>'
                     for label, color in COLORS.items())
    facts = "".join(_fact_row(f) for f in record.facts)
    table = ("<table><tr><th>indicator</th><th>value</th><th>change</th><th>period</th><th>parties</th>"
             f"<th>modality</th></tr>{facts}</table>") if facts else '<p class="muted">No facts found.</p>'
    people = "".join(
        f"<li>{_link(p.mentions[0] if p.mentions else None, p.name)}"
        + html.escape("".join(f" — {x}" for x in (p.position, p.organization, p.country) if x)) + "</li>"
        for p in record.people)
    counts = ", ".join(f"{len(getattr(record, k))} {k}" for k in ("entities", "dates", "money", "percents",
                                                                  "quantities", "people", "facts"))
    return (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>{name}</title>'
            f"<style>{STYLE}</style></head><body>"
            f'<h1>{name}</h1><p class="legend">{legend}</p><p class="muted">{html.escape(counts)}</p>'
            f'<div class="text">{text}</div><h2>Facts</h2>{table}'
            + (f"<h2>People</h2><ul>{people}</ul>" if people else "") + "</body></html>\n")
