"""What a fact carries besides its indicator and figures, read from its clause and beyond: the period
(`periods.py`), the modality (`modality.py`), the subjects (`subjects.py`) with their roles (`parties.py`), and the
release's reporting country and topic pair (`topic.py`)."""
