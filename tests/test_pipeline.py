"""The spaCy pipeline: Natasha's analysis on our Doc, factories usable by others, saving and loading."""

from __future__ import annotations

import pytest
import spacy

import pressextract
from pressextract.pipeline import PIPES, default_model_path

SENTENCE = "Министр Лазиз Кудратов провёл встречу с послом Казахстана в Ташкенте."


def test_load_gives_a_russian_pipeline(nlp) -> None:
    assert nlp.lang == "ru"
    assert tuple(nlp.pipe_names) == PIPES


def test_tokens_carry_morphology_syntax_and_lemmas(nlp) -> None:
    doc = nlp(SENTENCE)
    rows = {t.text: (t.pos_, t.lemma_, t.dep_, t.head.text) for t in doc}
    assert rows["провёл"] == ("VERB", "провести", "ROOT", "провёл")
    assert rows["встречу"] == ("NOUN", "встреча", "obj", "провёл")
    assert rows["Министр"][:3] == ("NOUN", "министр", "nsubj")
    assert doc[0].morph.get("Case") == ["Nom"]
    assert rows["Ташкенте"][0] == "PROPN" and doc[len(doc) - 2].morph.get("Case") == ["Loc"]


def test_entities_from_natasha(nlp) -> None:
    doc = nlp(SENTENCE)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Лазиз Кудратов", "PER"), ("Казахстана", "LOC"), ("Ташкенте", "LOC")
    ]


def test_sentences_and_a_tree_per_sentence(nlp) -> None:
    doc = nlp("Встреча прошла в Ташкенте.  Стороны обсудили торговлю.\n\nИтоги подведены.")
    sents = list(doc.sents)
    assert [s.text for s in sents] == ["Встреча прошла в Ташкенте.  ", "Стороны обсудили торговлю.\n\n",
                                       "Итоги подведены."]
    assert all(sum(1 for t in s if t.dep_ == "ROOT") == 1 for s in sents)


def test_long_sentence_without_punctuation_is_parsed_in_pieces(nlp_full) -> None:
    doc = nlp_full(" ".join(["слово"] * 1000))
    assert len(doc) == 1000 and all(t.pos_ for t in doc)


def test_pipe_with_two_processes_equals_serial(nlp) -> None:
    texts = [SENTENCE, "Экспорт достиг 1,55 млрд долларов США.", "", "Банк России снизил ставку."] * 3
    serial = [[(t.text, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in d] for d in nlp.pipe(texts)]
    parallel = [[(t.text, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in d] for d in nlp.pipe(texts, n_process=2)]
    assert parallel == serial


def test_spacy_load_of_the_saved_pipeline_finds_our_code() -> None:
    nlp = spacy.load(default_model_path())
    assert nlp.get_pipe_meta("pressextract_natasha").factory == "pressextract_natasha"
    assert [e.text for e in nlp("Посол Бейбут Атамкулов").ents] == ["Бейбут Атамкулов"]


def test_our_components_in_a_users_pipeline() -> None:
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "pressextract.razdel_tokenizer.v1"}}})
    nlp.add_pipe("pressextract_natasha", config={"syntax": False})
    doc = nlp("Эльвира Набиуллина выступила в Москве.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Эльвира Набиуллина", "PER"), ("Москве", "LOC")]
    assert not doc.has_annotation("DEP")


def test_every_component_in_a_users_pipeline_reads_its_vocabularies() -> None:
    """Added by name to a blank pipeline, the components work as in ours (vocabularies read on first use)."""
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "pressextract.razdel_tokenizer.v1"}}})
    for name in PIPES:
        nlp.add_pipe(name)
    doc = nlp("В 2025 году экспорт Узбекистана в Казахстан составил 1,55 млрд долларов.")
    assert [s.text for s in doc.spans["money"]] == ["1,55 млрд долларов"]
    assert [s.text for s in doc.spans["dates"]] == ["В 2025 году"]
    assert [(e.text, e.label_) for e in doc.ents] == [("Узбекистана", "LOC"), ("Казахстан", "LOC")]
    assert [(f["indicator"]["id"], f["value"], f["period"], f["subjects"]) for f in doc._.facts] == [
        ("export", [53, 71], [0, 11], [[20, 31, "reporter"], [34, 43, "partner"]])]


def test_extractor_pipe_keeps_input_order(extractor) -> None:
    texts = [f"Встреча {i} прошла в Ташкенте." for i in range(7)]
    assert [r.text for r in extractor.pipe(texts, batch_size=3)] == texts


def test_module_level_extract() -> None:
    record = pressextract.extract("Посол Бейбут Атамкулов прибыл в Ташкент.", published="2026-01-30")
    assert record.published.isoformat() == "2026-01-30" and record.published_from == "given"
    assert [(e.type, e.normal) for e in record.entities] == [("PER", "Бейбут Атамкулов"), ("LOC", "Ташкент")]


@pytest.mark.parametrize(("texts", "options", "error", "message"), [
    ("Экспорт вырос на 5%.", {}, TypeError, "not one str"),
    (5, {}, TypeError, "iterable of str, got int"),
    (["a", "b"], {"batch_size": 0}, ValueError, "batch_size must be at least 1, got 0"),
    (["a"], {"batch_size": 1.5}, TypeError, "batch_size must be an int, got float"),
    (["a"], {"n_process": 0}, ValueError, "n_process must be at least 1"),
    (["a"], {"n_process": True}, TypeError, "n_process must be an int, got bool"),
])
def test_extractor_pipe_checks_its_arguments_when_called(extractor, texts, options, error, message) -> None:
    with pytest.raises(error, match=message):
        extractor.pipe(texts, **options)  # not only once iterated: n_process=2 with batch_size=0 hung


def test_extractor_pipe_refuses_more_dates_than_texts(extractor) -> None:
    with pytest.raises(ValueError, match="more dates"):
        list(extractor.pipe(["Экспорт вырос.", "Импорт упал."], published=["2026-01-01", "2026-01-02", "2026-01-03"]))
    assert len(list(extractor.pipe(iter(["Экспорт вырос.", "Импорт упал."]), published="2026-01-01"))) == 2
