"""Word-level morphology from pymorphy2 (through Natasha's `MorphVocab`, cached): lemmas, parses, inflection.

slovnet's tags are the context-aware choice for ordinary words, but for rare names and for vocabulary entries
without context we need every reading pymorphy2 has: «Штатах» → {штат}, «Того» → {тот, того}.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Optional

from .tools import natasha_tools

natasha_tools  # noqa: B018  (natasha patches pymorphy2 for Python 3.11 on import: tools.py imports it first)
from pymorphy2.analyzer import MorphAnalyzer  # noqa: E402
from pymorphy2.analyzer import Parse as PymorphyParse  # noqa: E402

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def fold(text: str) -> str:
    """Lower case with ё as е: the form words are compared in."""
    return text.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def analyzer() -> MorphAnalyzer:
    """Natasha's pymorphy2 analyzer returning plain pymorphy2 readings: the same dictionary, without the cost of
    Natasha's `MorphForm`, which works out UD features for every reading (a third of a cold parse)."""
    base = natasha_tools().morph_vocab
    plain = MorphAnalyzer.__new__(MorphAnalyzer)
    plain.__dict__.update(base.__dict__)
    plain._result_type = type("Parse", (PymorphyParse,), {"_morph": plain, "_dict": base.dictionary})
    return plain


@lru_cache(maxsize=200_000)
def parses(word: str) -> list[Any]:
    """pymorphy2's readings of `word` (cached: Natasha's own cache holds 10,000 words, a batch of releases more).

    No readings for a word pymorphy2 cannot look at: it asks `unicodedata.name` of every letter, which fails for letters
    without a name («𗀀», a Tangut ideograph)."""
    try:
        return MorphAnalyzer.parse(analyzer(), word)
    except ValueError:
        return []


_LEMMAS: dict[str, frozenset[str]] = {}
_LEMMAS_MAX = 100_000


def lemmas(word: str) -> frozenset[str]:
    """Every lemma `word` may have, folded, and the folded word itself: «Соединённых» → {соединить, соединенных}.

    Cached; the cache can be filled from a saved table (`seed_lemmas`), so that loading a pipeline does not parse
    its vocabularies' words again."""
    known = _LEMMAS.get(word)
    if known is not None:
        return known
    out = {fold(word)}
    if any(c.isalpha() for c in word):
        out.update(fold(p.normal_form) for p in parses(word))
    if len(_LEMMAS) >= _LEMMAS_MAX:
        _LEMMAS.clear()
    known = _LEMMAS[word] = frozenset(out)
    return known


def dictionary_version() -> str:
    """The pymorphy2 dictionary's revision: a saved table of lemmas is only good for the dictionary it came from."""
    meta = analyzer().dictionary.meta
    return f"opencorpora {meta.get('source_revision')} corpus {meta.get('corpus_revision')}"


def seed_lemmas(table: dict[str, frozenset[str]]) -> None:
    """Take these words' lemmas as known (a table `lemmas` made with the same dictionary)."""
    if len(_LEMMAS) + len(table) >= _LEMMAS_MAX:
        _LEMMAS.clear()
    _LEMMAS.update(table)


def noun_tagged_adjective(token: Any) -> bool:
    """A word slovnet tags ADJ that pymorphy2 knows no adjective reading of: «Хокимият», «Председателя»."""
    return token.pos_ == "ADJ" and not any(p.tag.POS in ("ADJF", "ADJS") for p in parses(token.text))


def known(parse: Any) -> bool:
    """Is this reading from the dictionary (not guessed from the ending)? Cheaper than pymorphy2's `is_known`."""
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def case_of(parse: Any) -> Optional[str]:
    """The OpenCorpora case of a reading, with gen2/loc2/voct folded into the main cases."""
    case = parse.tag.case
    return {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct", "voct": "nomn"}.get(
        case, case
    )


_INFLECTED: dict[tuple, Optional[str]] = {}


def inflect(parse: Any, grammemes: Iterable[str]) -> Optional[str]:
    """The form of a reading with `grammemes`, or None when pymorphy2 cannot make it (cached)."""
    grammemes = frozenset(grammemes)
    key = (parse.word, str(parse.tag), parse.normal_form, grammemes)
    if key not in _INFLECTED:
        try:  # Natasha's MorphForm.inflect takes UD features: call pymorphy2's own with OpenCorpora grammemes
            form = PymorphyParse.inflect(parse, set(grammemes))
        except (ValueError, KeyError):
            form = None
        if len(_INFLECTED) > 100_000:
            _INFLECTED.clear()
        _INFLECTED[key] = form.word if form is not None else None
    return _INFLECTED[key]


def forms(word: str) -> set[str]:
    """Every form of every word of `word` as pymorphy2's first reading inflects it, folded: «министр» → министра,
    министру, министрами, …"""
    found = set()
    for part in word.split():
        readings = parses(part)
        found |= {fold(f.word) for f in readings[0].lexeme} if readings else {fold(part)}
    return found


def match_case(word: str, form: str) -> str:
    """`form` written in the letter case of `word`: («МИНИСТРА», «министр») → «МИНИСТР»; each part of a hyphenated
    word keeps its own capital: («Сан-Франциско», «сан-франциско») → «Сан-Франциско»."""
    if word.isupper() and len(word) > 1:
        return form.upper()
    if "-" in word and word.count("-") == form.count("-"):
        return "-".join(match_case(w, f) if w else f for w, f in zip(word.split("-"), form.split("-")))
    if word[:1].isupper():
        return form[:1].upper() + form[1:]
    return form
