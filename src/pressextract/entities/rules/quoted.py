"""Names in quotes and parentheses beside an organisation: the quoted name after an organisation's word, the
gloss in parentheses after a name, and quoted names of things, which are no organisations.

    партия «Зелёный рассвет», издательство «Синяя птица»      → ORG «Зелёный рассвет», «Синяя птица»
    Концерн «Ладога» (Ladoga Group), Совет по туризму (СПТ)    → ORG «Ladoga Group», «СПТ» as well
    шаттл «Восход», в кинотеатрах «Заря» и «Луч»               → no ORG («Заря», «Луч» are no organisations)
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Optional

from spacy.tokens import Doc, Token

from ...tagging.morph import fold, lemmas
from ...tagging.tokenizer import token_texts
from ..candidates import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    STRAIGHT_QUOTES,
    Candidate,
    Starting,
    closing_quote,
    opens,
)

LIST_ITEMS = 8  # quoted names a list may give after its word: «кинотеатрах «Заря», «Луч» и «Рассвет»»
MAX_NAME = 12  # tokens a quoted name or a gloss may have
ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]{1,9}$")  # «(СПТ)», «(USPTO)», «(ХАЭС)»
LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9&.'’-]*$")
QUOTE_TEXTS = OPENING_QUOTES | STRAIGHT_QUOTES
GLOSS = "gloss"  # the source of a gloss's candidate


def head_before(doc: Doc, quote: int) -> Optional[Token]:
    """The word a quoted name at token `quote` (its opening quote) belongs to, over the quoted names listed before
    it: «кинотеатрах «Заря», «Луч» и «Рассвет»» → «кинотеатрах» for each of them."""
    k = quote - 1
    for _ in range(LIST_ITEMS):
        if k < 0:
            return None
        token = doc[k]
        if token.text in (",", "и") and k > 0 and doc[k - 1].text in CLOSING_QUOTES | STRAIGHT_QUOTES:
            start = next((m for m in range(k - 2, max(-1, k - 2 - MAX_NAME), -1) if opens(doc, m)), None)
            if start is None:
                return None
            k = start - 1
            continue
        return token if token.text.replace("-", "").isalpha() else None  # «бизнес-центра «Север»»
    return None


def head_lemmas(token: Token) -> frozenset[str]:
    """The lemmas of a thing's or facility's word, a hyphenated one's by its last part: «бизнес-центра» →
    бизнес-центр (the lemmatiser leaves hyphenated words as they are)."""
    lemma = fold(token.lemma_)
    if "-" not in lemma:
        return frozenset((lemma,))
    first, _, last = fold(token.text).rpartition("-")
    return frozenset((lemma, *(f"{first}-{option}" for option in lemmas(last))))


def quoted_span(doc: Doc, candidate: Candidate) -> Optional[int]:
    """The opening quote of a name standing in quotes, or None: «Восход» in «шаттл «Восход»»."""
    if candidate.start > 0 and opens(doc, candidate.start - 1):
        return candidate.start - 1
    if opens(doc, candidate.start):
        return candidate.start
    return None


def lemma_key(doc: Doc, candidate: Candidate) -> tuple[str, ...]:
    """The lemmas of a name's words, to know it again in another case: «Восхода» and «Восход»."""
    return tuple(fold(t.lemma_) for t in doc[candidate.start : candidate.end] if t.is_alpha or t.is_digit)


def things_dropped(doc: Doc, orgs: list[Candidate], things: frozenset[str], own_things: frozenset[str],
                   events: frozenset[str] = frozenset()) -> list[Candidate]:
    """Organisations that are quoted names of things go: a name after a thing's word or in the list it heads
    («шаттл «Восход»», «фильм «Утро»», «в кинотеатрах «Заря» и «Луч»»), and the same name quoted again elsewhere
    in the text («после «Восхода»»); a name whose own head word is a thing's or a facility's (`own_things`:
    «Орбитальный телескоп Кеплер», «в Пулковском аэропорту», «Успенский собор», NEREL's facilities; the caller
    leaves out the buildings that may act as organisations: «Районная больница сообщила»); a name beside
    the word of an award or event (`events`: «премии Grammy»), not its owner declined («премии «Газпрома»»)."""
    dropped: set[tuple[str, ...]] = set()
    quoted: dict[int, int] = {}
    named = set()
    for n, org in enumerate(orgs):
        noun = next((t for t in doc[org.start : org.end] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None and noun.text[:1].islower() and not head_lemmas(noun).isdisjoint(own_things):
            named.add(n)  # «Орбитальный телескоп Кеплер», «Южном городском кладбище»: a thing by its own word
        before = doc[org.start - 1] if org.start > 0 else None
        if before is not None and before.is_lower and fold(before.lemma_) in events and not owner(doc, org):
            named.add(n)  # «премии Grammy», «на фестивале Park Live»: an award's or event's name beside its word
        quote = quoted_span(doc, org)
        if quote is None:
            continue
        quoted[n] = quote
        head = head_before(doc, quote)
        if head is not None and (head.text[:1].islower() or head.is_sent_start) and \
                not head_lemmas(head).isdisjoint(things) and \
                not owner(doc, org):
            dropped.add(lemma_key(doc, org))
    if not dropped and not named:
        return orgs
    return [org for n, org in enumerate(orgs) if n not in named and
            (n not in quoted or lemma_key(doc, org) not in dropped)]


def owner(doc: Doc, name: Candidate) -> bool:
    """Does a quoted name declined out of the nominative name the owner of the thing, not the thing: «песни
    «Кино»», «акций «Ладоги»»; a thing's name stays as it is: «шаттл «Восход»», «на шаттле «Восход»»."""
    tokens = doc[name.start : name.end]
    noun = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), tokens[0])
    return fold(noun.text) != fold(noun.lemma_)


def quoted_organisations(doc: Doc, starting: Starting, taken: Iterable[Candidate], heads: frozenset[str]
                         ) -> list[Candidate]:
    """The quoted name after an organisation's word (as NEREL marks it, without the word and the quotes):
    «партия «Зелёный рассвет»», «в издательстве «Синяя птица»», «институт «Открытый диалог»»; a name NER took
    only a part of is made whole."""
    busy = [m for m in taken]
    found = []
    for i in starting(QUOTE_TEXTS, 0):
        if i == 0 or not opens(doc, i):
            continue
        head = doc[i - 1]
        if not head.is_alpha or not (head.text[:1].islower() or head.is_sent_start) or \
                head.pos_ not in ("NOUN", "PROPN") or fold(head.lemma_) not in heads:
            continue
        close = closing_quote(doc, i, MAX_NAME + 2)
        if close is None or close <= i + 1 or not doc[i + 1].text[:1].isupper() and not doc[i + 1].is_digit:
            continue
        name = Candidate(i + 1, close, "ORG", "quoted")
        inside = [m for m in busy if m.start < name.end and name.start < m.end]
        if any(m.label != "ORG" and not name.covers(m) for m in inside) or \
                any(m.label == "ORG" and m.covers(name) for m in inside):
            continue  # a person or place crossing it, or an organisation holding it already
        found.append(name)
    return found


def glosses(doc: Doc, orgs: list[Candidate], taken: Iterable[Candidate], is_place: Callable[[Candidate], bool]
            ) -> tuple[list[Candidate], list[Candidate]]:
    """The gloss in parentheses after an organisation's name is an organisation too: its abbreviation or its name
    in Latin letters: «Совет по туризму (СПТ)», «концерн «Ладога» (Ladoga Group)», one after the other:
    «… (СПТ) (Tourism Council)», each of a list: «(Tourism Council, TC)» (what NER took for one name there goes:
    the second list); not a country («(США)»)."""
    found: list[Candidate] = []
    replaced: list[Candidate] = []
    others = [m for m in taken]
    queue = sorted(orgs, key=lambda o: o.start)
    while queue:
        org = queue.pop(0)
        k = org.end
        if k < len(doc) and doc[k].text in CLOSING_QUOTES | STRAIGHT_QUOTES:
            k += 1
        if k < len(doc) and doc[k].text == ")" and org.start > 0 and doc[org.start - 1].text == "(":
            k += 1  # a gloss after a gloss: «… (СПТ) (Tourism Council)»
        if k >= len(doc) or doc[k].text != "(":
            continue
        close = next((j for j in range(k + 1, min(len(doc), k + 2 + MAX_NAME)) if doc[j].text in ("(", ")")), None)
        if close is None or doc[close].text != ")" or close == k + 1:
            continue
        commas = [j for j in range(k + 1, close) if doc[j].text == ","]  # «(King’s College, KC)»: name, letters
        pieces = [Candidate(a + 1, b, "ORG", GLOSS) for a, b in zip([k, *commas], [*commas, close])]
        if any(not is_gloss(doc, g) or is_place(g) for g in pieces) or \
                any(m.start < close and k < m.end and m.label == "PER" for m in others):
            continue
        inside = [m for m in orgs if k < m.start and m.end <= close and len(pieces) > 1]
        replaced += inside  # «(Royal College, RC)» NER took for one name
        pieces = [g for g in pieces if not any(m.start < g.end and g.start < m.end
                                               for m in [*orgs, *found] if m not in inside)]
        found += pieces
        queue[:0] = pieces[-1:]
    return found, replaced


def is_gloss(doc: Doc, gloss: Candidate) -> bool:
    """An abbreviation («СПТ», «USPTO») or a name in Latin letters starting with a capital («Ladoga Group»)."""
    tokens = [t for t in doc[gloss.start : gloss.end] if not t.is_space]
    if len(tokens) == 1 and ABBREVIATION.match(tokens[0].text):
        return True
    return bool(tokens) and tokens[0].text[:1].isupper() and all(LATIN_WORD.match(t.text) for t in tokens)


def defined_abbreviations(doc: Doc, is_org_word: Callable[[Token], bool]) -> set[str]:
    """The abbreviations a text defines for a phrase of lower-case words that names no organisation, their
    letters the words' first letters: «приборного отсека (ПО)», «системы аварийного спасения (САС)»; not
    «комитета защиты вкладчиков (КЗВ)» (an organisation's word)."""
    found = set()
    texts = token_texts(doc)
    for k in range(1, len(doc) - 2):
        if texts[k] != "(" or texts[k + 2] != ")" or not ABBREVIATION.match(texts[k + 1]):
            continue
        letters = doc[k + 1].text
        parts: list[str] = []
        j = k - 1
        while j >= 0 and len(parts) < len(letters) and doc[j].text[:1].islower() and \
                doc[j].text.replace("-", "").isalpha() and not is_org_word(doc[j]):
            parts = doc[j].text.split("-") + parts
            j -= 1
        if len(parts) == len(letters) and "".join(p[0] for p in parts).upper() == letters.upper():
            found.add(letters)
    return found


def in_building(doc: Doc, candidate: Candidate, buildings: frozenset[str], prepositions: frozenset[str]) -> bool:
    """Is an organisation a building a preposition of place puts something in or near, as NEREL marks it (a
    facility): «выступил в Белом доме», «концерт в Доме музыки», «перед Дворцом спорта»; not «Белый дом заявил»."""
    if candidate.start == 0 or fold(doc[candidate.start - 1].text) not in prepositions:
        return False
    noun = next((t for t in doc[candidate.start : candidate.end] if t.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and fold(noun.lemma_) in buildings


def on_platform(doc: Doc, candidate: Candidate, platforms: frozenset[str], prepositions: frozenset[str],
                kinds: frozenset[str] = frozenset(), users: frozenset[str] = frozenset()) -> bool:
    """Is an organisation a platform a preposition of place puts a post on, no organisation as NEREL marks it:
    «написал в Twitter», «в своём Фейсбуке», «в соцсети Weibo» (`kinds`: the words for a platform, «соцсеть»),
    or the platform of its users (`users`): «пользователь ЖЖ», «блогеры Instagram»; not «Facebook купил
    стартап», «в отношении компании Twitter»."""
    if candidate.end - candidate.start != 1:
        return False
    token = doc[candidate.start]
    if fold(token.text) not in platforms and fold(token.lemma_) not in platforms:
        return False
    if candidate.start > 0 and doc[candidate.start - 1].is_alpha and fold(doc[candidate.start - 1].lemma_) in users:
        return True  # «Пользователь ЖЖ сообщает …», «подписчикам Telegram»
    k = candidate.start - 1
    while k >= 0 and candidate.start - k <= 2 and doc[k].is_lower and fold(doc[k].text) not in prepositions and \
            (doc[k].pos_ in ("ADJ", "DET") or fold(doc[k].lemma_) in kinds):
        k -= 1  # «в своём Фейсбуке», «в соцсети Weibo», «в социальной сети Twitter»; not «в отношении компании …»
    return k >= 0 and fold(doc[k].text) in prepositions


def is_gloss_word(text: str) -> bool:
    """A word of a gloss: an abbreviation or a word in Latin letters («СПТ», «College»)."""
    return bool(ABBREVIATION.match(text) or LATIN_WORD.match(text))
