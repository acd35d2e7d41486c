"""People's names: the nominative and the parts (first, middle, last) of a PER span.

Each word has its readings (`readings.py`); the reading chosen is the one where every word agrees in case and
gender: «Бейбутом Атамкуловым» → masculine instrumental → «Бейбут Атамкулов».
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Token

from ...tagging.morph import CASES, UD_CASES, case_of, known, parses
from .readings import APOSTROPHES, GENDERS, Reading, readings
from .syllables import family_syllable, syllable_name, syllable_surname


# ---------------------------------------------------------------- NAMES
@dataclass
class PersonName:
    """The nominative of a person's name and its parts."""

    normal: str
    first: Optional[str] = None
    middle: Optional[str] = None
    last: Optional[str] = None
    gender: Optional[str] = None
    case: Optional[str] = None  # the case the mention is in: «Бейбутом Атамкуловым» → ablt
    lasts: frozenset[str] = field(default_factory=frozenset)  # every surname this mention may stand for

    def parts(self) -> dict[str, Optional[str]]:
        return {"first": self.first, "middle": self.middle, "last": self.last}


def is_initial(token: Token) -> bool:
    """«В.» as one token or «В» before «.»: an initial. Of two letters only a consonant pair («Дж.», «Вл.»): a
    syllable before a sentence's full stop is a name («посланник Пак Сон Ук.», «премьер Ли.»)."""
    text = token.text.rstrip(".")
    return (0 < len(text) <= 2 and text[:1].isupper() and (token.text.endswith(".") or _dot_follows(token))
            and (len(text) == 1 or VOWELS.isdisjoint(text.lower())))


VOWELS = frozenset("аеёиоуыэюяaeiouy")  # letters, not words: a character class


def _dot_follows(token: Token) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "." and not token.whitespace_


def name_words(tokens: Sequence[Token]) -> list[tuple[str, bool, bool]]:
    """(word, is_initial, space after) of a PER span; dots of initials are glued back: «В», «.» → «В.»; a surname
    with an apostrophe is one word: «О», «’», «Рейли» → «О’Рейли», «Д’Артаньян»."""
    out: list[tuple[str, bool, bool]] = []
    glue = False
    for k, token in enumerate(tokens):
        if token.is_space:
            continue
        if token.text == ".":
            if out and out[-1][1]:
                out[-1] = (out[-1][0], True, bool(token.whitespace_))
            continue
        if token.text in APOSTROPHES and out and not token.whitespace_ and not tokens[k - 1].whitespace_ and \
                k + 1 < len(tokens) and tokens[k + 1].is_alpha:
            out[-1] = (out[-1][0].rstrip(".") + token.text, False, False)
            glue = True
            continue
        if glue and token.is_alpha:
            out[-1] = (out[-1][0] + token.text, False, True)
        elif is_initial(token):
            out.append((token.text.rstrip(".") + ".", True, bool(token.whitespace_)))
        elif any(c.isalpha() for c in token.text):
            out.append((token.text, False, True))
        glue = False
    return out


def person_name(tokens: Sequence[Token]) -> Optional[PersonName]:
    """The nominative and parts of a name, or None when the span has no word."""
    items = name_words(tokens)
    if not items:
        return None
    return _person_name(tuple(items), _context_case(tokens))


@lru_cache(maxsize=50_000)
def _person_name(items: tuple[tuple[str, bool, bool], ...],
                 context: Context) -> PersonName:
    words = [w for w, initial, _ in items if not initial]
    choice = choose(words, context)
    forms: list[str] = []
    roles: list[Optional[str]] = []
    chosen = iter(choice)
    for word, initial, _ in items:
        if initial:
            forms.append(word)
            roles.append("initial")
        else:
            reading = next(chosen)
            forms.append(reading.form)
            roles.append(reading.role)
    gender = next((r.gender for r in choice if r.gender), None)
    spaced = "".join(f + (" " if space else "") for f, (_, _, space) in zip(forms, items))
    case = next((r.case for r in choice if r.case), None)
    name = PersonName(spaced.strip(), gender=gender, case=case)
    assign_parts(name, forms, roles)
    if len(choice) > 1 and len(choice) == len(items) and choice[0] == family_syllable(words[0]):
        name.last, name.first = forms[0], " ".join(forms[1:])  # Пак Сон Ук, Си Цзиньпин: the family name first
    if name.last and len(words) == 1:  # «Кудратова»: Кудратов's genitive or Кудратова herself
        name.lasts = frozenset(r.form for r in readings(words[0]) if r.role in ("last", None))
    elif name.last:
        name.lasts = frozenset([name.last])
    return name


Context = tuple[Optional[str], Optional[str], Optional[str]]  # the cases of the name's head, its last word, its title


def _context_case(tokens: Sequence[Token]) -> Context:
    """The cases slovnet gives the name's syntactic head and its last word: («с министром Ван Мином») → (ablt,
    nomn): «Ван» is the apposition, Ins; «Мином», its flat:name, is tagged Nom."""
    words = [t for t in tokens if not t.is_space]
    if not words:
        return None, None, None
    inside = {t.i for t in words}
    head = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[0])
    head_case, last_case = (UD_CASES.get((t.morph.get("Case") or [""])[0]) for t in (head, words[-1]))
    title = head.head  # «с послом Турции Олгачем Айдылом»: slovnet tags a name it does not know Nom, but the title
    # it knows is Ins, and a name in apposition shares its case
    title_case = None
    if head.dep_ == "appos" and title.i not in inside and title.pos_ == "NOUN":
        cases = {case_of(p) for p in parses(title.text) if known(p) and p.tag.POS == "NOUN"}
        tagged = UD_CASES.get((title.morph.get("Case") or [""])[0])
        title_case = tagged if tagged in cases else next(iter(cases)) if len(cases) == 1 else None  # «Послом»
        if title_case == "nomn":
            title_case = None  # only an oblique title helps: a name in the nominative reads so anyway, and slovnet
            # hangs an apposition on the wrong noun at times («Встреча с … Послом … Мехметом Озкаем»)
    return head_case, last_case, title_case


def choose(words: Sequence[str], context: Context = (None, None, None)) -> list[Reading]:
    """The readings of all words that agree in case and gender with the best total weight.

    `context` is the case slovnet gives the name's head and its last word; the last word's counts, except in a
    name with an undeclined East Asian family name first, where slovnet tags the head better.
    """
    syllables = syllable_name(words)  # «Ли Чжон Мином»: read as written, the last syllable declined
    if syllables is not None:
        return syllables
    options = [readings(w) for w in words]
    head_case, last_case, title_case = context
    context_case = last_case
    for k in range(len(words) - 1):  # «Ван Мином», «Ким Чен Ыном»: only the last part of such a name declines
        if syllable_surname(words[k], options[k]):
            options[k] = options[k] + (family_syllable(words[k]),)
            context_case = head_case or last_case
    best: tuple[float, list[Reading]] = (-1.0, [o[-1] for o in options])
    if title_case is not None and not _first_name_elsewhere(options, title_case):  # the title's case, when every
        # word has a reading in it (or does not decline), unless a first name says another: the parser may hang
        # the name on the wrong noun of the title («заместителем министра … Валентиной Коломбо»)
        fitting = [[r for r in o if r.case in (title_case, None)] for o in options]
        if all(fitting):
            return [max(f, key=lambda r: r.score) for f in fitting]
    for case in CASES:
        for gender in GENDERS:
            picked = []
            total = 0.0
            for option in options:
                fits = [r for r in option if r.case in (case, None) and r.gender in (gender, None)]
                if not fits:
                    break
                reading = max(fits, key=lambda r: r.score)
                picked.append(reading)
                total += reading.score
            else:
                total += 0.25 if case == "nomn" else 0.0
                total += 0.3 if case == context_case else 0.0
                if total > best[0]:
                    best = (total, picked)
    return best[1]


def _first_name_elsewhere(options: Sequence[Sequence[Reading]], case: str) -> bool:
    """Is there a word read as a first name only in oblique cases other than `case` («Валентиной»: Ins only)?"""
    for option in options:
        cases = {r.case for r in option if r.role == "first"}
        if cases and case not in cases and None not in cases and "nomn" not in cases:
            return True
    return False


def _particles(forms: list[str], roles: list[Optional[str]]) -> tuple[list[str], list[Optional[str]]]:
    """A lower-case particle belongs to the surname after it: «де Гроот», «бин Ладен», «фон Беттихер»."""
    out_forms: list[str] = []
    out_roles: list[Optional[str]] = []
    i = 0
    while i < len(forms):
        if forms[i][:1].islower() and i + 1 < len(forms) and roles[i] != "initial":
            j = i
            while j + 1 < len(forms) and forms[j][:1].islower():
                j += 1
            out_forms.append(" ".join(forms[i : j + 1]))
            out_roles.append("last")
            i = j + 1
            continue
        out_forms.append(forms[i])
        out_roles.append(roles[i])
        i += 1
    return out_forms, out_roles


def assign_parts(name: PersonName, forms: list[str], roles: list[Optional[str]]) -> None:
    """first/middle/last from the roles the readings gave, with word order as the fallback."""
    forms, roles = _particles(forms, roles)
    words = [(f, r) for f, r in zip(forms, roles)]
    if "middle" in roles:  # Лазиз Абдуллаевич Кудратов, Кудратов Лазиз Абдуллаевич, В. Л. Кудратов
        m = roles.index("middle")
        name.middle = forms[m]
        if m >= 1:
            name.first = forms[m - 1]
        rest = [f for i, f in enumerate(forms) if i not in (m, m - 1)]
        name.last = " ".join(rest) or None
        return
    if len(words) == 1:
        form, role = words[0]
        if role == "first":
            name.first = form
        else:
            name.last = form
        return
    initials = [f for f, r in words if r == "initial"]
    others = [(f, r) for f, r in words if r != "initial"]
    if initials:  # А. В. Кудратов
        name.first = initials[0]
        name.middle = initials[1] if len(initials) > 1 else None
        name.last = " ".join(f for f, _ in others) or None
        return
    if len(others) == 2 and others[0][1] == "last" and others[1][1] in ("first", None):
        name.last, name.first = others[0][0], others[1][0]  # Лужков Юрий, Ван Мин
        return
    name.first = others[0][0]
    name.last = " ".join(f for f, _ in others[1:]) or None
