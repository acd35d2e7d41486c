"""Natasha's NER mentions made clean: cut at glosses, lists, verbs and titles, filtered, and retyped where the
vocabulary knows better.

    «Комитет защиты журналистов (КЗЖ)»   → «Комитет защиты журналистов», «КЗЖ»
    «на Красной площади» as LOC          → no place (a facility); «на Даунинг-стрит» too
    «Хоким» alone at a sentence start     → no name (a title)
    «ЕС», «Евросоюза» as LOC              → ORG;  «Коста Рика» as PER → LOC;  «Аль-Каиды» as PER → ORG
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...tagging.morph import fold, lemmas, parses
from ..candidates import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    Candidate,
    split_lists,
    split_parentheses,
    trim,
    words,
)
from ..vocabulary import Vocabulary
from .adjectives import person_places
from .cuts import (
    after_verb,
    lead_words,
    person_without_title,
    without_regnal_dot,
    without_title,
)
from .filters import common_noun, is_false, quoted, sentence_initial
from .namesakes import NAMESAKE, person_like
from .recall import is_place_name


def cleaned(doc: Doc, money: list[tuple[int, int]], vocab: Vocabulary) -> list[Candidate]:
    """NER mentions cut at glosses and list marks, trimmed, without the ones that are no names."""
    found = []
    for ent in doc.ents:
        for part in split_parentheses(doc, Candidate(ent.start, ent.end, ent.label_)):
            for piece in split_lists(doc, part, commas=part.label == "PER"):
                piece = trim(doc, after_verb(doc, piece))
                if piece is not None and piece.label == "PER":
                    piece = lead_words(doc, piece, vocab.lists["name_particles"])
                if piece is not None and piece.label == "PER":
                    *orgs, piece = known_org_lead(doc, piece, vocab)  # «Аль-Каиды» + «Усамы бин Ладена»
                    found += orgs
                if piece is not None and piece.label == "PER":
                    piece = without_regnal_dot(doc, person_without_title(doc, piece, vocab.titles))
                if piece is not None and piece.label == "PER":
                    # «митрополит Рязанский Марк»: the title's place and the name
                    *places, last = person_places(doc, piece, vocab.countries, vocab.lists["place_titles"])
                    found += places
                    piece = last
                if piece is not None and piece.label == "ORG":
                    piece = without_title(doc, piece, vocab.titles)
                if piece is not None and piece.label == "LOC" and facility_namesake(doc, piece, vocab):
                    piece = Candidate(piece.start, piece.end, "PER", NAMESAKE)  # «улицы Лобачевского»
                if piece is not None and (is_title(doc, piece, vocab) or is_facility(doc, piece, vocab)):
                    continue
                if piece is not None and not is_false(doc, piece, money, vocab.currency_words) and \
                        not is_non_name(doc, piece, vocab):
                    found.append(piece)
    return found


def known_org_lead(doc: Doc, candidate: Candidate, vocab: Vocabulary) -> list[Candidate]:
    """A PER that starts with a known organisation's name (organizations.tsv) is the organisation and the person
    after it: «лидера Аль-Каиды Усамы бин Ладена», «оператор Аль-Джазиры Сами аль-Хадж»."""
    tokens = words(doc, candidate.start, candidate.end)
    if len(tokens) < 2 or not vocab.org_stems.intersection([fold(tokens[0].text)[:3]]):
        return [candidate]
    for cut in range(1, len(tokens)):
        if vocab.is_known_org([t.text for t in tokens[:cut]]):
            return [Candidate(candidate.start, tokens[cut].i, "ORG", "known"),
                    Candidate(tokens[cut].i, candidate.end, "PER", candidate.source)]
    return [candidate]


def is_non_name(doc: Doc, candidate: Candidate, vocab: Vocabulary) -> bool:
    """A text that names no organisation (non_names.tsv): «МСФО», «СМИ»; one word in any form: «в Твиттере»."""
    if doc[candidate.start : candidate.end].text in vocab.non_name_texts:
        return True
    tokens = words(doc, candidate.start, candidate.end)
    if len(tokens) == 1:
        return candidate.label != "PER" and fold(tokens[0].lemma_) in vocab.non_name_lemmas
    return candidate.label == "ORG" and common_phrase(doc, candidate, tokens, vocab)


def common_phrase(doc: Doc, candidate: Candidate, tokens: list[Token], vocab: Vocabulary) -> bool:
    """Words of the dictionary in lower case after a common noun starting the sentence, no organisation's head
    word: «Грузооборот автомобильного транспорта составил …» (not «Министерство экономики», «Совет директоров»)."""
    first = tokens[0]
    return (first.pos_ == "NOUN" and sentence_initial(doc, candidate.start) and common_noun(first)
            and all(t.text.islower() for t in tokens[1:] if t.is_alpha)
            and all(t.is_alpha or t.is_punct for t in tokens[1:])
            and not (lemmas(first.text) | {fold(first.lemma_)}) & vocab.org_heads and not quoted(doc, candidate))


def is_facility(doc: Doc, candidate: Candidate, vocab: Vocabulary) -> bool:
    """A facility NER tagged LOC, no place in NEREL: «на Красной площади», «Новодевичьем кладбище»; the name beside
    a facility's word too («в аэропорту Шереметьево»), not a place in the genitive («на улицах Лондона»)."""
    if candidate.label != "LOC":
        return False
    heads = vocab.lists["facility_heads"]
    if any(t.pos_ in ("NOUN", "PROPN") and fold(t.lemma_) in heads for t in doc[candidate.start : candidate.end]):
        return True
    if foreign_facility(doc[candidate.end - 1].text, vocab.lists["facility_tails"]):
        return True  # «на Даунинг-стрит», «в Карнеги-холле»
    if quoted_after_facility(doc, candidate, heads):
        return True  # «станции метро «Войковская»», «авиабазы «Инджирлик»»
    before = doc[candidate.start - 1] if candidate.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.text.islower() and \
        fold(before.lemma_) in heads and doc[candidate.start].morph.get("Case") != ["Gen"]


def quoted_after_facility(doc: Doc, candidate: Candidate, heads: frozenset[str]) -> bool:
    """A quoted name right after a facility's word names the facility: «метро «Сокол»», «аэропорта «Пулково»»."""
    start, end = candidate.start, candidate.end
    if start < 2 or end >= len(doc) or doc[start - 1].text not in OPENING_QUOTES or \
            doc[end].text not in CLOSING_QUOTES:
        return False
    word = doc[start - 2]
    return word.text.isalpha() and word.text.islower() and (fold(word.lemma_) in heads or
                                                            not lemmas(word.text).isdisjoint(heads))


def foreign_facility(word: str, tails: frozenset[str]) -> bool:
    """A hyphenated name ending in a foreign facility's word: «Даунинг-стрит», «Карнеги-холле», «Гайд-парка»."""
    parts = fold(word).split("-")
    return len(parts) >= 2 and any(parts[-1][: len(parts[-1]) - cut] in tails for cut in (0, 1, 2))


def facility_namesake(doc: Doc, candidate: Candidate, vocab: Vocabulary) -> bool:
    """A place NER gives after a facility's word that is the person it is named after (NEREL): «на улице
    Лобачевского», «в аэропорту Кеннеди», «бульвара Тараса Шевченко»; not «на улицах Лондона»."""
    before = doc[candidate.start - 1] if candidate.start > 0 else None
    if before is None or before.pos_ != "NOUN" or not before.text.islower() or \
            fold(before.lemma_) not in vocab.lists["facility_heads"] or doc[candidate.start].morph.get("Case") != ["Gen"]:
        return False
    return person_like(words(doc, candidate.start, candidate.end))


def only_place(word: str) -> bool:
    """A word the dictionary knows as a place and as no name: «Алабаму», «Ливерпуля»; not «Киров», «Шарлотта»."""
    readings = parses(word)
    return bool(readings) and "Geox" in readings[0].tag and len(readings[0].methods_stack) == 1 and \
        not any(g in p.tag for p in readings for g in ("Name", "Surn", "Patr"))


def is_title(doc: Doc, candidate: Candidate, vocab: Vocabulary) -> bool:
    """A title alone is no name: «Хоким» at a sentence start tagged LOC, «Посол» tagged PER."""
    tokens = words(doc, candidate.start, candidate.end)
    return len(tokens) == 1 and tokens[0].pos_ != "VERB" and (
        vocab.titles.get(tokens[0]) is not None or fold(tokens[0].lemma_) in vocab.titles.honorifics)  # «Принц»


def retyped(doc: Doc, candidate: Candidate, vocab: Vocabulary) -> Candidate:
    """«ЕС», «Евросоюза», «Хокимият города» as LOC and «Аль-Каиды» as PER → ORG; «Коста Рика», «г. Воронежу» as PER
    → LOC."""
    texts = [t.text for t in words(doc, candidate.start, candidate.end)]
    countries = vocab.countries
    if candidate.label in ("LOC", "PER") and vocab.is_known_org(texts):
        return Candidate(candidate.start, candidate.end, "ORG", "known")
    if candidate.label == "PER" and texts and countries.may_start(texts[0]) and countries.is_place(texts):
        return Candidate(candidate.start, candidate.end, "LOC", "known")
    if candidate.label == "LOC" and len(texts) >= 2 and doc[candidate.start].is_alpha and \
            vocab.org_words.kind(doc[candidate.start]) in ("body", "head"):
        return Candidate(candidate.start, candidate.end, "ORG", candidate.source)  # «Хокимият города» + «Бухары»
    if candidate.label == "PER" and len(texts) == 1 and (vocab.settlements.before(doc, candidate.start) and
                                                          is_place_name(texts[0]) or only_place(texts[0])):
        # «по г. Воронежу»: «г.» is no «господин» before a city; «представляет Алабаму»: no name reads so
        return Candidate(candidate.start, candidate.end, "LOC", "known")
    if candidate.label == "LOC" and len(texts) >= 2 and not countries.is_place(texts):
        tokens = words(doc, candidate.start, candidate.end)
        for cut in range(1, len(tokens)):  # «Делегации Соединённых Штатов» → «Соединённых Штатов»
            if common_noun(tokens[cut - 1]) and countries.is_place(texts[cut:]):
                return Candidate(tokens[cut].i, candidate.end, "LOC", candidate.source)
            if not common_noun(tokens[cut - 1]):
                break
        for cut in range(len(tokens) - 1, 0, -1):  # «РФ по развитию гражданского общества» → «РФ»
            if tokens[cut].text[:1].islower() and countries.is_place(texts[:cut]):
                return Candidate(candidate.start, tokens[cut - 1].i + 1, "LOC", candidate.source)
    return candidate
