"""The date grammar's readers, each named in `grammar.RULES` (one level up): days and months (`days.py`), years
(`years.py`), quarters, halves and other named periods (`quarters.py`), lengths of time (`lengths.py`) and ages
that are none (`ages.py`), relative expressions (`relative.py`), rates (`rates.py`), and the words before an
expression that belong to it (`prefixes.py`)."""
