"""The organisation and country that go with a position: the ORG named in the title's complement, or the body
the title implies built from it and matched against the organisations the text names.

    глава Минфина                              → «Минфин»
    министр инвестиций, промышленности и торговли (the text names «Министерства инвестиций, промышленности и
        торговли Республики Узбекистан»)      → that ministry, UZ
    Посол Республики Казахстан в Узбекистане  → «Посольство Республики Казахстан в Узбекистане», KZ
    заместитель министра экономики            → «Министерство экономики»
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from spacy.tokens import Doc

from ...tagging.morph import fold
from ..naming.normal import text_of
from .titles import Titles


def employer(doc: Doc, title: int, words_end: int, complement: list[Any], entities: Sequence[Any],
             titles: Titles) -> tuple[Optional[str], Optional[str]]:
    """The organisation and country of the position whose title is token `title` and whose own words end at
    `words_end`, from the entities of its complement (ORG/LOC with `normal` and `country`)."""
    countries = [e.country for e in complement if e.country]
    country = countries[0] if countries else None
    orgs = [e for e in complement if e.label == "ORG"]
    if orgs:
        return orgs[0].normal, orgs[0].country or country
    entry = titles.get(doc[title])
    while (entry is None or entry.organization is None) and title + 1 < words_end and titles.get(doc[title + 1]):
        title += 1  # «заместитель министра экономики»: the body is the minister's
        entry = titles.get(doc[title])
    if entry is None or entry.organization is None:
        return None, country
    field = text_of(list(doc[title + 1 : words_end]), {}).strip(" ,") if words_end > title + 1 else ""
    named = " ".join(x for x in (entry.organization, field) if x)
    for entity in entities:  # the ministry the text names: «Министерства инвестиций … Республики Узбекистан»
        if entity.label == "ORG" and fold(entity.normal).startswith(fold(named)) and (field or entity.country):
            return entity.normal, entity.country or country
    if complement:
        tail = text_of([t for t in doc[complement[0].start : complement[-1].end]], {})
        named = f"{named} {tail}"
    return (named if field or complement else None), country
