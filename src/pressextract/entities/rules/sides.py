"""The side of a place is a place of its own, holding the place, as NEREL marks it:

    «на юге Турции», «на северо-востоке Японии»     → «юге Турции» (a side noun and the place in the genitive)
    «в восточной Украине», «центральном Афганистане» → «восточной Украине» (a side adjective agreeing with it)

The place named stays a place inside it («Турции»); «Южной Корее», capitalised, is a name of its own; «центральном
ташкентском кладбище» names no side of a place; «северную российскую столицу» does.

    «в Новой Гвинее» given as «Гвинее»      → «Новой Гвинее»: the capitalised adjective is the name's own word
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...tagging.morph import fold, lemmas
from ..candidates import OPENING_QUOTES, Candidate

SIDE = "side"  # the source of such a candidate: its country is the place's within it


def place_sides(doc: Doc, places: list[Candidate], sides: frozenset[str], side_adjectives: frozenset[str],
                taken: set[int]) -> list[Candidate]:
    """The places made of a place and its side (module docstring); `taken`: tokens of other mentions."""
    found = []
    for place in places:
        i = place.start - 1
        if i < 0 or i in taken or place.source == SIDE:
            continue
        token = doc[i]
        if _side_noun(token, place, doc, sides) or \
                doc[place.end - 1].pos_ != "ADJ" and _side_adjective(token, doc[place.start], side_adjectives):
            found.append(Candidate(i, place.end, "LOC", SIDE))
    return found


def _side_noun(token: Token, place: Candidate, doc: Doc, sides: frozenset[str]) -> bool:
    """«юге» before «Турции»: a side noun with the place in the genitive after it."""
    return token.pos_ == "NOUN" and doc[place.start].morph.get("Case") == ["Gen"] and \
        (fold(token.lemma_) in sides or "-" in token.text and not lemmas(token.text).isdisjoint(sides))
    # slovnet leaves hyphenated words as they are: «северо-востоке»


def _side_adjective(token: Token, head: Token, side_adjectives: frozenset[str]) -> bool:
    """«восточной» before «Украине»: a lower-case side adjective agreeing with the place's first word."""
    if token.pos_ != "ADJ" or not token.text[:1].islower() or fold(token.lemma_) not in side_adjectives:
        return False
    return all(token.morph.get(f) == head.morph.get(f) for f in ("Case", "Number"))


def with_name_adjective(doc: Doc, places: list[Candidate], adjectives: frozenset[str], taken: set[int]
                        ) -> list[Candidate]:
    """Places with the capitalised adjective before them that begins their name (`adjectives`, lemmas): «Новой
    Гвинее», «Новую Англию»; not a quoted name («партия «Новая Словения»»: the party's word) nor a place adjective
    («Новым британским премьером»)."""
    out = []
    for place in places:
        i = place.start - 1
        token = doc[i] if i >= 0 else None
        if token is None or i in taken or not token.text[:1].isupper() or not token.is_alpha or \
                not doc[place.start].text[:1].isupper() or \
                (i > 0 and doc[i - 1].text in OPENING_QUOTES) or lemmas(token.text).isdisjoint(adjectives):
            out.append(place)
            continue
        out.append(Candidate(i, place.end, "LOC", place.source))
    return out
