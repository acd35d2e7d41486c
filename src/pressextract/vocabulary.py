"""The vocabularies of the entity component, read from `vocab/` when the pipeline is built and saved with it."""

from __future__ import annotations

from pathlib import Path

from . import lemma_table
from .countries import CountryIndex, keys, name_words
from .lexicon import Entry, read_tsv, write_tsv
from .morph import fold
from .orgs import OrgWords
from .titles import Titles


class KnownOrg(Entry):
    """One line of organizations.tsv: an organisation NER takes for a place."""

    name: str
    aliases: list[str] = []


class NonName(Entry):
    """One line of non_names.tsv: a text NER takes for an organisation that names none («МСФО»)."""

    text: str
    meaning: str = ""


class Vocabulary:
    """Everything the component reads from `vocab/` (or from its folder in a saved pipeline)."""

    FILES = ("countries.tsv", "country_aliases.tsv", "org_words.tsv", "organizations.tsv", "positions.tsv",
             "non_names.tsv")

    LEMMAS = "lemmas.tsv"  # derived, not a vocabulary: see lemma_table.py

    def __init__(self, folder: Path) -> None:
        lemma_table.read(folder / self.LEMMAS)
        self.countries = CountryIndex.read(folder)
        self.org_words = OrgWords.read(folder / "org_words.tsv")
        self.known_orgs = read_tsv(folder / "organizations.tsv", KnownOrg)
        self.titles = Titles.read(folder / "positions.tsv")
        self.non_names = read_tsv(folder / "non_names.tsv", NonName)
        self.non_name_texts = {entry.text for entry in self.non_names}
        self.org_keys = {key for org in self.known_orgs for name in [org.name, *org.aliases]
                         for key in keys(name_words(name))}
        self.org_stems = {key[0][:3] for key in self.org_keys}

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.countries.write(folder)
        self.org_words.write(folder / "org_words.tsv")
        write_tsv(folder / "organizations.tsv", self.known_orgs, KnownOrg)
        self.titles.write(folder / "positions.tsv")
        write_tsv(folder / "non_names.tsv", self.non_names, NonName)
        org_words = {word for org in self.known_orgs for name in [org.name, *org.aliases] for word in name_words(name)}
        lemma_table.write(folder / self.LEMMAS, self.countries.name_words() | org_words)

    def is_known_org(self, text_words: list[str]) -> bool:
        """Is this an organisation NER takes for a place: «ЕС», «Евросоюза»?"""
        if not text_words or len(text_words) > 8 or fold(text_words[0])[:3] not in self.org_stems:
            return False
        return any(key in self.org_keys for key in keys(text_words))
