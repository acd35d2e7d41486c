"""Output files of a batch: JSON lines, CSV (`flat.py` rows) and SQLite (`sqlitedb.py`) through one writer
interface (`writers.py`), written crash-safe (`outfile.py`), one writer per output (`lock.py`), never through a
symbolic link (`safe_write.py`).

Nothing is imported here, so that `pressextract --help` stays instant.
"""
