"""Generate src/pressextract/measures/data/currencies.tsv from reference data: `python scripts/make_currencies.py`.

Names come from pycountry's Russian ISO 4217 catalogue and Babel's Russian CLDR names («канадский доллар»,
«доллар США», «фунт стерлингов»): the first word found in currency_nouns.tsv is the head noun, adjectives before
it and words after it name the currency («канадских долларов» CAD, «долларов США» USD). Symbols come from
Babel. What no reference knows — which currency a bare «доллар» or «$» means, which country words decide
between the manats, abbreviations such as «бел. руб.», subunits and «м.р.», codes to leave out — is written by
hand in currency_hand.tsv (its header says how). Needs the test extras (pycountry, babel);
tests/test_currencies.py checks that currencies.tsv equals this script's output.
"""

from __future__ import annotations

import gettext
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pressextract.lexicon import read_tsv  # noqa: E402
from pressextract.measures.entries import Currency, CurrencyNoun, HandCurrency  # noqa: E402

VOCAB = ROOT / "src" / "pressextract" / "measures" / "data"
HAND = VOCAB / "currency_hand.tsv"
OUTPUT = VOCAB / "currencies.tsv"

# Words of reference names that do not tell currencies apart: «новый туркменский манат».
NOT_MARKS = {"новый", "новая", "конвертируемая", "золотая",
             "французский"}  # «французский франк» is the old FRF, not the Pacific franc XPF
HEADLESS_SYMBOLS = {"FCFA", "ТМТ", "р.", "Cg.", "¤"}


def hand_rows() -> list[HandCurrency]:
    """The rows of currency_hand.tsv; two `adds` rows for one code are an error."""
    rows = read_tsv(HAND, HandCurrency)
    adds = [r.code for r in rows if r.row == "adds"]
    twice = sorted({c for c in adds if adds.count(c) > 1})
    if twice:
        raise ValueError(f"{HAND.name}: more than one adds row for {', '.join(twice)}")
    return rows


def russian_names() -> dict[str, str]:
    """ISO 4217 code → Russian name from pycountry's catalogue."""
    import pycountry

    ru = gettext.translation("iso4217", pycountry.LOCALES_DIR, languages=["ru"])
    return {c.alpha_3: ru.gettext(c.name) for c in pycountry.currencies}


def split_name(name: str, lemmas: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
    """«канадский доллар» → heads [доллар], adjectives [канадский]; «доллар США» → after [США].

    `lemmas` maps every form of a currency noun to its lemma («рэнд» → «ранд»).
    """
    words = name.replace("(", " ").replace(")", " ").split()
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lowered) if w in lemmas), None)
    if at is None:
        return [], [], []
    adjectives = [w for w in lowered[:at] if w not in NOT_MARKS]
    return [lemmas[lowered[at]]], adjectives, [" ".join(words[at + 1 :])] if at + 1 < len(words) else []


def is_symbol(text: str) -> bool:
    """«$», «HK$», «₽» are symbols; «FCFA» or «ТМТ» are letters that may mean anything."""
    return text not in HEADLESS_SYMBOLS and any(unicodedata.category(c) == "Sc" for c in text)


def merge(*lists: list[str]) -> list[str]:
    out: list[str] = []
    for items in lists:
        out += [x for x in items if x not in out]
    return out


def entries() -> list[Currency]:
    """Every currency line, sorted by code, with the `own` lines after the main one of their code."""
    from babel import Locale
    from babel.numbers import get_currency_name

    lemmas = {f: n.lemma for n in read_tsv(VOCAB / "currency_nouns.tsv", CurrencyNoun) for f in n.forms}
    symbols = Locale("ru").currency_symbols
    rows = hand_rows()
    adds = {r.code: r for r in rows if r.row == "adds"}
    skip = {r.code for r in rows if r.row == "skip"}
    references = {code: name for code, name in russian_names().items() if code not in skip}
    unknown = sorted(set(adds) - set(references))
    if unknown:
        raise ValueError(f"{HAND.name}: adds rows for codes the references do not have: {', '.join(unknown)} "
                         "(write them as own rows)")
    out = []
    for code in sorted({*references, *(r.code for r in rows if r.row == "own")}):
        if code in references:
            hand = adds.get(code, HandCurrency(row="adds", code=code))
            heads, adjectives, after = [], [], []
            for source in (references[code], get_currency_name(code, locale="ru")):
                h, a, w = split_name(source, lemmas)
                heads, adjectives, after = merge(heads, h), merge(adjectives, a), merge(after, w)
            # a bare code counts only for currencies named in Russian too: «TOP 09» is a Czech party, not pa'anga
            signs = ([code] if heads else []) + [s for s in [symbols.get(code, "")] if is_symbol(s)]
            out.append(Currency(
                code=code, name=hand.name or references[code], heads=merge(heads, hand.heads),
                adjectives=merge(adjectives, hand.adjectives), after=merge(after, hand.after),
                signs=merge(signs, hand.signs), default=hand.default, context=hand.context,
            ))
        out += [Currency(**r.model_dump(exclude={"row"})) for r in rows if r.row == "own" and r.code == code]
    return out


HEADER = """\
# ISO 4217 currencies with the Russian words that name them. GENERATED by scripts/make_currencies.py from
# pycountry (Russian names), Babel (Russian CLDR names and symbols) and currency_hand.tsv: do not edit this file;
# edit currency_hand.tsv and run `python scripts/make_currencies.py`.
# heads: nouns from currency_nouns.tsv («долларов»); adjectives: before the head («канадских»); after: words
# after the head («долларов США»); signs: symbols and codes before or after the amount («$5», «5 USD»);
# default: heads and signs that mean this currency when nothing else decides; context: stems of words in the
# sentence (then the document) that choose it among currencies sharing a head; factor: subunits and «м.р.».
"""


def render() -> str:
    """The text of currencies.tsv."""
    columns = Currency.columns()
    lines = ["# " + "\t".join(columns)] + ["\t".join(e.to_cells()) for e in entries()]
    return HEADER + "\n".join(lines) + "\n"


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
