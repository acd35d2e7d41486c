"""What the fact linker looks words up in, built from its lexicon: indicators, cue lemmas and word lists.

    data/indicators.tsv   the indicators and their trigger phrases          → `Vocabulary.indicators`
    data/fact_cues.tsv    lemmas with a role («вырасти» up, «составить» link) → `Vocabulary.has(lemma, role)`
    data/fact_words.tsv   word forms by list («он|она|…» anaphor)           → `Vocabulary.words[name]`
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..lexicon import Lexicon, WordList, WordLists
from .cues import CueEntry, Cues
from .indicators import IndicatorEntry, IndicatorMatcher

DATA = Path(__file__).resolve().parent / "data"
TABLES = {"indicators": IndicatorEntry, "fact_cues": CueEntry, "fact_words": WordList}
WORD_LISTS = ("anaphor", "personal_pronoun", "possessive", "masculine_pronoun", "feminine_pronoun", "neuter_pronoun",
              "plural_pronoun", "legal_form", "hedge", "index_base", "index_preposition", "from_preposition",
              "future_aux", "opener", "complementizer", "destination", "origin", "destination_relative",
              "origin_relative", "between", "conjunct", "respectively", "level_preposition", "restatement",
              "funds_source",
              "planned_form", "against_preposition", "declared_forecast",
              "level_noun", "past_reference", "time_relative")


@dataclass(frozen=True)
class Vocabulary:
    """The linker's tables, compiled for lookups."""

    indicators: IndicatorMatcher
    cues: Cues
    words: WordLists

    @classmethod
    def of(cls, lexicon: Lexicon) -> Vocabulary:
        """Compile the tables of `lexicon` (each word list the rules name must be there)."""
        cues = Cues(lexicon["fact_cues"])
        return cls(IndicatorMatcher(lexicon["indicators"], cues.words("owner")), cues,
                   WordLists(lexicon["fact_words"], WORD_LISTS, "fact_words.tsv"))

    def has(self, lemma: str, role: str) -> bool:
        """Does `lemma` play `role` in fact_cues.tsv?"""
        return self.cues.has(lemma, role)

    def implied(self, unit: str) -> Optional[IndicatorEntry]:
        """The indicator a unit names by itself: «рабочее место» → jobs."""
        return next((e for e in self.indicators.entries if unit in e.units), None)
