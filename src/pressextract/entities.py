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

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from .countries import CountryIndex, keys, name_words
from .filters import common_noun, is_false, not_a_name, not_a_person
from .lexicon import VOCAB_DIR, Entry, read_tsv, write_tsv
from .morph import fold
from .names import PersonName, person_name
from .normal import phrase_nominative
from .orgs import OrgWords, body_names, complete_quotes, extend, legal_names
from .people import PersonMention, gather, person_record
from .positions import Entity, Titles, find_position
from .recall import as_person, is_known_name, person_mentions, place_mentions, surnames
from .spans import WORDS_CACHE, Mention, balance, is_quote, opens, split_lists, split_parentheses, trim, words

GROUP = "entities"
MONEY_GROUP = "money"  # filled by pressextract_money when it runs before us
LABEL_ORDER = {"ORG": 0, "LOC": 1, "PER": 2}
LEAD_POS = ("ADV", "PART", "CCONJ", "SCONJ", "INTJ")


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
        self.org_stems = {key[0][:3] for key in self.org_keys}

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.countries.write(folder)
        self.org_words.write(folder / "org_words.tsv")
        write_tsv(folder / "organizations.tsv", self.known_orgs, KnownOrg)
        self.titles.write(folder / "positions.tsv")

    def is_known_org(self, text_words: list[str]) -> bool:
        if not text_words or len(text_words) > 8 or fold(text_words[0])[:3] not in self.org_stems:
            return False
        return any(key in self.org_keys for key in keys(text_words))


class EntityAnnotator:
    """spaCy component: entity spans with normal forms, name parts and country codes; people with positions."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = Vocabulary(VOCAB_DIR)

    def __call__(self, doc: Doc) -> Doc:
        self.names: dict[tuple[int, int], Optional[PersonName]] = {}
        doc.user_data[WORDS_CACHE] = {}
        try:
            mentions = self.mentions(doc)
            spans, entities = self.annotate(doc, mentions)
            doc.spans[GROUP] = SpanGroup(doc, name=GROUP, spans=spans)
            doc._.people = self.people(doc, mentions, entities)
        finally:
            del doc.user_data[WORDS_CACHE]
        return doc

    # ------------------------------------------------------------ spans
    def mentions(self, doc: Doc) -> list[Mention]:
        """Clean NER mentions, whole organisation names and the places nested in them."""
        money = [(s.start_char, s.end_char) for s in doc.spans[MONEY_GROUP]] if MONEY_GROUP in doc.spans else []
        found = [self.retyped(doc, m) for m in self.cleaned(doc, money)]
        named = [(m, self.name_of(doc, m)) for m in found if m.label == "PER"]
        lasts, firsts = surnames(named)
        found = [m for m in found if m.label != "PER" or not not_a_person(doc, m)
                 or _known(doc, m, lasts, firsts)]
        is_title = lambda token: self.vocab.titles.get(token) is not None  # noqa: E731
        found = [Mention(m.start, m.end, "PER", "document") if m.label != "PER" and
                 as_person(doc, m, lasts, firsts, is_title, self.vocab.countries) else m for m in found]
        busy = {i for m in found for i in range(m.start, m.end)}
        texts = [doc.vocab.strings[orth] for orth in doc.to_array(ORTH)]  # no Token objects: a tenth of the cost
        found += person_mentions(doc, texts, busy, lasts, firsts)
        found += [m for m in place_mentions(doc, texts, busy, self.vocab.countries) if not is_false(doc, m, money)]
        places = [m for m in found if m.label == "LOC"]
        people = [m for m in found if m.label == "PER"]
        legal = legal_names(doc, texts, self.vocab.org_words)
        orgs = list(legal)
        for m in found:
            if m.label == "ORG" and not any(m.overlaps(x) for x in legal):
                orgs.append(extend(doc, complete_quotes(doc, m), places, self.vocab.org_words))
        orgs += body_names(doc, texts, places, orgs + people, self.vocab.org_words,
                           self.vocab.countries.adjective_code)
        orgs = _outermost_orgs(orgs)
        places = [p for p in places if not any(_crosses(p, o) for o in orgs)]
        places += self.nested_places(doc, orgs, places)
        people = [p for p in people if not any(_crosses(p, o) for o in orgs)]
        return sorted(_unique(orgs + places + people), key=lambda m: (m.start, -m.end, LABEL_ORDER[m.label]))

    def cleaned(self, doc: Doc, money: list[tuple[int, int]]) -> list[Mention]:
        """NER mentions cut at glosses and list marks, trimmed, without the ones that are no names."""
        found = []
        for ent in doc.ents:
            for part in split_parentheses(doc, Mention(ent.start, ent.end, ent.label_)):
                for piece in split_lists(doc, part, commas=part.label == "PER"):
                    piece = trim(doc, _after_verb(doc, piece))
                    if piece is not None and piece.label == "PER":
                        piece = _trim_words(doc, piece)
                    if piece is not None and piece.label == "ORG":
                        piece = self.without_title(doc, piece)
                    if piece is not None and not is_false(doc, piece, money):
                        found.append(piece)
        return found

    def without_title(self, doc: Doc, mention: Mention) -> Mention:
        """An ORG without the title NER put before it: «Руководителя исполнительного комитета» → «исполнительного
        комитета» (the title is a position, found again by positions.py)."""
        tokens = words(doc, mention.start, mention.end)
        if len(tokens) >= 3 and tokens[0].pos_ == "NOUN" and self.vocab.titles.get(tokens[0]) is not None:
            return Mention(tokens[1].i, mention.end, mention.label, mention.source)
        return mention

    def name_of(self, doc: Doc, mention: Mention) -> Optional[PersonName]:
        """The name of a PER mention, worked out once per doc."""
        key = (mention.start, mention.end)
        if key not in self.names:
            self.names[key] = person_name(words(doc, mention.start, mention.end))
        return self.names[key]

    def retyped(self, doc: Doc, mention: Mention) -> Mention:
        """«ЕС», «Евросоюза» as LOC → ORG; «Коста Рика» as PER → LOC."""
        texts = [t.text for t in words(doc, mention.start, mention.end)]
        if mention.label == "LOC" and self.vocab.is_known_org(texts):
            return Mention(mention.start, mention.end, "ORG", "known")
        if mention.label == "PER" and texts and self.vocab.countries.may_start(texts[0]) and \
                self.vocab.countries.is_place(texts):
            return Mention(mention.start, mention.end, "LOC", "known")
        if mention.label == "LOC" and len(texts) >= 2 and not self.vocab.countries.is_place(texts):
            tokens = words(doc, mention.start, mention.end)
            for cut in range(1, len(tokens)):  # «Делегации Соединённых Штатов» → «Соединённых Штатов»
                if common_noun(tokens[cut - 1]) and self.vocab.countries.is_place(texts[cut:]):
                    return Mention(tokens[cut].i, mention.end, "LOC", mention.source)
                if not common_noun(tokens[cut - 1]):
                    break
            for cut in range(len(tokens) - 1, 0, -1):  # «РФ по развитию гражданского общества» → «РФ»
                if tokens[cut].text[:1].islower() and self.vocab.countries.is_place(texts[:cut]):
                    return Mention(mention.start, tokens[cut - 1].i + 1, "LOC", mention.source)
        return mention

    def nested_places(self, doc: Doc, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
        """Countries named inside an ORG that NER took as part of it: «Министерство иностранных дел России»;
        not inside quotes or after an agreeing adjective, where they are part of a name («Единая Россия»)."""
        found: list[Mention] = []
        for org in orgs:
            if org.start > 0 and opens(doc, org.start - 1):  # «Голос России»: a quoted name
                continue
            quoted = 0
            for i in range(org.start, org.end):
                token = doc[i]
                if is_quote(token):
                    quoted = balance(doc, org.start, i + 1)
                    continue
                if i == org.start or quoted or not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
                    continue
                if any(p.start <= i < p.end for p in places + found) or doc[i - 1].pos_ in ("ADJ", "DET"):
                    continue
                for size in (3, 2, 1):
                    window = doc[i : i + size]
                    if i + size <= org.end and all(t.is_alpha or "-" in t.text for t in window) and \
                            self.vocab.countries.code([t.text for t in window]):
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
            name = self.name_of(doc, m)
            normal = name.normal if name else doc[m.start : m.end].text
            return {"normal": normal, "name": name.parts() if name else None, "country": None}
        normal = phrase_nominative(tokens, m.label)
        if m.label == "LOC":
            return {"normal": normal, "name": None, "country": self.vocab.countries.code([t.text for t in tokens])}
        return {"normal": normal, "name": None, "country": self.org_country(doc, m, places)}

    def org_country(self, doc: Doc, org: Mention, places: list[Mention]) -> Optional[str]:
        """The country an ORG's name names: its first country place, or a relational adjective in it; none for a
        body of two countries («Совет глав регионов Узбекистана и Казахстана»)."""
        coded = [(p, self.vocab.countries.code([t.text for t in words(doc, p.start, p.end)]))
                 for p in sorted(places, key=lambda p: p.start) if org.covers(p)]
        coded = [(p, code) for p, code in coded if code]
        if len(coded) >= 2 and coded[0][1] != coded[1][1] and \
                all(t.text in ("и", ",") or t.is_space for t in doc[coded[0][0].end : coded[1][0].start]):
            return None
        if coded:
            return coded[0][1]
        before = [doc[org.start - 1]] if org.start > 0 else []  # «японского МИДа», «российское правительство»
        for token in [*doc[org.start : org.end], *before]:
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
            name = self.name_of(doc, m)
            if name is None:
                continue
            position = find_position(doc, m, entities, self.vocab.titles, name.case,
                                     self.vocab.countries.adjective_code)
            start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
            found.append(PersonMention(start, end, name, position))
        return [person_record(c) for c in gather(found)]

    # ------------------------------------------------------------ saving
    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        self.vocab.write(Path(path))

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> EntityAnnotator:
        self.vocab = Vocabulary(Path(path))
        return self


def _after_verb(doc: Doc, mention: Mention) -> Mention:
    """A name holds no finite verb: «Программы осуществляет Исполнительный комитет» → «Исполнительный комитет»;
    a quoted one may: «Говорит Москва»."""
    if mention.start > 0 and opens(doc, mention.start - 1) or any(is_quote(t) for t in doc[mention.start : mention.end]):
        return mention
    verbs = [t.i for t in doc[mention.start : mention.end] if t.pos_ in ("VERB", "AUX") and
             t.morph.get("VerbForm") == ["Fin"]]
    if verbs and verbs[-1] + 1 < mention.end:
        return Mention(verbs[-1] + 1, mention.end, mention.label, mention.source)
    return mention


def _known(doc: Doc, mention: Mention, lasts: set[str], firsts: set[str]) -> bool:
    """Is a one-word PER a surname the text gives a full name elsewhere («Дудка» after «Владимир Дудка»)?"""
    tokens = words(doc, mention.start, mention.end)
    return len(tokens) == 1 and is_known_name(tokens[0].text, lasts, firsts)


def _trim_words(doc: Doc, mention: Mention) -> Optional[Mention]:
    """A PER without the adverbs and particles NER put before it: «Всё-таки Проди» → «Проди» (not «де Гроот»)."""
    start = mention.start
    while start < mention.end and (doc[start].is_space or doc[start].pos_ in LEAD_POS and doc[start].text[:1].isupper()
                                   and not_a_name(doc[start])):
        start += 1
    return Mention(start, mention.end, mention.label, mention.source) if start < mention.end else None


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
