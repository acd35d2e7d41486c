"""The garbage collector kept off what a process loads to keep for good.

Importing spaCy and loading the models make some 100,000 objects that live as long as the process, and CPython's
collector keeps scanning them: two full collections during the load, then every older-generation collection
during extraction, none of which frees anything. Measured (benchmarks/load.py, 2 vCPU): 0.15–0.2 s of a 2 s load,
and a further 0.1 s per 30 releases.

`kept_for_good()` pauses automatic collection while its block loads, then moves every object alive into the
permanent generation (`gc.freeze()`), which collections skip; forked workers then also leave those pages
unwritten. Only a process's long-lived extractor is loaded this way (`workers.shared_extractor`): freezing is
a decision about the whole process, which `Extractor()` in someone else's program should not make.

The pause lowers the first threshold to 0 rather than calling `gc.disable()`, because a library on the way
turns the collector back on by itself (srsly enables it after reading msgpack). The freeze happens before the
thresholds return: otherwise the first allocation after them collects the whole load at once.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def kept_for_good() -> Iterator[None]:
    """No automatic collection inside; on success, everything alive is frozen. Thresholds are restored."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0, *thresholds[1:])
    try:
        yield
        gc.freeze()
    finally:
        gc.set_threshold(*thresholds)
