"""Place adjectives as places of their own, as NEREL marks them:

    «казахстанской стороны»      → «казахстанской» (Казахстан, KZ)
    «московских властей»         → «московских» (Москва)
    «британской столице»         → «британской столице» (the city, in GB)
    «американский актёр»         → nothing: a person's nationality (NEREL's NATIONALITY)
    «на английском», «английский язык» → nothing: a language
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...lexicon import WordLists
from ...tagging.morph import fold
from ..candidates import Candidate
from ..naming.countries import CountryIndex

ADJECTIVE = "adjective"  # the source of a place adjective's candidate: its normal is the place's name


def place_adjectives(doc: Doc, texts: list[str], folded: list[str], taken: set[int], countries: CountryIndex,
                     lists: WordLists) -> list[Candidate]:
    """The place adjectives of a doc outside `taken` tokens (module docstring)."""
    found = []
    stems = countries.adjective_stems
    for i in [i for i, low in enumerate(folded) if low[:3] in stems]:
        text = texts[i]
        if i in taken or not text.replace("-", "").isalpha() or countries.adjective_place(text) is None:
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
        if head.i != i and (lemma in lists["nationality_heads"] or lemma.split("-")[0] in lists["nationality_heads"]):
            continue
        if head.i == i + 1 and lemma in lists["capital_nouns"] and i + 1 not in taken:
            found.append(Candidate(i, i + 2, "LOC", ADJECTIVE))  # «британской столице»
            continue
        found.append(Candidate(i, i + 1, "LOC", ADJECTIVE))
    return found
