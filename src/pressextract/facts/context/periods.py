"""Period choice: which of the sentence's date spans is a fact's period (a date of its clause, else of its sentence,
else carried over within the paragraph). The calendar periods themselves («в I квартале», «первом полугодии») are
read by the dates package (dates/quarters.py); here they are only chosen.

A date after a comparison word is the base of a comparison, not the period («по сравнению с 2024 годом», «чем
годом ранее», «к уровню января–сентября 2024 года», a comparative's or «превышать»'s object: «на 11% больше
прошлогоднего»), and so is a date after an index figure's preposition («97,8% к
октябрю 2025 года»). A date right after a `from`/`against` figure belongs to that
figure's own fact («с 11,2% в декабре 2025 года», «против 10,1% годом ранее»).
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Span, Token

from ..vocabulary import Vocabulary


def is_comparison(date: Span, sent: Span, vocab: Vocabulary, numeric: set[int]) -> bool:
    """A comparison word stands right before the date (or opens it): it is a base, not a period.

    «по сравнению с 2024 годом», «чем годом ранее», «к уровню января–сентября 2024 года»; the look-back stops
    at a figure, so «к целевому уровню 5% в 2027 году» keeps its period.
    """
    after = [t.lower_ for t in date.doc[date.end : min(sent.end, date.end + 3)] if not t.is_space]
    if len(after) >= 2 and after[0] == "," and after[1] in vocab.words["time_relative"]:
        return False  # «к уровню 80-х годов, когда товарооборот достигал 60 млрд»: the time of the clause after it
    words = []
    for token in reversed(date.doc[max(sent.start, date.start - 3) : date.start]):
        if token.i in numeric:
            break
        if not token.is_space:
            words.append(token)
    inside = [t for t in date if not t.is_space][:2]
    if words and inside and inside[0].pos_ != "ADP" and _compared(words[0], vocab):
        return True  # «на 11% больше прошлогоднего», «превышает прошлогодний показатель»: the object compared
    return any(vocab.has(t.lemma_, "comparison") for t in words + inside)


def _compared(word: Token, vocab: Vocabulary) -> bool:
    """A comparative («больше», «выше», «дешевле») or a verb of exceeding right before a date without a
    preposition: that date is what the figure is compared with («быстрее в 2025 году» is not)."""
    return "Cmp" in word.morph.get("Degree") or vocab.has(word.lemma_, "exceed")


def index_base(date: Span, index_ends: set[int], change_ends: set[int], vocab: Vocabulary) -> bool:
    """The base of an index figure: «97,8% к октябрю 2025 года», «104,1% к 2024 году» (the figure ends at one of
    `index_ends`, and only its preposition stands between); the base of a change when the date says it is past:
    «-5% к прошлому году», «+3% к аналогичному периоду» (not a deadline: «на 5% к 2030 году»)."""
    prepositions = vocab.words["index_preposition"]
    if date[0].lower_ in prepositions:  # the date span holds its preposition: «к марту прошлого года»
        at, words = date.start, [t for t in date[1:3] if not t.is_space]
    else:
        before = [t for t in date.doc[max(0, date.start - 3) : date.start] if not t.is_space]
        if not before or before[-1].lower_ not in prepositions:
            return False
        at, words = before[-1].i, [t for t in date[:2] if not t.is_space]
    if at in index_ends:
        return True
    return at in change_ends and bool(words) and words[0].lower_ in vocab.words["past_reference"]


def choose(anchor: Span, candidates: list[Span], clause: tuple[int, int],
           taken: Sequence[tuple[int, int]] = ()) -> Optional[Span]:
    """The candidate date in the anchor's clause nearest to it (left wins a tie), else the sentence's nearest.

    `taken` are the clauses after the anchor's that hold figures of other facts: their dates are theirs
    («экспорт составил 1 млрд долларов, а в 2024 году — 0,8 млрд»: 2024 is not the first figure's period).
    """
    if not candidates:
        return None
    same = [d for d in candidates if clause[0] <= d.start < clause[1]]
    pool = same or [d for d in candidates if not any(b <= d.start < e for b, e in taken)]
    if not pool:
        return None
    return min(pool, key=lambda d: (_distance(anchor, d), d.start > anchor.start))


def nearer_later(date: Span, anchor: Span, others: Sequence[Span]) -> bool:
    """A date after the anchor that stands nearer another figure after it: that figure's period, not the anchor's
    («составит 104,5 млн рублей, в том числе по годам: 2019 год – 34,3 млн, 2020 год – 34,7 млн»)."""
    if date.start < anchor.end:
        return False
    near = _distance(anchor, date)
    return any(figure.start >= anchor.end and _distance(figure, date) < near for figure in others)


def _distance(a: Span, b: Span) -> int:
    if b.start >= a.end:
        return b.start - a.end
    if a.start >= b.end:
        return a.start - b.end
    return 0


def normalized(date: Span) -> str:
    """The normalised value the date component gave the span («2025», «P1Y»), or ""."""
    return str((date._.date or {}).get("normalized") or "")


def carried(date: Span) -> bool:
    """Can this period go on to the next sentences? Not a length or a rate («в год», «P3Y»): it belongs to its
    own figure. A time without a value («ранее», «в дальнейшем») goes on too: the sentences after it have no
    known period."""
    return not normalized(date).startswith("P")


def bare_length(date: Span) -> bool:
    """A length with no preposition («покрывает 3,5 месяца импорта») measures something else, not a period;
    «за три года», «в течение 5 лет», «в год» are periods."""
    return normalized(date).startswith("P") and date.text[:1].isdigit()
