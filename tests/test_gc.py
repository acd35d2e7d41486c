"""The collector paused while a process's extractor loads, and what it loaded frozen (_gc.py)."""

import gc

import pytest

from pressextract.batch.freeze import kept_for_good


@pytest.fixture(autouse=True)
def _unfrozen():
    gc.unfreeze()
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


def test_no_automatic_collection_inside_then_everything_alive_is_frozen():
    gc.set_threshold(700, 10, 10)
    with kept_for_good():
        assert gc.get_threshold() == (0, 10, 10)
        gc.enable()  # as srsly does after reading msgpack: still no automatic collection
        kept = [[i] for i in range(10_000)]
        assert gc.get_count()[0] >= 10_000
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() >= len(kept)
    assert gc.get_count()[0] < 700


def test_a_failed_load_freezes_nothing_and_restores_the_thresholds():
    gc.set_threshold(500, 7, 3)
    with pytest.raises(OSError), kept_for_good():
        raise OSError("model missing")
    assert gc.get_threshold() == (500, 7, 3)
    assert gc.get_freeze_count() == 0


def test_explicit_collection_still_works_inside():
    with kept_for_good():
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1
