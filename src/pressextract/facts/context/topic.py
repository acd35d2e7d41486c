"""The release's two sides: the reporting country (its source organisation's) and the partner it is about.

    «В пресс-службе Министерства … Республики Узбекистан сообщили, что министр … провёл встречу с Послом
    Республики Казахстан …»   → reporter UZ, partner KZ (the country named most often after the reporter)

The reporting country is the country of the first organisation with one in the lead («Министерство экономики
Республики Узбекистан сообщает», «Посольство Республики Казахстан в КНР»), else of the first person there whose
organisation is named («Министр торговли и интеграции Республики Казахстан Н. С. провёл встречу …»). The partner
is the country named most often after it (places and place adjectives alike), when one stands out. A release
with no reporting country has no topic: which side would report is not said.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from spacy.tokens import Doc, Span

from .subjects import PARTNER, REPORTER, Party

LEAD_SENTENCES = 3  # the title, the dateline and the first sentence: where the release names its source


@dataclass(frozen=True)
class Topic:
    """The reporting country (with a span naming it, when there is one) and the partner country of a release."""

    reporter: Optional[str] = None
    parties: list[Party] = field(default_factory=list)  # reporter first, then partner: spans naming them

    @property
    def countries(self) -> set[str]:
        return {p.key for p in self.parties} | ({self.reporter} if self.reporter else set())


def topic(doc: Doc, entities: list[Span], people: Optional[list[dict[str, Any]]]) -> Topic:
    """The topic of `doc` from its entity spans (with `country`) and its people."""
    reporter = _reporter(doc, entities, people or [])
    if reporter is None:
        return Topic()
    countries = [e for e in entities if _country(e) and not _holds_place(e, entities)]
    counts = Counter(_country(e) for e in countries if _country(e) != reporter)
    ranked = counts.most_common(2)
    partner = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    parties = [Party(s, role) for s, role in ((_naming(reporter, entities), REPORTER),
                                              (_naming(partner, entities), PARTNER)) if s is not None]
    return Topic(reporter, parties)


def _reporter(doc: Doc, entities: list[Span], people: list[dict[str, Any]]) -> Optional[str]:
    """The country of the first organisation, or person with an organisation, in the lead that has one."""
    lead = list(itertools.islice(doc.sents, LEAD_SENTENCES))
    if not lead:
        return None
    lead_end = lead[-1].end_char
    found = [(e.start_char, country) for e in entities
             if e.label_ == "ORG" and e.start_char < lead_end and (country := _country(e))]
    found += [(p["mentions"][0][0], p["country"]) for p in people
              if p.get("country") and p.get("organization") and p["mentions"] and p["mentions"][0][0] < lead_end]
    return min(found)[1] if found else None


def _naming(country: Optional[str], entities: list[Span]) -> Optional[Span]:
    """The first place naming `country`, else the first organisation of it."""
    if country is None:
        return None
    named = [e for e in entities if _country(e) == country]
    return next((e for e in named if e.label_ == "LOC"), named[0] if named else None)


def _holds_place(entity: Span, entities: list[Span]) -> bool:
    """An organisation with a place in its name («Посольство Республики Казахстан»): the place is counted."""
    return entity.label_ == "ORG" and any(e.label_ == "LOC" and entity.start <= e.start and e.end <= entity.end
                                          for e in entities)


def _country(entity: Span) -> Optional[str]:
    return (entity._.entity or {}).get("country")
