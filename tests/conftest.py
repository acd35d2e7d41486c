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
