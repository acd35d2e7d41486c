"""The vocabularies of the entity component (`data/`), as the lookup tables its rules use."""

from __future__ import annotations

from pathlib import Path

from ..lexicon import Entry, Lexicon, WordList, WordLists
from ..tagging.morph import fold
from . import lemma_table
from .naming.countries import (
    Country,
    CountryAlias,
    CountryIndex,
    PlaceAdjective,
    Region,
    keys,
    name_words,
)
from .naming.kinds import TABLES as KIND_TABLES
from .naming.kinds import KindName, OrgKinds
from .org_words import OrgWord, OrgWords
from .persons.titles import Title, Titles
from .rules.adjectives import PersonAdjective, PersonAdjectives
from .rules.latin import LatinPlace, LatinPlaces
from .rules.recall import Settlements


class KnownOrg(Entry):
    """One line of organizations.tsv: an organisation NER takes for a place or a person."""

    name: str
    aliases: list[str] = []


class NonName(Entry):
    """One line of non_names.tsv: a text NER takes for an organisation that names none («МСФО»)."""

    text: str
    meaning: str = ""


DATA = Path(__file__).resolve().parent / "data"
TABLES: dict[str, type[Entry]] = {
    "countries": Country, "country_aliases": CountryAlias, "regions": Region, "place_adjectives": PlaceAdjective,
    "org_words": OrgWord, "person_adjectives": PersonAdjective, "latin_places": LatinPlace,
    "organizations": KnownOrg, "positions": Title, "non_names": NonName, "word_lists": WordList,
    **{table: KindName for table in KIND_TABLES},
}
WORD_LISTS = ("conjunctions", "not_name_tails", "place_only_prepositions", "settlement_abbreviations",
              "settlement_nouns", "currency_words", "title_prefixes", "copulas", "acting", "title_prepositions",
              "nationality_heads", "bodies_alone", "bodies_with_modifier",
              "named_after", "capital_nouns", "honorifics",
              "part_heads", "passing_adjectives", "place_sides", "place_side_adjectives",
              "facility_heads",
              "place_titles", "facility_tails", "place_name_adjectives",
              "name_particles", "state_nouns",
              "thing_heads", "quoted_org_heads", "building_heads", "place_prepositions", "platforms",
              "person_bodies", "platform_kinds", "event_heads", "platform_users")
LEMMAS = "lemmas.tsv"  # derived, not a vocabulary: see lemma_table.py


class Vocabulary:
    """Everything the component looks up, built from its lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lists = WordLists(lexicon["word_lists"], WORD_LISTS, "word_lists.tsv")
        self.conjunctions = self.lists["conjunctions"]
        self.links = self.conjunctions | {","}  # «Узбекистана и Казахстана», «инвестиций, промышленности»
        self.currency_words = self.lists["currency_words"]
        self.countries = CountryIndex(lexicon["countries"], lexicon["country_aliases"], lexicon["regions"],
                                      lexicon["place_adjectives"])
        self.settlements = Settlements(self.lists["settlement_abbreviations"], self.lists["settlement_nouns"])
        self.org_words = OrgWords(lexicon["org_words"], self.lists, self.settlements)
        self.known_orgs: list[KnownOrg] = lexicon["organizations"]
        self.titles = Titles(lexicon["positions"], self.lists)
        self.person_adjectives = PersonAdjectives(lexicon["person_adjectives"])
        self.latin_places = LatinPlaces(lexicon["latin_places"])
        self.kinds = OrgKinds({table: lexicon[table] for table in KIND_TABLES},
                              [e.word for e in lexicon["org_words"] if e.kind == "legal"], self.lists["part_heads"])
        self.non_names: list[NonName] = lexicon["non_names"]
        self.non_name_texts = {entry.text for entry in self.non_names}
        self.non_name_lemmas = {fold(entry.text) for entry in self.non_names if " " not in entry.text}
        self.org_keys = {key for org in self.known_orgs for name in [org.name, *org.aliases]
                         for key in keys(name_words(name))}
        self.org_stems = {key[0][:3] for key in self.org_keys}
        # the first words of organisation names («министерство», «банк», «совет»): a phrase headed otherwise by a
        # common noun names none at a sentence's start («Грузооборот автомобильного транспорта составил …»)
        self.org_heads = frozenset(self.kinds.by_first) | {fold(e.word) for e in lexicon["org_words"]}

    def lemma_words(self) -> set[str]:
        """The words whose lemmas the saved lemma table keeps: every word of a country or organisation name, and of
        the organisation kinds' names."""
        org_words = {word for org in self.known_orgs for name in [org.name, *org.aliases] for word in name_words(name)}
        return self.countries.name_words() | org_words | self.kinds.words

    def write_lemmas(self, folder: Path) -> None:
        lemma_table.write(folder / LEMMAS, self.lemma_words())

    def is_known_org(self, text_words: list[str]) -> bool:
        """Is this an organisation NER takes for a place or a person: «ЕС», «Евросоюза», «Аль-Каиды»?"""
        if not text_words or len(text_words) > 8 or fold(text_words[0])[:3] not in self.org_stems:
            return False
        return any(key in self.org_keys for key in keys(text_words))
