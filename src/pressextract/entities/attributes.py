"""What each entity span carries (`span._.entity`): its nominative, a person's name parts, a country code.

    «Министерством цифрового развития Республики Казахстан» → «Министерство цифрового развития …», KZ
    «компанией «Хэнань Текстиль»»                           → «Хэнань Текстиль» (apposition: no declension)
    «Бейбутом Атамкуловым»                                  → «Бейбут Атамкулов», first/last
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Optional

from spacy.tokens import Span

from ..tagging.morph import fold
from .candidates import Candidate, closing_quote, opens, words
from .draft import Draft
from .naming.kinds import OTHER
from .naming.normal import phrase_nominative
from .persons.positions import OrgOrPlace
from .rules.adjectives import ADJECTIVE
from .rules.latin import LATIN
from .rules.quoted import is_gloss_word
from .rules.sides import SIDE

APPOSITION = ("appos", "flat", "flat:name")  # a quoted name standing beside its descriptor, not governed by it


def annotate(draft: Draft, candidates: list[Candidate]) -> tuple[list[Span], list[OrgOrPlace]]:
    """Spans with `span._.entity`, and the ORG/LOC entities positions look at."""
    doc = draft.doc
    spans: list[Span] = []
    entities: list[OrgOrPlace] = []
    places = sorted((m for m in candidates if m.label == "LOC"), key=lambda p: p.start)
    named: dict[str, set[tuple[str, Any]]] = {}  # the start of a full name → (country, kind) of those it starts
    described: dict[int, dict[str, Any]] = {}
    for k in sorted(range(len(candidates)), key=lambda k: (candidates[k].start, -candidates[k].end)):
        described[k] = describe(draft, candidates[k], places)
        if candidates[k].label == "ORG":
            named_before(described[k], named)
    for k, m in enumerate(candidates):
        data = described[k]
        span = Span(doc, m.start, m.end, label=m.label)
        span._.entity = data
        spans.append(span)
        if m.label != "PER":
            entities.append(OrgOrPlace(m.start, m.end, m.label, data["normal"], data["country"]))
    return spans, entities


def named_before(data: dict[str, Any], named: dict[str, set[tuple[str, Any]]]) -> None:
    """An organisation named again by the start of its full name («Совет директоров» after «Совет директоров
    Банка России», «Министерство экономики» after «Министерство экономики Республики Узбекистан») is that
    organisation: it takes its country and kind, when the earlier names it may stand for agree on them. `named`
    holds the starts of the names before it, and takes this one's."""
    words = fold(data["normal"]).split()
    if data["country"] is None:
        found = named.get(" ".join(words), set())
        if len(found) == 1:
            data["country"], data["kind"] = next(iter(found))
    if data["country"] is not None:
        for k in range(1, len(words)):
            named.setdefault(" ".join(words[:k]), set()).add((data["country"], data["kind"]))


def describe(draft: Draft, m: Candidate, places: list[Candidate]) -> dict[str, Any]:
    """normal, name and country of one mention."""
    doc = draft.doc
    tokens = words(doc, m.start, m.end)
    if m.label == "PER":
        name = draft.name_of(m)
        normal = name.normal if name else doc[m.start : m.end].text
        return {"normal": normal, "name": name.parts() if name else None, "country": None, "kind": None}
    quoted = m.label == "ORG" and m.start > 1 and opens(doc, m.start - 1) and \
        closing_quote(doc, m.start - 1) == m.end and doc[m.start - 2].pos_ in ("NOUN", "PROPN") and \
        doc[m.start : m.end].root.dep_ in APPOSITION
    # a quoted name in apposition to the word that declines for it does not: «компанией «Хэнань Текстиль»» is
    # «Хэнань Текстиль»; with a case of its own it does: «с «Газпромом»», «совет директоров «Газпрома»» → «Газпром»
    normal = doc[m.start : m.end].text if quoted else phrase_nominative(tokens, draft.vocab.conjunctions, m.label)
    if m.label == "LOC" and m.source == ADJECTIVE:  # «казахстанской» → Казахстан, KZ
        place = draft.vocab.countries.adjective_place(doc[m.start].text)
        if place is not None and m.end - m.start > 1:  # «британской столице»: the city, in the country
            return {"normal": phrase_nominative(tokens, draft.vocab.conjunctions, "LOC"), "name": None,
                    "country": place.code, "kind": None}
        if place is not None:
            return {"normal": place.place, "name": None, "country": place.code, "kind": None}
    if m.label == "LOC" and m.source == LATIN:  # «New York», «US»: as written, the code from latin_places.tsv
        match = draft.vocab.latin_places.at(draft.texts, m.start)
        return {"normal": doc[m.start : m.end].text, "name": None, "country": match[1].code if match else None,
                "kind": None}
    if m.label == "LOC":
        named = tokens[1:] if m.source == SIDE else tokens  # «юге Турции»: the country of «Турции»
        texts = [t.text for t in named]
        code = draft.vocab.countries.code(texts)
        if code is not None and m.source != SIDE and normal == doc[m.start : m.end].text:
            spelled = draft.vocab.countries.vocabulary_name(texts)  # «Кот-д’Ивуаром»: no inflection known
            if spelled is not None and fold(spelled) != fold(normal):
                normal = spelled
        return {"normal": normal, "name": None, "country": code, "kind": None}
    country = org_country(draft, m, places)
    if country is None and (named := glossed(draft, m)) is not None:
        country = org_country(draft, named, places)  # «… агентства международного сотрудничества (KOICA)»: KR
    return {"normal": normal, "name": None, "country": country, "kind": org_kind(draft, m)}


def org_kind(draft: Draft, m: Candidate) -> str:
    """The kind of an organisation: by its words («Министерство …» → state), by the word before its quoted name
    («партии «Зелёный рассвет»», «Газета «Утро» пишет»), a gloss's by the name it glosses («газета «Утро»
    (Morning)»)."""
    doc = draft.doc
    kind = draft.vocab.kinds.of_words([t.text for t in words(doc, m.start, m.end)])
    if kind in (OTHER, "company"):
        named = glossed(draft, m)
        if named is not None:  # «… (СПТ)», «колледж (Royal College, RC)»
            return org_kind(draft, named)
    if m.start > 1 and opens(doc, m.start - 1) and (doc[m.start - 2].is_lower or doc[m.start - 2].is_sent_start):
        kind = draft.vocab.kinds.headed(doc[m.start - 2].text, kind)
    return kind


def glossed(draft: Draft, m: Candidate) -> Optional[Candidate]:
    """The organisation an ORG in brackets glosses: «Корейского агентства международного сотрудничества (KOICA)»,
    «колледж (Royal College, RC)»; None when it is no gloss."""
    doc = draft.doc
    opening = next((j for j in range(m.start - 1, max(-1, m.start - 12), -1) if doc[j].text in "()"), None)
    if opening is None or doc[opening].text != "(" or \
            not all(t.text == "," or is_gloss_word(t.text) for t in doc[opening + 1 : m.start]):
        return None
    return next((o for o in draft.orgs if o.end in (opening, opening - 1) and o.start < opening), None)


def org_country(draft: Draft, org: Candidate, places: list[Candidate]) -> Optional[str]:
    """The country an ORG's name names: its first country place, or a relational adjective in it; none for a
    body of two countries («Совет глав регионов Узбекистана и Казахстана»)."""
    doc, countries = draft.doc, draft.vocab.countries
    first = bisect_left(places, org.start, key=lambda p: p.start)  # `places` are sorted by start
    last = bisect_left(places, org.end, key=lambda p: p.start)
    coded = [(p, countries.code([t.text for t in words(doc, p.start, p.end)])) for p in places[first:last]
             if org.covers(p)]
    coded = [(p, code) for p, code in coded if code]
    if len(coded) >= 2 and coded[0][1] != coded[1][1] and \
            all(t.text in draft.vocab.links or t.is_space for t in doc[coded[0][0].end : coded[1][0].start]):
        return None
    if coded:
        return coded[0][1]
    before = [doc[org.start - 1]] if org.start > 0 else []  # «японского МИДа», «российское правительство»
    for token in [*doc[org.start : org.end], *before]:
        if token.pos_ == "ADJ":
            code = countries.adjective_code(token.text)
            if code:
                return code
    return None
