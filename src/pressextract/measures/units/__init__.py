"""What follows a number and makes it a measure: currencies (`currencies.py`), percent units and ratios
(`percent.py`), physical units (`matcher.py`, from units.tsv), counted things (`counted.py`), and a price's
denominator (`per.py`)."""
