"""The rules that find entity mentions, in the modules `steps.STEPS` (one level up) calls: NER's mentions cleaned
and retyped (`ner.py`, `cuts.py`, `filters.py`), names NER missed or mistyped recovered (`recall.py`), place
adjectives split out of compounds (`compounds.py`), organisation names made whole (`organisations.py`,
`bodies.py`)."""
