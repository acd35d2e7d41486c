"""Generate src/pressextract/measures/data/currencies.tsv from reference data: `python scripts/make_currencies.py`.

Names come from pycountry's Russian ISO 4217 catalogue and Babel's Russian CLDR names («канадский доллар»,
«доллар США», «фунт стерлингов»): the first word found in currency_nouns.tsv is the head noun, adjectives before
it and words after it name the currency («канадских долларов» CAD, «долларов США» USD). Symbols come from
Babel. What no reference knows — which currency a bare «доллар» or «$» means, which country words decide
between the manats, abbreviations such as «бел. руб.», subunits and «м.р.» — is in HAND below.
Needs the test extras (pycountry, babel); tests/test_currencies.py checks the file equals this output.
"""

from __future__ import annotations

import gettext
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pressextract.lexicon import read_tsv  # noqa: E402
from pressextract.measures.entries import Currency, CurrencyNoun  # noqa: E402

VOCAB = ROOT / "src" / "pressextract" / "measures" / "data"
OUTPUT = VOCAB / "currencies.tsv"

# Funds, metals and accounting units are not money a release quotes.
SKIP = {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "XBA", "XBB", "XBC", "XBD", "XTS", "XUA",
        "XXX", "XAD", "XAG", "XAU", "XPD", "XPT", "XSU", "VED", "XCG", "ZWG"}
# Words of reference names that do not tell currencies apart: «новый туркменский манат».
NOT_MARKS = {"новый", "новая", "конвертируемая", "золотая",
             "французский"}  # «французский франк» is the old FRF, not the Pacific franc XPF
HEADLESS_SYMBOLS = {"FCFA", "ТМТ", "р.", "Cg.", "¤"}

# code: extra columns. default: the heads and signs that mean this currency when no adjective or context
# decides; context: stems of country words in the sentence (then the document) that pick it.
HAND: dict[str, dict[str, list[str]]] = {
    "USD": {"adjectives": ["американский", "амер."], "after": ["США", "US"], "signs": ["US$"],
            "default": ["доллар", "$"]},
    "RUB": {"adjectives": ["российский", "рос."], "after": ["РФ"], "default": ["рубль"]},
    "BYN": {"adjectives": ["бел.", "белорусский"], "after": ["РБ"], "signs": ["BYR"]},
    "EUR": {"adjectives": ["европейский"]},
    "CNY": {"after": ["КНР", "жэньминьби"], "signs": ["RMB", "¥"], "default": ["¥"]},
    "JPY": {"context": ["япон", "токио"], "signs": ["JP¥"]},
    "KZT": {"adjectives": ["казахстанский"], "signs": ["₸"]},
    "UZS": {"adjectives": ["узбекистанский"]},
    "KGS": {"adjectives": ["кыргызский", "кыргызстанский"]},
    "TJS": {"signs": []},
    "AZN": {"signs": ["₼"], "default": ["манат"], "context": ["азербайдж", "баку"]},
    "TMT": {"context": ["туркмен", "ашхабад"]},
    "GEL": {"name": ["Грузинский лари"], "signs": ["₾"]},  # pycountry's Russian catalogue says «Ларистанский»
    "AMD": {"signs": ["֏"]},
    "UAH": {"adjectives": ["укр."]},
    "GBP": {"adjectives": ["английский"], "default": ["фунт"]},
    "TRY": {"signs": ["₺"], "default": ["лира"]},
    "AED": {"adjectives": ["эмиратский"], "default": ["дирхам"]},
    "MAD": {"context": ["марокк"]},
    "CHF": {"default": ["франк"]},
    "PLN": {"signs": ["zł"]},
    "INR": {"default": ["рупия"]},
    "IDR": {"context": ["индонез"]},
    "PKR": {"context": ["пакистан"]},
    "KRW": {"default": ["вона"]},
    "KPW": {"context": ["кндр", "пхеньян"]},
    "SEK": {"context": ["швец", "швед", "стокгольм"]},
    "NOK": {"context": ["норвеж", "норвег", "осло"]},
    "DKK": {"context": ["дани", "датск", "копенгаген"]},
    "CZK": {"context": ["чехи", "чешск", "праг"]},
    "ISK": {"context": ["исланд"]},
    "MDL": {"context": ["молдав", "молдов", "кишин"]},
    "RON": {"context": ["румын", "бухарест"]},
    "SAR": {"default": ["риял"], "context": ["сауд", "эр-рияд"]},
    "QAR": {"context": ["катар"]},
    "IRR": {"default": ["риал"], "context": ["иран", "тегеран"]},
    "OMR": {"context": ["оман"]},
    "YER": {"context": ["йемен"]},
    "MXN": {"context": ["мексик"]},
    "ARS": {"context": ["аргентин"]},
    "CLP": {"context": ["чили"]},
    "COP": {"context": ["колумби"]},
    "CUP": {"context": ["кубин", "гаван"]},
    "PHP": {"context": ["филиппин", "манил"]},
    "RSD": {"context": ["серби", "сербск", "белград"]},
    "IQD": {"context": ["ирак", "багдад"]},
    "KWD": {"context": ["кувейт"]},
    "JOD": {"context": ["иордан"]},
    "EGP": {"context": ["египет", "каир"]},
    "KES": {"context": ["кени", "найроби"]},
    "UGX": {"context": ["уганд"]},
    "TZS": {"context": ["танзани"]},
    "NGN": {"signs": ["₦"]},
}

# Lines that are not a currency of their own: subunits and abbreviations with a scale inside.
EXTRA = [
    Currency(code="USD", name="цент", heads=["цент"], default=["цент"], factor="0.01"),
    Currency(code="EUR", name="евроцент", heads=["евроцент"], factor="0.01"),
    Currency(code="RUB", name="копейка", heads=["копейка"], factor="0.01"),
    Currency(code="GBP", name="пенс", heads=["пенс"], factor="0.01"),
    # «645,14 м.р.» = 645,14 млн руб.; «т.р.» = тыс. руб.
    Currency(code="RUB", name="миллион рублей", signs=["м.р.", "млн.р."], factor="1000000"),
    Currency(code="RUB", name="тысяча рублей", signs=["т.р.", "тыс.р."], factor="1000"),
]


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
    """Every currency line, sorted by code, with the extra lines after the main one of their code."""
    from babel import Locale
    from babel.numbers import get_currency_name

    lemmas = {f: n.lemma for n in read_tsv(VOCAB / "currency_nouns.tsv", CurrencyNoun) for f in n.forms}
    symbols = Locale("ru").currency_symbols
    out = []
    for code, name in sorted(russian_names().items()):
        if code in SKIP:
            continue
        hand = HAND.get(code, {})
        heads, adjectives, after = [], [], []
        for source in (name, get_currency_name(code, locale="ru")):
            h, a, w = split_name(source, lemmas)
            heads, adjectives, after = merge(heads, h), merge(adjectives, a), merge(after, w)
        # a bare code counts only for currencies named in Russian too: «TOP 09» is a Czech party, not pa'anga
        signs = ([code] if heads else []) + [s for s in [symbols.get(code, "")] if is_symbol(s)]
        out.append(Currency(
            code=code, name=hand.get("name", [name])[0], heads=heads,
            adjectives=merge(adjectives, hand.get("adjectives", [])), after=merge(after, hand.get("after", [])),
            signs=merge(signs, hand.get("signs", [])), default=hand.get("default", []),
            context=hand.get("context", []),
        ))
        out += [e for e in EXTRA if e.code == code]
    return out


HEADER = """\
# ISO 4217 currencies with the Russian words that name them. GENERATED by scripts/make_currencies.py from
# pycountry (Russian names), Babel (Russian CLDR names and symbols) and its HAND table: edit those, not this file.
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
