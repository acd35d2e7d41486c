"""Organisation names made whole: legal forms with quoted names, official names with their genitive chain and
country, names NER cut in two (state bodies NER missed are in bodies.py).

    ООО «Рога и копыта», АО «Узбекнефтегаз», ОАО "НК "Роснефть""              legal form + quoted name
    Министерство инвестиций, промышленности и торговли Республики Узбекистан  head + genitive chain + country
    Совет при Президенте РФ по развитию …, Банк России, МЧС России            head + preposition tail / country
    (state bodies NER missed: bodies.py)
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from ...tagging.morph import fold, noun_tagged_adjective
from ..candidates import Candidate, Starting, closing_quote, opens
from ..org_words import PREFIX, OrgWord, OrgWords

MAX_TAIL = 12  # tokens an official name may grow by
MAX_CHAIN = 6  # lower-case words between a head word NER left out and the organisation it heads
# an abbreviation ending like a legal form: учреждение, предприятие, общество, компания («МКУ», «ОГБПОУ», «СПК»)
LEGAL_SHAPE = re.compile(r"^[А-ЯЁ]{2,7}[УПОК]$")
GENITIVE_POS = ("NOUN", "PROPN", "ADJ", "DET", "NUM")


# ---------------------------------------------------------------- LEGAL FORM + QUOTED NAME
def legal_names(doc: Doc, texts: list[str], starting: Starting, vocab: OrgWords) -> list[Candidate]:
    """«ООО «Рога и копыта»», «АО "Узбекнефтегаз"»: a legal form, maybe more of them, then a quoted name."""
    found: list[Candidate] = []
    shaped = [i for i, text in enumerate(texts) if text[:1].isupper() and LEGAL_SHAPE.match(text)]
    candidates = sorted({*shaped, *(i for i in starting(vocab.stems, PREFIX) if texts[i][:1].isupper())})
    end = 0
    for i in candidates:
        if i < end or not is_legal(doc[i], vocab):
            continue
        j = i
        while j + 1 < len(doc) and is_legal(doc[j + 1], vocab):
            j += 1  # ОАО НК «Роснефть», ООО УК «Металлоинвест»
        if j + 1 < len(doc) and opens(doc, j + 1):
            close = closing_quote(doc, j + 1)
            if close is not None and close > j + 2:
                found.append(Candidate(i, close + 1, "ORG", "legal"))
                end = close + 1
    return found


def is_legal(token: Token, vocab: OrgWords) -> bool:
    """A legal form: from the vocabulary («ООО», «ПАО»), or shaped like one before a quote («ОГБУК», «МКУ»)."""
    text = token.text
    if not text[:1].isupper():
        return False
    if vocab.may_be(text) and vocab.kind(token) == "legal":
        return True
    doc = token.doc
    return bool(LEGAL_SHAPE.match(text)) and token.i + 1 < len(doc) and opens(doc, token.i + 1)


def complete_quotes(doc: Doc, candidate: Candidate) -> Candidate:
    """An ORG that opens a quote ends with its closing quote: «Концерн «Майкрософт» → «Концерн «Майкрософт»»."""
    for i in range(candidate.start, candidate.end):
        if opens(doc, i):
            close = closing_quote(doc, i)
            if close is not None and close >= candidate.end - 1:
                return Candidate(candidate.start, close + 1, candidate.label, candidate.source)
    return candidate


# ---------------------------------------------------------------- OFFICIAL NAMES
def lead_adjectives(doc: Doc, candidate: Candidate, vocab: OrgWords) -> Candidate:
    """An official name NER started at its head noun takes the agreeing adjectives before it, from the first
    capitalised one: «Брянского городского» + «Совета народных депутатов»; never lower-case ones alone
    («российского правительства» is no name of its own)."""
    if candidate.start == 0 or doc[candidate.start - 1].pos_ != "ADJ":  # most names: one look back
        return candidate
    first = doc[candidate.start]
    if first.pos_ not in ("NOUN", "PROPN") or vocab.kind(first) not in ("head", "body"):
        return candidate
    agree = [first.morph.get(f) for f in ("Case", "Number", "Gender")]
    start = candidate.start
    begin = None
    while start > 0 and start > candidate.start - 4 and not doc[start].is_sent_start:
        token = doc[start - 1]
        if token.pos_ != "ADJ" or not token.is_alpha or \
                [token.morph.get(f) for f in ("Case", "Number", "Gender")] != agree or noun_tagged_adjective(token):
            break  # «Председателя» before «Банка России» is a noun slovnet tags ADJ
        start -= 1
        if token.text[:1].isupper():
            begin = start
    return candidate if begin is None else Candidate(begin, candidate.end, candidate.label, candidate.source)


def is_genitive(token: Token) -> bool:
    """A word in the genitive: slovnet's case, or an undeclined abbreviation («США», «РФ») after a name."""
    if token.pos_ not in GENITIVE_POS:
        return False
    case = token.morph.get("Case")
    if case:
        return case[0] == "Gen"
    return token.text.isupper() and len(token.text) >= 2


def head_entry(doc: Doc, candidate: Candidate, vocab: OrgWords) -> Optional[OrgWord]:
    """The vocabulary entry of a name's head noun (its first noun): «Следственного комитета» → комитет."""
    for token in doc[candidate.start : candidate.end]:
        if token.pos_ in ("NOUN", "PROPN") or (vocab.get(token) is not None and noun_tagged_adjective(token)):
            entry = vocab.get(token)
            return entry if entry and entry.kind != "legal" else None
    return None


def extend(doc: Doc, candidate: Candidate, places: list[Candidate], vocab: OrgWords) -> Candidate:
    """Grow an ORG over the genitive chain, prepositional tail and place that belong to its name."""
    entry = head_entry(doc, candidate, vocab)
    head = next((t.i for t in doc[candidate.start : candidate.end] if t.pos_ in ("NOUN", "PROPN")), candidate.start)
    chain = entry is not None and candidate.source == "body"  # NER's own spans carry their chain already
    place_at = {p.start: p for p in places}
    end = best = candidate.end
    limit = min(len(doc), candidate.end + MAX_TAIL)
    while end < limit:
        token = doc[end]
        if token.is_space or token.is_sent_start:
            break
        place = place_at.get(end)
        at = vocab.settlements.name_at(doc, end) if place is None and \
            (end == candidate.end or any(p.end == end for p in places)) else None  # after the name or a place
        if at is not None and at in place_at and is_genitive(token):
            place = Candidate(end, place_at[at].end, "LOC")  # «суд … района | города Тулы», «мэрии | города Тулы»
        if place is not None:  # «Банк России», «МЧС России», «ВВС США»: the place ends the name
            if is_genitive(doc[place.start]):
                end = best = place.end
                chain = False
                nxt = place_at.get(end + 1)  # «Совет глав регионов Узбекистана и Казахстана»
                if end < len(doc) and doc[end].text in vocab.links and nxt is not None and is_genitive(doc[nxt.start]):
                    end = best = nxt.end
                continue
            break
        if chain and _chain_word(token):  # «правительство … », «министерство иностранных дел»
            end += 1
            if token.pos_ == "NOUN":
                best = end
            continue
        if chain and token.text in vocab.links and _chain_word(doc[end - 1]) and end + 1 < limit \
                and _chain_word(doc[end + 1]) and head < doc[end + 1].head.i < end:
            end += 1  # «инвестиций, промышленности и торговли»: conjuncts of a word in the chain
            continue
        if entry is not None and fold(token.text) in entry.preps and end + 1 < limit:
            tail = _prep_phrase(doc, end + 1, limit, places, fold(token.text), vocab)
            if tail is not None:
                end = best = tail
                chain = False
                continue
        break
    return Candidate(candidate.start, best, candidate.label, candidate.source) if best > candidate.end else candidate


def _chain_word(token: Token) -> bool:
    """A lower-case genitive word of an official name's chain: «инвестиций», «внутренних», «дел»."""
    return token.pos_ in ("NOUN", "ADJ") and token.is_alpha and token.text[:1].islower() and is_genitive(token)


def _prep_phrase(doc: Doc, start: int, limit: int, places: list[Candidate], prep: str, vocab: OrgWords
                 ) -> Optional[int]:
    """End of «при Президенте РФ», «по развитию информационного общества», «в Узбекистане» after its preposition."""
    at = vocab.settlements.name_at(doc, start)  # «по г. Москве», «по городу Ташкенту»
    if at is not None and any(p.start == at for p in places):
        start = at
    place = next((p for p in places if p.start == start), None)
    if place is not None:
        end = place.end
    elif prep in vocab.place_only_prepositions or fold(doc[start].text) in vocab.not_name_tails:
        return None  # never «в регионе», «по факту …»
    else:
        end = start
        while end < limit and doc[end].pos_ in ("ADJ", "DET") and doc[end].is_alpha:
            end += 1
        if end >= limit or doc[end].pos_ not in ("NOUN", "PROPN") or not doc[end].is_alpha or \
                (end + 1 < len(doc) and doc[end + 1].text == "."):  # «по г.» with no place after: no tail
            return None
        if fold(doc[end].text) in vocab.not_name_tails:
            return None  # «по собственной инициативе»
        end += 1
        end = _conjoined(doc, end, limit, doc[end - 1].morph.get("Case"), vocab)
    while end < limit:  # «… по развитию информационного общества», «при Президенте РФ»
        place = next((p for p in places if p.start == end), None)
        if place is not None and is_genitive(doc[end]):
            end = place.end
        elif is_genitive(doc[end]) and doc[end].is_alpha and doc[end].text[:1].islower():
            end += 1
        else:
            break
    return end


def _conjoined(doc: Doc, end: int, limit: int, case: list[str], vocab: OrgWords) -> int:
    """End of the nouns joined by «и» to a preposition's noun, in its case: «по патентам | и товарным знакам»."""
    while end + 1 < limit and fold(doc[end].text) in vocab.conjunctions and case:
        k = end + 1
        while k < limit and doc[k].pos_ == "ADJ" and doc[k].is_alpha and doc[k].text[:1].islower():
            k += 1
        if k >= limit or doc[k].pos_ != "NOUN" or not doc[k].text[:1].islower() or doc[k].morph.get("Case") != case:
            break
        end = k + 1
    return end


def chained(doc: Doc, orgs: list[Candidate], places: list[Candidate], vocab: OrgWords) -> list[Candidate]:
    """The organisations with the whole genitive chain NER cut in two: «Комитет по денежно-кредитной политике» +
    «Национального Банка Республики Казахстан», whose name hangs off the first, become one name (the second
    stays an organisation of its own inside it), with the tail the first's head word takes: «ГУ» + «МВД России»
    + «по Воронежской области». The first must have an organisation word for its head noun; a head word NER left
    out counts as a first of its own when the second is its genitive («Управление» + «ФНС России», «департамента»
    + «Минобрнауки»; not «банк» + «ВТБ», a name beside its kind)."""
    starts = {o.start: o for o in orgs}
    busy = {i for o in orgs for i in range(o.start, o.end)}
    heads = [head for head in (_head_before(doc, o, busy, vocab) for o in orgs) if head is not None]
    out = []
    for first in sorted([*orgs, *heads], key=lambda o: o.start):
        second = starts.get(first.end)
        if second is None and first.end < len(doc) and opens(doc, first.end):
            second = starts.get(first.end + 1)  # «совет директоров» + «Газпрома» in its quotes
        if second is None or head_entry(doc, first, vocab) is None:  # «Главное управление» + «МВД России»
            continue
        noun = next((t for t in doc[second.start : second.end] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or not is_genitive(noun) or not first.start <= noun.head.i < first.end or \
                (first in heads and noun.dep_ != "nmod"):  # «банк ВТБ»: a name beside its kind, no chain
            continue
        end = second.end
        if any(opens(doc, i) for i in range(first.start, second.start)) and end < len(doc) and \
                closing_quote(doc, second.start - 1) == end:
            end += 1  # «совет директоров «Газпрома»»: the quote the name opened closes it
        whole = Candidate(first.start, end, "ORG", "chain")
        grown = extend(doc, whole, places, vocab)  # only a place's tail: «по Воронежской области», not «по ставке»
        out.append((first, grown if any(p.end == grown.end > whole.end for p in places) else whole))
    merged = {id(first): whole for first, whole in out}
    return [merged.get(id(o), o) for o in orgs] + [whole for first, whole in out if first in heads]


def _head_before(doc: Doc, org: Candidate, busy: set[int], vocab: OrgWords) -> Optional[Candidate]:
    """A head word NER left out before an organisation, with the lower-case genitives and the quote between:
    «Управление» + «ФНС России», «совет директоров» + «Газпрома» (up to the opening quote)."""
    start = org.start
    if start > 0 and opens(doc, start - 1):
        start -= 1
    j = start
    while j > 0 and start - j < MAX_CHAIN and j - 1 not in busy and vocab.kind(doc[j - 1]) not in ("head", "body"):
        if _chain_word(doc[j - 1]):
            j -= 1  # «совет | директоров»: the chain hangs off the nearest head word
        elif fold(doc[j - 1].text) in vocab.conjunctions and j < start and j > 1 and _chain_word(doc[j - 2]):
            j -= 1  # «отдела продаж и маркетинга» + «Ладоги»
        else:
            break
    if start - j > 2 and j > 0 and doc[j].head.i != j - 1:
        return None  # a longer chain hangs off its head word: not «в суде | суммы претензий чиновников» + «…»
    if j == 0 or j - 1 in busy or vocab.kind(doc[j - 1]) not in ("head", "body"):
        return None
    return Candidate(j - 1, org.start, "ORG", "chain")
