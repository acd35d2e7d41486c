"""`pressextract_natasha`: Natasha's morphology, syntax and NER written onto the spaCy `Doc`.

It runs slovnet on the tokens the razdel tokenizer made (whitespace tokens skipped), so spaCy and Natasha share
one tokenisation. Sentences from a whole batch of documents are sorted by length before they go to slovnet:
batches of alike lengths carry little padding, which is most of what makes this faster than Natasha's own loop.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Iterable, Iterator, Optional, Sequence

from spacy.attrs import LEMMA, MORPH, POS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from .. import extensions
from .chunks import Chunk, has_figure, sentence_chunks, sentence_starts, set_sentences
from .inference import Ids, run
from .tokenizer import token_texts
from .tools import NatashaTools, natasha_tools
from .writing import morph_values, set_entities, set_syntax

PARSE_MODES = ("figures", "all")
MORPH_CACHE = 500_000  # (word, tag) pairs


class NatashaTagger:
    """spaCy component: POS, morphological features, lemmas, dependencies and NER from Natasha.

    With `parse="figures"` (the default) NER runs on every sentence, morphology and syntax only where a later
    component reads them: sentences with a digit or a word one of the pipeline's components lists in its
    `parse_words()` (number words, calendar words, country adjectives, legal forms) and the sentence before each
    (a list heading, an indicator carried on); sentences where NER found a name, or with a capitalised word of
    one (the rules find names again), and the sentence before a person (a title on the line above). Other
    sentences get no POS, features or lemmas, and a flat tree (every token on
    the sentence's first, label `dep`). `parse="all"` parses every sentence.
    """

    def __init__(self, nlp: Language, name: str, *, batch_size: int, morph: bool, syntax: bool, ner: bool,
                 parse: str = "figures") -> None:
        if parse not in PARSE_MODES:
            raise ValueError(f"parse must be one of {', '.join(PARSE_MODES)}, got {parse!r}")
        self.nlp = nlp
        self.name = name
        self.batch_size = batch_size
        self.morph = morph
        self.syntax = syntax
        self.ner = ner
        self.parse = parse
        self._morph_values: dict[int, dict[tuple[str, str], tuple[int, int, int]]] = {}  # per vocab
        self._parse_words: Optional[tuple[tuple[int, ...], frozenset[str], list[frozenset[str]]]] = None

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
        """Run the enabled slovnet models over the sentences of `docs` at once and write the results."""
        for doc in docs:
            if len(doc) and not doc.has_annotation("SENT_START"):
                set_sentences(doc)  # a tokenizer other than ours: razdel's sentences, as Natasha would find them
        chunks = [chunk for doc in docs for chunk in sentence_chunks(doc)]
        texts = {id(doc): token_texts(doc) for doc in docs}
        words = [[texts[id(doc)][i] for i in idx] for doc, _, idx in chunks]
        tools = self.tools
        encoded: dict[int, list[Ids]] = {}  # one encoding per distinct word encoder (one, unless packs differ)

        def run_model(api: Any, selected: Optional[list[int]] = None) -> list[Any]:
            encoder = tools.encoder_for(api)
            if id(encoder) not in encoded:
                encoded[id(encoder)] = [encoder.encode(w) for w in words]
            items = encoded[id(encoder)]
            return run(api, items if selected is None else [items[k] for k in selected], self.batch_size)

        if self.ner:
            tags = run_model(tools.ner)
            for doc in docs:
                set_entities(doc, [(c.idx, t) for c, t in zip(chunks, tags) if c.doc is doc])
        to_parse, to_tag = self.selection(chunks, words)
        if self.morph:
            tagged = dict(zip(to_tag, run_model(tools.morph, to_tag)))
            for doc in docs:
                self.set_morph(doc, [(chunks[k].idx, words[k], tags) for k, tags in tagged.items()
                                     if chunks[k].doc is doc])
        if self.syntax:
            parses = dict(zip(to_parse, run_model(tools.syntax, to_parse)))
            for doc in docs:
                set_syntax(doc, [(c.idx, parses.get(k)) for k, c in enumerate(chunks) if c.doc is doc])
        for doc in docs:
            doc.user_data[extensions.ANNOTATED] = self.annotations

    @property
    def annotations(self) -> tuple[str, ...]:
        """What this component writes on every Doc, in spaCy's `has_annotation` names."""
        return (("POS", "MORPH", "LEMMA") if self.morph else ()) + (("DEP",) if self.syntax else ()) + \
            (("ENT_IOB",) if self.ner else ())

    def selection(self, chunks: list[Chunk], words: list[list[str]]) -> tuple[list[int], list[int]]:
        """The chunks to parse and the chunks to tag with morphology (the same ones, for now)."""
        if self.parse == "all":
            every = list(range(len(chunks)))
            return every, every
        parse_words = self.parse_words()
        selected: set[tuple[int, int]] = set()  # (doc, sentence)
        for chunk, chunk_words in zip(chunks, words):
            if has_figure(chunk_words, parse_words):
                selected |= {(id(chunk.doc), chunk.sentence), (id(chunk.doc), chunk.sentence - 1)}
        names: dict[int, set[str]] = {}  # doc → capitalised words of its NER entities
        for doc in {id(c.doc): c.doc for c in chunks}.values():
            starts = sentence_starts(doc)
            names[id(doc)] = {w for ent in doc.ents for w in ent.text.split() if w[:1].isupper()}
            for ent in doc.ents:
                sentence = bisect_right(starts, ent.start) - 1
                selected.add((id(doc), sentence))
                if ent.label_ == "PER":  # a title may stand on the line above a name
                    selected.add((id(doc), sentence - 1))
        for chunk, chunk_words in zip(chunks, words):  # the rules find a name again where NER missed it
            if not names[id(chunk.doc)].isdisjoint(chunk_words):
                selected.add((id(chunk.doc), chunk.sentence))
        chosen = [k for k, c in enumerate(chunks) if (id(c.doc), c.sentence) in selected]
        return chosen, chosen

    def set_morph(self, doc: Doc, tagged: list[tuple[list[int], list[str], list[str]]]) -> None:
        """Write POS, features and lemmas of the tagged tokens ((indices, words, slovnet tags) per chunk) at once."""
        values = doc.to_array([POS, MORPH, LEMMA])
        cache = self._morph_values.setdefault(id(doc.vocab), {})
        for idx, chunk_words, tags in tagged:
            for i, word, tag in zip(idx, chunk_words, tags):
                found = cache.get((word, tag))
                if found is None:
                    found = morph_values(doc.vocab, word, tag, self.tools)
                    if len(cache) < MORPH_CACHE:
                        cache[(word, tag)] = found
                values[i] = found
        doc.from_array([POS, MORPH, LEMMA], values)

    def parse_words(self) -> frozenset[str]:
        """The words that make the pipeline's components read a sentence (their `parse_words()`); the union is
        kept while every component gives the same set (3 ms a call to make: once per text for `extract()`)."""
        parts = [pipe.parse_words() for _, pipe in self.nlp.components if pipe is not self and
                 hasattr(pipe, "parse_words")]
        key = tuple(map(id, parts))
        if self._parse_words is None or self._parse_words[0] != key:
            self._parse_words = (key, frozenset().union(*parts), parts)  # the parts kept: their ids stay theirs
        return self._parse_words[1]

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
    default_config={"batch_size": 32, "morph": True, "syntax": True, "ner": True, "parse": "figures"},
    assigns=["token.pos", "token.morph", "token.lemma", "token.dep", "token.head", "doc.ents"],
)
def make_natasha(nlp: Language, name: str, batch_size: int, morph: bool, syntax: bool, ner: bool,
                 parse: str) -> NatashaTagger:
    """Factory of the Natasha component."""
    return NatashaTagger(nlp, name, batch_size=batch_size, morph=morph, syntax=syntax, ner=ner, parse=parse)
