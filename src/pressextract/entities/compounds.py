"""Compound place adjectives split into their parts, so that each part names its place, as NEREL marks them:
«узбекско-казахстанский товарооборот» → «узбекско», «-», «казахстанский» (UZ and KZ), «российско-американские».

The doc's tokens change here, before the rules run: the span groups of the components before us are rebuilt on
their character offsets (their span attributes are kept by offsets and survive), a NER mention of such a word
alone is dropped (no name: «Узбекско-казахстанский» tagged PER; «Первый чешско-российский банк» stays), and each
part is an adjective describing what the whole word did.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .countries import CountryIndex


def place_parts(text: str, countries: CountryIndex) -> Optional[list[str]]:
    """The parts of a compound whose every part is a place adjective: «узбекско-казахстанский» → [узбекско,
    казахстанский]; None for «финансово-экономический»."""
    parts = text.split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return None
    if not all(p.lower().endswith("о") and countries.adjective_place(p) for p in parts[:-1]):
        return None
    return parts if countries.adjective_place(parts[-1]) else None


def split_compounds(doc: Doc, texts: list[str], countries: CountryIndex) -> bool:
    """Split every compound place adjective of the doc (its token `texts`) into its parts (see the module's
    docstring); whether any was."""
    found: list[tuple[Token, list[str]]] = []
    for i in [i for i, text in enumerate(texts) if "-" in text]:  # no Token for most words
        token = doc[i]
        parts = place_parts(token.text, countries) if token.text[:1].isalpha() else None
        if parts:
            found.append((token, parts))
    if not found:
        return False
    split = {token.i for token, _ in found}
    groups = {name: [(s.start_char, s.end_char, s.label_) for s in group] for name, group in doc.spans.items()}
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents  # not «Узбекско-казахстанский» alone as PER
            if not all(i in split or doc[i].is_punct for i in range(e.start, e.end))]
    with doc.retokenize() as retokenizer:
        for token, parts in found:
            orths: list[str] = []
            for k, part in enumerate(parts):
                orths += [part, "-"] if k < len(parts) - 1 else [part]
            last = len(orths) - 1
            head = token.head if token.head.i != token.i else (token, last)
            heads = [(token, last)] * last + [head]
            attrs = {
                "POS": ["PUNCT" if o == "-" else "ADJ" for o in orths],
                "DEP": ["punct" if o == "-" else "amod" for o in orths[:-1]] + [token.dep_],
                "LEMMA": [o.lower() for o in orths[:-1]] + [token.lemma_.rsplit("-", 1)[-1]],
                "MORPH": [""] * last + [str(token.morph)],
            }
            retokenizer.split(token, orths, heads=heads, attrs=attrs)
    doc.ents = [doc.char_span(s, e, label=label) for s, e, label in ents]
    for name, spans in groups.items():
        doc.spans[name] = [doc.char_span(s, e, label=label) for s, e, label in spans]
    return True
