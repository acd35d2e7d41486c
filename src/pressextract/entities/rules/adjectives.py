"""Place adjectives as places of their own, and adjectives of a person's name as people, as NEREL marks them:

    «казахстанской стороны»      → «казахстанской» (Казахстан, KZ)
    «московских властей»         → «московских» (Москва)
    «британской столице»         → «британской столице» (the city, in GB)
    «американский актёр»         → nothing: a person's nationality (NEREL's NATIONALITY)
    «на английском», «английский язык» → nothing: a language
    «Нобелевской премии»         → «Нобелевской» (PER, Нобель)
    «митрополит Рязанский Марк»  → «Рязанский» (LOC) + «Марк» (PER): a title's place, not part of the name
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...lexicon import Entry, WordLists
from ...tagging.morph import fold, lemmas
from ..candidates import Candidate, Starting, words
from ..naming.countries import STEM, CountryIndex, name_words

ADJECTIVE = "adjective"  # the source of a place adjective's candidate: its normal is the place's name
PERSON_ADJECTIVE = "person adjective"  # the same for a person: its normal is the person's name
ENDINGS = ("ого", "его", "ому", "ему", "ыми", "ими", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ым", "им",
           "ом", "ем", "ую", "юю", "ых", "их", "ей")


class PersonAdjective(Entry):
    """One line of person_adjectives.tsv: a person's name and the adjectives made from it."""

    person: str
    adjectives: list[str]


class PersonAdjectives:
    """The adjectives of person_adjectives.tsv by their base: «нобелевск» of «нобелевский»."""

    def __init__(self, entries: list[PersonAdjective]) -> None:
        self.bases = {fold(adjective)[:-2]: entry for entry in entries for adjective in entry.adjectives}
        self.stems = {base[:STEM] for base in self.bases}

    def person(self, word: str) -> Optional[str]:
        """The person an adjective names: «Нобелевской» → Нобель."""
        low = fold(word)
        if low[:STEM] not in self.stems:
            return None
        for size in (3, 2):
            entry = self.bases.get(low[:-size]) if low[-size:] in ENDINGS else None
            if entry is not None:
                return entry.person
        return None


def _nationality_head(text: str, lemma: str, heads: frozenset[str]) -> bool:
    """A noun a country's adjective gives a nationality to: «актёр»; a hyphenated one by either part, its lemmas
    from pymorphy2 (slovnet leaves such words as they are): «рок-музыканта», «поп-исполнителя»."""
    options = {lemma} | (lemmas(text) if "-" in text else set())
    return any(option in heads or option.split("-")[0] in heads or option.split("-")[-1] in heads
               for option in options)


def person_adjectives(doc: Doc, texts: list[str], starting: Starting, taken: set[int], index: PersonAdjectives
                      ) -> list[Candidate]:
    """The adjectives of a person's name outside `taken` tokens (organisations, places, people)."""
    found = []
    for i in starting(index.stems, STEM):
        if i not in taken and index.person(texts[i]) is not None and doc[i].pos_ in ("ADJ", "PROPN"):
            found.append(Candidate(i, i + 1, "PER", PERSON_ADJECTIVE))
    return found


def place_adjectives(doc: Doc, texts: list[str], starting: Starting, taken: set[int], countries: CountryIndex,
                     lists: WordLists) -> list[Candidate]:
    """The place adjectives of a doc outside `taken` tokens (module docstring)."""
    found = []
    for i in starting(countries.adjective_stems, STEM):
        text = texts[i]
        place = countries.adjective_place(text) if text.replace("-", "").isalpha() else None
        if i in taken or place is None:
            continue
        token = doc[i]
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # «на английском и французском»: the first conjunct's role decides
        if token.pos_ not in ("ADJ", "PROPN") or first.dep_ not in ("amod", "appos"):
            continue  # «на английском», «владеть немецким»: a language, no place
        head = token.head
        while head.pos_ == "ADJ" and head.head.i != head.i and head.dep_ in ("amod", "conj"):
            head = head.head  # «российский и советский актёр»: the noun the adjectives describe
        lemma = fold(head.lemma_)
        if head.i != i and _nationality_head(head.text, lemma, lists["nationality_heads"]) and \
                (place.code or countries.is_place(name_words(place.place))):  # not «московский студент»
            continue
        state = lemma in lists["state_nouns"] and bool(place.code) and head.morph.get("Number") != ["Plur"]
        if head.i == i + 1 and (lemma in lists["capital_nouns"] or state) and i + 1 not in taken:
            found.append(Candidate(i, i + 2, "LOC", ADJECTIVE))  # «британской столице», «израильского государства»
            continue
        found.append(Candidate(i, i + 1, "LOC", ADJECTIVE))
    return found


def person_places(doc: Doc, person: Candidate, countries: CountryIndex, titles: frozenset[str]) -> list[Candidate]:
    """A place adjective NER put at the edge of a PER is the place of the person's title, as NEREL marks it:
    «митрополит Рязанский Марк» → the place and the name; «Папы Римского» → the place alone; after the name only
    after a title of nobility or the church (`titles`): «принца Гарри Уэльского», not «Татьяна Грузинская»."""
    tokens = [t for t in words(doc, person.start, person.end) if t.text != "."]
    if not tokens or len(tokens) > 4:
        return [person]
    out: list[Candidate] = []
    start, end = person.start, person.end
    if _place_word(tokens[0].text, countries):
        out.append(Candidate(tokens[0].i, tokens[0].i + 1, "LOC", ADJECTIVE))
        start = tokens[0].i + 1
    if len(tokens) > 1 and tokens[-1].i > start and _place_word(tokens[-1].text, countries) and \
            _after_title(doc, person.start, titles):
        out.append(Candidate(tokens[-1].i, tokens[-1].i + 1, "LOC", ADJECTIVE))
        end = tokens[-1].i
    if not out:
        return [person]
    rest = [t for t in tokens if start <= t.i < end]
    if rest:
        out.append(Candidate(rest[0].i, rest[-1].i + 1, "PER", person.source))
    return out


def _after_title(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """Does a title of `titles` stand right before token i: «принца Гарри», «принцу-регенту Луитпольду»?"""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and fold(doc[j].lemma_).split("-")[0] in titles


def _place_word(text: str, countries: CountryIndex) -> bool:
    """A capitalised place adjective of one word: «Рязанский», «Уэльского» (not «Римского-Корсакова»)."""
    return text[:1].isupper() and text.isalpha() and countries.adjective_place(text) is not None
