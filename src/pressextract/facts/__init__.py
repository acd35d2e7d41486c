"""Economic facts: `pressextract_facts` (`component.py`) links each figure to its indicator and reads the rest.

The vocabulary (`vocabulary.py`: indicators, cue lemmas, word lists from `data/`) is read through the component's
lexicon. The linker (`linker.py`) reads a document sentence by sentence, its state in `reading.py`: figures (a
measure span with its role in a fact, `figures.py`) get indicators (`linking.py`) within clauses (`clauses.py`)
and become drafts (`drafts.py`); each draft gets its period (`periods.py`: the choice among the sentence's
dates), subjects (`subjects.py`) and modality (`modality.py`) and is written out (`assembly.py`).
"""

from .component import FactLinker, make_facts

__all__ = ["FactLinker", "make_facts"]
