"""Economic facts: `pressextract_facts` (`component.py`) links each figure to its indicator and reads the rest.

Indicators (`indicators.py`) and cue words (`cues.py`) come from `data/`; figures get roles (`figures.py`) and
indicators (`linking.py`) within clauses (`clauses.py`); the period (`periods.py`), subjects (`subjects.py`) and
modality (`modality.py`) are read from the fact's clause and its neighbours.
"""

from .component import FactLinker, make_facts

__all__ = ["FactLinker", "make_facts"]
