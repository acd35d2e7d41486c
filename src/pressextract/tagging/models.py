"""Natasha's models loaded in about half the time, as the same objects Natasha's own constructors build.

Three costs of `NewsEmbedding()`, `NewsMorphTagger(emb)`, `NewsSyntaxParser(emb)`, `NewsNERTagger(emb)` and
`MorphVocab()` are avoidable (measured, 2 cores, Python 3.11):
- each slovnet pack carries the same 250,002-word vocabulary as navec, and each builds its own word → id dict
  (≈ 0.1 s apiece): here the packs share navec's dict when their words are the same (compared as bytes, 0.02 s);
- navec precomputes norms and dot products for `sim()` (≈ 0.2 s), which tagging never calls: here on first use;
- pymorphy2 looks for its dictionary through `pkg_resources` entry points (≈ 0.35 s to import): here it is
  given the path of `pymorphy2_dicts_ru`, the dictionary natasha depends on.
"""

from __future__ import annotations

import gzip
from typing import Any

import numpy

# natasha imports yargy, which patches pymorphy2 for Python >= 3.11 (inspect.getargspec): import it first.
from natasha import MorphVocab, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
from natasha.data import NEWS_EMBEDDING, NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
from natasha.emb import NewsEmbedding
from natasha.morph.vocab import MorphForm
from navec.meta import Meta as NavecMeta
from navec.navec import META, PQ_, VOCAB
from navec.pq import PQ
from navec.tar import Tar
from navec.vocab import PAD, UNK
from navec.vocab import Vocab as NavecVocab
from pymorphy2 import MorphAnalyzer
from slovnet import api
from slovnet.const import REL, SHAPE, TAG, WORD
from slovnet.exec import encoders, infer, model
from slovnet.exec.pack import Pack, vocab_name
from slovnet.vocab import Vocab

# tagger class, slovnet API, model, encoder, decoder, label vocabulary, inference
KINDS = {
    "morph": (NewsMorphTagger, api.Morph, model.Morph, encoders.TagEncoder, infer.TagDecoder, TAG, infer.MorphInfer),
    "syntax": (NewsSyntaxParser, api.Syntax, model.Syntax, encoders.SyntaxEncoder, infer.SyntaxDecoder, REL,
               infer.SyntaxInfer),
    "ner": (NewsNERTagger, api.NER, model.NER, encoders.TagEncoder, infer.TagDecoder, TAG, infer.NERInfer),
}
PATHS = {"morph": NEWS_MORPH, "syntax": NEWS_SYNTAX, "ner": NEWS_NER}
BATCH_SIZE = 8  # slovnet's default; pressextract_natasha sets its own before each call


class LazyPQ(PQ):
    """navec's product-quantised vectors; the tables only `sim()` needs are computed on first use."""

    def precompute(self) -> None:
        self.qdims = numpy.arange(self.qdim)

    def __getattr__(self, name: str) -> Any:
        if name in ("norm", "ab"):
            PQ.precompute(self)
            return getattr(self, name)
        raise AttributeError(name)


def load_embedding(path: str = NEWS_EMBEDDING) -> NewsEmbedding:
    """`NewsEmbedding()`, without the precomputation for `sim()`."""
    with Tar(path) as tar:
        meta = NavecMeta.from_file(tar.load(META))
        NavecMeta.check_protocol(meta.protocol)
        vocab = _read_navec_vocab(tar.load(VOCAB).read())
        pq = LazyPQ.from_file(tar.load(PQ_))
    embedding = NewsEmbedding.__new__(NewsEmbedding)
    embedding.meta, embedding.vocab, embedding.pq = meta, vocab, pq
    return embedding


def _read_navec_vocab(packed: bytes) -> NavecVocab:
    """navec's `Vocab.from_file`, faster: the word → id dict built with `zip`, the counts left a numpy array (only
    `Vocab.count` reads them), the words' bytes kept for the comparison in `_words_vocab`."""
    data = gzip.decompress(packed)
    size = int(numpy.frombuffer(data, numpy.uint32, count=1)[0])
    words_bytes = data[4 + 4 * size:]
    vocab = NavecVocab.__new__(NavecVocab)
    vocab.words = words_bytes.decode("utf-8").splitlines()
    vocab.counts = numpy.frombuffer(data, numpy.uint32, count=size, offset=4)
    vocab.word_ids = dict(zip(vocab.words, range(len(vocab.words))))
    vocab.unk_id = vocab.word_ids.get(UNK)
    vocab.pad_id = vocab.word_ids.get(PAD)
    _WORDS_BYTES.clear()
    _WORDS_BYTES[id(vocab.words)] = (vocab.words, words_bytes.rstrip(b"\n"))
    return vocab


def load_tagger(kind: str, embedding: NewsEmbedding) -> Any:
    """`NewsMorphTagger(emb)` and its siblings, reusing the embedding's word dict when the words are the same."""
    tagger_class, api_class, model_class, encoder_class, decoder_class, labels, infer_class = KINDS[kind]
    with Pack(PATHS[kind]) as pack:
        pack.load_meta().check_protocol()
        module = pack.load_model(model_class)
        arrays = dict(pack.load_arrays(module.weights))
        words = _words_vocab(pack, embedding)
        shapes = pack.load_vocab(SHAPE)
        decoder = decoder_class(pack.load_vocab(labels))
    inference = infer_class(module.inject_arrays(arrays), encoder_class(words, shapes, BATCH_SIZE), decoder)
    tagger = tagger_class.__new__(tagger_class)
    api_class.__init__(tagger, inference, BATCH_SIZE)
    return tagger.navec(embedding)


def _words_vocab(pack: Pack, embedding: NewsEmbedding) -> Vocab:
    data = gzip.decompress(pack.read(vocab_name(WORD)))
    if data.rstrip(b"\n") != _words_bytes(embedding):  # comparing bytes is 4 times faster than word lists
        return Vocab(data.decode("utf-8").splitlines())
    vocab = Vocab.__new__(Vocab)
    vocab.items = embedding.vocab.words
    vocab.item_ids = embedding.vocab.word_ids
    vocab.unk_id = vocab.item_ids.get("<unk>")
    vocab.pad_id = vocab.item_ids.get("<pad>")
    return vocab


_WORDS_BYTES: dict[int, tuple[list[str], bytes]] = {}  # the list is kept so that its id is not reused


def _words_bytes(embedding: NewsEmbedding) -> bytes:
    """The embedding's words as a slovnet pack stores them, made once per embedding."""
    words = embedding.vocab.words
    if id(words) not in _WORDS_BYTES:
        _WORDS_BYTES.clear()
        _WORDS_BYTES[id(words)] = (words, "\n".join(words).encode("utf-8"))
    return _WORDS_BYTES[id(words)][1]


class PressMorphVocab(MorphVocab):
    """natasha's `MorphVocab` with pymorphy2's Russian dictionary found by path, not by entry points."""

    def __init__(self, path: Any = None, lang: Any = None, result_type: Any = MorphForm, *args: Any) -> None:
        if path is None and lang is None:
            import pymorphy2_dicts_ru

            path = pymorphy2_dicts_ru.get_path()
        MorphAnalyzer.__init__(self, path, lang, result_type, *args)
