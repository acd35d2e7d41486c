"""Economic facts: `pressextract_facts` (`component.py`) links each figure to its indicator and reads the rest.

Indicators (`indicators.py`) and cue words (`cues.py`) come from `data/` (`vocabulary.py`). The linker
(`linker.py`) reads a document sentence by sentence (`reading.py`: the state handed on); in each it gives figures
their roles (`figures.py`, within `clauses.py`), makes drafts by trying the linking mechanisms in order
(`drafts.py`, `linking/`), and makes each draft a fact with its period, subjects and modality (`assembly.py`,
`context/`).
"""

from .component import FactLinker, make_facts

__all__ = ["FactLinker", "make_facts"]
