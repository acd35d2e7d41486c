"""Building, saving and loading the pressextract spaCy pipeline.

`build()` assembles it from the sources (blank "ru", razdel tokenizer, Natasha, our components and their
vocabularies); `python -m pressextract.rebuild` saves it to `models/`, and `load()` reads that saved pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

import spacy
from spacy.language import Language

from . import (
    tagging,  # noqa: F401  (registers the factories)
)
from .lexicon import LexiconComponent

MODEL_NAME = "pressextract_ru"
PACKAGE_DIR = Path(__file__).resolve().parent
PIPES = ("pressextract_natasha", "pressextract_measures", "pressextract_dates", "pressextract_entities",
         "pressextract_facts")


def default_model_path() -> Path:
    """The saved pipeline: inside the installed package, or `models/` of a source checkout."""
    installed = PACKAGE_DIR / "models" / MODEL_NAME
    if installed.is_dir():
        return installed
    checkout = PACKAGE_DIR.parents[1] / "models" / MODEL_NAME
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"the pressextract pipeline is missing: looked in {installed} and {checkout}; "
        "rebuild it with `python -m pressextract.rebuild`"
    )


def build() -> Language:
    """Assemble the pipeline from the sources."""
    config = {"nlp": {"tokenizer": {"@tokenizers": "pressextract.razdel_tokenizer.v1"}}}
    nlp = spacy.blank("ru", config=config)
    for name in PIPES:
        pipe = nlp.add_pipe(name)
        if isinstance(pipe, LexiconComponent):
            pipe.lexicon.read(pipe.lexicon.source)  # the package's data files, every line checked now
    nlp.meta.update(
        name="pressextract",
        version=_version(),
        description="pressextract: Russian press releases into records (razdel + Natasha + rules)",
        license="MIT",
        requirements=[f"pressextract=={_version()}"],
    )
    return nlp


def load(path: Optional[Union[str, Path]] = None) -> Language:
    """Load the saved pipeline (`models/pressextract_ru` by default)."""
    return spacy.load(path or default_model_path())


def _version() -> str:
    from . import __version__

    return __version__
