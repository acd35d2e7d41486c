"""The lemmas of a pipeline's vocabulary words, saved with it so that loading does not parse them again.

Country and organisation names are matched on lemma sequences; working those out takes pymorphy2 about 0.15 s
at every load. `write` saves them beside the vocabularies; `read` puts them into `morph`'s cache, unless the file
was made with another pymorphy2 dictionary. Words the file lacks (a row a user added to a saved copy) are simply
parsed as before: the file only saves time, it never changes a result.

    # pymorphy2 dictionary: opencorpora 417127 corpus 4579844
    Республики	республика республики
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..tagging.morph import dictionary_version, lemmas, seed_lemmas

HEADER = "# pymorphy2 dictionary: "


def write(path: Path, words: Iterable[str]) -> None:
    """Save the lemmas of `words`, sorted, under the dictionary's version."""
    lines = [HEADER + dictionary_version()]
    lines += [f"{word}\t{' '.join(sorted(lemmas(word)))}" for word in sorted(set(words))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read(path: Path) -> int:
    """Seed `morph.lemmas` from a saved table; the number of words taken (0 if absent or from another dictionary)."""
    if not path.is_file():
        return 0
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    if header != HEADER + dictionary_version():
        return 0
    table = {}
    for number, row in enumerate(rows, start=2):
        word, sep, forms = row.partition("\t")
        if not sep or not forms:
            raise ValueError(f"{path}:{number}: expected «word<TAB>lemma lemma …»")
        table[word] = frozenset(forms.split(" "))
    seed_lemmas(table)
    return len(table)
