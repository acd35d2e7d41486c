"""State bodies NER missed: by their word and place («правительство Японии», «японское правительство»), and by
their kind alone, as NEREL marks them («правительство заявило», «российские власти», «кабинет министров»)."""

from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Doc, Token

from ...tagging.morph import fold, noun_tagged_adjective
from ..candidates import Candidate, Starting
from ..org_words import ALONE_PREFIX, PREFIX, OrgWords
from .organisations import extend
from .recall import is_place_name


def body_names(doc: Doc, starting: Starting, places: list[Candidate], taken: Iterable[Candidate], vocab: OrgWords,
               adjective_country, passing: frozenset[str] = frozenset()) -> list[Candidate]:
    """State bodies NER missed: «правительство Японии», «мэрии Москвы», «японское правительство»; an official
    name's head word with the place it belongs to, and its adjectives: «Верховный суд Канады», «шахматная
    федерация Перу» (not a passing adjective: «новый суд»)."""
    busy = set()
    for m in taken:
        busy.update(range(m.start, m.end))
    place_at = {p.start: p for p in places}
    found = []
    for i in starting(vocab.stems, PREFIX):
        if i in busy:
            continue
        token = doc[i]
        kind = vocab.kind(token)
        if kind not in ("body", "head") or \
                (token.pos_ not in ("NOUN", "PROPN") and not noun_tagged_adjective(token)):
            continue  # «с хокимиятом»: slovnet tags it ADJ
        settled = vocab.settlements.name_at(doc, i + 1) if i + 1 < len(doc) else None  # «суд | города Тулы»
        if kind == "head" and (token.morph.get("Number") != ["Sing"] or
                               i + 1 not in place_at and settled not in place_at):
            continue  # «суд Канады», «федерация Перу»; not «банки России» (no one bank)
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].i not in busy \
                and adjective_country(doc[start - 1].text):
            start -= 1
        if kind == "head":
            start = agreeing_start(doc, token, busy, passing)  # «Верховный суд Канады», «шахматная федерация Перу»
            if start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].morph.get("Degree") == ["Sup"] or \
                    any(t.morph.get("Degree") == ["Sup"] for t in doc[start:i]):
                continue  # «крупнейшего банка Европы»: one of many
        grown = extend(doc, Candidate(token.i, token.i + 1, "ORG", "body"), places, vocab)
        has_place = any(p.start >= token.i + 1 and p.end <= grown.end for p in place_at.values())
        if has_place or start < token.i:
            found.append(Candidate(start, grown.end, "ORG", "body"))
            busy.update(range(start, grown.end))
    return found


def agreeing_start(doc: Doc, token: Token, busy: set[int], passing: frozenset[str]) -> int:
    """Where the adjectives agreeing with a noun before it start (two at most): «Верховный суд», «шахматная
    федерация»; not a passing one («новое правительство»)."""
    features = ("Case", "Number") if token.morph.get("Number") == ["Plur"] else ("Case", "Number", "Gender")
    agree = [token.morph.get(f) for f in features]
    start = token.i
    while start > 0 and token.i - start < 2 and start - 1 not in busy and doc[start - 1].pos_ == "ADJ" and \
            doc[start - 1].is_alpha and [doc[start - 1].morph.get(f) for f in features] == agree and \
            fold(doc[start - 1].lemma_) not in passing:
        start -= 1
    return start


def bare_bodies(doc: Doc, texts: list[str], starting: Starting, taken: Iterable[Candidate], places: list[Candidate],
                vocab: OrgWords, alone: frozenset[str], modified: frozenset[str],
                passing: frozenset[str] = frozenset()) -> list[Candidate]:
    """Bodies named by their kind alone, as NEREL marks them: «правительство заявило», «в парламенте», «полиция
    задержала», with the adjectives agreeing before them and the place after them: «коалиционного правительства»,
    «российской армии», «Полиция Малайзии»; not a passing adjective (`passing`: «новое правительство»). An entry of
    two words is a phrase whose second word follows as written: «кабинет министров», «администрация президента». A
    body whose name takes a complement (an org_words entry with prepositions) takes its genitive chain:
    «министерство здравоохранения»."""
    busy = {i for m in taken for i in range(m.start, m.end)}
    found: list[Candidate] = []
    phrases = {tuple(entry.split()) for entry in alone | modified if " " in entry}
    for i in starting(vocab.alone_stems, ALONE_PREFIX):
        text = texts[i]
        if i in busy or not text.replace("-", "").isalpha() or fold(text) not in vocab.alone_forms:
            continue  # «политика», «право»: no body, and no Token made for them
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN") and not noun_tagged_adjective(token):
            continue
        lemma, number = fold(token.lemma_), token.morph.get("Number")
        phrase = next((p for p in phrases if p[0] == lemma and i + len(p) <= len(doc) and
                       all(fold(doc[i + k].text) == w for k, w in enumerate(p[1:], 1))), None)
        if phrase is not None and i + len(phrase) < len(doc) and doc[i + len(phrase)].text[:1].isupper():
            phrase = None  # «администрация президента Обамы»: the title is the person's, not the body's
        if lemma not in alone and lemma not in modified and phrase is None:
            continue
        features = ("Case", "Number") if number == ["Plur"] else ("Case", "Number", "Gender")  # no gender in plural
        agree = [token.morph.get(f) for f in features]
        start = i
        while start > 0 and i - start < 2 and start - 1 not in busy and doc[start - 1].pos_ == "ADJ" and \
                doc[start - 1].is_alpha and [doc[start - 1].morph.get(f) for f in features] == agree and \
                fold(doc[start - 1].lemma_) not in passing:
            start -= 1
        entry = vocab.get(token)
        named = phrase is None and entry is not None and bool(entry.preps)  # «министерство | здравоохранения»
        head = Candidate(i, i + (len(phrase) if phrase else 1), "ORG", "body" if named else "kind")
        grown = extend(doc, head, places, vocab)  # a place, no chain: not «парламент | бюджета страны»
        if phrase is None and lemma not in alone and start == i and grown.end == i + 1:
            continue  # «к власти», «в армии»: no modifier, no body
        found.append(Candidate(start, grown.end, "ORG", "kind"))
        busy.update(range(start, grown.end))
    return found


def bodies_of_people(doc: Doc, people: list[Candidate], orgs: list[Candidate], heads: frozenset[str],
                     passing: frozenset[str], is_title: Callable[[Token], bool],
                     is_place: Callable[[list[str]], bool]) -> list[Candidate]:
    """A body named by the person who leads it, the person in the genitive inside its name (NEREL, FactRuEval):
    «правительство Медведева», «кабинета Нетаньяху», «администрации Обамы», «штаб Иванова и Петрова»; the
    organisations they hold go (the people stay, nested). Not after a title the person holds
    («начальника Генерального штаба Ивана Петрова»), nor with a word of the person that may be a place."""
    busy = {i for o in orgs for i in range(o.start, o.end)}
    found: list[Candidate] = []
    for person in sorted(people, key=lambda p: p.start):
        j = person.start - 1  # not over a title: «администрация президента Обамы» leaves it to the person
        if j < 0 or not doc[j].is_alpha or doc[j].pos_ != "NOUN" or fold(doc[j].lemma_) not in heads or \
                not genitive_of(doc, person, j):
            continue
        end = person.end
        more = next((p for p in people if p.start == end + 1 and fold(doc[end].text) == "и"), None)
        if more is not None:
            end = more.end  # «штаб Иванова и Петрова»
        start = agreeing_start(doc, doc[j], set(), passing)
        k = start - 1
        while k > 0 and start - k < 3 and doc[k].pos_ in ("DET", "ADJ"):
            k -= 1  # «главы своей администрации»
        if k >= 0 and doc[k].is_alpha and is_title(doc[k]):
            continue  # «начальника Генерального штаба Ивана Петрова»: the person holds the title before
        if any(o.start < start < o.end or o.start < end < o.end for o in orgs) or \
                any(i in busy for i in range(person.start, end)) or \
                any(is_place([t.text]) or is_place_name(t.text) for t in doc[person.start : end] if t.is_alpha):
            continue  # no name crossed, none within the people, no person that may be a place («Кана»)
        found.append(Candidate(start, end, "ORG", "led"))
    return found


def genitive_of(doc: Doc, person: Candidate, j: int) -> bool:
    """Does a person's name stand in the genitive after the word at j: «кабинета Медведева»; an undeclined name the
    parser hangs off that word: «кабинета Нетаньяху», «правительства Абэ»."""
    if doc[person.start].morph.get("Case") == ["Gen"]:
        return True
    return any(t.head.i == j and t.dep_ == "nmod" for t in doc[person.start : person.end])
