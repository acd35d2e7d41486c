"""Names NER split in two made one again: NER may tag each word of a name on its own (B-PER B-PER).

    «После ухода Радия | Хабирова …»               → «Радия Хабирова»
    «внучке Тихоновой | Татьяне Васильевне»        → «Тихоновой Татьяне Васильевне»
    «Жириновский | В. В.»                          → «Жириновский В. В.»
    «Владимир Путин | Дмитрий Медведев» (a caption) → two people: both sides are whole names
    «Г.|Папандреу», «Дж.|Керри»                    → «Г.Папандреу»: the initials glued to a surname are its own
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...tagging.morph import CASES, known
from ..candidates import Candidate, words
from ..naming.names import is_initial
from ..naming.readings import readings
from .filters import common_noun_text, sentence_initial

MAX_WORDS = 3  # «Марина Филипповна» + «Ходорковская»


def joined_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Two PER mentions with only a space between them joined into one name where their words make one
    (`_one_name`): «Фёдора» + «Емельяненко», «Марина Филипповна» + «Ходорковская»; not «Путина» + «Медведев»."""
    people = sorted((m for m in found if m.label == "PER"), key=lambda m: m.start)
    names: list[Candidate] = []
    for m in people:
        if names and _adjacent(doc, names[-1], m) and _one_name(doc, names[-1], m):
            names[-1] = Candidate(names[-1].start, m.end, "PER", names[-1].source)
        else:
            names.append(m)
    if len(names) == len(people):
        return found
    return [m for m in found if m.label != "PER"] + names


def with_initials(doc: Doc, people: list[Candidate]) -> list[Candidate]:
    """PER mentions with the initials glued before them that NER left out: «Г.Папандреу», «Дж.Керри», «А.Б.Петров»."""
    out = []
    for m in people:
        start = m.start
        while start >= 2 and doc[start - 1].text == "." and not doc[start - 1].whitespace_ and \
                not doc[start - 2].whitespace_ and _initial_letters(doc[start - 2].text):
            start -= 2  # «Г» «.» «Папандреу»
        while start >= 1 and not doc[start - 1].whitespace_ and doc[start - 1].text.endswith(".") and \
                _initial_letters(doc[start - 1].text[:-1]):
            start -= 1  # «Г.» «Папандреу»
        out.append(m if start == m.start else Candidate(start, m.end, m.label, m.source))
    return out


def _initial_letters(text: str) -> bool:
    """«Г», «Дж»: an initial of a first name (a capital, maybe one more small letter)."""
    return 0 < len(text) <= 2 and text[0].isupper() and text.isalpha() and (len(text) == 1 or text[1].islower())


def _adjacent(doc: Doc, first: Candidate, second: Candidate) -> bool:
    """Only spaces between the two, no line break, in one sentence."""
    if second.start < first.end or second.start > first.end + 1 or doc[second.start].is_sent_start:
        return False
    gap = doc[first.end - 1].whitespace_ + "".join(t.text_with_ws for t in doc[first.end : second.start])
    return gap.strip(" ") == "" and 0 < len(gap) <= 2


# the orders of a name's parts: First, Middle (patronymic), Last, Initial; surname first («LF», «LFM») only
# starting a sentence, as in a list or a certificate («Катырин | Сергей Николаевич занимает …»): after a word,
# «супруга Януковича | Людмила», «вдова Ельцина | Наина Иосифовна» are two people far more often than one
NAME_SHAPES = {"FL", "FM", "FML", "LI", "LII", "IL", "IIL"}
SURNAME_FIRST = {"LF", "LFM"}


def _one_name(doc: Doc, first: Candidate, second: Candidate) -> bool:
    """May the words of both mentions be one person's name? Their parts must come in a name's order
    («Тихоновой Татьяне Васильевне»: last, first, middle), not two names' («советника Путина Михаила Лесина»:
    last, first, last), and all words may stand in one case."""
    both = _name_words(doc, first) + _name_words(doc, second)
    if not both or len(both) > MAX_WORDS or not all(text[:1].isupper() for text, _ in both):
        return False
    shapes = NAME_SHAPES | SURNAME_FIRST if sentence_initial(doc, first.start) else NAME_SHAPES
    if not any(_fits(shape, both) for shape in shapes if len(shape) == len(both)):
        return False
    cases = set(CASES)
    for text, initial in both:
        if not initial:
            own = {r.case for r in readings(text)}
            if None not in own:
                cases &= own
    return bool(cases)


def _fits(shape: str, both: list[tuple[str, bool]]) -> bool:
    return all(part in _parts(text, initial) for part, (text, initial) in zip(shape, both))


def _parts(text: str, initial: bool) -> set[str]:
    """The parts of a name a word may be: «Фёдора» F, «Филипповна» M, «Хабирова» L, «В.» I; a word pymorphy2
    does not know may be a first or a last name («Патриша»)."""
    if initial:
        return {"I"}
    if common_noun_text(text):
        return set()  # «Задачей-минимум»
    options = readings(text)
    known_ = [r for r in options if r.parse is not None and known(r.parse)]
    parts = set()
    for reading in known_ or options:  # «Кристины» is a first name, whatever its ending might also be
        parts |= {"first": {"F"}, "middle": {"M"}, "last": {"L"}}.get(reading.role or "", {"F", "L"})
    return parts


def _name_words(doc: Doc, m: Candidate) -> list[tuple[str, bool]]:
    """(text, is it an initial) of a mention's words, the dots of initials left out."""
    out = []
    for token in words(doc, m.start, m.end):
        if token.text == ".":
            continue
        if not token.text.replace("-", "").isalpha():
            return []
        out.append((token.text, is_initial(token)))
    return out
