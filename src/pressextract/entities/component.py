"""`pressextract_entities`: people, organisations and places as `doc.spans["entities"]`, and `doc._.people`.

Natasha's NER (`doc.ents`) is the base. The rules run in the order `steps.STEPS` lists them: NER's mentions
cleaned and retyped (ner.py, cuts.py, filters.py), names NER missed recalled (recall.py), organisation names made
whole (organisations.py), places and people settled against them. Every span is then annotated (attributes.py):
its nominative (normal.py, names.py), the parts of a person's name, the ISO code of a country (countries.py).
People gather their mentions and the positions stated next to them (positions.py, people.py).
The group may overlap: «Министерство … Республики Узбекистан» is an ORG with the LOC «Республики Узбекистан».
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from .. import extensions
from ..lexicon import Lexicon, LexiconComponent
from ..tagging.morph import forms
from ..tagging.tokenizer import token_texts
from ..typography import ADJECTIVE_ENDINGS
from . import lemma_table
from .attributes import annotate
from .candidates import LABEL_ORDER, WORDS_CACHE, Candidate
from .draft import Draft
from .persons.gathering import PersonMention, gather, link_titles, person_record
from .persons.positions import OrgOrPlace, Position, find_position
from .rules.adjectives import PERSON_ADJECTIVE
from .rules.compounds import split_compounds
from .steps import run
from .vocabulary import DATA, LEMMAS, TABLES, Vocabulary

GROUP = "entities"
OWN_KINDS = ("company", "bank")  # kinds one common word names whole: «компании», «банка»


class EntityAnnotator(LexiconComponent):
    """spaCy component: entity spans with normal forms, name parts and country codes; people with positions."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon = Lexicon(DATA, TABLES)
        self._vocab: Optional[Vocabulary] = None
        self._parse_words: Optional[frozenset[str]] = None

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted(LABEL_ORDER))

    def __call__(self, doc: Doc) -> Doc:
        extensions.require(doc, self.name, "pressextract_natasha", "ENT_IOB", "POS", "DEP")
        texts = token_texts(doc)
        if split_compounds(doc, texts, self.vocab.countries):  # «узбекско-казахстанский» → two places
            texts = token_texts(doc)
        doc.user_data[WORDS_CACHE] = {}
        try:
            draft = Draft.of(doc, self.vocab, texts)
            candidates = run(draft)  # steps/: the rules in order (STEPS)
            spans, entities = annotate(draft, candidates)
            doc.spans[GROUP] = SpanGroup(doc, name=GROUP, spans=spans)
            doc._.people = self.people(draft, candidates, entities)
        finally:
            del doc.user_data[WORDS_CACHE]
        return doc

    def people(self, draft: Draft, candidates: list[Candidate], entities: list[OrgOrPlace]) -> list[dict[str, Any]]:
        """One plain dict per person (extensions.py)."""
        doc = draft.doc
        found = []
        for m in candidates:
            if m.label != "PER" or m.source == PERSON_ADJECTIVE:  # «Нобелевской премии» is about nobody
                continue
            name = draft.name_of(m)
            if name is None:
                continue
            position = find_position(doc, m, entities, self.vocab.titles, name.case,
                                     self.vocab.countries.adjective_code)
            if position is not None and position.organization is None:
                position = self.own_organisation(doc, position, entities)
            start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
            found.append(PersonMention(start, end, name, position, m.start, m.end - 1))
        clusters = gather(found)
        link_titles(doc, draft.texts, clusters, self.vocab.titles)
        return [person_record(c, lambda name: self.vocab.kinds.of_words(name.split())) for c in clusters]

    def own_organisation(self, doc: Doc, position: Position, entities: list[OrgOrPlace]) -> Position:
        """A title ending in the bare word of an organisation's kind («генеральный директор компании»,
        «председатель правления банка») is held at the one organisation of that kind the release names; with
        two or none, the organisation stays unknown. Only kinds a single word names whole (company, bank): a
        «департамента» may be any ministry's."""
        last = doc[position.end - 1]
        kind = self.vocab.kinds.of_word(last.text) if last.is_lower and last.is_alpha else None
        if kind not in OWN_KINDS:
            return position
        named = {e.normal: e for e in entities
                 if e.label == "ORG" and self.vocab.kinds.of_words(e.normal.split()) == kind}
        if len(named) != 1:
            return position
        organisation = next(iter(named.values()))
        return replace(position, organization=organisation.normal, country=position.country or organisation.country)

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
        """Words that let the rules find a name NER missed, in every form: place and person adjectives
        («казахстанской», «узбекско-казахстанский», «нобелевской»), legal forms («ООО «Альфа»»), the head words of bodies («Правительство
        одобрило …») and titles («Министр также сообщил …»), «имени» («МГУ имени Ломоносова»). Sentences holding
        them are tagged and parsed (`pressextract_natasha`, parse="figures")."""
        if self._parse_words is None:
            vocab = self.vocab
            stems = {adjective[:-2] for adjective in vocab.countries.adjectives} | set(vocab.person_adjectives.bases)
            words = {stem + ending for stem in stems for ending in (*ADJECTIVE_ENDINGS, "о")}  # «узбекско-»
            words |= {e.word for e in vocab.org_words.entries if e.kind == "legal"}
            heads = [e.word for e in vocab.org_words.entries if e.kind != "legal"] + list(vocab.titles.by_title)
            heads += [*vocab.lists["bodies_alone"], *vocab.lists["bodies_with_modifier"]]  # «государственная власть»
            words |= {form for head in heads for form in forms(head)} | vocab.lists["named_after"]
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

