"""People's positions: a title from `data/positions.tsv` in apposition to a name, with its organisation.

    министр инвестиций, промышленности и торговли Лазиз Кудратов
        → position «министр инвестиций, промышленности и торговли», organisation: the ministry the text names
    с Чрезвычайным и Полномочным Послом Республики Казахстан в Узбекистане Бейбутом Атамкуловым
        → «Чрезвычайный и Полномочный Посол», «Посольство Республики Казахстан в Узбекистане», KZ
    Антон Силуанов, глава Минфина, …   → «глава», «Минфин»

The position is the title, the words agreeing with it and its complement up to the first named organisation or
place; that organisation (or, failing one, the body the title implies: министр → Министерство) and the country of
the first place or organisation in the complement go with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from spacy.tokens import Doc, Token

from ..tagging.morph import case_of, fold, parses
from .candidates import Candidate, is_quote
from .employer import employer
from .normal import phrase_nominative
from .titles import Titles

WINDOW = 16  # tokens between a title and the name it belongs to
LEAD_INS = {",", "—", "–", "-", "("}  # «Антон Силуанов, министр финансов»


@dataclass
class OrgOrPlace:
    """An ORG or LOC found in the doc, as positions see it."""

    start: int
    end: int
    label: str
    normal: str
    country: Optional[str]


@dataclass
class Position:
    """A person's position: its token range, normal form, organisation and country."""

    start: int
    end: int
    normal: str
    organization: Optional[str]
    country: Optional[str]
    title: str = ""  # the title's lemma: «министр» of «министр инвестиций …»


def find_position(doc: Doc, person: Candidate, entities: Sequence[OrgOrPlace], titles: Titles,
                  case: Optional[str] = None, adjective_country: Callable[[str], Optional[str]] = lambda w: None
                  ) -> Optional[Position]:
    """The position stated next to a name: before it («министр … Лазиз Кудратов»), after it («…, министр …»)
    or as the predicate of a copula («Кудратов назначен министром …»). `case` is the name's case, which a title
    in apposition shares."""
    found = _before(doc, person, entities, titles) or _after(doc, person, entities, titles)
    if found is not None and not _agrees(doc[found[1]], case):
        found = None
    found = found or _predicate(doc, person, entities, titles)
    if found is None:
        return None
    start, title, words_end, complement = found
    stated = None  # «британский министр …»: the country is stated by an adjective, not part of the title
    while start < title and (doc[start].is_space or adjective_country(doc[start].text)):
        stated = stated or adjective_country(doc[start].text)
        start += 1
    normal = phrase_nominative(list(doc[start:words_end]), titles.conjunctions, "ORG").rstrip(" ,")
    rest = normal.split()[1:]
    if not any(w[:1].isupper() for w in rest) or (_starts_sentence(doc, start) and titles.word(normal.split()[0])):
        normal = normal[:1].lower() + normal[1:]  # «Председатель Банка России …», «Заявление Председателя Банка
        # России …», «Генеральный директор СМК …»; not «Чрезвычайный и Полномочный Посол», capitalised by convention
    organization, country = employer(doc, title, words_end, complement, entities, titles)
    entry = titles.get(doc[title])
    return Position(start, words_end, normal, organization, country or stated, entry.title if entry else "")


UD_TO_OC = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def _agrees(title: Token, case: Optional[str]) -> bool:
    """A title in apposition is singular and in the name's case: «с Послом … Бейбутом Атамкуловым». slovnet's
    tags decide for the words it knows; for the rest («Хоким»), any singular noun reading in that case will do."""
    if title.pos_ == "NOUN":
        if title.morph.get("Number") == ["Plur"]:
            return False
        title_case = UD_TO_OC.get((title.morph.get("Case") or [""])[0])
        return case is None or title_case is None or title_case == case or {case, title_case} <= {"gent", "accs"}
    return case is None or any(p.tag.POS == "NOUN" and p.tag.number != "plur" and case_of(p) == case
                               for p in parses(title.text))


def _predicate(doc: Doc, person: Candidate, entities: Sequence[OrgOrPlace], titles: Titles):
    """«Кудратов назначен министром …», «X является президентом Y»: a title in the instrumental by a copula."""
    root = next((t for t in doc[person.start : person.end] if t.head.i < person.start or t.head.i >= person.end),
                None)
    if root is None or not root.dep_.startswith("nsubj"):
        return None
    head = root.head  # «Кан будет запасным вратарём»: the predicate noun heads the clause
    if titles.get(head) and head.pos_ == "NOUN" and head.morph.get("Case") == ["Ins"] and \
            any(c.dep_ == "cop" for c in head.children) and head.morph.get("Number") != ["Plur"]:
        words_end, complement = _complement(doc, head.i, entities, titles)
        return _modifiers(doc, head.i, titles), head.i, words_end, complement
    if head.lemma_ not in titles.copulas:
        return None
    verb = head
    for token in verb.subtree:
        if token.i == verb.i or token.morph.get("Case") != ["Ins"] or token.morph.get("Number") == ["Plur"]:
            continue
        if titles.get(token) and token.pos_ in ("NOUN", "PROPN") and (token.head.i == verb.i or
                                                                     token.head.head.i == verb.i):
            start = _modifiers(doc, token.i, titles)
            words_end, complement = _complement(doc, token.i, entities, titles)
            return start, token.i, words_end, complement
    return None


def _starts_sentence(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and (doc[j].is_space or is_quote(doc[j])):
        j -= 1
    return doc[i].is_sent_start or j < 0 or doc[j].is_sent_start and doc[j].is_punct


def _outermost_ending_at(entities: Sequence[OrgOrPlace], end: int) -> Optional[OrgOrPlace]:
    ending = [e for e in entities if e.end == end and e.label in ("ORG", "LOC")]
    return min(ending, key=lambda e: e.start) if ending else None


def _outermost_starting_at(entities: Sequence[OrgOrPlace], start: int) -> Optional[OrgOrPlace]:
    starting = [e for e in entities if e.start == start and e.label in ("ORG", "LOC")]
    return max(starting, key=lambda e: e.end) if starting else None


def _before(doc: Doc, person: Candidate, entities: Sequence[OrgOrPlace], titles: Titles):
    """(start, title, end of the position's own words, complement entities) for a title before the name."""
    complement: list[OrgOrPlace] = []
    i = person.start - 1
    limit = max(0, person.start - WINDOW)
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text in titles.links:  # «…, и Михаил Борзыкин»: no apposition across a link
        return None
    while i >= limit:
        token = doc[i]
        if token.is_space:
            i -= 1
            continue
        if doc[i + 1].is_sent_start:  # the title is in the name's sentence
            return None
        entity = _outermost_ending_at(entities, i + 1)
        if entity is not None:
            complement.insert(0, entity)
            i = entity.start - 1
            continue
        if titles.get(token) and token.pos_ in ("NOUN", "PROPN", "ADJ"):
            title = _chain_head(doc, i, titles)
            first_entity = min((e.start for e in complement), default=person.start)
            return _modifiers(doc, title, titles), title, _trim_end(doc, title + 1, first_entity, titles), complement
        if token.text in titles.links or fold(token.text) in titles.prepositions or is_quote(token) \
                or _complement_word(token) or token.text in ("(", ")"):
            i -= 1
            continue
        return None
    return None


def _after(doc: Doc, person: Candidate, entities: Sequence[OrgOrPlace], titles: Titles):
    """The same for «Лазиз Кудратов, министр инвестиций …»: a lead-in, a title, its complement."""
    i = _skip_space(doc, person.end)
    if i < len(doc) and doc[i].text == "(":  # «Скотт Хоровитц (Scott Horowitz), бывший астронавт»
        close = next((j for j in range(i, min(len(doc), i + 8)) if doc[j].text == ")"), None)
        i = _skip_space(doc, close + 1) if close is not None else i
    if i >= len(doc) or doc[i].text not in LEAD_INS:
        return None
    i += 1
    while i < len(doc) and (doc[i].is_space or doc[i].text in titles.links or _modifier(doc[i]) and
                            not titles.get(doc[i]) or fold(doc[i].text) in titles.acting):
        i += 1  # «, первый заместитель …», «, бывший министр …», «, исполняющий обязанности …»
    if i >= len(doc) or not titles.get(doc[i]) or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
        return None
    title = _title_run(doc, i, titles)
    start = _modifiers(doc, title, titles)
    if start <= person.end:
        start = title
    while start > person.end + 1 and fold(doc[start - 1].text) in titles.acting:
        start -= 1
    words_end, complement = _complement(doc, title, entities, titles)
    return start, title, words_end, complement


def _modifier(token: Token) -> bool:
    return token.pos_ in ("ADJ", "NUM") or token.morph.get("VerbForm") == ["Part"]


def _skip_space(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _title_run(doc: Doc, i: int, titles: Titles) -> int:
    """«управляющий директор»: of two titles in a row the second is the head."""
    j = _skip_space(doc, i + 1)
    if j < len(doc) and titles.get(doc[j]) and doc[j].pos_ == "NOUN" and doc[i].pos_ != "NOUN":
        return j
    return i


def _complement(doc: Doc, title: int, entities: Sequence[OrgOrPlace], titles: Titles) -> tuple[int, list[OrgOrPlace]]:
    """End of a title's own words and the entities of its complement, reading rightwards from the title."""
    complement: list[OrgOrPlace] = []
    words_end = None
    i = title + 1
    while i < len(doc) and i < title + WINDOW:
        token = doc[i]
        entity = _outermost_starting_at(entities, i)
        if entity is not None and entity.label in ("ORG", "LOC"):
            words_end = words_end or i
            complement.append(entity)
            i = entity.end
            continue
        if token.is_space or _genitive_word(token) or titles.get(token):
            i += 1
            continue
        if (token.text in titles.links or fold(token.text) in titles.prepositions) and i + 1 < len(doc) and \
                (_genitive_word(doc[i + 1]) or _outermost_starting_at(entities, i + 1)):
            i += 1
            continue
        break
    return _trim_end(doc, title + 1, words_end or i, titles), complement


def _trim_end(doc: Doc, start: int, end: int, titles: Titles) -> int:
    """The title's words end before links, prepositions, quotes and the adjectives of a following name:
    «глава японского | МИДа», «лидер московского | «Центра»»."""
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in titles.links or is_quote(doc[end - 1])
                           or fold(doc[end - 1].text) in titles.prepositions or doc[end - 1].pos_ in ("ADJ", "DET")):
        end -= 1
    return end


def _complement_word(token: Token) -> bool:
    """A word of a title's complement in any case: «по космическим полётам», «на переговорах», «в округе»."""
    return token.pos_ in ("NOUN", "ADJ", "PROPN", "NUM") and (token.is_alpha or "-" in token.text) \
        and token.morph.get("Case") != ["Nom"]


def _genitive_word(token: Token) -> bool:
    """A word of a title's complement: «инвестиций», «иностранных», «дел»."""
    return token.pos_ in ("NOUN", "ADJ", "PROPN") and token.is_alpha and token.morph.get("Case") == ["Gen"]


def _chain_head(doc: Doc, i: int, titles: Titles) -> int:
    """«заместитель министра»: a title in the genitive after another title belongs to it."""
    while doc[i].morph.get("Case") == ["Gen"]:
        j = i - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0 or not titles.get(doc[j]):
            break
        i = j
    return i


def _modifiers(doc: Doc, title: int, titles: Titles) -> int:
    """Start of the words agreeing with a title: «Чрезвычайным и Полномочным Послом», «первый заместитель»."""
    case = doc[title].morph.get("Case")
    start = title
    i = title - 1
    while i >= 0:
        token = doc[i]
        if token.is_space or (token.text in titles.links and i - 1 >= 0 and doc[i - 1].pos_ == "ADJ"):
            i -= 1
            continue
        if token.is_alpha and (token.pos_ == "NUM" and token.morph.get("Case") == case
                               or token.pos_ == "ADJ" and token.morph.get("Case") == case and _adjective(token.text)
                               or token.pos_ == "PROPN" and _adjective_reading(token.text, case)):
            start = i
            i -= 1
            continue
        break
    return start


def _adjective(word: str) -> bool:
    """pymorphy2 can read the word as an adjective or participle: slovnet tags a capitalised verb starting a
    sentence ADJ now and then («Выступил министр финансов …»)."""
    return any(p.tag.POS in ("ADJF", "PRTF", "NUMR") for p in parses(word.lower()))


def _adjective_reading(word: str, case: list[str]) -> bool:
    """A capitalised adjective slovnet took for a name: «Полномочный» in «Чрезвычайный и Полномочный Посол»."""
    grammeme = UD_TO_OC.get(case[0]) if case else None
    return grammeme is not None and any("ADJF" in p.tag and grammeme in p.tag for p in parses(word.lower()))
