"""Natasha's NER mentions made clean: cut at glosses, lists, verbs and titles, filtered, and retyped where the
vocabulary knows better.

    «Комитет защиты журналистов (КЗЖ)»   → «Комитет защиты журналистов», «КЗЖ»
    «Хоким» alone at a sentence start     → no name (a title)
    «ЕС», «Евросоюза» as LOC              → ORG;  «Коста Рика» as PER → LOC
"""

from __future__ import annotations

from spacy.tokens import Doc

from .cuts import after_verb, lead_words, without_title
from .filters import common_noun, is_false
from .mentions import Mention, split_lists, split_parentheses, trim, words
from .recall import is_place_name
from .vocabulary import Vocabulary


def cleaned(doc: Doc, money: list[tuple[int, int]], vocab: Vocabulary) -> list[Mention]:
    """NER mentions cut at glosses and list marks, trimmed, without the ones that are no names."""
    found = []
    for ent in doc.ents:
        for part in split_parentheses(doc, Mention(ent.start, ent.end, ent.label_)):
            for piece in split_lists(doc, part, commas=part.label == "PER"):
                piece = trim(doc, after_verb(doc, piece))
                if piece is not None and piece.label == "PER":
                    piece = lead_words(doc, piece)
                if piece is not None and piece.label == "ORG":
                    piece = without_title(doc, piece, vocab.titles)
                if piece is not None and is_title(doc, piece, vocab):
                    continue
                if piece is not None and not is_false(doc, piece, money, vocab.currency_words) and \
                        doc[piece.start : piece.end].text not in vocab.non_name_texts:
                    found.append(piece)
    return found


def is_title(doc: Doc, mention: Mention, vocab: Vocabulary) -> bool:
    """A title alone is no name: «Хоким» at a sentence start tagged LOC, «Посол» tagged PER."""
    tokens = words(doc, mention.start, mention.end)
    return len(tokens) == 1 and tokens[0].pos_ != "VERB" and vocab.titles.get(tokens[0]) is not None


def retyped(doc: Doc, mention: Mention, vocab: Vocabulary) -> Mention:
    """«ЕС», «Евросоюза», «Хокимият города» as LOC → ORG; «Коста Рика», «г. Воронежу» as PER → LOC."""
    texts = [t.text for t in words(doc, mention.start, mention.end)]
    countries = vocab.countries
    if mention.label == "LOC" and vocab.is_known_org(texts):
        return Mention(mention.start, mention.end, "ORG", "known")
    if mention.label == "PER" and texts and countries.may_start(texts[0]) and countries.is_place(texts):
        return Mention(mention.start, mention.end, "LOC", "known")
    if mention.label == "LOC" and len(texts) >= 2 and doc[mention.start].is_alpha and \
            vocab.org_words.kind(doc[mention.start]) in ("body", "head"):
        return Mention(mention.start, mention.end, "ORG", mention.source)  # «Хокимият города» + «Бухары»
    if mention.label == "PER" and len(texts) == 1 and vocab.settlements.before(doc, mention.start) and \
            is_place_name(texts[0]):  # «по г. Воронежу»: «г.» is no «господин» before a city
        return Mention(mention.start, mention.end, "LOC", "known")
    if mention.label == "LOC" and len(texts) >= 2 and not countries.is_place(texts):
        tokens = words(doc, mention.start, mention.end)
        for cut in range(1, len(tokens)):  # «Делегации Соединённых Штатов» → «Соединённых Штатов»
            if common_noun(tokens[cut - 1]) and countries.is_place(texts[cut:]):
                return Mention(tokens[cut].i, mention.end, "LOC", mention.source)
            if not common_noun(tokens[cut - 1]):
                break
        for cut in range(len(tokens) - 1, 0, -1):  # «РФ по развитию гражданского общества» → «РФ»
            if tokens[cut].text[:1].islower() and countries.is_place(texts[:cut]):
                return Mention(mention.start, tokens[cut - 1].i + 1, "LOC", mention.source)
    return mention
