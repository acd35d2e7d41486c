"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

import pytest

import pressextract


@pytest.fixture(scope="session")
def extractor() -> pressextract.Extractor:
    return pressextract.Extractor()


@pytest.fixture(scope="session")
def nlp(extractor: pressextract.Extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def nlp_full():
    """A pipeline that tags and parses every sentence (`Extractor(full_parse=True)`), for tests of what the
    components read in sentences without a figure or a name."""
    return pressextract.Extractor(full_parse=True).nlp
