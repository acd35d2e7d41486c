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

from ..figures import DASHES, Figure, span_root
from ..indicators import IndicatorMention
from ..reading import Reading, Sentence
from ..vocabulary import Vocabulary

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
    doc = sentence.doc
    clause = doc[start : figure.span.start]
    antecedent = _phrase_head(span_root(doc[reading.antecedent.start : reading.antecedent.end]))
    found = next((t for t in clause if _stands_for_antecedent(t, clause, vocab)
                  and _agrees(t, antecedent, vocab)), None)
    if found is None:
        return None
    words = None
    if reading.number - reading.antecedent_at > NEAR:
        end = found.i + 1
        if end < figure.span.start and doc[end].pos_ == "NOUN":  # «этот показатель», «эту сумму»
            end += 1
        words = doc[found.i : end]
    return Continuation(reading.antecedent, "anaphor", words)


def _stands_for_antecedent(token: Token, clause: Span, vocab: Vocabulary) -> bool:
    """«это», «этот показатель»; «он», «она», «его» (a pronoun) in a clause with a link or change verb («она
    составила 2,5%», «довести его до …», not «они получили …»); «его», «её» (possessive) before a measure or change
    noun («его объём», «её повышение», not «её парк»)."""
    words = vocab.words
    if token.lower_ in words["anaphor"] or vocab.has(token.lemma_, "anaphoric_noun"):
        return True
    if token.lower_ in words["possessive"] and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"):
        head = token.head.lemma_  # the parser tags it DET or PRON: its head tells («её повышение до 4,4%»)
        return any(vocab.has(head, role) for role in ("measure_noun", "up", "down"))
    if token.lower_ in words["personal_pronoun"] or token.lower_ in words["possessive"]:
        return any(vocab.has(t.lemma_, role) for t in clause for role in ("link", "up", "down"))
    return False


AGREEMENT = {"masculine_pronoun": ("Sing", "Masc"), "feminine_pronoun": ("Sing", "Fem"),
             "neuter_pronoun": ("Sing", "Neut"), "plural_pronoun": ("Plur", None)}


def _phrase_head(token: Token) -> Token:
    """The noun a genitive chain hangs on: «цен» in «темп прироста цен» → «темп» (what a pronoun agrees with)."""
    while token.dep_ == "nmod" and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _agrees(pronoun: Token, antecedent: Token, vocab: Vocabulary) -> bool:
    """A personal or possessive pronoun agrees in number and gender with the head of its antecedent («экспорт» …
    «он», «его»; «инвестиции» … «они»); other anaphors, and antecedents without features, always do."""
    readings = [agreement for name, agreement in AGREEMENT.items() if pronoun.lower_ in vocab.words[name]]
    number, gender = antecedent.morph.get("Number"), antecedent.morph.get("Gender")
    if not readings or not number:
        return True
    return any(want_number in number and (want_gender is None or not gender or want_gender in gender)
               for want_number, want_gender in readings)


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
