"""Not every figure near an indicator word is a fact, and not every indicator word names an indicator.

Mentions in another sense are dropped: «в действующих ценах», «в экономике» (a place in the text, not the price
or the GDP: lemmas with the `no_locative` cue role), «направила письмо», «поставлена задача» (a trigger verb
whose object is an `idiom_object`), a share that is a stake («доля фонда в капитале банка»: `stake` words after
«доля»). Figures that are no facts are skipped: sums of fines, damages and bribes (`penalty` cues in the
figure's clause before it), a condition's premise («если …, то …») and the size of one thing («станция
мощностью свыше 12 МВт», «организации с численностью до 15 человек»: an indicator noun in the instrumental
right before a figure that is not money).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..figures import Figure, span_root
from ..indicators import IndicatorMention
from ..vocabulary import Vocabulary

STAKE_WINDOW = 4  # words after «доля» that may say it is a stake: «доля фонда в капитале банка»


def drop_other_senses(mentions: list[IndicatorMention], sent: Span, vocab: Vocabulary) -> list[IndicatorMention]:
    """The mentions that name an indicator, without the words used in another sense."""
    return [m for m in mentions if not _other_sense(m, sent, vocab)]


def _other_sense(mention: IndicatorMention, sent: Span, vocab: Vocabulary) -> bool:
    doc = sent.doc
    root = span_root(doc[mention.start : mention.end])
    if vocab.has(root.lemma_, "no_locative") and any(
            c.dep_ == "case" and c.lower_ in ("в", "во") for c in root.children):
        return True  # «в действующих ценах», «занятость в экономике»
    if root.pos_ == "VERB" and any(c.dep_ in ("obj", "nsubj:pass") and vocab.has(c.lemma_, "idiom_object")
                                   for c in root.children):
        return True  # «направила письмо», «поставлена задача»
    if vocab.has(root.lemma_, "share"):
        after = doc[mention.end : min(mention.end + STAKE_WINDOW, sent.end)]
        if any(vocab.has(t.lemma_, "stake") for t in after):
            return True  # «доля фонда в капитале банка»
    return False


def not_a_fact(figure: Figure, clause_start: int, vocab: Vocabulary) -> bool:
    """A fine, a damage or a bribe («штраф – до 1 % выручки»: a `penalty` cue in the figure's clause before it),
    or the premise of a condition («если чип стоит 100 рублей, то …»)."""
    doc = figure.span.doc
    return any(vocab.has(t.lemma_, "penalty") for t in doc[clause_start : figure.span.start]) or _premise(figure,
                                                                                                          vocab)


def _premise(figure: Figure, vocab: Vocabulary) -> bool:
    """The figure stands between «если» and its «то», or after «если» with no comma between: a supposition,
    not a fact («если чип памяти стоит 100 рублей, а смартфон — 20 тысяч, то …»). The outcome after «то» stays."""
    doc, sent = figure.span.doc, figure.sent
    opening = [t for t in doc[sent.start : figure.span.start] if vocab.has(t.lower_, "condition")]
    if not opening:
        return False
    before = doc[opening[-1].i : figure.span.start]
    if any(t.lower_ == "то" for t in before):
        return False
    return any(t.lower_ == "то" for t in doc[figure.span.end : sent.end]) or not any(t.text == "," for t in before)


def size_of_one(figure: Figure, mention: IndicatorMention) -> bool:
    """«станция мощностью свыше 12 МВт», «с численностью до 15 человек»: the indicator noun in the instrumental
    right before a physical quantity, hanging on another noun, gives the size of one thing, not an economic
    figure (money and percentages stay: «проект стоимостью 30 млрд», «превышения инфляцией 4 %»)."""
    if figure.group != "quantities" or mention.end > figure.span.start:
        return False
    doc = figure.span.doc
    root = span_root(doc[mention.start : mention.end])
    gap = [t for t in doc[mention.end : figure.span.start] if not t.is_space]
    return ("Ins" in root.morph.get("Case") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < root.i
            and len(gap) <= 2 and all(t.pos_ in ("ADP", "ADV", "PART") for t in gap))
