"""The batch helper and its files: every release file under a folder becomes an output entry, a record or an error.

`runner.py` drives a run under the output's lock (`lock.py`); `finder.py` finds the input files and `names.py`
gives each its `source`; `sources.py` reads them safely (`safeio.py`) into text (`decode.py`, `mixed.py` and
`singlebyte.py` for bytes, `htmltext.py` for HTML, `documents.py` for PDF and DOCX); `workers.py` extracts
chunks in this process, in worker processes that end with it (`orphans.py`) or on Dask (`daskrun.py`), with the
models loaded and frozen once per process (`freeze.py`); `writers.py` writes JSON lines, CSV (`flat.py`) or
SQLite (`sqlitedb.py`) through crash-safe output files (`outfile.py`).

Nothing is imported here, so that `pressextract --help` stays instant.
"""
