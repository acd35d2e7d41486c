"""`pressextract_natasha`: Natasha's morphology, syntax and NER written onto the spaCy `Doc`.

It runs slovnet on the tokens the razdel tokenizer made (whitespace tokens skipped), so spaCy and Natasha share
one tokenisation. Sentences from a whole batch of documents are sorted by length before they go to slovnet:
batches of alike lengths carry little padding, which is most of what makes this faster than Natasha's own loop.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Sequence

import numpy
from razdel import sentenize
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from .inference import Ids, run
from .tools import NatashaTools, natasha_tools
from .tree import repair_heads

MAX_CHUNK = 200  # tokens: slovnet's syntax head scores are n × n, so longer "sentences" are cut


class NatashaTagger:
    """spaCy component: POS, morphological features, lemmas, dependencies and NER from Natasha."""

    def __init__(self, nlp: Language, name: str, *, batch_size: int, morph: bool, syntax: bool, ner: bool):
        self.name = name
        self.batch_size = batch_size
        self.morph = morph
        self.syntax = syntax
        self.ner = ner

    @property
    def tools(self) -> NatashaTools:
        return natasha_tools()

    @property
    def labels(self) -> tuple[str, ...]:
        return ("LOC", "ORG", "PER") if self.ner else ()

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self.set_annotations(batch)
            yield from batch

    def set_annotations(self, docs: Sequence[Doc]) -> None:
        """Run the enabled slovnet models over all sentences of `docs` at once and write the results."""
        for doc in docs:
            if len(doc) and not doc.has_annotation("SENT_START"):
                set_sentences(doc)  # a tokenizer other than ours: razdel's sentences, as Natasha would find them
        chunks = [chunk for doc in docs for chunk in _chunks(doc)]
        words = [[doc[i].text for i in idx] for doc, idx in chunks]
        tools = self.tools
        encoded: dict[int, list[Ids]] = {}  # one encoding per distinct word encoder (one, unless packs differ)

        def run_model(api: Any) -> list[Any]:
            encoder = tools.encoder_for(api)
            if id(encoder) not in encoded:
                encoded[id(encoder)] = [encoder.encode(w) for w in words]
            return run(api, encoded[id(encoder)], self.batch_size)

        if self.morph:
            for (doc, idx), tags in zip(chunks, run_model(tools.morph)):
                _set_morph(doc, idx, tags, tools)
        if self.syntax:
            syntax = run_model(tools.syntax)
            for doc in docs:
                _set_syntax(doc, [(idx, parse) for (d, idx), parse in zip(chunks, syntax) if d is doc])
        if self.ner:
            tags = run_model(tools.ner)
            for doc in docs:
                _set_entities(doc, [(idx, t) for (d, idx), t in zip(chunks, tags) if d is doc])

    # Natasha's models come from the natasha wheel; there is nothing of ours to save.
    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        pass

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> NatashaTagger:
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> NatashaTagger:
        return self


@Language.factory(
    "pressextract_natasha",
    default_config={"batch_size": 32, "morph": True, "syntax": True, "ner": True},
    assigns=["token.pos", "token.morph", "token.lemma", "token.dep", "token.head", "doc.ents"],
)
def make_natasha(nlp: Language, name: str, batch_size: int, morph: bool, syntax: bool, ner: bool) -> NatashaTagger:
    """Factory of the Natasha component."""
    return NatashaTagger(nlp, name, batch_size=batch_size, morph=morph, syntax=syntax, ner=ner)


def set_sentences(doc: Doc) -> None:
    """Sentence starts from razdel's sentenizer: a token starts a sentence when one begins at or before it."""
    boundaries = sorted(s.start for s in sentenize(doc.text))
    k = 0
    for token in doc:
        begins = token.i == 0
        while k < len(boundaries) and boundaries[k] <= token.idx:
            begins, k = True, k + 1
        token.is_sent_start = begins


def _chunks(doc: Doc) -> Iterator[tuple[Doc, list[int]]]:
    """Token indices of each sentence without whitespace tokens, cut to at most MAX_CHUNK tokens."""
    for sent in doc.sents:
        idx = [t.i for t in sent if not t.is_space]
        for start in range(0, len(idx), MAX_CHUNK):
            yield doc, idx[start : start + MAX_CHUNK]


def _set_morph(doc: Doc, idx: list[int], tags: list[str], tools: NatashaTools) -> None:
    for i, tag in zip(idx, tags):
        token = doc[i]
        pos, _, feats_text = tag.partition("|")
        feats = dict(item.split("=", 1) for item in feats_text.split("|")) if feats_text else {}
        token.pos_ = pos
        token.set_morph(feats_text or None)
        token.lemma_ = tools.lemmatize(token.text, pos, feats, feats_text)


def _set_syntax(doc: Doc, parses: list[tuple[list[int], Any]]) -> None:
    """Write heads and labels; whitespace tokens hang on their neighbour with the label `dep`."""
    heads = list(range(len(doc)))
    labels = ["dep"] * len(doc)
    for idx, (_, head_ids, rels) in parses:
        tree, rels = repair_heads([int(h) for h in head_ids], list(rels))
        for i, head, rel in zip(idx, tree, rels):
            heads[i] = idx[head - 1] if head else i
            labels[i] = "ROOT" if head == 0 else rel
    for token in doc:
        if token.is_space:
            heads[token.i] = _space_head(doc, token.i)
    strings = doc.vocab.strings
    offsets = numpy.array([head - i for i, head in enumerate(heads)], dtype="int64").astype("uint64")
    deps = numpy.array([strings.add(label) for label in labels], dtype="uint64")
    doc.from_array([HEAD, DEP], numpy.stack([offsets, deps], axis=1))


def _space_head(doc: Doc, i: int) -> int:
    """A whitespace token belongs to its sentence: the previous token, or the next at a sentence start."""
    if i > 0 and not doc[i].is_sent_start:
        return i - 1
    return i + 1 if i + 1 < len(doc) and not doc[i + 1].is_sent_start else i


def _set_entities(doc: Doc, tagged: list[tuple[list[int], list[str]]]) -> None:
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
