"""Natasha's models loaded by our fast loader give exactly what Natasha's own constructors give."""

from __future__ import annotations

import pytest

from pressextract.tagging.tools import _natasha_tools_plain, natasha_tools

SENTENCES = [
    ["Министр", "Лазиз", "Кудратов", "провёл", "встречу", "с", "послом", "Казахстана", "."],
    ["Товарооборот", "составил", "4,97", "млрд", "долларов", "США", ",", "увеличившись", "на", "11,4", "%", "."],
    ["ПАО", "«", "Сибирская", "медная", "компания", "»", "нарастило", "выручку", "."],
]


@pytest.fixture(scope="module")
def both():
    return natasha_tools(), _natasha_tools_plain()


@pytest.mark.parametrize("model", ["morph", "syntax", "ner"])
def test_fast_loading_changes_nothing(both, model: str) -> None:
    fast, plain = (getattr(tools, model).infer for tools in both)
    outputs = [list(infer.decoder(infer.process(infer.encoder(SENTENCES)))) for infer in (fast, plain)]
    assert repr(outputs[0]) == repr(outputs[1])


def test_lemmas_from_the_same_dictionary(both) -> None:
    fast, plain = both
    assert [fast.morph_vocab.lemmatize(w, "NOUN", {"Case": "Ins"}) for w in ("послом", "товарооборотом")] == \
        [plain.morph_vocab.lemmatize(w, "NOUN", {"Case": "Ins"}) for w in ("послом", "товарооборотом")] == \
        ["посол", "товарооборот"]


def test_the_taggers_share_the_embeddings_word_ids(both) -> None:
    fast, _ = both
    ids = fast.embedding.vocab.word_ids
    assert all(getattr(fast, model).infer.encoder.words_vocab.item_ids is ids for model in ("morph", "syntax", "ner"))
