"""Input files of a batch into text: found under a folder (`finder.py`, links kept inside it) and named
reversibly (`names.py`), read safely (`safe_read.py`), decoded (`decode.py`, with `mixed.py` and
`singlebyte.py`), HTML and PDF/Word reduced to their text (`htmltext.py`, `documents.py`); `reading.py` puts
it together into a `Source`: text, or the reason there is none.

Nothing is imported here, so that `pressextract --help` stays instant.
"""
