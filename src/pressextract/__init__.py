"""pressextract: Russian press releases into validated records.

    >>> import pressextract
    >>> release = pressextract.extract(text, published="2026-01-30")

The public names are imported on first use, so `import pressextract` (and `pressextract --help`) stays instant;
spaCy and the models load when `extract`, `Extractor` or `load` is first touched.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._threads import cap_blas_threads

cap_blas_threads()  # before spaCy pulls in numpy; see _threads.py

__version__ = "0.1.0"

from .errors import NotText, PressExtractError, TextTooLong  # noqa: E402

if TYPE_CHECKING:
    from .extractor import Extractor, extract
    from .pipeline import build, load
    from .records import (
        Change,
        DateMention,
        Entity,
        Fact,
        Indicator,
        Measure,
        Mention,
        Name,
        Per,
        Person,
        PressRelease,
        Subject,
    )

LAZY = {
    **dict.fromkeys(("Extractor", "extract"), ".extractor"),
    **dict.fromkeys(("build", "load"), ".pipeline"),
    **dict.fromkeys(
        ("Change", "DateMention", "Entity", "Fact", "Indicator", "Measure", "Mention", "Name", "Per", "Person",
         "PressRelease", "Subject"),
        ".records",
    ),
}

__all__ = [
    "Change", "DateMention", "Entity", "Extractor", "Fact", "Indicator", "Measure", "Mention", "Name",
    "NotText", "Per", "Person", "PressExtractError", "PressRelease", "Subject", "TextTooLong",
    "__version__", "build", "extract", "load",
]


def __getattr__(name: str) -> Any:
    """Import a public name on first use (PEP 562)."""
    if name not in LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(LAZY))
