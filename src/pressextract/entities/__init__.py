"""People, organisations and places: `pressextract_entities` (`component.py`) on top of Natasha's NER.

Compound place adjectives are split first (`compounds.py`). Then the rules run in the order `steps.STEPS` lists
over a per-doc `Draft`, on candidates, labelled token ranges (`candidates.py`): NER's cut and filtered (`ner.py`,
`cuts.py`, `filters.py`), recovered where NER missed or mistyped them (`recall.py`), organisation names made whole
(`organisations.py`, `bodies.py`). The spans then get normal forms (`attributes.py`, `normal.py`, `names.py`),
country codes (`countries.py`) and organisations their kind (`kinds.py`); people get positions (`titles.py`,
`positions.py`, `employer.py`) and are gathered across a release (`people.py`). Word lists are in `data/`
(`vocabulary.py`).
"""

from .component import EntityAnnotator, make_entities

__all__ = ["EntityAnnotator", "make_entities"]
