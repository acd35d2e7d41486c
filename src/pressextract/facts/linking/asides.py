"""Indicators that stand near a figure without being its indicator: a source of funds and a bracketed aside.

    «Объём финансирования за счёт средств областного бюджета составит 3 млрд рублей»   funding, not the budget
    «Экспорт (без учёта поставок энергоносителей) составил 5 млрд долларов»           export, not the supplies

A mention after a source preposition («за счёт», «из», through «средств» and adjectives: `funds_source` in
data/fact_words.tsv) is no candidate when another indicator, not a source itself, stands before it in its clause
and line with no figure between («за счёт средств федерального бюджета – 28 млн рублей» alone keeps it); a mention
inside brackets is none for a figure outside them, and the words of an aside do not count as a gap (linking.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..figures import Figure
from ..indicators import IndicatorMention
from ..reading import Sentence
from ..vocabulary import Vocabulary

SOURCE_WINDOW = 5  # tokens between a source preposition and the mention: «за счёт средств областного и федерального»


def candidates(figure: Figure, sentence: Sentence, vocab: Vocabulary) -> list[IndicatorMention]:
    """The mentions of `sentence` that may be `figure`'s indicator."""
    doc = sentence.doc
    out = []
    for mention in sentence.mentions:
        if _bracketed(doc, mention, figure.span.start, sentence.span.start, sentence.span.end):
            continue
        if _source(doc, mention, vocab) and any(_heads(other, mention, sentence, vocab) for other in sentence.mentions):
            continue
        out.append(mention)
    return out


def _heads(other: IndicatorMention, source: IndicatorMention, sentence: Sentence, vocab: Vocabulary) -> bool:
    """`other` is the indicator the source of funds qualifies: before it in its clause and line, not a source
    itself, no figure between them («…, в том числе за счёт иных трансфертов – 636 тыс.» is an item of its own)."""
    if other.end > source.start or _source(sentence.doc, other, vocab):
        return False
    if sentence.clause_of(other.start) != sentence.clause_of(source.start):
        return False
    between = sentence.doc[other.end : source.start]
    return "\n" not in between.text and not any(other.end <= f.span.start < source.start for f in sentence.figures)


def _source(doc: Doc, mention: IndicatorMention, vocab: Vocabulary) -> bool:
    """«за счёт средств областного бюджета», «из средств муниципального бюджета», «за счёт бюджета»."""
    words = vocab.words["funds_source"]
    i = mention.start - 1
    steps = 0
    while i >= 0 and steps < SOURCE_WINDOW and (doc[i].pos_ in ("ADJ", "DET") or doc[i].lower_ in ("и", ",")
                                                or doc[i].lemma_ == "средство"):
        i -= 1
        steps += 1
    if i < 0:
        return False
    one = doc[i].lower_
    two = f"{doc[i - 1].lower_} {one}" if i > 0 else one
    return one in words or two in words


def _bracketed(doc: Doc, mention: IndicatorMention, figure: int, start: int, end: int) -> bool:
    """The mention inside brackets that do not hold token `figure`, with more words than its own (a gloss «(ФЗП)»
    names the indicator before it)."""
    bracket = _bracket_of(doc, mention.start, start, end)
    if bracket is None or bracket == _bracket_of(doc, figure, start, end):
        return False
    return (bracket[0] + 1, bracket[1]) != (mention.start, mention.end)


def _bracket_of(doc: Doc, i: int, start: int, end: int) -> tuple[int, int] | None:
    """The innermost «( … )» around token `i` within the sentence, as (open, close), or None."""
    depth = 0
    j = i - 1
    while j >= start:
        if doc[j].text == ")":
            depth += 1
        elif doc[j].text == "(":
            if depth == 0:
                k = i
                closing = 0
                while k < end:
                    if doc[k].text == "(":
                        closing += 1
                    elif doc[k].text == ")":
                        if closing == 0:
                            return j, k
                        closing -= 1
                    k += 1
                return j, end
            depth -= 1
        j -= 1
    return None
