"""pressextract: Russian press releases into validated records.

    >>> import pressextract
    >>> release = pressextract.extract(text, published="2026-01-30")
"""

from ._threads import cap_blas_threads

cap_blas_threads()  # before spaCy pulls in numpy; see _threads.py

__version__ = "0.1.0"

from .errors import NotText, PressExtractError, TextTooLong  # noqa: E402
from .extractor import Extractor, extract  # noqa: E402
from .pipeline import build, load  # noqa: E402
from .records import (  # noqa: E402
    Change,
    DateMention,
    Entity,
    Fact,
    Indicator,
    Measure,
    Mention,
    Name,
    Person,
    PressRelease,
    Subject,
)

__all__ = [
    "Change", "DateMention", "Entity", "Extractor", "Fact", "Indicator", "Measure", "Mention", "Name",
    "NotText", "Person", "PressExtractError", "PressRelease", "Subject", "TextTooLong",
    "__version__", "build", "extract", "load",
]
