"""`pressextract_entities`: people, organisations and places as `doc.spans["entities"]`, and `doc._.people`.

Natasha's NER (`doc.ents`) is the base. The rules here cut it to clean spans (spans.py, cuts.py), drop what is not
a name (filters.py), recover what NER mistyped or missed (recall.py), make organisation names whole (orgs.py), add
the places nested in them, and annotate every span:
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

from .. import extensions
from ..entities import lemma_table
from ..lexicon import Lexicon, LexiconComponent
from ..measures.phrases import ADJECTIVE_ENDINGS
from .cuts import after_verb, lead_words, without_title
from .filters import common_noun, is_false, not_a_person
from .mentions import (
    WORDS_CACHE,
    Mention,
    closing_quote,
    crosses,
    opens,
    outermost,
    split_lists,
    split_parentheses,
    trim,
    unique,
    words,
)
from .names import PersonName, person_name
from .normal import phrase_nominative
from .organisations import (
    OrgWords,
    body_names,
    chained,
    complete_quotes,
    extend,
    lead_adjectives,
    legal_names,
)
from .people import PersonMention, gather, person_record
from .positions import Entity, find_position
from .recall import (
    after_settlement_word,
    as_person,
    is_place_name,
    joined_countries,
    known_surname,
    nested_places,
    person_mentions,
    place_mentions,
    repeated_orgs,
    surnames,
)
from .vocabulary import DATA, LEMMAS, TABLES, Vocabulary

GROUP = "entities"
MONEY_GROUP = "money"  # filled by pressextract_money when it runs before us
LABEL_ORDER = {"ORG": 0, "LOC": 1, "PER": 2}
APPOSITION = ("appos", "flat", "flat:name")  # a quoted name standing beside its descriptor, not governed by it


class EntityAnnotator(LexiconComponent):
    """spaCy component: entity spans with normal forms, name parts and country codes; people with positions."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon = Lexicon(DATA, TABLES)
        self._vocab: Optional[Vocabulary] = None
        self._parse_words: Optional[frozenset[str]] = None
        self.names: dict[tuple[int, int], Optional[PersonName]] = {}  # per doc: PER offsets → name

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted(LABEL_ORDER))

    def __call__(self, doc: Doc) -> Doc:
        extensions.require(doc, self.name, "pressextract_natasha", "ENT_IOB", "POS", "DEP")
        self.names = {}
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
                 or known_surname(doc, m, lasts, firsts)]
        is_title = lambda token: self.vocab.titles.get(token) is not None  # noqa: E731
        found = [Mention(m.start, m.end, "PER", "document") if m.label != "PER" and
                 as_person(doc, m, lasts, firsts, is_title, self.vocab.countries) else m for m in found]
        busy = {i for m in found for i in range(m.start, m.end)}
        texts = [doc.vocab.strings[orth] for orth in doc.to_array(ORTH)]  # no Token objects: a tenth of the cost
        found += person_mentions(doc, texts, busy, lasts, firsts)
        found += [m for m in place_mentions(doc, texts, busy, self.vocab.countries) if not is_false(doc, m, money)]
        found = joined_countries(doc, found, self.vocab.countries)
        busy = {i for m in found for i in range(m.start, m.end)}
        found += repeated_orgs(texts, [m for m in found if m.label == "ORG"], busy)
        places = [m for m in found if m.label == "LOC"]
        people = [m for m in found if m.label == "PER"]
        legal = legal_names(doc, texts, self.vocab.org_words)
        orgs = list(legal)
        for m in found:
            if m.label == "ORG" and not any(m.overlaps(x) for x in legal):
                whole = lead_adjectives(doc, complete_quotes(doc, m), self.vocab.org_words)
                orgs.append(extend(doc, whole, places, self.vocab.org_words))
        orgs += body_names(doc, texts, places, orgs + people, self.vocab.org_words,
                           self.vocab.countries.adjective_code)
        orgs = outermost(chained(doc, outermost(orgs), places, self.vocab.org_words))
        places = [p for p in places if not any(crosses(p, o) or _org_head(doc, p, o, self.vocab.org_words)
                                               for o in orgs)]
        places += nested_places(doc, orgs, places, self.vocab.countries)
        people = [p for p in people if not any(crosses(p, o) for o in orgs)]
        return sorted(unique(orgs + places + people), key=lambda m: (m.start, -m.end, LABEL_ORDER[m.label]))

    def cleaned(self, doc: Doc, money: list[tuple[int, int]]) -> list[Mention]:
        """NER mentions cut at glosses and list marks, trimmed, without the ones that are no names."""
        found = []
        for ent in doc.ents:
            for part in split_parentheses(doc, Mention(ent.start, ent.end, ent.label_)):
                for piece in split_lists(doc, part, commas=part.label == "PER"):
                    piece = trim(doc, after_verb(doc, piece))
                    if piece is not None and piece.label == "PER":
                        piece = lead_words(doc, piece)
                    if piece is not None and piece.label == "ORG":
                        piece = without_title(doc, piece, self.vocab.titles)
                    if piece is not None and self.is_title(doc, piece):
                        continue
                    if piece is not None and not is_false(doc, piece, money) and \
                            doc[piece.start : piece.end].text not in self.vocab.non_name_texts:
                        found.append(piece)
        return found

    def is_title(self, doc: Doc, mention: Mention) -> bool:
        """A title alone is no name: «Хоким» at a sentence start tagged LOC, «Посол» tagged PER."""
        tokens = words(doc, mention.start, mention.end)
        return len(tokens) == 1 and tokens[0].pos_ != "VERB" and self.vocab.titles.get(tokens[0]) is not None

    def name_of(self, doc: Doc, mention: Mention) -> Optional[PersonName]:
        """The name of a PER mention, worked out once per doc."""
        key = (mention.start, mention.end)
        if key not in self.names:
            self.names[key] = person_name(words(doc, mention.start, mention.end))
        return self.names[key]

    def retyped(self, doc: Doc, mention: Mention) -> Mention:
        """«ЕС», «Евросоюза», «Хокимият города» as LOC → ORG; «Коста Рика», «г. Воронежу» as PER → LOC."""
        texts = [t.text for t in words(doc, mention.start, mention.end)]
        if mention.label == "LOC" and self.vocab.is_known_org(texts):
            return Mention(mention.start, mention.end, "ORG", "known")
        if mention.label == "PER" and texts and self.vocab.countries.may_start(texts[0]) and \
                self.vocab.countries.is_place(texts):
            return Mention(mention.start, mention.end, "LOC", "known")
        if mention.label == "LOC" and len(texts) >= 2 and doc[mention.start].is_alpha and \
                self.vocab.org_words.kind(doc[mention.start]) in ("body", "head"):
            return Mention(mention.start, mention.end, "ORG", mention.source)  # «Хокимият города» + «Бухары»
        if mention.label == "PER" and len(texts) == 1 and after_settlement_word(doc, mention.start) and \
                is_place_name(texts[0]):  # «по г. Воронежу»: «г.» is no «господин» before a city
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
        quoted = m.label == "ORG" and m.start > 1 and opens(doc, m.start - 1) and \
            closing_quote(doc, m.start - 1) == m.end and doc[m.start - 2].pos_ in ("NOUN", "PROPN") and \
            doc[m.start : m.end].root.dep_ in APPOSITION
        # a quoted name in apposition to the word that declines for it does not: «компанией «Хэнань Текстиль»» is
        # «Хэнань Текстиль»; with a case of its own it does: «с «Газпромом»», «совет директоров «Газпрома»» → «Газпром»
        normal = doc[m.start : m.end].text if quoted else phrase_nominative(tokens, m.label)
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

    # ------------------------------------------------------------ vocabulary
    @property
    def vocab(self) -> Vocabulary:
        """The lookup tables, built from the lexicon on first use."""
        if self._vocab is None:
            self._vocab = Vocabulary(self.lexicon)
        return self._vocab

    def vocabulary_changed(self) -> None:
        self._vocab = None
        self._parse_words = None

    def parse_words(self) -> frozenset[str]:
        """Words that let the rules find a name NER missed: country adjectives («японское правительство») and
        legal forms («ООО «Альфа»»). Sentences holding them are tagged and parsed (`pressextract_natasha`)."""
        if self._parse_words is None:
            stems = {adjective[:-2] for adjective in self.vocab.countries.adjectives}
            words = {stem + ending for stem in stems for ending in ADJECTIVE_ENDINGS}
            words |= {e.word for e in self.vocab.org_words.entries if e.kind == "legal"}
            self._parse_words = frozenset(words)
        return self._parse_words

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude=exclude)
        self.vocab.write_lemmas(Path(path))  # a cache of pymorphy2's work, so that loading skips it

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> EntityAnnotator:
        lemma_table.read(Path(path) / LEMMAS)
        return super().from_disk(path, exclude=exclude)


@Language.factory("pressextract_entities", requires=["doc.ents", "token.morph", "token.dep"],
                  assigns=["doc.spans", "doc._.people"])
def make_entities(nlp: Language, name: str) -> EntityAnnotator:
    """Factory of the entity component."""
    extensions.register(spans=("entity",), docs=("people",))
    return EntityAnnotator(nlp, name)


def _org_head(doc: Doc, place: Mention, org: Mention, org_words: OrgWords) -> bool:
    """A «place» NER found at the start of an organisation's name that is the name's head word, which makes it a
    body, not a place: «Хокимият» of «Хокимият Самаркандской области»."""
    return place.start == org.start and place.end < org.end and org_words.get(doc[place.start]) is not None
