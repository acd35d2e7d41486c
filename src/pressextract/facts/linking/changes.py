"""Growth named by a noun or a verb is a change of the indicator, not its level.

    «Прирост экспорта составил 12 %», «рост ВВП — 3,1 %», «скидка на газ в размере 10 %»   change (the noun)
    «с приростом в 10 %»                                                                  change (noun before it)
    «экспорт набрал 5 %», «индекс прибавил 2,3 %», «акции потеряли 7 %»                   change (a verb's percentage)
    «планируется рост 160,8 %»                                                            index: +60.8 %
    «к уровню 2024 года составит 104,1 %»                                                 index: a base before it

A rate phrase keeps its level («темп роста ВВП составил 3 %»); «до», «с», «после», «против» mark a level
(«рост до 5 %», «после 7,5 % в августе»).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..figures import Figure
from ..indicators import IndicatorMention
from ..vocabulary import Vocabulary

NOUN_WINDOW = 2  # tokens between a change noun and the indicator or figure it names: «с приростом в 10 %»
BASE_WINDOW = 10  # tokens looked back for a base: «к уровню 2024 года составит 104,1 %»
LEVEL_WINDOW = 4  # words looked back for a preposition of a level: «до уровня не более 6 %»


def as_change(figure: Figure, mention: IndicatorMention, vocab: Vocabulary, has_change: bool) -> None:
    """Make `figure` a change of `mention` when a change noun or verb names it, or an index when a base does;
    not when the indicator already has a change in the sentence («увеличение зарплаты на 7 % … составит
    24 350 руб.»: the noun was that change's)."""
    if figure.role != "value" or has_change:
        return
    doc = figure.span.doc
    if rate_phrase(doc, mention, vocab):
        return
    levels = vocab.words["level_preposition"]
    if any(w in levels for w in _before(doc, figure.span.start, 1, vocab.words["hedge"])):
        return  # «повышение до 4,4 %», «до не более 6 %»
    direction = _noun_before(doc, figure, vocab)  # «с приростом в 10 %»
    if direction is None:
        if any(w in levels for w in _before(doc, figure.span.start, LEVEL_WINDOW)) or any(
                t.lower_ in levels for t in doc[mention.end : figure.span.start]):
            return  # «снижение инфляции до уровня менее 5 % … и целевого уровня 4 %», «после 7,5 % в августе»
        direction = _noun_of_change(doc, mention, vocab) or _verb_of_change(figure, mention, vocab)
    if direction is None and figure.unit == "%" and mention.entry.kind == "amount" and _signed(figure):
        direction = "down" if figure.amount < 0 else "up"  # «экспорт составил -5% к прошлому году»: an amount's
        # signed percentage is its change
    if direction is None:
        if figure.unit == "%" and figure.amount >= 50 and _base_before(figure, vocab):
            figure.index = True
        return
    if figure.unit == "%" and figure.amount >= 100 and _before(doc, figure.span.start, 1) != ["на"]:
        figure.index = True  # «рост 160,8 %»: to 160.8 % of the base
        return
    figure.role, figure.direction = "change", direction
    figure.extra["named"] = True  # by a noun or verb, not by «на»


def _signed(figure: Figure) -> bool:
    """The figure is written with a sign: «-5%», «+3,2%», «минус 2%»."""
    return figure.amount < 0 or figure.span.text.lstrip()[:1] == "+"


def subject_of_verb(figure: Figure, mention: IndicatorMention, mentions: list[IndicatorMention],
                    vocab: Vocabulary) -> IndicatorMention:
    """A change verb that is a trigger itself («потерять» is a loss) with a percentage and another indicator for
    its subject: the subject's change («Продажи автомобилей потеряли 7 %»)."""
    doc = figure.span.doc
    verb = doc[mention.start]
    if mention.end - mention.start != 1 or verb.pos_ != "VERB" or figure.unit not in ("%", "pp") or _direction(
            verb, vocab) is None or figure.span.root.head.i != verb.i:
        return mention
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass"):
            found = next((m for m in mentions if m.start <= child.i < m.end and m is not mention), None)
            if found is not None:
                return found
    return mention


def rate_phrase(doc: Doc, mention: IndicatorMention, vocab: Vocabulary) -> bool:
    """«темп роста ФЗП», «индекс промышленного производства»: the level of such a phrase is a percentage."""
    return any(vocab.has(t.lemma_, "rate_head") for t in doc[max(0, mention.start - 3) : mention.end])


def _noun_before(doc: Doc, figure: Figure, vocab: Vocabulary) -> Optional[str]:
    """A change noun right before the figure: «с приростом в 10 %», «рост 12 %»."""
    return _first_noun(doc[max(figure.sent.start, figure.span.start - NOUN_WINDOW - 1) : figure.span.start], vocab)


def _noun_of_change(doc: Doc, mention: IndicatorMention, vocab: Vocabulary) -> Optional[str]:
    """A change noun opening the indicator phrase or right before it: «Прирост экспорта», «рост ВВП», «скидка»."""
    return _first_noun(doc[max(0, mention.start - NOUN_WINDOW) : mention.start + 1], vocab)


def _first_noun(tokens: Span, vocab: Vocabulary) -> Optional[str]:
    for token in tokens:
        if token.pos_ == "NOUN":
            direction = _direction(token, vocab)
            if direction is not None:
                return direction
    return None


def _verb_of_change(figure: Figure, mention: IndicatorMention, vocab: Vocabulary) -> Optional[str]:
    """The figure is the object of a change verb that is not the indicator itself: «экспорт набрал 5 %»;
    «компания потеряла 5 млрд» (the verb is the indicator) stays a level."""
    root = figure.span.root
    head = root.head
    if figure.unit not in ("%", "pp"):
        return None  # «превысил 300 млн долларов» is a level
    if head.pos_ != "VERB" or root.dep_ not in ("obj", "obl", "nsubj") or mention.start <= head.i < mention.end or any(
            c.dep_ == "case" for c in root.children):
        return None  # «повысится до 35 и 45 долларов»: a new level
    return _direction(head, vocab)


def _direction(token: Token, vocab: Vocabulary) -> Optional[str]:
    if vocab.has(token.lemma_, "up"):
        return "up"
    if vocab.has(token.lemma_, "down"):
        return "down"
    return None


def _base_before(figure: Figure, vocab: Vocabulary) -> bool:
    """«к уровню 2024 года составит 104,1 %»: a base («к»/«по» + a base word) shortly before the percentage."""
    doc = figure.span.doc
    start = max(figure.sent.start, figure.span.start - BASE_WINDOW)
    tokens = [t for t in doc[start : figure.span.start] if not t.is_space]
    return any(t.lower_ in vocab.words["index_preposition"] and k + 1 < len(tokens)
               and tokens[k + 1].lower_.rstrip(".") in vocab.words["index_base"] for k, t in enumerate(tokens))


def _before(doc: Doc, i: int, n: int, skip: frozenset[str] = frozenset()) -> list[str]:
    """The `n` words before token `i`, nearest first, passing over the words in `skip`."""
    words: list[str] = []
    j = i - 1
    while j >= 0 and len(words) < n:
        if not doc[j].is_space and doc[j].lower_ not in skip:
            words.append(doc[j].lower_)
        j -= 1
    return words
