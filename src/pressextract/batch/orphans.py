"""Worker processes that end with their parent: after `kill -9` or SIGTERM of a batch, its workers (each
holding the models, some 250 MB) must not live on, blocked forever on a task queue nobody writes to.

On Linux the kernel sends the worker SIGKILL when its parent dies (`PR_SET_PDEATHSIG`); everywhere, a daemon
thread also checks once a second whether the parent changed and ends the process if so.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 1.0


def exit_with_parent(parent: int) -> None:
    """Make this process end within about a second of the death of `parent` (its parent's pid, as the parent
    knew it: if it is already gone, this process's parent is no longer it)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="pressextract-parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while True:
        time.sleep(POLL_SECONDS)
        if os.getppid() != parent:
            os._exit(1)
