"""Figures whose indicator was named before their clause: a pronoun's antecedent, an elliptic continuation, the
previous sentence.

    «Экспорт зерна растёт. В 2025 году он составил 3,1 млн тонн»                 anaphor: «он» is the export
    «Авторы отмечают, что этот показатель на 45 % ниже уровня 2013 года»          anaphor («этот показатель»)
    «Экспорт составил 1,2 млрд долларов, а в 2024 году — 0,8 млрд»               ellipsis: a dash for the verb
    «Экспорт вырос до 3,1 млрд долларов. Всего — почти на 25 % за три года.»     previous_sentence

A pronoun's indicator is the antecedent's span when it was named nearby, else the anaphor's own words («этот
показатель»), as the facts GUIDE annotates them ("the same or the previous sentence"; a quotation or a short
aside between them is let pass, so two sentences back).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span, Token

from .figures import DASHES, Figure
from .indicators import IndicatorMention
from .reading import Reading, Sentence
from .vocabulary import Vocabulary

NEAR = 2  # sentences back an antecedent still gives the indicator's span
CONTENT_WORDS = 1  # words naming something before a continued figure: «В целом за год — 5 %»


@dataclass(frozen=True)
class Continuation:
    """The indicator a figure continues, how, and the words to show as its indicator when not the mention's."""

    mention: IndicatorMention
    link: str
    words: Optional[Span] = None


def anaphor(figure: Figure, sentence: Sentence, reading: Reading, vocab: Vocabulary) -> Optional[Continuation]:
    """A pronoun, «этот/данный …» or «показатель» opens the figure's clause and stands for the antecedent."""
    if reading.antecedent is None:
        return None
    start = sentence.clause_of(figure.span.start)[0]
    anaphors = vocab.words["anaphor"]
    doc = sentence.doc
    found = next((t for t in doc[start : figure.span.start]
                  if t.lower_ in anaphors or vocab.has(t.lemma_, "anaphoric_noun")), None)
    if found is None:
        return None
    words = None
    if reading.number - reading.antecedent_at > NEAR:
        end = found.i + 1
        if end < figure.span.start and doc[end].pos_ == "NOUN":  # «этот показатель», «эту сумму»
            end += 1
        words = doc[found.i : end]
    return Continuation(reading.antecedent, "anaphor", words)


def elliptic(figure: Figure, sentence: Sentence) -> bool:
    """The figure's clause leaves its verb out, a dash in its place: «а в 2011-м — почти 49 млрд», «…, в том числе
    от города – 460 тыс. рублей; от посёлка – 260 тыс. рублей»."""
    start = sentence.clause_of(figure.span.start)[0]
    words = [t for t in sentence.doc[start : figure.span.start] if not t.is_space]
    return any(t.text in DASHES for t in words) and not any(t.pos_ in ("VERB", "AUX") for t in words)


def previous_sentence(figure: Figure, sentence: Sentence, reading: Reading) -> Optional[Continuation]:
    """A sentence without a verb or an indicator of its own before the figure continues the last fact of the
    sentence before it, in the same paragraph: «Экспорт вырос до 3,1 млрд долларов. Всего — почти на 25 % за
    три года.», «… А в 2024-м — ещё на 7,5 %.»"""
    if reading.last_fact is None or reading.last_fact_at != reading.number - 1:
        return None
    words = [t for t in sentence.doc[sentence.span.start : figure.span.start] if not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") for t in words) or any(m.start < figure.span.start for m in sentence.mentions):
        return None
    if not any(t.text in DASHES for t in words) and len([t for t in words if t.is_alpha]) > 2:
        return None
    if _content(words, reading) > CONTENT_WORDS:
        return None  # «– предприятия сельского хозяйства – 10 %»: an item naming a thing of its own
    return Continuation(reading.last_fact, "previous_sentence")


def _content(words: list[Token], reading: Reading) -> int:
    """Nouns, adjectives and names outside dates and figures: «Всего —», «А в 2024-м — ещё» have none."""
    return len([t for t in words if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i not in reading.numeric])
