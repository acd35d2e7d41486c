"""People: titles and occupations (`titles.py`), the position stated next to a name (`positions.py`) and the
organisation it implies (`employer.py`), the mentions of one person gathered across a release (`gathering.py`)."""
