"""The tokenizer and Natasha's annotations: one razdel tokenisation (`tokenizer.py`) shared by spaCy and slovnet,
whose morphology, syntax and NER `pressextract_natasha` (`component.py`) writes onto the `Doc`; Natasha's models
(`models.py`, `tools.py`), run faster on the same weights (`network/`); head repair (`tree.py`) and pymorphy2
word morphology for the rules (`morph.py`)."""

from .component import NatashaTagger, make_natasha
from .tokenizer import RazdelTokenizer, create_tokenizer

__all__ = ["NatashaTagger", "RazdelTokenizer", "create_tokenizer", "make_natasha"]
