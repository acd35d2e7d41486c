"""A fact's subjects with their roles: named in its clause, else carried from its paragraph or the release's topic.

Trade figures (scope trade in indicators.tsv):
- the clause's own sides (subjects.py); sides that are theirs together («между Узбекистаном и Казахстаном») take
  the release's reporting country as reporter and the others as partners, or no roles when it is not among them;
- a flow naming only its partner («экспорт в Казахстан») is the paragraph's reporter's, else the reporting
  country's: its place is added as reporter;
- no side named: the parties of the paragraph's last trade fact («…, а импорт составил 3,4 млрд»), else, when the
  paragraph names no country outside the topic, the release's topic pair (only its reporter when the paragraph
  names that one country alone); a figure the text calls mutual («взаимная торговля», «стороны намерены …»)
  takes the last parties named anywhere before the topic pair.
Other figures: one subject named is the figure's reporter («инфляция в Казахстане»: Kazakhstan's), several have no
role (which one's is not said); a figure naming none in a company's release is the company's, as reporter, and a
whole-economy figure naming none is the reporting country's when its paragraph names no other.
"""

from __future__ import annotations

from typing import Sequence

from ..indicators import IndicatorEntry
from ..reading import Reading
from ..vocabulary import Vocabulary
from .subjects import MUTUAL, PARTNER, REPORTER, Party, find


def decide(window: tuple[int, int], after: int, entry: IndicatorEntry, reading: Reading,
           vocab: Vocabulary, others: frozenset[int] = frozenset()) -> list[Party]:
    """The subjects of a fact whose words run over the token range `window` (its clause up to its figure); the
    words before `after` (the end of the sentence's figure before) name that figure's subjects («инфляция в
    Казахстане — 7 %, в Узбекистане — 9 %»), and are this one's only when it names none of its own. Entities
    starting at `others` are other figures' («соответственно»)."""
    start, end = window
    named = [p for p in find(window, reading.entities, entry, vocab, reading.numeric) if p.span.start not in others]
    own = named if others else [p for p in named if p.span.start >= after]  # a paired party is its own anywhere
    if entry.scope == "trade":
        return _trade(own, [p for p in named if p not in own], window, reading, vocab)
    own = own or named  # «Выручка X составила 5 млрд, прибыль — 1 млрд»
    if not own and reading.main_org is not None:
        return [Party(reading.main_org, REPORTER)]
    if not own and entry.scope == "economy":
        return _reporting_country(reading)
    if own and all(p.role == PARTNER for p in own):  # «доля Китая в экспорте»: the exporter is the reporter
        return sorted([*_reporting_country(reading, also=own), *own], key=lambda p: p.span.start)
    owners = [p for p in own if p.role != PARTNER]
    return own if len(owners) <= 1 else [Party(p.span, None) if p.role != PARTNER else p for p in own]


def _reporting_country(reading: Reading, also: Sequence[Party] = ()) -> list[Party]:
    """A whole-economy figure naming no country in a release with a reporting country is that country's, when its
    paragraph names no other («Национальный банк Казахстана … Годовая инфляция замедлилась до 8,7 %»); `also`
    are the figure's own partners, which the paragraph may name."""
    topic = reading.topic
    allowed = {topic.reporter, *(p.key for p in also)}
    if topic.reporter is None or not reading.paragraph_countries <= allowed or \
            any(p.key == topic.reporter for p in also):
        return []
    return [p for p in topic.parties if p.role == REPORTER]


def _trade(own: list[Party], earlier: list[Party], window: tuple[int, int], reading: Reading,
           vocab: Vocabulary) -> list[Party]:
    """A trade figure's sides: its own, else the paragraph's, else those the figure before it took from its
    clause, else (mutual) the last named, else the topic's."""
    mutual = any(vocab.has(t.lemma_, "mutual") for t in reading.doc[window[0] : window[1]])
    if not own and reading.parties and (not mutual or len(reading.parties) >= 2):
        return reading.parties
    if own or earlier:
        found = _sides(own, earlier, reading) if own else _sides(earlier, [], reading)
        if _clear(found):
            reading.parties, reading.last_parties = found, found
        return found
    if mutual and len(reading.last_parties) >= 2:
        return reading.last_parties  # «Стороны намерены довести взаимный товарооборот до …»: the same two
    return _from_topic(reading, mutual)


def _sides(own: list[Party], earlier: list[Party], reading: Reading) -> list[Party]:
    """Roles for sides named together, and a reporter for a flow that names only its partner: the one named
    before in its clause («Экспорт Казахстана в Китай составил 15 млрд, в Россию — 9 млрд»), else the
    paragraph's, else the release's reporting country."""
    reporter = reading.topic.reporter
    if any(p.role == MUTUAL for p in own):
        if reporter is None or all(p.key != reporter for p in own if p.role == MUTUAL):
            own = [Party(p.span, None) if p.role == MUTUAL else p for p in own]
        else:
            own = [Party(p.span, REPORTER if p.key == reporter else PARTNER) if p.role == MUTUAL else p
                   for p in own]
    if all(p.role == PARTNER for p in own):
        side = next((p for p in [*earlier, *reading.parties, *reading.topic.parties] if p.role == REPORTER), None)
        if side is not None and all(p.key != side.key for p in own):
            own = [side, *own]
    return sorted(own, key=lambda p: p.span.start)


def _clear(parties: list[Party]) -> bool:
    """Sides a later figure may take: at most two that are not partners (a reporter, or two mutual sides)."""
    return len([p for p in parties if p.role != PARTNER]) <= 2


def _from_topic(reading: Reading, mutual: bool) -> list[Party]:
    """The release's topic pair when the paragraph names no country outside it; only the reporting country when
    it is the one country the paragraph names and the figure is not mutual («По данным статистической службы
    Украины, экспортировано товаров на 32 млрд»: Ukraine's exports, to no partner named)."""
    named = reading.paragraph_countries
    topic = reading.topic
    if not named <= topic.countries:
        return []
    if named == {topic.reporter} and not mutual:
        return [p for p in topic.parties if p.role == REPORTER]
    return topic.parties
