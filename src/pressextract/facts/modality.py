"""Actual, target or forecast, from the words of the fact's clause.

«по прогнозу …», «ожидается» → forecast (even when a target is named: «вернётся к целевому уровню 5%»);
«планируется», «довести до», «рекомендовал выплатить», «договорились увеличить» → target; a verb in the future
(«составит», «создаст»), «может», «будет» → forecast, or target for indicators planned by nature («объём
финансирования программы составит …»); «соглашение на сумму», «целевой уровень» without a future verb → target;
otherwise actual. A clause without a verb (a list item) is None: it takes the modality of the fact before it.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .vocabulary import Vocabulary


def modality(clause: Span, vocab: Vocabulary, future: str) -> Optional[str]:
    """The modality of a fact stated in `clause`; `future` is what a future tense means for its indicator."""
    lemmas = [t.lemma_ for t in clause if not t.is_space]
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
