"""`pressextract_entities`: people, organisations and places as `doc.spans["entities"]`, and `doc._.people`.

Natasha's NER (`doc.ents`) is the base. The rules here cut it to clean spans (spans.py), drop what is not a name
(filters.py), make organisation names whole (orgs.py), add the places nested in them, and annotate every span:
its nominative (normal.py, names.py), the parts of a person's name, the ISO code of a country (countries.py).
People gather their mentions and the positions stated next to them (positions.py, people.py).
The group may overlap: «Министерство … Республики Узбекистан» is an ORG with the LOC «Республики Узбекистан».
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from .countries import CountryIndex, keys, name_words
from .filters import is_false
from .lexicon import VOCAB_DIR, Entry, read_tsv, write_tsv
from .names import person_name
from .normal import phrase_nominative
from .orgs import OrgWords, body_names, complete_quotes, extend, legal_names
from .people import PersonMention, gather, person_record
from .positions import Entity, Titles, find_position
from .spans import Mention, split_commas, split_parentheses, trim, words

GROUP = "entities"
MONEY_GROUP = "money"  # filled by pressextract_money when it runs before us
LABEL_ORDER = {"ORG": 0, "LOC": 1, "PER": 2}


class KnownOrg(Entry):
    """One line of organizations.tsv: an organisation NER takes for a place."""

    name: str
    aliases: list[str] = []


class Vocabulary:
    """Everything the component reads from `vocab/` (or from its folder in a saved pipeline)."""

    FILES = ("countries.tsv", "country_aliases.tsv", "org_words.tsv", "organizations.tsv", "positions.tsv")

    def __init__(self, folder: Path) -> None:
        self.countries = CountryIndex.read(folder)
        self.org_words = OrgWords.read(folder / "org_words.tsv")
        self.known_orgs = read_tsv(folder / "organizations.tsv", KnownOrg)
        self.titles = Titles.read(folder / "positions.tsv")
        self.org_keys = {key for org in self.known_orgs for name in [org.name, *org.aliases]
                         for key in keys(name_words(name))}

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.countries.write(folder)
        self.org_words.write(folder / "org_words.tsv")
        write_tsv(folder / "organizations.tsv", self.known_orgs, KnownOrg)
        self.titles.write(folder / "positions.tsv")

    def is_known_org(self, text_words: list[str]) -> bool:
        return any(key in self.org_keys for key in keys(text_words)) if len(text_words) <= 8 else False


class EntityAnnotator:
    """spaCy component: entity spans with normal forms, name parts and country codes; people with positions."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = Vocabulary(VOCAB_DIR)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.mentions(doc)
        spans, entities = self.annotate(doc, mentions)
        doc.spans[GROUP] = SpanGroup(doc, name=GROUP, spans=spans)
        doc._.people = self.people(doc, mentions, entities)
        return doc

    # ------------------------------------------------------------ spans
    def mentions(self, doc: Doc) -> list[Mention]:
        """Clean NER mentions, whole organisation names and the places nested in them."""
        money = [(s.start_char, s.end_char) for s in doc.spans[MONEY_GROUP]] if MONEY_GROUP in doc.spans else []
        found: list[Mention] = []
        for ent in doc.ents:
            for part in split_parentheses(doc, Mention(ent.start, ent.end, ent.label_)):
                for piece in split_commas(doc, part) if part.label == "PER" else [part]:
                    piece = trim(doc, piece)
                    if piece is not None and not is_false(doc, piece, money):
                        found.append(self.retyped(doc, piece))
        places = [m for m in found if m.label == "LOC"]
        people = [m for m in found if m.label == "PER"]
        legal = legal_names(doc, self.vocab.org_words)
        orgs = list(legal)
        for m in found:
            if m.label == "ORG" and not any(m.overlaps(x) for x in legal):
                orgs.append(extend(doc, complete_quotes(doc, m), places, self.vocab.org_words))
        orgs += body_names(doc, places, orgs + people, self.vocab.org_words, self.vocab.countries.adjective_code)
        orgs = _outermost_orgs(orgs)
        places = [p for p in places if not any(_crosses(p, o) for o in orgs)]
        places += self.nested_places(doc, orgs, places)
        people = [p for p in people if not any(_crosses(p, o) for o in orgs)]
        return sorted(_unique(orgs + places + people), key=lambda m: (m.start, -m.end, LABEL_ORDER[m.label]))

    def retyped(self, doc: Doc, mention: Mention) -> Mention:
        """«ЕС», «Евросоюза» as LOC → ORG."""
        if mention.label == "LOC" and self.vocab.is_known_org([t.text for t in words(doc, mention.start, mention.end)]):
            return Mention(mention.start, mention.end, "ORG", "known")
        return mention

    def nested_places(self, doc: Doc, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
        """Countries named inside an ORG that NER took as part of it: «Министерство иностранных дел России»."""
        found = []
        for org in orgs:
            for i in range(org.start + 1, org.end):
                token = doc[i]
                if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
                    continue
                if any(p.start <= i < p.end for p in places + found):
                    continue
                for size in (3, 2, 1):
                    if i + size <= org.end and self.vocab.countries.code([t.text for t in doc[i : i + size]]):
                        found.append(Mention(i, i + size, "LOC", "nested"))
                        break
        return found

    # ------------------------------------------------------------ attributes
    def annotate(self, doc: Doc, mentions: list[Mention]) -> tuple[list[Span], list[Entity]]:
        """Spans with `span._.entity`, and the ORG/LOC entities positions look at."""
        spans: list[Span] = []
        entities: list[Entity] = []
        places = [m for m in mentions if m.label == "LOC"]
        for m in mentions:
            span = Span(doc, m.start, m.end, label=m.label)
            data = self.describe(doc, m, places)
            span._.entity = data
            spans.append(span)
            if m.label != "PER":
                entities.append(Entity(m.start, m.end, m.label, data["normal"], data["country"]))
        return spans, entities

    def describe(self, doc: Doc, m: Mention, places: list[Mention]) -> dict[str, Any]:
        """normal, name and country of one mention."""
        tokens = words(doc, m.start, m.end)
        if m.label == "PER":
            name = person_name(tokens)
            normal = name.normal if name else doc[m.start : m.end].text
            return {"normal": normal, "name": name.parts() if name else None, "country": None}
        normal = phrase_nominative(tokens, m.label)
        if m.label == "LOC":
            return {"normal": normal, "name": None, "country": self.vocab.countries.code([t.text for t in tokens])}
        return {"normal": normal, "name": None, "country": self.org_country(doc, m, places)}

    def org_country(self, doc: Doc, org: Mention, places: list[Mention]) -> Optional[str]:
        """The country an ORG's name names: its first country place, or a relational adjective in it."""
        for place in sorted(places, key=lambda p: p.start):
            if org.covers(place):
                code = self.vocab.countries.code([t.text for t in words(doc, place.start, place.end)])
                if code:
                    return code
        for token in doc[org.start : org.end]:
            if token.pos_ == "ADJ":
                code = self.vocab.countries.adjective_code(token.text)
                if code:
                    return code
        return None

    # ------------------------------------------------------------ people
    def people(self, doc: Doc, mentions: list[Mention], entities: list[Entity]) -> list[dict[str, Any]]:
        """One plain dict per person (extensions.py)."""
        found = []
        for m in mentions:
            if m.label != "PER":
                continue
            name = person_name(words(doc, m.start, m.end))
            if name is None:
                continue
            position = find_position(doc, m, entities, self.vocab.titles)
            start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
            found.append(PersonMention(start, end, name, position))
        return [person_record(c) for c in gather(found)]

    # ------------------------------------------------------------ saving
    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        self.vocab.write(Path(path))

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> EntityAnnotator:
        self.vocab = Vocabulary(Path(path))
        return self


def _crosses(a: Mention, b: Mention) -> bool:
    """Do two mentions overlap without one holding the other?"""
    return a.overlaps(b) and not a.covers(b) and not b.covers(a)


def _outermost_orgs(orgs: list[Mention]) -> list[Mention]:
    """Of ORGs that cross or repeat, the longer; nested ones stay («Палаты представителей Конгресса США»)."""
    kept: list[Mention] = []
    for org in sorted(orgs, key=lambda m: -(m.end - m.start)):
        if any(_crosses(org, k) or (k.start, k.end) == (org.start, org.end) for k in kept):
            continue
        kept.append(org)
    return kept


def _unique(mentions: list[Mention]) -> list[Mention]:
    """One mention per character range (span attributes are keyed by offsets): the first label wins."""
    seen: dict[tuple[int, int], Mention] = {}
    for m in sorted(mentions, key=lambda m: LABEL_ORDER[m.label]):
        seen.setdefault((m.start, m.end), m)
    return list(seen.values())


@Language.factory("pressextract_entities", requires=["doc.ents", "token.morph", "token.dep"],
                  assigns=["doc.spans", "doc._.people"])
def make_entities(nlp: Language, name: str) -> EntityAnnotator:
    """Factory of the entity component."""
    return EntityAnnotator(nlp, name)
