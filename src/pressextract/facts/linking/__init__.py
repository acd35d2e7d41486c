"""How a figure finds its indicator, one mechanism a module: in its clause through the tree and link words
(`clause.py`), growth named by a noun or verb (`changes.py`), list items under a heading (`headings.py`),
«соответственно» (`respectively.py`), pronouns, ellipsis and the previous sentence (`continuations.py`); and what
keeps a figure from a wrong one: sources of funds and asides (`asides.py`), words in another sense (`senses.py`).
`drafts.py` (one level up) tries them in order."""
