"""Natasha's models, loaded once per process and shared by every pipeline in it.

The models ship inside the natasha wheel (navec embeddings, slovnet morphology, syntax and NER), so nothing is
downloaded. Loading takes about a second; `natasha_tools()` does it on first use and then returns the same
objects. yargy parsers and Natasha extractors are neither thread-safe nor picklable, so each worker process
builds its own through this function instead of receiving them.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from .network import speed_up
from .inference import WordEncoder
from .lemmatizer import Lemmatizer


@dataclass
class NatashaTools:
    """The loaded Natasha objects: embedding, taggers, parser and the pymorphy2 vocabulary."""

    embedding: Any
    morph: Any
    syntax: Any
    ner: Any
    morph_vocab: Any
    lemmas: dict[tuple[str, str, str], str] = field(default_factory=dict)
    encoders: list[WordEncoder] = field(default_factory=list)
    lemmatizer: Optional[Lemmatizer] = None  # made on first use, from morph_vocab

    def encoder_for(self, api: Any) -> WordEncoder:
        """The word encoder that gives `api`'s model the ids its own encoder would: one shared by all three."""
        encoder = api.infer.encoder
        found = next((e for e in self.encoders if e.serves(encoder)), None)
        if found is None:
            found = WordEncoder(encoder)
            self.encoders.append(found)
        return found

    def lemmatize(self, word: str, pos: str, feats: dict[str, str], key: str) -> str:
        """Lemma of `word` given slovnet's POS and features (`key` is the features string, for the cache), as
        Natasha's `MorphVocab.lemmatize` gives it (lemmatizer.py)."""
        cache_key = (word, pos, key)
        lemma = self.lemmas.get(cache_key)
        if lemma is None:
            if pos in ("PUNCT", "NUM", "SYM", "X") or not word.isalpha():
                lemma = word.lower()
            else:
                if self.lemmatizer is None:
                    self.lemmatizer = Lemmatizer(self.morph_vocab)
                try:
                    lemma = self.lemmatizer.lemmatize(word, pos, feats) or word.lower()
                except ValueError:  # pymorphy2 asks unicodedata.name of each letter: «𗀀» has none
                    lemma = word.lower()
            if len(self.lemmas) < 500_000:
                self.lemmas[cache_key] = lemma
        return lemma


@lru_cache(maxsize=1)
def natasha_tools() -> NatashaTools:
    """Natasha's models, loaded once per process, with the fast embedding and CNN encoder (network/) in each
    tagger."""
    tools = _load_tools()
    for api in (tools.morph, tools.syntax, tools.ner):
        speed_up(api.infer.model)
    return tools


def _load_tools() -> NatashaTools:
    """Load Natasha's models once per process (natasha_load.py: the same objects, in half the time).

    The fast loader reads navec's and slovnet's packs through their internals; if a newer release changed them,
    Natasha's own constructors are used instead (slower to load, same results) and a warning says so.
    """
    try:
        from .models import PressMorphVocab, load_embedding, load_tagger

        embedding = load_embedding()
        return NatashaTools(
            embedding=embedding,
            morph=load_tagger("morph", embedding),
            syntax=load_tagger("syntax", embedding),
            ner=load_tagger("ner", embedding),
            morph_vocab=PressMorphVocab(),
        )
    except Exception as error:  # an upgraded navec/slovnet/natasha: fall back to the public constructors
        warnings.warn(f"fast Natasha loading failed ({error!r}); using Natasha's own loaders", stacklevel=2)
        return _natasha_tools_plain()


def _natasha_tools_plain() -> NatashaTools:
    """Natasha's models through Natasha's public constructors."""
    from natasha import (
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
    )

    embedding = NewsEmbedding()
    return NatashaTools(embedding=embedding, morph=NewsMorphTagger(embedding), syntax=NewsSyntaxParser(embedding),
                        ner=NewsNERTagger(embedding), morph_vocab=MorphVocab())
