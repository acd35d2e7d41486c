"""People: the PER mentions of one person gathered into one record with the position stated for them.

«Лазиз Кудратов … Кудратов … Лазиза Кудратова» is one person: a surname alone joins the person whose surname it
may be («Кудратова» may be Кудратов's genitive), a first name alone joins the only person with that first name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..tagging.morph import fold
from .names import PersonName
from .positions import Position


@dataclass
class PersonMention:
    """One PER mention: character offsets, its name, and the position stated next to it."""

    start: int
    end: int
    name: PersonName
    position: Optional[Position] = None


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


def person_record(cluster: Cluster) -> dict[str, Any]:
    """The plain dict `doc._.people` holds for one person (extensions.py)."""
    best = cluster.best
    position = cluster.position()
    return {
        "name": best.normal,
        "first": best.first,
        "middle": best.middle,
        "last": best.last,
        "position": position.normal if position else None,
        "organization": position.organization if position else None,
        "country": position.country if position else None,
        "mentions": [[m.start, m.end] for m in cluster.mentions],
    }
