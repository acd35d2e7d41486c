"""Each component stands alone in a user's pipeline, and its vocabulary travels with the pipeline.

spaCy skips a component without to_bytes/from_bytes: these tests change one row in each component's saved copy
and see the change after `spacy.load()` and after a `to_bytes()` / `from_bytes()` round trip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy import displacy

import pressextract
from pressextract.pipeline import PIPES, build

# (component, file of its saved copy, row added, text, what the component finds in it with the row)
ROWS = [
    ("pressextract_measures", "units.tsv", "попугай\tquantities\tпопугай|попугая|попугаев",
     "Длина удава составила 38 попугаев.", lambda doc: [(s.text, s._.measure["unit"]) for s in doc.spans["quantities"]],
     [("38 попугаев", "попугай")]),
    ("pressextract_dates", "date_phrases.tsv", "светлом будущем\tfuzzy",
     "Всё решится в светлом будущем.", lambda doc: [s.text for s in doc.spans["dates"]], ["в светлом будущем"]),
    ("pressextract_entities", "non_names.tsv", "Роспатент\tsay it is no organisation",
     "Заявку подали в Роспатент.", lambda doc: [s.text for s in doc.spans["entities"]], []),
    ("pressextract_facts", "indicators.tsv", "museum_visits\tamount\teconomy\tforecast\tпосещаемость музей",
     "Посещаемость музеев составила 3,1 млн человек.", lambda doc: [f["indicator"]["id"] for f in doc._.facts],
     ["museum_visits"]),
]


@pytest.fixture(scope="module")
def edited(nlp, tmp_path_factory) -> Path:
    """A saved copy of the pipeline with one row added to one file of each component."""
    copy = tmp_path_factory.mktemp("edited") / "model"
    nlp.to_disk(copy)
    for component, file, row, *_ in ROWS:
        path = copy / component / file
        path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    return copy


@pytest.mark.parametrize(("component", "file", "row", "text", "found", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_a_row_changed_in_the_saved_copy_is_seen_after_spacy_load(
        nlp, edited: Path, component: str, file: str, row: str, text: str, found, expected) -> None:
    assert found(nlp(text)) != expected
    assert found(spacy.load(edited)(text)) == expected


@pytest.mark.parametrize(("component", "file", "row", "text", "found", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_a_row_changed_survives_to_bytes_and_from_bytes(
        nlp, edited: Path, component: str, file: str, row: str, text: str, found, expected) -> None:
    data = spacy.load(edited).to_bytes()
    fresh = build().from_bytes(data)
    assert found(fresh(text)) == expected
    assert fresh.get_pipe(component).lexicon.origin == "bytes"


def blank(*names: str, razdel: bool = True) -> spacy.language.Language:
    config = {"nlp": {"tokenizer": {"@tokenizers": "pressextract.razdel_tokenizer.v1"}}} if razdel else {}
    nlp = spacy.blank("ru", config=config)
    for name in names:
        nlp.add_pipe(name)
    return nlp


def test_measures_alone_in_a_blank_pipeline_with_spacys_tokenizer() -> None:
    doc = blank("pressextract_measures", razdel=False)("Экспорт вырос на 11,4% и достиг 1,55 млрд долларов США.")
    assert [(s.text, s.label_, s._.measure["unit"]) for g in ("money", "percents") for s in doc.spans[g]] == [
        ("1,55 млрд долларов США", "MONEY", "USD"), ("11,4%", "PERCENT", "%")]


def test_natasha_alone_with_spacys_tokenizer_finds_its_own_sentences() -> None:
    doc = blank("pressextract_natasha", razdel=False)("Министр Иванов прибыл в Ташкент. Переговоры прошли успешно.")
    assert [s.text for s in doc.sents] == ["Министр Иванов прибыл в Ташкент.", "Переговоры прошли успешно."]
    assert [(e.text, e.label_) for e in doc.ents] == [("Иванов", "PER"), ("Ташкент", "LOC")]
    assert doc.has_annotation("DEP")


def test_dates_alone_in_a_blank_pipeline() -> None:
    doc = blank("pressextract_dates")("По итогам 2025 года и в I квартале 2026 года.")
    assert [(s.text, s.label_, s._.date["normalized"]) for s in doc.spans["dates"]] == [
        ("По итогам 2025 года", "DATE", "2025"), ("в I квартале 2026 года", "DATE", "2026-Q1")]


@pytest.mark.parametrize("component", ["pressextract_entities", "pressextract_facts"])
def test_a_component_without_natasha_before_it_says_so(component: str) -> None:
    with pytest.raises(ValueError, match=f"{component} needs pressextract_natasha before it"):
        blank("pressextract_measures", component)("Экспорт Узбекистана вырос на 11,4%.")


def test_a_component_with_nothing_to_read_gives_nothing() -> None:
    doc = blank("pressextract_natasha", "pressextract_facts")("Экспорт вырос на 11,4%.")
    assert doc._.facts == []  # no measures component: no figures, so no facts


def test_labels_are_listed_and_drawn() -> None:
    nlp = pressextract.load()
    assert nlp.meta["labels"]["pressextract_measures"] == ["MONEY", "PERCENT", "QUANTITY"]
    assert nlp.meta["labels"]["pressextract_dates"] == ["DATE"]
    assert nlp.meta["labels"]["pressextract_entities"] == ["LOC", "ORG", "PER"]
    doc = nlp("В 2025 году экспорт составил 1,55 млрд долларов.")
    html = displacy.render(doc, style="span", options={"spans_key": "money"})
    assert "MONEY" in html and "1,55" in html


def test_the_full_pipeline_has_our_components_in_order(nlp) -> None:
    assert nlp.pipe_names == list(PIPES)
