"""The date vocabularies: calendar words, prefixes of time expressions, fixed time phrases, length adjectives and
the word lists the rules look up.

    data/calendar.tsv           января  month  1        (form, kind, value; lower case, «ё» written «е»)
    data/date_prefixes.tsv      по итогам  in          (the words before a time expression that belong to its span)
    data/date_phrases.tsv       на днях  fuzzy         (fixed phrases: the release date, or time without a value)
    data/length_adjectives.tsv  летн  year             (stems of «пятилетний», «трёхмесячного»)
    data/word_lists.tsv         age_cues  возрасте|…   (one row per list, named as the code asks for it)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Optional

import numpy
from pydantic import field_validator, model_validator
from spacy.strings import get_string_id

from ..lexicon import Entry, Lexicon, LexiconError, WordList, WordLists

Kind = Literal[
    "month", "weekday", "season", "unit", "span", "ordinal", "decade", "number", "relative", "deictic", "part",
    "shift", "rate", "weekend", "term", "year_shift", "month_adjective", "season_adjective",
]
Role = Literal["in", "from", "range_from", "to", "as_of", "between", "after", "since_previous", "during", "qualifier"]
Meaning = Literal["now", "fuzzy", "none"]

ISO_DURATION = r"P\d+[YMWD](\d+[MWD])?"
INTEGER = r"-?\d+"
# what `value` may be for each kind of calendar word
VALUES: dict[str, str] = {
    "month": r"[1-9]|1[0-2]",
    "weekday": r"[1-7]",
    "season": r"12|3|6|9",
    "unit": r"day|week|month|quarter|half|year|decade|century",
    "span": ISO_DURATION,
    "ordinal": r"[1-9]\d?",
    "decade": r"19[2-9]0|2000",
    "number": r"\d+|1\.5|few",
    "relative": INTEGER + r"|same|last|next|previous",
    "deictic": INTEGER,
    "part": r"start|end|middle|half",
    "shift": INTEGER + r"( previous)?",
    "rate": ISO_DURATION + r"|every",
    "weekend": r"6",
    "term": r"length",
    "year_shift": INTEGER,
    "month_adjective": r"[1-9]|1[0-2]",
    "season_adjective": r"12|3|6|9",
}


def fold(text: str) -> str:
    """The lookup form of a word: lower case, «ё» as «е»."""
    return text.lower().replace("ё", "е")


class CalendarWord(Entry):
    """One word form of the calendar: «января» month 1, «прошлом» relative −1, «лет» unit year."""

    form: str
    kind: Kind
    value: str

    @field_validator("form")
    @classmethod
    def _folded(cls, form: str) -> str:
        if form != fold(form) or " " in form:
            raise ValueError("must be one lower-case word without «ё»")
        return form

    @model_validator(mode="after")
    def _value_fits_kind(self) -> CalendarWord:
        if not re.fullmatch(VALUES[self.kind], self.value):
            raise ValueError(f"value {self.value!r} does not fit kind {self.kind} ({VALUES[self.kind]})")
        return self


def _words(phrase: str) -> str:
    if phrase != fold(phrase) or phrase.split() != phrase.split(" "):
        raise ValueError("must be lower-case words without «ё», one space apart")
    return phrase


class DatePrefix(Entry):
    """Words before a time expression that belong to its span, with their role: «по итогам» in, «с» from."""

    phrase: str
    role: Role

    _folded = field_validator("phrase")(_words)


class DatePhrase(Entry):
    """A fixed phrase naming time: «настоящее время» now, «последнее время» fuzzy."""

    phrase: str
    meaning: Meaning

    _folded = field_validator("phrase")(_words)


class LengthAdjective(Entry):
    """A stem of adjectives naming a length of time: «летн» year («пятилетний»); with `count`, a stem that says
    its number itself («годичн» 1: «годичный перерыв»)."""

    stem: str
    unit: Literal["day", "week", "month", "quarter", "half", "year", "decade", "century"]
    count: Optional[int] = None

    @field_validator("stem")
    @classmethod
    def _folded(cls, stem: str) -> str:
        if stem != fold(stem) or not stem.isalpha():
            raise ValueError("must be one lower-case stem without «ё»")
        return stem


# «пяти|летн|ий», «трех|месячн|ого», «годичн|ый»
ADJECTIVE_ENDINGS = ("ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ее", "ие", "их", "ими", "ый", "ого", "ому",
                     "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми")
# the lists of word_lists.tsv the rules ask for (`Scan.among`)
WORD_LISTS = (
    "counting_years", "old_year_units", "plural_years", "years_listed_with", "dates_share_year_with",
    "same_particles", "not_relative_units", "not_date_after", "seasons_alone", "season_nouns", "edged_units",
    "century_of_decade", "closers_after_from", "closers_after_range_from", "closers_after_between",
    "result_phrases", "with_prepositions", "weekday_prepositions", "eve_words", "not_length_units",
    "locative_units", "and_a_half", "shift_fillers", "length_prepositions", "counted_with_preposition",
    "counted_without_preposition", "age_cues", "age_topics", "day_parts", "rate_prepositions", "rate_units",
    "release_date_prepositions", "completed_prepositions",
)
NEVER = re.compile(r"(?!)")


def _yo_spellings(form: str) -> list[str]:
    """The form and its spellings with one «ё»: «трех» → «трех», «трёх»."""
    spellings = [form]
    k = form.find("е")
    while k >= 0:
        spellings.append(form[:k] + "ё" + form[k + 1 :])
        k = form.find("е", k + 1)
    return spellings


TABLES = {"calendar": CalendarWord, "date_prefixes": DatePrefix, "date_phrases": DatePhrase,
          "length_adjectives": LengthAdjective, "word_lists": WordList}


@dataclass
class DateWords:
    """The vocabularies as lookup tables."""

    words: dict[str, dict[str, str]] = field(default_factory=dict)  # form → {kind: value}
    prefixes: dict[tuple[str, ...], str] = field(default_factory=dict)  # words → role
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)  # words → meaning
    starts: set[str] = field(default_factory=set)  # first words of prefixes and phrases
    phrase_starts: set[str] = field(default_factory=set)  # first words of phrases
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # longest first
    hashes: numpy.ndarray = field(default_factory=lambda: numpy.zeros(0, dtype="uint64"))  # sorted LOWER hashes
    lists: WordLists = field(default_factory=lambda: WordLists([], ()))  # word_lists.tsv by name
    length_stems: dict[str, LengthAdjective] = field(default_factory=dict)
    # «пятилетний», «15-летний»: a number (digits and a dash, or a number word), a stem, an ending
    length_adjective: re.Pattern[str] = NEVER
    _calendar_forms: Optional[frozenset[str]] = None

    @classmethod
    def build(cls, lexicon: Lexicon) -> DateWords:
        """The lookup tables of the checked files."""
        table = cls()
        table.lists = WordLists(lexicon["word_lists"], WORD_LISTS, "word_lists.tsv")
        unused = sorted(set(table.lists.lists) - set(WORD_LISTS))
        if unused:
            raise LexiconError(f"word_lists.tsv: no rule asks for the lists {', '.join(unused)}")
        for name, words in table.lists.lists.items():
            unfolded = sorted(w for w in words if w != fold(w) or w.split() != w.split(" "))
            if unfolded:
                raise LexiconError(f"word_lists.tsv: list {name!r}: {', '.join(unfolded)} must be lower-case words "
                                   "without «ё», one space apart")
        table.length_stems = {entry.stem: entry for entry in lexicon["length_adjectives"]}
        numbered = [stem for stem, entry in table.length_stems.items() if entry.count is None]
        if numbered:
            table.length_adjective = re.compile(
                rf"(?:(\d+)-|([а-я]+?))({'|'.join(numbered)})(?:{'|'.join(ADJECTIVE_ENDINGS)})")
        for word in lexicon["calendar"]:
            assert isinstance(word, CalendarWord)
            table.words.setdefault(word.form, {})[word.kind] = word.value
        for prefix in lexicon["date_prefixes"]:
            assert isinstance(prefix, DatePrefix)
            table.prefixes[tuple(prefix.phrase.split())] = prefix.role
        for phrase in lexicon["date_phrases"]:
            assert isinstance(phrase, DatePhrase)
            table.phrases[tuple(phrase.phrase.split())] = phrase.meaning
        table.starts = {words[0] for words in [*table.prefixes, *table.phrases]}
        table.phrase_starts = {words[0] for words in table.phrases}
        for words, value in sorted([*table.prefixes.items(), *table.phrases.items()], key=lambda x: -len(x[0])):
            table.by_first.setdefault(words[0], []).append((words, value))
        spellings = [v for form in [*table.words, *table.starts] for v in _yo_spellings(form)]
        spellings += table.length_adjectives()
        hashes = numpy.sort(numpy.fromiter(map(get_string_id, spellings), dtype="uint64", count=len(spellings)))
        table.hashes = hashes[numpy.concatenate(([True], hashes[1:] != hashes[:-1]))]  # numpy.unique imports numpy.ma
        return table

    def length_adjectives(self) -> list[str]:
        """«пятилетний», «трехмесячного», «годичный»: the forms of length adjectives made of number words, with
        «ё» or «е» in the number («трёхмесячного»; the rest of such a word has no «ё»)."""
        numbers = [form for form, kinds in self.words.items() if kinds.get("number", "").isdigit()]
        numbered = [entry.stem for entry in self.length_stems.values() if entry.count is None]
        alone = [entry.stem for entry in self.length_stems.values() if entry.count is not None]
        return [spelling + stem + ending for number in numbers for spelling in _yo_spellings(number)
                for stem in numbered for ending in ADJECTIVE_ENDINGS] + \
            [stem + ending for stem in alone for ending in ADJECTIVE_ENDINGS]

    @property
    def calendar_forms(self) -> frozenset[str]:
        """Every form of calendar.tsv, the length adjectives made of them («трехмесячного») and the words of the
        fixed time phrases («дальнейшем», «перспективе»)."""
        if self._calendar_forms is None:
            prepositions = {word for words in self.prefixes for word in words}
            phrase_words = {word for words in self.phrases for word in words} - prepositions
            self._calendar_forms = frozenset([*self.words, *self.length_adjectives(), *phrase_words])
        return self._calendar_forms

    def phrase(self, words: tuple[str, ...]) -> Optional[str]:
        return self.prefixes.get(words) or self.phrases.get(words)

    def kind(self, form: str, kind: str) -> str | None:
        """The value of `form` as a word of `kind`, or None."""
        return self.words.get(form, {}).get(kind)
