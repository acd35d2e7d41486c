"""What a mention is called: its nominative (`normal.py`), a person's name and its parts (`names.py`), a place's
country code (`countries.py`), an organisation's kind (`kinds.py`)."""
