"""The batch helper and its files: every release file under a folder becomes an output entry, a record or an error.

`runner.py` drives a run; `sources.py` finds and reads the input files (`decode.py` for bytes, `htmltext.py`
for HTML); `workers.py` extracts chunks in this process, in worker processes or on Dask (`daskrun.py`),
with the models loaded and frozen once per process (`freeze.py`); `writers.py` writes JSON lines, CSV (`flat.py`)
or SQLite (`sqlitedb.py`) through crash-safe output files (`outfile.py`).

Nothing is imported here, so that `pressextract --help` stays instant.
"""
