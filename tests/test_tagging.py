"""Natasha's annotations: the fast paths give slovnet's results, and parse="figures" parses what is read."""

from __future__ import annotations

import numpy
import pytest
import spacy

from pressextract.tagging.network import FastCNNEncoder, FastWordShapeEmbedding, Ids
from pressextract.tagging.inference import batches
from pressextract.tagging.tools import natasha_tools

KINDS = ("morph", "syntax", "ner")


@pytest.fixture(scope="module")
def tools():
    return natasha_tools()


def test_one_encoding_serves_the_three_models(tools) -> None:
    words = ["Узбекистаном", "ёлка", "4,97", "млрд", "—", "USD", "«", "Абв-Где", "xyz", ""]
    shared = tools.encoder_for(tools.morph)
    assert all(tools.encoder_for(getattr(tools, kind)) is shared for kind in KINDS)
    for kind in KINDS:  # slovnet's own encoder of each model gives the same ids
        assert shared.encode(words) == getattr(tools, kind).infer.encoder.item(words)


@pytest.mark.parametrize("kind", KINDS)
def test_the_fast_embedding_gives_slovnets_vectors_exactly(tools, kind: str) -> None:
    emb = getattr(tools, kind).infer.model.encoder.embedding
    assert isinstance(emb, FastWordShapeEmbedding)
    rng = numpy.random.default_rng(3)
    for shape in ((6, 17), (1, 1), (0, 5)):
        word_id, shape_id = rng.integers(0, 250_002, shape), rng.integers(0, 60, shape)
        expected = emb.original(word_id, shape_id)
        got = emb(word_id, shape_id)
        assert got.shape == expected.shape and got.dtype == expected.dtype
        assert numpy.array_equal(got, expected)  # copied, not computed: bit for bit


@pytest.mark.parametrize("kind", KINDS)
def test_the_fast_cnn_encoder_computes_slovnets(tools, kind: str) -> None:
    api = getattr(tools, kind)
    model = api.infer.model
    fast = model.encoder
    assert isinstance(fast, FastCNNEncoder)
    rng = numpy.random.default_rng(7)
    word_id, shape_id = rng.integers(0, 250_000, (6, 17)), rng.integers(0, 60, (6, 17))
    mask = numpy.zeros((6, 17), dtype=bool)
    mask[2:, 11:] = True  # shorter sentences padded, with slovnet's padding ids (zero vectors)
    mask[5, 3:] = True
    word_id[mask], shape_id[mask] = api.infer.encoder.words_vocab.pad_id, api.infer.encoder.shapes_vocab.pad_id
    assert model.emb(word_id, shape_id) == Ids(word_id, shape_id)  # the encoder embeds
    x = fast.embedding(word_id, shape_id)
    expected = fast.original(x.copy(), mask)
    packed = fast(x.copy(), mask)
    assert numpy.allclose(packed, expected, atol=1e-3)
    assert (packed[mask] == 0).all()
    assert numpy.array_equal(packed, fast.padded(x.copy(), mask))  # packed or padded: the same bits
    x[mask] = 1.0  # padding words that are not zeros: the padded layout, as slovnet computes it
    assert numpy.allclose(fast(x.copy(), mask), fast.original(x.copy(), mask), atol=1e-3)


@pytest.mark.parametrize("kind", KINDS)
def test_the_first_layer_from_the_words_table_computes_slovnets(tools, kind: str) -> None:
    api = getattr(tools, kind)
    fast = api.infer.model.encoder
    rng = numpy.random.default_rng(11)
    word_id, shape_id = rng.integers(0, 40, (5, 12)), rng.integers(0, 60, (5, 12))  # words repeat
    mask = numpy.zeros((5, 12), dtype=bool)
    mask[1:, 9:] = True
    mask[4, 2:] = True
    word_id[mask], shape_id[mask] = api.infer.encoder.words_vocab.pad_id, api.infer.encoder.shapes_vocab.pad_id
    expected = fast.original(fast.embedding(word_id, shape_id), mask)
    alone = fast(Ids(word_id, shape_id), mask)  # no table prepared for these words: one made for the batch
    assert numpy.allclose(alone, expected, atol=1e-3)
    assert (alone[mask] == 0).all()
    wider = numpy.concatenate([word_id[~mask], rng.integers(0, 250_000, 50)]), \
        numpy.concatenate([shape_id[~mask], rng.integers(0, 60, 50)])
    with fast.reading(*wider):  # a table wider than the batch
        assert len(fast.first.keys) > 50
        assert numpy.allclose(fast(Ids(word_id, shape_id), mask), alone, atol=1e-5)
    shape_id[mask] = 1  # a padding shape that is not zeros: the padded layout
    assert not fast.embedding.zeros(word_id[mask], shape_id[mask])
    assert numpy.allclose(fast(Ids(word_id, shape_id), mask),
                          fast.original(fast.embedding(word_id, shape_id), mask), atol=1e-3)


@pytest.mark.parametrize(("lengths", "size", "tokens", "expected"), [
    ([3, 3, 4, 10, 40], 32, 40, [[0, 1, 2, 3], [4]]),  # 5 × 10 > 40 closes the first batch
    ([5] * 7, 3, 1000, [[0, 1, 2], [3, 4, 5], [6]]),
    ([500], 32, 100, [[0]]),  # longer than the budget: alone
    ([], 32, 100, []),
])
def test_batches_keep_both_limits(lengths: list[int], size: int, tokens: int, expected: list[list[int]]) -> None:
    encoded = [([0] * n, [0] * n) for n in lengths]
    assert list(batches(list(range(len(lengths))), encoded, size, tokens)) == expected


RELEASE = ("Погода была хорошей.\n"                    # before a figure: parsed (an indicator may be carried on)
           "Выпуск удвоился и вырос вдвое.\n"            # «вдвое»: a figure without a digit
           "Переговоры продолжились в дружеской атмосфере.\n"
           "Стороны обсудили сотрудничество.\n"
           "В сентябре открылся новый завод.\n"          # a date without a digit
           "Делегация провела встречу на высоком уровне.\n"  # before words the rules read: parsed
           "Японское правительство одобрило проект.\n"   # the rules find an organisation NER misses
           "Экспорт вырос на 12%.\n"
           "Гости осмотрели цеха.\n"                     # before a name: parsed (a title on the line above)
           "Министр Иванов выступил с докладом.\n"
           "Затем все разъехались.")
PARSED = [True, True, False, True, True, True, True, True, True, True, False]  # per sentence


def test_parse_figures_tags_and_parses_the_sentences_components_read(nlp) -> None:
    doc = nlp(RELEASE)
    sentences = list(doc.sents)
    assert len(sentences) == len(PARSED)
    assert [all(t.pos_ for t in s if not t.is_space) for s in sentences] == PARSED
    for sentence, parsed in zip(sentences, PARSED):
        if not parsed:  # a flat tree: one root, the other tokens on it with the label "dep"
            words = [t for t in sentence if not t.is_space]
            assert [t.dep_ for t in words] == ["ROOT"] + ["dep"] * (len(words) - 1)
            assert all(t.head.i == words[0].i for t in words)
            assert not any(t.lemma_ for t in words)


def test_full_parse_tags_every_sentence(nlp_full) -> None:
    doc = nlp_full(RELEASE)
    assert all(t.pos_ and t.lemma_ for t in doc if not t.is_space)


def test_both_modes_give_the_same_records() -> None:
    import pressextract

    figures, full = pressextract.Extractor(), pressextract.Extractor(full_parse=True)
    assert figures.extract(RELEASE) == full.extract(RELEASE)


def test_an_unknown_parse_mode_is_refused() -> None:
    nlp = spacy.blank("ru")
    with pytest.raises(ValueError, match="parse must be one of figures, all"):
        nlp.add_pipe("pressextract_natasha", config={"parse": "some"})


LEMMA_CASES = [  # word, slovnet's POS and features
    ("стали", "VERB", {"Aspect": "Perf", "Mood": "Ind", "Number": "Plur", "Tense": "Past"}),  # стать / сталь
    ("стали", "NOUN", {"Case": "Gen", "Gender": "Fem", "Number": "Sing"}),
    ("товарооборота", "NOUN", {"Animacy": "Inan", "Case": "Gen", "Gender": "Masc", "Number": "Sing"}),
    ("Ёлки", "NOUN", {"Case": "Nom", "Number": "Plur"}),
    ("Москве", "PROPN", {"Case": "Loc", "Gender": "Fem", "Number": "Sing"}),
    ("мира", "NOUN", {"Case": "Gen", "Number": "Sing"}),
    ("печи", "VERB", {"VerbForm": "Inf"}),  # печь (noun) / печь (verb): one lemma
    ("Атамкуловым", "PROPN", {"Case": "Ins", "Number": "Sing"}),  # not in the dictionary
    ("выросли", "ADP", {}),  # no reading shares anything: the word itself
    ("xyzzy", "X", {}),
]


@pytest.mark.parametrize(("word", "pos", "feats"), LEMMA_CASES)
def test_the_lemmatizer_answers_as_natasha(tools, word: str, pos: str, feats: dict[str, str]) -> None:
    from pressextract.tagging.lemmatizer import Lemmatizer

    assert Lemmatizer(tools.morph_vocab).lemmatize(word, pos, feats) == tools.morph_vocab.lemmatize(word, pos, feats)


def test_a_doc_keeps_the_text_it_was_made_from(nlp) -> None:
    import pickle

    from spacy.tokens import Doc

    text = "Выпуск  вырос на 12 %.\n\nВ сентябре\tоткрылся завод «Север-2018» "
    doc = nlp(text)
    assert doc.text == text == "".join(t.text_with_ws for t in doc)
    restored = type(doc)(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored.text == text
    assert type(pickle.loads(pickle.dumps(doc))) is Doc and pickle.loads(pickle.dumps(doc)).text == text
    assert doc.copy().text == text
