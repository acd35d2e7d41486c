"""Which indicator a figure belongs to.

slovnet's trees are good inside noun phrases and poor across coordinated clauses («Экспорт … достиг V1, а импорт
… составил V2» hangs both values on one verb), so the tree is used where it is reliable and word order elsewhere:
1. a figure inside an indicator's phrase belongs to it: «рост ВВП на 2%», «дивиденды в размере 12,5 рубля»;
2. otherwise the nearest indicator before it in the sentence, if something links them: a link or change word
   («составил», «вырос», «в размере»), a dash or colon («экспорт – 24,3 млрд»), or they stand side by side;
3. otherwise an indicator right after it across a dash: «1,5 млрд — объём экспорта».
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from ..figures import ADJECTIVAL, DASHES, Figure, span_root
from ..indicators import IndicatorMention
from ..vocabulary import Vocabulary

MAX_GAP = 25  # tokens between an indicator and its figure (a longer gap needs a link word)


NMOD_CHAIN = 4  # nouns a genitive chain may climb to the indicator it qualifies


def drop_nested(mentions: list[IndicatorMention], sent: Span) -> list[IndicatorMention]:
    """«Выручка от экспорта», «объём финансирования программы развития экспорта»: an indicator that only qualifies
    an earlier one, directly or down a chain of nouns, is not an indicator of its own."""
    kept: list[IndicatorMention] = []
    for mention in mentions:
        if not _qualifies(span_root(sent.doc[mention.start : mention.end]), kept):
            kept.append(mention)
    return kept


def _qualifies(token: Token, earlier: list[IndicatorMention]) -> bool:
    """`token` hangs on an earlier indicator: directly («выручка от экспорта»), or through nouns in the bare
    genitive («программы развития экспорта», «инвестиций в проекты развития экспорта»; not «соглашения о
    строительстве завода стоимостью …»)."""
    for _ in range(NMOD_CHAIN):
        head = token.head
        if token.dep_ != "nmod" or head.i == token.i or head.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(m.start <= head.i < m.end for m in earlier):
            return True
        if not _bare_genitive(token):
            return False
        token = head
    return False


def _bare_genitive(token: Token) -> bool:
    return token.morph.get("Case") == ["Gen"] and not any(c.dep_ == "case" for c in token.children)


def attach(figure: Figure, mentions: list[IndicatorMention], vocab: Vocabulary,
           last_end: dict[int, int], numeric: set[int]) -> Optional[IndicatorMention]:
    """The indicator `figure` measures, or None when nothing in the sentence links them.

    Dates and other figures in between do not count as words («ставку с 15 августа 2023 года на 350 б.п.»).
    `last_end` maps an indicator (by start token) to the end of the last figure linked to it: a second figure
    of the same indicator only needs a link from there («оценивается в 6,2%, а в текущем году составит 5%»).
    """
    span = figure.span
    left = [m for m in mentions if m.end <= span.start]
    right = [m for m in mentions if m.start >= span.end]
    if right and _linked_right(span.doc[span.end : right[0].start], right[0], vocab, only_verbs=True):
        return right[0]
    if right and _modifies(span, right[0]):
        return right[0]
    if left and _dash_item(span.doc[left[-1].end : span.start], vocab):
        return left[-1]  # «экспорт — 1 млрд долларов, импорт — 2 млрд долларов»: the parse may hang both on one
    chain = _head_chain(span_root(span), 3)
    owner = _owner(chain, left, ("NOUN", "PROPN"))
    linked = False
    if left:
        nearest = left[-1]
        gap = span.doc[max(nearest.end, last_end.get(nearest.start, 0)) : span.start]
        linked = figure.role in ("from", "against") or _linked(gap, vocab, numeric)
    if owner is not None and not (linked and owner.end <= left[-1].start):
        return owner  # «рост ВВП на 2 %»; but an indicator named between them and linked wins: «нарастила
        # товарооборот …, поставив товаров на сумму 7,2 млрд»
    if right and not figure.index and _genitive_after(span, right[0], through=False) and not (
            linked and _link_word(span.doc[left[-1].end : span.start], vocab)):
        return right[0]  # «35 % экспорта приходится на …», «привлечь 15 млрд долларов инвестиций»; not
        # «Отчисления составили 1 % выручки»
    if linked:
        return left[-1]
    owner = _changed_by(chain, left, vocab) if figure.role == "change" else None
    if owner is not None:
        return owner  # «нарастил товарооборот с Казахстаном на 17,3 %»
    owner = _owner(chain, left, ("VERB",))  # «выделить европейским фермерам около €1,5 млрд»
    if owner is not None:
        return owner
    if right and _linked_right(span.doc[span.end : right[0].start], right[0], vocab, only_verbs=False):
        return right[0]
    if right and figure.unit == "%" and not figure.index and _genitive_after(span, right[0], through=True):
        return right[0]  # «10 % от общего объёма поставок»; after the left ones: «291 человек, или 3,9 % от …»
    return None


def _linked_right(gap: Span, mention: IndicatorMention, vocab: Vocabulary, only_verbs: bool) -> bool:
    """An indicator after its figure: «95 млн долларов придутся на прямые иностранные инвестиции», «70%
    продукции планируется экспортировать», «1,5 млрд — объём экспорта»."""
    words = [t for t in gap if not t.is_space]
    if len(words) > 4:
        return False
    if any(vocab.has(t.lemma_, "right_link") for t in words):
        return True
    if only_verbs:
        return False
    head = gap.doc[mention.start]
    return any(t.text in DASHES for t in words) or head.pos_ == "VERB"


def _genitive_after(span: Span, mention: IndicatorMention, through: bool) -> bool:
    """The indicator right after the figure, in the genitive: «35 % экспорта», «15 млрд долларов инвестиций»,
    «2,5 млрд рублей убытка», «73 % мировых запасов газа»; `through` a share's «от» and one measure noun:
    «10 % от общего объёма поставок»."""
    doc = span.doc
    head = span_root(doc[mention.start : mention.end])
    if "Gen" not in head.morph.get("Case"):
        return False
    gap = [t for t in doc[span.end : mention.start] if not t.is_space]
    if not through:
        return all(t.pos_ in ("ADJ", "DET") for t in gap) and len(gap) <= 2
    nouns = [t for t in gap if t.pos_ == "NOUN"]
    return len(gap) <= 3 and len(nouns) <= 1 and all(
        t.pos_ in ("ADJ", "DET") or t.lower_ == "от" or (t.pos_ == "NOUN" and "Gen" in t.morph.get("Case"))
        for t in gap)


def _dash_item(gap: Span, vocab: Vocabulary) -> bool:
    """Only a dash or colon (and hedges) between an indicator and its figure: «импорт — 2 млрд», «Экспорт: 24,3»."""
    words = [t for t in gap if not t.is_space]
    hedges = vocab.words["hedge"]
    return any(t.text in DASHES for t in words) and all(t.text in DASHES or t.lower_ in hedges for t in words)


def _modifies(span: Span, mention: IndicatorMention) -> bool:
    """An adjectival figure of its indicator, or of the noun the indicator hangs on: «8-миллиардный кредит»,
    «очередной 8-миллиардный транш кредита», «о 5-процентном росте выручки»."""
    root = span_root(span)
    if root.dep_ not in ("amod", "nummod") or not ADJECTIVAL.search(span.text):
        return False
    head = root.head
    return mention.start <= head.i < mention.end or (
        head.i < mention.start and any(c.dep_ == "nmod" and mention.start <= c.i < mention.end for c in head.children))


def _owner(chain: list[Token], mentions: list[IndicatorMention], poses: tuple[str, ...]) -> Optional[IndicatorMention]:
    """The first mention on the figure's head chain whose word has one of `poses`."""
    for token in chain:
        if token.pos_ in poses:
            owner = next((m for m in mentions if m.start <= token.i < m.end), None)
            if owner is not None:
                return owner
    return None


def _changed_by(chain: list[Token], mentions: list[IndicatorMention], vocab: Vocabulary) -> Optional[IndicatorMention]:
    """The object of the change verb the figure hangs on, words between them or not: «увеличил товарооборот с
    Россией на 9 %», «сократил за год добычу угля на 4,5 %»."""
    for token in chain:
        if token.pos_ == "VERB" and (vocab.has(token.lemma_, "up") or vocab.has(token.lemma_, "down")):
            objects = [m for m in mentions if span_root(token.doc[m.start : m.end]).head.i == token.i
                       and span_root(token.doc[m.start : m.end]).dep_ in ("obj", "nsubj", "nsubj:pass")]
            return objects[-1] if objects else None
    return None


def _linked(gap: Span, vocab: Vocabulary, numeric: set[int]) -> bool:
    """Something joins an indicator to a figure after it: at most two words, a dash, a bracket, a link or change
    word («составил», «в размере», «вырос»)."""
    words = [t for t in _outside_brackets(gap) if not t.is_space and t.i not in numeric]
    if len(words) > MAX_GAP or any(t.text == ";" for t in words):
        return False
    hedges = vocab.words["hedge"]
    if len([t for t in words if not t.is_punct and t.lower_ not in hedges]) <= 2:
        return True
    return any(t.text in DASHES or t.text == "(" or vocab.has(t.lemma_, "link") or vocab.has(t.lemma_, "up")
               or vocab.has(t.lemma_, "down") for t in words)


def _outside_brackets(gap: Span) -> list[Token]:
    """The tokens of `gap` outside «( … )» asides: «Фонд оплаты труда (включая организации …) составил …»."""
    out: list[Token] = []
    depth = 0
    for token in gap:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif depth == 0:
            out.append(token)
    return out


def _link_word(gap: Span, vocab: Vocabulary) -> bool:
    """A link verb or a dash joins the indicator on the left to the figure: «составили», «—»."""
    return any(t.text in DASHES or vocab.has(t.lemma_, "link") for t in gap)


def _head_chain(token: Token, hops: int) -> list[Token]:
    chain = []
    while hops and token.head.i != token.i:
        token = token.head
        chain.append(token)
        hops -= 1
    return chain
