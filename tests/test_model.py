"""The committed models/ is exactly what `python -m pressextract.rebuild` makes from the sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressextract.rebuild import save

COMMITTED = Path(__file__).resolve().parents[1] / "models" / "pressextract_ru"


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_committed_model_equals_a_fresh_build(tmp_path: Path) -> None:
    if not COMMITTED.is_dir():
        pytest.fail(f"{COMMITTED} is missing: run `python -m pressextract.rebuild`")
    fresh = files(save(tmp_path / "model"))
    committed = files(COMMITTED)
    assert sorted(fresh) == sorted(committed)
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"models/ is stale in {stale}: run `python -m pressextract.rebuild`"


def test_a_copy_with_an_indicator_of_ones_own(nlp, tmp_path: Path) -> None:
    """The README's way to extend the vocabulary: save the pipeline, add a row, load the copy."""
    import pressextract

    copy = tmp_path / "my_model"
    nlp.to_disk(copy)
    indicators = copy / "pressextract_facts" / "indicators.tsv"
    row = "museum_visits\tamount\teconomy\tforecast\tпосещаемость музей|число посетитель музей\n"
    indicators.write_text(indicators.read_text(encoding="utf-8") + row, encoding="utf-8")
    text = "В 2025 году посещаемость музеев Самарканда составила 3,1 млн человек."

    assert pressextract.extract(text).facts == []
    facts = pressextract.Extractor(copy).extract(text).facts
    assert [(f.indicator.id, f.value and f.value.text, f.period and f.period.normalized, f.modality)
            for f in facts] == [("museum_visits", "3,1 млн человек", "2025", "actual")]


def test_a_bad_row_in_a_copy_names_its_line(nlp, tmp_path: Path) -> None:
    import pressextract
    from pressextract.lexicon import LexiconError

    copy = tmp_path / "my_model"
    nlp.to_disk(copy)
    indicators = copy / "pressextract_facts" / "indicators.tsv"
    lines = indicators.read_text(encoding="utf-8").splitlines()
    indicators.write_text("\n".join(lines + ["museum_visits\tsize\teconomy\tforecast\tмузей"]) + "\n",
                          encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"indicators.tsv:{len(lines) + 1}"):
        pressextract.Extractor(copy)
