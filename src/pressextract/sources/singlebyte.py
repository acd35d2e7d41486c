"""The single-byte Russian encodings, cp1251 against koi8-r, told apart by how Russian the decoded text reads:
«товарооборот» read in the wrong one comes out in the wrong letter case («ТОВАРООБОРОТ» inside a word) and
with letter pairs Russian does not have.
"""

from __future__ import annotations

import re
from typing import Optional

SINGLE_BYTE = ("cp1251", "koi8-r")

# The most frequent letter pairs of Russian prose (о, е, а, и, н, т, с, р, в, л dominate).
BIGRAMS = frozenset(
    "ст но то на ен ов ни ра во ко ос ро ал ре пр ли ер ль ор од по ва ан ет те ол та ка ел ле ть ом ат ит ны "
    "го ин де ри ла ак ис ое ые ий ия ию ие ей ем им ми ме ес ам ог ди ся ск ча че чи за зн ду му".split()
)
CYRILLIC = re.compile(r"[а-яё]{2,}", re.IGNORECASE)
CASE_BREAK = re.compile(r"[а-яё][А-ЯЁ]")  # «тОВАР»: a capital after a small letter inside a word


def single_byte_encoding(data: bytes) -> Optional[str]:
    """cp1251 or koi8-r, whichever reads `data` as more Russian (cp1251 on a tie); None when neither decodes."""
    candidates = []
    for encoding in SINGLE_BYTE:
        try:
            candidates.append((russian_score(data.decode(encoding)), encoding))
        except UnicodeDecodeError:  # cp1251 has no character for byte 98
            continue
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c[0], c[1] == SINGLE_BYTE[0]))[1]


def russian_score(text: str) -> float:
    """How Russian `text` reads: frequent letter pairs score, a capital inside a word costs."""
    hits = 0
    for word in CYRILLIC.findall(text):
        lower = word.lower()
        hits += sum(lower[i : i + 2] in BIGRAMS for i in range(len(lower) - 1))
    return hits - 3 * len(CASE_BREAK.findall(text))
