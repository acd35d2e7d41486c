"""Names NER mistyped or missed, recovered from the rest of the document and the gazetteer.

    «Гата Камский» tagged LOC here and PER elsewhere in the text      → PER (a surname the text gives a person)
    «… о Свиридове» untagged, «Егор Свиридов» earlier                  → PER
    «архиепископ Лонгин Клинский» tagged ORG                           → PER (a first name after a title)
    «• Коста Рика • Эль Сальвадор» tagged PER                          → LOC (country names)
    «чемпион Европы», «в Узбекистане» untagged                         → LOC (countries and regions by name)
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional

from spacy.tokens import Doc, Token

from ...tagging.morph import fold, known, parses
from ..candidates import OPENING_QUOTES, Candidate, Starting, is_quote, words
from ..naming.countries import CountryIndex
from ..naming.names import PersonName
from ..naming.readings import readings

MAX_PLACE_WORDS = 4
STEM = 3  # letters a surname keeps in every case: «Кудратов», «Кудратову»


def surnames(people: Iterable[tuple[Candidate, Optional[PersonName]]]) -> tuple[set[str], set[str]]:
    """Folded surnames and first names of the full names in the text («Егор Свиридов»)."""
    lasts, firsts = set(), set()
    for _, name in people:
        if name and name.first and name.last and not name.first.endswith("."):
            lasts.add(fold(name.last))
            firsts.add(fold(name.first))
    return lasts, firsts


def is_known_name(word: str, lasts: set[str], firsts: set[str]) -> bool:
    """May this word be a form of a surname (or first name) the text gives a person?"""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    if not any(fold(word)[:STEM] == fold(n)[:STEM] for n in lasts | firsts):
        return False
    forms = {fold(r.form) for r in readings(word) if r.role in ("last", None)}
    if forms & lasts:
        return True
    return any(fold(r.form) in firsts for r in readings(word) if r.role in ("first", None))


def as_person(doc: Doc, candidate: Candidate, lasts: set[str], firsts: set[str], is_title: Callable[[Token], bool],
              places: CountryIndex) -> bool:
    """Should this LOC or ORG be a PER: a known surname, or a first name and more after a title?"""
    tokens = words(doc, candidate.start, candidate.end)
    if not tokens or len(tokens) > 3:
        return False
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in tokens):
        return False
    before = candidate.start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if is_known_name(tokens[-1].text, lasts, firsts) and (len(tokens) == 1 or not _common_word(tokens[0].text)):
        return not places.is_place([t.text for t in tokens])
    if len(tokens) >= 2 and before >= 0 and is_title(doc[before]) and _first_name(tokens[0].text):
        return not places.is_place([t.text for t in tokens])
    return False


def _common_word(word: str) -> bool:
    """A dictionary word that is no name: «Фонд» in «Фонд Коумса»."""
    readings_ = parses(word)
    return any(known(p) for p in readings_) and not any(g in p.tag for p in readings_
                                                          for g in ("Name", "Surn", "Patr"))


def _first_name(word: str) -> bool:
    return any("Name" in p.tag and known(p) for p in parses(word))


def person_mentions(doc: Doc, texts: list[str], starting: Starting, busy: set[int], lasts: set[str], firsts: set[str]
                    ) -> list[Candidate]:
    """Single words that are a known person's surname («о Свиридове») outside every entity."""
    found: list[Candidate] = []
    stems = {fold(n)[:STEM] for n in lasts | firsts}
    if not stems:
        return found
    for i in starting(stems, STEM):
        text = texts[i]
        if not text[:1].isupper() or i in busy or not text.isalpha():
            continue
        token = doc[i]
        if token.pos_ in ("PROPN", "NOUN") and is_known_name(text, lasts, firsts) and not is_place_name(text):
            found.append(Candidate(token.i, token.i + 1, "PER", "document"))
    return found


def repeated_orgs(texts: list[str], orgs: list[Candidate], busy: set[int]) -> list[Candidate]:
    """Organisations NER found once, where the same words stand again outside every entity: a text names an
    organisation many times and NER may miss some («Vestas» … «Vestas»)."""
    names: dict[str, list[tuple[str, ...]]] = {}
    for m in orgs:
        key = tuple(texts[m.start : m.end])
        if key[0][:1].isupper() and any(c.isalpha() for c in key[0]):
            names.setdefault(key[0], []).append(key)
    found: list[Candidate] = []
    if not names:
        return found
    forms = _other_forms([key[0] for keys in names.values() for key in keys if len(key) == 1])
    end = 0
    for i, text in enumerate(texts):
        if i < end or i in busy:
            continue
        if text not in names:
            if text in forms:  # «Интерпол» … «Интерполу», «Роснефть» … «Роснефти»
                found.append(Candidate(i, i + 1, "ORG", "document"))
            continue
        for key in sorted(names[text], key=len, reverse=True):
            if tuple(texts[i : i + len(key)]) == key and not busy.intersection(range(i, i + len(key))):
                found.append(Candidate(i, i + len(key), "ORG", "document"))
                end = i + len(key)
                break
    return found


NOUN_ENDINGS = ("а", "у", "ом", "е", "ы", "и", "ой", "ою", "ю", "ем", "я", "ей", "ью")  # a noun's case endings


def _other_forms(names: list[str]) -> set[str]:
    """The case forms of one-word Cyrillic names: «Интерпол» → «Интерпола», «Интерполу», …; «Роснефть» →
    «Роснефти», «Роснефтью». A name ending in a vowel other than «а» or «я» does not decline («Рено», «Сочи»)."""
    out: set[str] = set()
    for name in names:
        if len(name) < 4 or not name.isalpha() or not ("а" <= name[-1].lower() <= "я" or name[-1] in "ёЁ"):
            continue
        last = name[-1]
        if last in "аяь":
            stem = name[:-1]
        elif last in "йоеиуыэю":
            continue
        else:
            stem = name
        out.update(stem + ending for ending in NOUN_ENDINGS if stem + ending != name)
    return out


def is_place_name(word: str) -> bool:
    """Is a word's most likely reading a place name (pymorphy2's Geox): «Воронежу», «Ташкенте»?"""
    return any("Geox" in p.tag for p in parses(word)[:1])


def place_mentions(doc: Doc, texts: list[str], starting: Starting, busy: set[int], places: CountryIndex,
                   settlements: Settlements) -> list[Candidate]:
    """Countries and regions named outside every entity: «чемпионат Европы», «с Узбекистаном»."""
    found: list[Candidate] = []
    stems = places.first_stems
    end = 0
    for i in starting(stems, STEM):
        text = texts[i]
        if i < end or not text[:1].isupper() or i in busy or not text.isalpha() or not places.may_start(text):
            continue
        size = _place_at(doc, i, busy, places)
        if size:
            found.append(Candidate(i, i + size, "LOC", "gazetteer"))
            end = i + size
    taken = {m.start for m in found}
    for i in [i for i, text in enumerate(texts) if text in settlements.words]:  # «г. Воронежу», «города Бухары»
        at = settlements.name_at(doc, i)
        if at is not None and at not in busy and at not in taken and texts[at][:1].isupper() and \
                texts[at].isalpha() and is_place_name(texts[at]):
            found.append(Candidate(at, at + 1, "LOC", "settlement"))
    return found


def joined_countries(doc: Doc, found: list[Candidate], countries: CountryIndex, conjunctions: frozenset[str]
                     ) -> list[Candidate]:
    """Two places NER split at the «и» of one country's name made one: «Тринидад» + «Тобаго», «Антигуа» +
    «Барбуды» (never two countries: «Узбекистан и Казахстан» is no name)."""
    places = {m.start: m for m in found if m.label == "LOC"}
    merged: dict[int, Candidate] = {}
    for first in sorted(places.values(), key=lambda m: m.start):
        second = places.get(first.end + 1)
        if second is None or doc[first.end].text not in conjunctions or first.start in merged:
            continue
        if countries.code([t.text for t in doc[first.start : second.end]]):
            merged[first.start] = Candidate(first.start, second.end, "LOC", first.source)
            merged[second.start] = merged[first.start]
    if not merged:
        return found
    out = [m for m in found if not (m.label == "LOC" and m.start in merged and merged[m.start] is not m)]
    return out + list({id(m): m for m in merged.values()}.values())


def _place_at(doc: Doc, i: int, busy: set[int], places: CountryIndex) -> int:
    for size in range(MAX_PLACE_WORDS, 0, -1):
        window = doc[i : i + size]
        if len(window) < size or any(t.i in busy or t.is_space or not (t.is_alpha or "-" in t.text) for t in window):
            continue
        if not window[-1].text[:1].isupper() and size > 1 and not places.code([t.text for t in window]):
            continue
        if size == 1 and not _sure_place(window[0]):
            continue
        if places.is_place([t.text for t in window]):
            return size
    return 0


class Settlements:
    """Kinds of settlement before a name (word_lists.tsv): «г. Воронежу», «городу Ташкенту», «пос. Токсово»."""

    def __init__(self, abbreviations: frozenset[str], nouns: frozenset[str]) -> None:
        self.abbreviations = abbreviations  # before «.»
        self.nouns = nouns  # folded
        # the words as they are written, for a set lookup per token: «г», «Г», «города», «Города», «посёлке»
        self.words = {form for word in abbreviations | nouns for yo in (word, word.replace("е", "ё"))
                      for form in (yo, yo.capitalize())}

    def name_at(self, doc: Doc, i: int) -> Optional[int]:
        """Where the name a settlement word at i introduces starts: «г. Воронежу», «городу Ташкенту»."""
        text = doc[i].text
        if text.lower() in self.abbreviations:
            return i + 2 if i + 2 < len(doc) and doc[i + 1].text == "." else None
        return i + 1 if i + 1 < len(doc) and fold(text) in self.nouns else None

    def before(self, doc: Doc, i: int) -> bool:
        """Does a settlement's kind stand before token i: «г. Воронежу», «города Воронежа»?"""
        return any(self.name_at(doc, j) == i for j in (i - 2, i - 1) if j >= 0)


def _sure_place(token: Token) -> bool:
    """A single word that is a place in its most likely reading: «Европы», «США»; not «Того», «Чили» in text."""
    return (token.text.isupper() and len(token.text) >= 2) or is_place_name(token.text)


def nested_places(doc: Doc, orgs: list[Candidate], places: list[Candidate], countries: CountryIndex,
                  named_after: frozenset[str] = frozenset()) -> list[Candidate]:
    """Countries, regions and cities named inside an ORG that NER took as part of it: «Министерство иностранных дел
    России», «Совет Европы», «Университет Барселоны», and in quoted names too («Голос Америки», ФК «Тамбов»), as
    FactRuEval and NEREL nest them, and starting a quoted name («Манчестер Юнайтед»); a city only by its most likely
    reading, not an abbreviation («ПАРНАС») nor the person after «имени» («им. Шадра»); not after an agreeing
    adjective, where the adjective and the place make one word of a name («Единая Россия»: NEREL marks such a
    place as often as not, Collection5 never)."""
    found: list[Candidate] = []
    for org in orgs:
        for i in range(_first_inside(doc, org), org.end):
            token = doc[i]
            if is_quote(token) or not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
                continue
            if any(p.start <= i < p.end for p in places + found) or doc[i - 1].pos_ in ("ADJ", "DET"):
                continue
            for size in (3, 2, 1):
                window = doc[i : i + size]
                if i + size > org.end or not all(t.is_alpha or "-" in t.text for t in window):
                    continue
                if i == org.start and not any(t.is_alpha for t in doc[i + size : org.end]):
                    continue  # «Сибирь» alone names the airline, no place in it
                if countries.is_place([t.text for t in window]) or size == 1 and not token.text.isupper() and \
                        not _named_after(doc, i, named_after) and is_place_name(token.text):
                    found.append(Candidate(i, i + size, "LOC", "nested"))
                    break
    return found


def _first_inside(doc: Doc, org: Candidate) -> int:
    """Where an organisation's name may hold a place: after its head word, or from its first word when the name is
    quoted and the quote stands before it («Манчестер Юнайтед», «Самара Арена»)."""
    return org.start if org.start > 0 and doc[org.start - 1].text in OPENING_QUOTES else org.start + 1


def _named_after(doc: Doc, i: int, marks: frozenset[str]) -> bool:
    """Does «имени», «им.» stand before token i, maybe with initials between: «им. Серго Орджоникидзе»?"""
    j = i - 1
    while j >= 0 and i - j <= 4 and not fold(doc[j].text) in marks:
        j -= 1
    return j >= 0 and fold(doc[j].text) in marks


def known_surname(doc: Doc, candidate: Candidate, lasts: set[str], firsts: set[str]) -> bool:
    """Is a one-word PER a surname the text gives a full name elsewhere («Дудка» after «Владимир Дудка»)?"""
    tokens = words(doc, candidate.start, candidate.end)
    return len(tokens) == 1 and is_known_name(tokens[0].text, lasts, firsts)
