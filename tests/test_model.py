"""The committed models/ is exactly what `python -m pressextract.build` makes from the sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressextract.build import save

COMMITTED = Path(__file__).resolve().parents[1] / "models" / "pressextract_ru"


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_committed_model_equals_a_fresh_build(tmp_path: Path) -> None:
    if not COMMITTED.is_dir():
        pytest.fail(f"{COMMITTED} is missing: run `python -m pressextract.build`")
    fresh = files(save(tmp_path / "model"))
    committed = files(COMMITTED)
    assert sorted(fresh) == sorted(committed)
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"models/ is stale in {stale}: run `python -m pressextract.build`"
