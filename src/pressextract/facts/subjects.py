"""Whose figure it is: the places and organisations named in the fact's clause before its figure.

«товарооборот между Узбекистаном и Казахстаном» gives both; «экспорт из Казахстана в Азербайджан» the exporter
only (a destination after «в» is not the subject), «импорт Казахстана из Азербайджана» the importer. A reporting
frame is not the subject («по данным министерства», «Министерство … сообщает, что …» stays outside the clause).
"""

from __future__ import annotations

from spacy.tokens import Span

from .vocabulary import Vocabulary

# the word list (data/fact_words.tsv) of prepositions that put a place outside the figure's subjects
NOT_SUBJECT = {"export": "destination", "supply": "destination", "import": "origin"}


def find(window: tuple[int, int], entities: list[Span], indicator_id: str, vocab: Vocabulary,
         blocked: set[int]) -> list[Span]:
    """Outermost ORG/LOC entities inside `window` that name the figure's owner, one per country or name."""
    start, end = window
    excluded = vocab.words[NOT_SUBJECT[indicator_id]] if indicator_id in NOT_SUBJECT else frozenset()
    inside = [e for e in entities if start <= e.start and e.end <= end and e.label_ in ("ORG", "LOC")
              and not any(t.i in blocked for t in e)]
    outer = [e for e in inside if not any(o is not e and o.start <= e.start and e.end <= o.end for o in inside)]
    out: list[Span] = []
    seen: set[str] = set()
    for entity in outer:
        before = [t for t in entity.doc[max(start, entity.start - 2) : entity.start] if not t.is_space]
        if before and before[-1].lower_ in excluded:
            continue
        if any(vocab.has(t.lemma_, "source") for t in before):
            continue
        data = entity._.entity or {}
        key = data.get("country") or data.get("normal") or entity.text
        if key not in seen:
            seen.add(key)
            out.append(entity)
    return out
