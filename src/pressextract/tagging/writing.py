"""slovnet's answers written onto the Doc at once, from arrays: POS, features and lemmas, heads and labels,
entities."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, SENT_START
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .tools import NatashaTools
from .tree import repair_heads


def morph_values(vocab: Vocab, word: str, tag: str, tools: NatashaTools) -> tuple[int, int, int]:
    """The POS id, features hash and lemma hash a slovnet tag («NOUN|Case=Gen|…») gives `word`."""
    pos, _, feats_text = tag.partition("|")
    feats = dict(item.split("=", 1) for item in feats_text.split("|")) if feats_text else {}
    lemma = tools.lemmatize(word, pos, feats, feats_text)
    morph = vocab.morphology.add(feats_text) if feats_text else 0
    return POS_IDS.get(pos, 0), morph, vocab.strings.add(lemma)


def set_syntax(doc: Doc, parses: list[tuple[list[int], Any]]) -> None:
    """Write heads and labels; an unparsed chunk (None) is a flat tree on its first token; whitespace tokens hang
    on their neighbour with the label `dep`."""
    heads = list(range(len(doc)))
    labels = ["dep"] * len(doc)
    for idx, parse in parses:
        if parse is None:
            for i in idx[1:]:
                heads[i] = idx[0]
            labels[idx[0]] = "ROOT"
            continue
        _, head_ids, rels = parse
        tree, rels = repair_heads(list(head_ids), list(rels))
        for i, head, rel in zip(idx, tree, rels):
            heads[i] = idx[head - 1] if head else i
            labels[i] = "ROOT" if head == 0 else rel
    flags = doc.to_array([IS_SPACE, SENT_START])  # arrays, not a Token object per token
    starts = (flags[:, 1] == 1).tolist()
    for i in numpy.flatnonzero(flags[:, 0]).tolist():
        heads[i] = _space_head(i, starts)
    strings = doc.vocab.strings
    offsets = numpy.array([head - i for i, head in enumerate(heads)], dtype="int64").astype("uint64")
    deps = numpy.array([strings.add(label) for label in labels], dtype="uint64")
    doc.from_array([HEAD, DEP], numpy.stack([offsets, deps], axis=1))


def _space_head(i: int, starts: list[bool]) -> int:
    """A whitespace token belongs to its sentence: the previous token, or the next at a sentence start."""
    if i > 0 and not starts[i]:
        return i - 1
    return i + 1 if i + 1 < len(starts) and not starts[i + 1] else i


def set_entities(doc: Doc, tagged: list[tuple[list[int], list[str]]]) -> None:
    """BIO tags to `doc.ents`; an I- tag without its B- opens a new entity, as in slovnet."""
    spans: list[Span] = []
    start, label, last = -1, "", -1
    for idx, tags in tagged:
        for i, tag in zip(idx, tags):
            prefix, _, kind = tag.partition("-")
            if start >= 0 and (prefix != "I" or kind != label):
                spans.append(Span(doc, start, last + 1, label=label))
                start = -1
            if prefix == "B" or (prefix == "I" and start < 0):
                start, label = i, kind
            last = i
        if start >= 0:
            spans.append(Span(doc, start, last + 1, label=label))
            start = -1
    doc.ents = spans
