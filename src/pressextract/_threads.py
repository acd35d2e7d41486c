"""Cap BLAS threads before numpy loads.

slovnet's models are small numpy networks: several BLAS threads per process only fight each other, and with
`nlp.pipe(n_process=2)` they made two processes slower than one (25 against 64 docs/s). One thread per process
is the fast setting; a user who sets these variables first keeps their own values.
"""

import os
import sys

BLAS_VARIABLES = (
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)


# False when numpy was loaded before the cap, without OPENBLAS_NUM_THREADS: its BLAS keeps a thread per core,
# and processes forked from it would fight over the cores (workers.py then starts fresh processes instead).
CAPPED_IN_TIME = True


def cap_blas_threads(threads: int = 1) -> None:
    """Set the BLAS thread variables that are not set yet; works only before numpy is imported."""
    global CAPPED_IN_TIME
    if "numpy" in sys.modules and "OPENBLAS_NUM_THREADS" not in os.environ:
        CAPPED_IN_TIME = False
    for name in BLAS_VARIABLES:
        os.environ.setdefault(name, str(threads))
