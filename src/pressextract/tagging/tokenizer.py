"""One tokenisation for spaCy and Natasha: razdel sentences and tokens as a spaCy `Doc`.

razdel is what Natasha itself uses, so slovnet sees the tokens it was trained on and every extractor works on the
same `Doc`. Whitespace other than one space after a token becomes a token of its own, as in spaCy, so that
`doc.text == text` always. Sentence starts come from razdel's sentenizer, run on each line: in releases a line
break ends a headline, a dateline or a list item even without a full stop, unless the next line goes on in
lower case («…между Узбекистаном и\nпредприятиями…»). Razdel tokens are split where a dash joins a year to a name
(«ЧМ-2018» is «ЧМ», «-», «2018») or a number to a common word («год-100» is «год», «-», «100»).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from razdel import sentenize
from spacy.attrs import LIKE_NUM, ORTH
from spacy.lang.ru import lex_attrs as russian_attrs
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens.doc import pickle_doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..typography import DASHES
from .razdel_words import word_spans


def segment(text: str) -> tuple[list[str], list[bool], list[bool]]:
    """Split `text` into spaCy words, trailing-space flags and sentence-start flags."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    position = 0
    for block_start, block in _blocks(text):
        for sentence in sentenize(block):
            first = True
            for token_start, token_stop in word_spans(sentence.text):
                for offset, piece in pieces(sentence.text[token_start:token_stop]):
                    start = block_start + sentence.start + token_start + offset
                    gap = text[position:start]
                    _add_gap(gap, words, spaces, starts)
                    words.append(piece)
                    spaces.append(False)
                    position = start + len(piece)
                    starts.append(first or (not gap and _glued_start(words, spaces, text[position : position + 1])))
                    first = False
    _add_gap(text[position:], words, spaces, starts)
    return words, spaces, starts


# «ЧМ-2018», «Сочи-2014», «Мисс Россия-2017»: a year joined to a name by a dash (razdel keeps them one token);
# the year is a date of its own and the name may be a place. Not a model number: «Ту-154», «F-35», «АК-47».
NAMED_YEAR = re.compile(r"(.*[^\W\d_])([" + "".join(sorted(DASHES)) + r"])((?:1[89]|20)\d\d)")


# «2018 год-10000,00 рублей», «цена-100 рублей», «год-1,5 млрд»: a number of three digits or with a fraction glued
# to a common word by a dash where a spaced dash was meant (scraped tables and lists); the number is a figure of its
# own. A capitalised word or a small number keeps its number: a name («Формула-1», «Ту-154», «Северный поток-2»).
GLUED_NUMBER = re.compile(r"([а-яё]{3,})([" + "".join(sorted(DASHES)) + r"])(\d+[.,]\d+|\d{3,})")


def pieces(token: str) -> list[tuple[int, str]]:
    """The parts of a razdel token with their offsets: «ЧМ-2018» → «ЧМ», «-», «2018»; «год-100» → «год», «-»,
    «100»; other tokens whole."""
    if len(token) < 5 or not token[-1].isdigit():
        return [(0, token)]
    match = NAMED_YEAR.fullmatch(token) or GLUED_NUMBER.fullmatch(token)
    if match is None:
        return [(0, token)]
    return [(match.start(k), match.group(k)) for k in (1, 2, 3)]


def _glued_start(words: list[str], spaces: list[bool], following: str) -> bool:
    """A sentence glued to the one before without a space, which razdel keeps as one: «…в 2018 году.Денежно-
    кредитные условия» (scraped pages run a heading on), «…составила 4 %.В апреле», «…выросла на 2,5.Рост».
    The dot follows a lower-case word of four letters or more, a percent sign or a number; not a short word or an
    initial: «г.Москва», «руб.», «В.Путин». The new sentence starts with a capitalised word, or with a one-letter
    one followed by a space («В апреле»; «В.» is an initial)."""
    if len(words) < 3 or words[-2] != "." or spaces[-3] or spaces[-2]:
        return False
    word, this = words[-3], words[-1]
    ends_sentence = ((len(word) >= 4 and word.isalpha() and word.islower()) or word in PERCENT_SIGNS
                     or (word[0].isdigit() and word[-1].isdigit()))
    starts_sentence = this[0].isupper() and (this[1:2].islower() if len(this) > 1 else following.isspace())
    return ends_sentence and starts_sentence


PERCENT_SIGNS = frozenset("%‰")
LINE_BREAK = re.compile(r"\n(?![^\S\n]*[a-zа-яё])")


def _blocks(text: str) -> list[tuple[int, str]]:
    """Pieces of `text` between line breaks that end a sentence, with their offsets."""
    blocks, start = [], 0
    for match in LINE_BREAK.finditer(text):
        blocks.append((start, text[start : match.end()]))
        start = match.end()
    blocks.append((start, text[start:]))
    return blocks


def _add_gap(gap: str, words: list[str], spaces: list[bool], starts: list[bool]) -> None:
    """Attach whitespace between tokens: one space to the previous token, the rest as a space token."""
    if not gap:
        return
    if gap[0] == " " and words and not spaces[-1]:
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        starts.append(len(words) == 1)  # a text that opens with whitespace: its first token starts a sentence


class TextDoc(Doc):
    """A `Doc` that keeps the text it was made from. spaCy's `Doc.text` joins every token's text anew (0.3 ms a
    release) and the pipeline reads it several times per text; no component changes it (a retokenizer's split
    or merge keeps the text). Copies, pickles and docs from `n_process` workers are plain `Doc`s again; one
    made without `text`, or filled by `from_bytes`, joins its tokens as a `Doc` does."""

    def __init__(self, vocab: Vocab, *args: Any, text: Optional[str] = None, **kwargs: Any) -> None:
        super().__init__(vocab, *args, **kwargs)
        self._text = text
        self._words: Optional[list[str]] = kwargs.get("words")  # the token texts, until a retokenizer runs

    @property
    def text(self) -> str:
        return self._text if self._text is not None else Doc.text.__get__(self)

    def from_bytes(self, *args: Any, **kwargs: Any) -> Doc:
        self._text, self._words = None, None
        return super().from_bytes(*args, **kwargs)

    def from_dict(self, *args: Any, **kwargs: Any) -> Doc:
        self._text, self._words = None, None
        return super().from_dict(*args, **kwargs)

    def retokenize(self) -> Any:
        self._words = None  # a split or merge changes the tokens (not the text)
        return super().retokenize()

    def __reduce__(self) -> Any:
        return pickle_doc(self)  # spaCy pickles `Doc` itself, not its subclasses


def token_texts(doc: Doc) -> list[str]:
    """Every token's text: the tokenizer's own list (a TextDoc no retokenizer has changed; do not modify it), else
    read from an array (a Token object per token costs more than the lookup)."""
    words = getattr(doc, "_words", None)
    if words is not None and len(words) == len(doc):
        return words
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


NUMBER_WORDS = frozenset(getattr(russian_attrs, "_num_words", ()))
SIGNS = ("+", "-", "±", "~")


def like_number(text: str) -> bool:
    """spaCy's Russian `like_num` (token.like_num), answered from a set: spaCy 3.8 keeps its thousand number words
    («тысяча», «трлн», «xii», …) in a list, and scanning it was half the cost of every new word's lexeme.

    A sign in front and a per cent sign behind are ignored, and commas and full stops inside; what is left is a
    number if it is digits, digits over digits, or a number word."""
    if text.startswith(SIGNS):
        text = text[1:]
    text = text.removesuffix("%").replace(",", "").replace(".", "")
    if text.isdigit() or text.lower() in NUMBER_WORDS:
        return True
    parts = text.split("/")
    return len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit()


class RazdelTokenizer:
    """spaCy tokenizer running razdel; it has no state, so serialising it writes nothing."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces, starts = segment(text)
        return TextDoc(self.vocab, words=words, spaces=spaces, sent_starts=starts, text=text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> RazdelTokenizer:
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, **kwargs: Any) -> RazdelTokenizer:
        return self


@registry.tokenizers("pressextract.razdel_tokenizer.v1")
def create_tokenizer() -> Callable[[Language], RazdelTokenizer]:
    """Registry entry for `[nlp.tokenizer] @tokenizers = "pressextract.razdel_tokenizer.v1"`."""

    def make(nlp: Language) -> RazdelTokenizer:
        nlp.vocab.lex_attr_getters[LIKE_NUM] = like_number  # the tokenizer is what makes new lexemes
        return RazdelTokenizer(nlp.vocab)

    return make
