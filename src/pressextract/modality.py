"""Actual, target or forecast, from the words of the fact's clause.

«по прогнозу …», «ожидается» → forecast (even when a target is named: «вернётся к целевому уровню 5%»);
«планируется», «довести до», «рекомендовал выплатить», «договорились увеличить» → target; a verb in the future
(«составит», «создаст»), «может», «будет» → forecast; otherwise actual.
"""

from __future__ import annotations

from spacy.tokens import Span

from .cues import Cues

FUTURE_AUX = {"будет", "будут", "будем", "будете"}


def modality(clause: Span, cues: Cues) -> str:
    """The modality of a fact stated in `clause`."""
    lemmas = [t.lemma_ for t in clause if not t.is_space]
    if any(cues.has(lemma, "strong_forecast") for lemma in lemmas):
        return "forecast"
    if any(cues.has(lemma, "target") for lemma in lemmas):
        return "target"
    if any(cues.has(lemma, "forecast") for lemma in lemmas) or any(
        t.lower_ in FUTURE_AUX or (t.pos_ == "VERB" and "Fut" in t.morph.get("Tense")) for t in clause
    ):
        return "forecast"
    return "actual"
