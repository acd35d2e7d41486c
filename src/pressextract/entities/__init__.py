"""People, organisations and places: `pressextract_entities` (`component.py`) on top of Natasha's NER.

The rules run in the order `steps.STEPS` lists over a per-doc `Draft`, on candidates, labelled token ranges
(`candidates.py`): NER's mentions cleaned, names NER missed recovered, place adjectives split out of compounds,
organisation names made whole (`rules/`). The spans then get their attributes (`attributes.py`): normal forms,
name parts, country codes and organisation kinds (`naming/`); people get positions and are gathered across a
release (`persons/`). Word lists are in `data/` (`vocabulary.py`).
"""

from .component import EntityAnnotator, make_entities

__all__ = ["EntityAnnotator", "make_entities"]
