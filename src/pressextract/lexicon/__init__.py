"""The one vocabulary mechanism: data files checked line by line (`entry.py`), kept per component and saved with
the pipeline (`store.py`), word lists by name (`word_lists.py`)."""

from .entry import Entry, LexiconError, parse_lines, read_tsv
from .store import Lexicon, LexiconComponent
from .word_lists import WordList, WordLists

__all__ = ["Entry", "Lexicon", "LexiconComponent", "LexiconError", "WordList", "WordLists", "parse_lines", "read_tsv"]
