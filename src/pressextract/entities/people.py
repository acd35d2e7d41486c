"""People: the PER mentions of one person gathered into one record with the position stated for them.

«Лазиз Кудратов … Кудратов … Лазиза Кудратова» is one person: a surname alone joins the person whose surname it
may be («Кудратова» may be Кудратов's genitive), a first name alone joins the only person with that first name,
and a title alone («Министр также сообщил») the only person of the paragraph named before it with that title.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from spacy.tokens import Doc, Token

from ..tagging.morph import fold
from .names import PersonName
from .positions import Position
from .titles import STEM, Titles


@dataclass
class PersonMention:
    """One PER mention: character offsets, its name, and the position stated next to it."""

    start: int
    end: int
    name: PersonName
    position: Optional[Position] = None
    first_token: int = -1  # the mention's token range, for the titles that stand for it
    last_token: int = -1


@dataclass
class Cluster:
    """The mentions of one person."""

    mentions: list[PersonMention] = field(default_factory=list)

    @property
    def best(self) -> PersonName:
        """The fullest name among the mentions: «Лазиз Кудратов» over «Кудратов»."""
        return max((m.name for m in self.mentions), key=lambda n: (_parts(n), len(n.normal)))

    def position(self) -> Optional[Position]:
        positions = [m.position for m in self.mentions if m.position is not None]
        return max(positions, key=lambda p: (p.organization is not None, p.country is not None)) if positions \
            else None


def _parts(name: PersonName) -> int:
    return sum(1 for p in (name.first, name.middle, name.last) if p)


def gather(mentions: list[PersonMention]) -> list[Cluster]:
    """Group mentions into people, in order of first mention."""
    clusters: list[Cluster] = []
    pending: list[PersonMention] = []
    for mention in mentions:  # full names first: they found the people the short mentions join
        name = mention.name
        if name.first and name.last:
            cluster = _find_full(clusters, name)
            if cluster is None:
                cluster = Cluster()
                clusters.append(cluster)
            cluster.mentions.append(mention)
        else:
            pending.append(mention)
    for mention in pending:
        cluster = _find_short(clusters, mention.name)
        if cluster is None:
            cluster = Cluster()
            clusters.append(cluster)
        cluster.mentions.append(mention)
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _find_full(clusters: list[Cluster], name: PersonName) -> Optional[Cluster]:
    for cluster in clusters:
        best = cluster.best
        if best.last and fold(best.last) == fold(name.last or "") and _same_first(best.first, name.first):
            return cluster
    return None


def _same_first(a: Optional[str], b: Optional[str]) -> bool:
    """«Лазиз» and «Л.» are the same first name; a missing one matches any."""
    if not a or not b:
        return True
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    return a == b or (len(a) <= 2 and b.startswith(a)) or (len(b) <= 2 and a.startswith(b))


def _find_short(clusters: list[Cluster], name: PersonName) -> Optional[Cluster]:
    """The one person a surname-only or first-name-only mention may stand for."""
    if name.last:
        lasts = {fold(x) for x in name.lasts | {name.last}}
        hits = [c for c in clusters if c.best.last and fold(c.best.last) in lasts]
        if len(hits) == 1:
            return hits[0]
        return None
    if name.first:
        hits = [c for c in clusters if c.best.first and fold(c.best.first) == fold(name.first)]
        return hits[0] if len(hits) == 1 else None
    return None


def link_titles(doc: Doc, texts: list[str], clusters: list[Cluster], titles: Titles) -> None:
    """A title standing for a person named before it in the paragraph joins that person's mentions, when exactly one
    person there holds that title: «Министр Лазиз Кудратов открыл встречу. Министр также сообщил …»."""
    holders: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        position = cluster.position()
        if position is not None and position.title:
            holders.setdefault(fold(position.title), []).append(cluster)
    if not holders:
        return
    stated = {i for c in clusters for m in c.mentions if m.position for i in range(m.position.start, m.position.end)}
    named = {i for c in clusters for m in c.mentions for i in range(m.first_token, m.last_token + 1)}
    stems = {fold(title)[:STEM] for title in holders}  # most words: one set lookup, no Token made
    breaks = [i for i, word in enumerate(texts) if "\n" in word]  # paragraph ends (razdel keeps «\n» as a token)
    for i in [i for i, word in enumerate(texts) if word[:STEM].lower() in stems]:
        token = doc[i]
        if token.pos_ != "NOUN" or token.i in stated or token.i in named or token.morph.get("Case") != ["Nom"] \
                or token.morph.get("Number") == ["Plur"]:
            continue
        title = titles.get(token)
        if title is None or fold(title.title) not in holders or _name_follows(token, named):
            continue
        before = [c for c in holders[fold(title.title)]
                  if c.mentions[0].last_token < token.i and
                  bisect_left(breaks, c.mentions[0].last_token) == bisect_left(breaks, token.i)]
        if len(before) == 1:  # «Министр также сообщил»: the one minister of the paragraph
            cluster = before[0]
            cluster.mentions.append(PersonMention(token.idx, token.idx + len(token.text), cluster.best, None,
                                                  token.i, token.i))
            cluster.mentions.sort(key=lambda m: m.start)


def _name_follows(token: Token, named: set[int]) -> bool:
    """Is the title in apposition to a name after it: «Министр Лазиз Кудратов»?"""
    for nxt in token.doc[token.i + 1 : token.i + 6]:
        if nxt.is_sent_start:
            return False
        if nxt.i in named:
            return True
    return False


def person_record(cluster: Cluster, kind_of: Callable[[str], str]) -> dict[str, Any]:
    """The plain dict `doc._.people` holds for one person (extensions.py); `kind_of` gives an organisation's
    kind from its name."""
    best = cluster.best
    position = cluster.position()
    organization = position.organization if position else None
    return {
        "name": best.normal,
        "first": best.first,
        "middle": best.middle,
        "last": best.last,
        "position": position.normal if position else None,
        "organization": organization,
        "organization_kind": kind_of(organization) if organization else None,
        "country": position.country if position else None,
        "mentions": [[m.start, m.end] for m in cluster.mentions],
    }
