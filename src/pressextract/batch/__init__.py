"""The batch helper: every release file under a folder becomes one output entry, a record or an error.

`command.py` checks the command line's outputs and cluster before anything loads; `runner.py` drives a run over
the files `pressextract.sources` finds and reads, in this process, in worker processes or on Dask
(`workers.py`, `daskrun.py`), with the models loaded and frozen once per process (`freeze.py`) and workers that
end with their parent (`orphans.py`); results go to `pressextract.outputs`.

Nothing is imported here, so that `pressextract --help` stays instant.
"""
