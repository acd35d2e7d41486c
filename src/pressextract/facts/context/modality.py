"""Actual, target or forecast, from the words of the fact's clause.

«по прогнозу …», «ожидается» → forecast (even when a target is named: «вернётся к целевому уровню 5%»);
«планируется», «довести до», «рекомендовал выплатить», «договорились увеличить» → target; a verb in the future
(«составит», «создаст»), «может», «будет» → forecast, or target for indicators planned by nature («объём
финансирования программы составит …»); «соглашение на сумму», «целевой уровень», «программа» without a future
verb → target; an indicator under a goal noun («возвращение инфляции к 4 %», «стабилизация инфляции вблизи 4 %»)
and «предполагаемый» → target;
otherwise actual. A clause without a verb (a list item) is None: it takes the modality of the fact before it.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from ..vocabulary import Vocabulary


def modality(clause: Span, vocab: Vocabulary, future: str, indicator: Optional[Span] = None) -> Optional[str]:
    """The modality of a fact stated in `clause`; `future` is what a future tense means for its indicator, whose
    words (`indicator`) may stand under a goal noun: «для стабилизации инфляции вблизи 4 %» is a target."""
    if indicator is not None and _goal(indicator, vocab):
        return "target"
    lemmas = [t.lemma_ for t in clause if not t.is_space]
    if any(t.lower_ in vocab.words["planned_form"] for t in clause):
        return "target"  # «предполагаемый объём инвестиций» (its lemma «предполагать» is a forecast word)
    if any(vocab.has(lemma, "strong_forecast") for lemma in lemmas):
        return "forecast"
    if any(vocab.has(lemma, "target") for lemma in lemmas):
        return "target"
    auxiliaries = vocab.words["future_aux"]
    if any(vocab.has(lemma, "forecast") for lemma in lemmas) or any(
        t.lower_ in auxiliaries or (t.pos_ == "VERB" and "Fut" in t.morph.get("Tense")) for t in clause
    ):
        return future
    if any(vocab.has(lemma, "weak_target") for lemma in lemmas):
        return "target"
    if not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None
    return "actual"


def _goal(indicator: Span, vocab: Vocabulary) -> bool:
    """The indicator hangs on a goal noun: «возвращение инфляции к 4 %», «стабилизации инфляции вблизи 4 %»."""
    root = next((t for t in indicator if not (indicator.start <= t.head.i < indicator.end) or t.head.i == t.i),
                indicator[0])
    head = root.head
    return head.i != root.i and head.i < root.i and vocab.has(head.lemma_, "goal_noun")
