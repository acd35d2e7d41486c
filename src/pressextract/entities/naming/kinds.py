"""What kind of organisation an ORG is, from its head word and the vocabulary (`data/org_kind_*.tsv`, one file per
kind): the entry nearest the start of the name wins, the longer one where two start at the same word.

    Министерство иностранных дел России    → state         Национальный банк Республики Казахстан → central_bank
    банк ВТБ, ПАО «Сбербанк»                → bank          ООО «Ромашка», «Газпром»               → company
    ООН, ЕАЭС, Шанхайская организация …     → international ТАСС, газета «Известия», Первый канал   → media
    партия «Единая Россия», КПРФ           → party         МГУ имени Ломоносова, Российская академия наук → education

A legal form («ООО», «ПАО») is skipped and makes a company unless the rest of the name says otherwise (an
institution's form, «МКУ», «ГБУ», makes none); a name no entry matches is a company when it is a proper name
(«Vestas», «Хэнань Текстиль»), else `other`.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ...lexicon import Entry, LexiconError
from ...tagging.morph import fold, lemmas, parses
from ..rules.filters import common_noun_text

KINDS = ("state", "central_bank", "bank", "company", "international", "media", "party", "education", "other")
OTHER = "other"
TABLES = {f"org_kind_{kind}": kind for kind in KINDS}  # table name → kind
# the abbreviated form of a state or municipal institution (учреждение): «МКУ», «ГБУ», «ФКУ», «МБОУ» — no company
INSTITUTION = re.compile(r"^[А-ЯЁ]{1,5}У$")
CYRILLIC_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,6}$")
QUOTES = "«»\"'„“”"
LEAD = 4  # a kind word is looked for among the first words of a name: «Брянский городской Совет …»
KEYS = 12  # the words of a name looked at: the longest entry starting among the first LEAD fits
STEM = 3  # letters a word shares with its lemma


class KindName(Entry):
    """One line of an org_kind_*.tsv file: a head word or a name (lemmas, lower case)."""

    name: str


class OrgKinds:
    """The kind vocabulary: phrases of lemmas by their first word."""

    def __init__(self, tables: dict[str, list[KindName]], legal_forms: Iterable[str],
                 part_heads: frozenset[str] = frozenset()) -> None:
        self.by_first: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
        seen: dict[str, str] = {}
        self.words: set[str] = set()  # every word of the names, for the saved lemma table
        for table, entries in tables.items():
            kind = TABLES[table]
            for entry in entries:
                name = fold(entry.name)
                if name in seen:
                    raise LexiconError(f"{table}.tsv: {entry.name!r} is given for {seen[name]} too")
                seen[name] = kind
                self.words.update(name.split())
                phrase = tuple(lemmas(w) for w in name.split())  # «центральный банк» matches «Центрального банка»
                for first in phrase[0]:
                    self.by_first.setdefault(first, []).append((phrase, kind))
        for options in self.by_first.values():
            options.sort(key=lambda option: -len(option[0]))
        self.legal_forms = frozenset(fold(w) for w in legal_forms)
        self.part_heads = part_heads  # a part of an organisation takes the kind of the one named after it
        # the first letters of every lemma the entries hold: a word starting otherwise needs no lemmas (a word and
        # its lemma share them: «Центрального» and «центральный»)
        self.stems = {lemma[:STEM] for options in self.by_first.values() for phrase, _ in options
                      for lemma_set in phrase for lemma in lemma_set} | {head[:STEM] for head in part_heads}
        self._known: dict[tuple[str, ...], str] = {}

    def of_words(self, texts: list[str]) -> str:
        """The kind of an organisation named by these words (as written, in any case); a name a text repeats is
        looked up once."""
        key = tuple(texts)
        kind = self._known.get(key)
        if kind is None:
            if len(self._known) > 50_000:
                self._known.clear()
            kind = self._known[key] = self._kind(texts)
        return kind

    def headed(self, head: str, kind: str) -> str:
        """The kind of a quoted name the word before it gives, where the name's own words tell little: «партии
        «Зелёный рассвет»» → party, «газета «Утро»» → media, «компании «Утро»» → company; not a state's word
        («агентство «Утро»» is no state agency)."""
        if kind not in (OTHER, "company"):
            return kind
        found = self._match([lemmas(head)], 0)
        return found[0] if found is not None and found[0] != "state" else kind

    def of_word(self, word: str) -> Optional[str]:
        """The kind one common word names an organisation by («компании» → company, «банка» → bank), or None."""
        found = self._match([lemmas(word)], 0)
        return found[0] if found is not None and found[1] == 1 else None

    def _kind(self, texts: list[str]) -> str:
        # the words a name in quotes or Latin letters starts with: «цех «Ладоги»», «отдел продаж Vestas»
        named_at = {t.strip(QUOTES) for k, t in enumerate(texts) if t.isascii() and t[:1].isalpha()
                    or k > 0 and texts[k - 1] in QUOTES}
        texts = [t.strip(QUOTES) for t in texts if any(c.isalnum() for c in t)]
        legal = False
        while texts and fold(texts[0]) in self.legal_forms or texts and INSTITUTION.match(texts[0]):
            own = self._match([lemmas(texts[0])], 0)  # «АКБ …» is a bank's own form
            if own is not None and own[0] != "company":
                return own[0]
            legal = legal or not INSTITUTION.match(texts[0])  # «ПАО «Сбербанк»»: the name decides, else a company
            texts = texts[1:]
        keys = [lemmas(t) if fold(t)[:STEM] in self.stems else frozenset([fold(t)]) for t in texts[:KEYS]]
        for start in range(min(LEAD, len(texts))):
            found = self._match(keys, start)
            part = not self.part_heads.isdisjoint(keys[start])  # «пресс-служба ЦБ», «совет директоров «Газпрома»»
            if found is None and not part:
                continue
            if part:
                after = start + (found[1] if found else 1)
                later = next((k for k in (self._match(keys, s) for s in range(after, len(keys))) if k), None)
                if later is not None:
                    return later[0]
                named = next((s for s in range(after, len(texts)) if texts[s][:1].isupper()), None)
                if named is not None and texts[named] in named_at and self._kind(texts[named:]) == "company":
                    return "company"  # «отдел продаж «Ладоги»», «цех «Ладоги»»: a part of a company NER knows
            if found is not None:
                return found[0]
        if legal:
            return "company"
        if texts and any(c.isupper() for c in texts[0]) and not common_noun_text(texts[0]) and \
                not CYRILLIC_ABBREVIATION.match(texts[0]) and not adjective_text(texts[0]):
            # «Vestas», «IAG»; not «КДН», «РОО» (unknown bodies) nor «Вознесенский СДК» (a place's something)
            return "company"
        return OTHER

    def _match(self, keys: list[frozenset[str]], start: int) -> Optional[tuple[str, int]]:
        """The kind and length of the longest entry starting at word `start`."""
        for first in keys[start]:
            for phrase, kind in self.by_first.get(first, ()):
                if start + len(phrase) <= len(keys) and all(
                        not word.isdisjoint(keys[start + k]) for k, word in enumerate(phrase)):
                    return kind, len(phrase)
        return None



def adjective_text(word: str) -> bool:
    """Is the word's most likely reading an adjective: «Вознесенском», «Столичная»?"""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("ADJF", "ADJS", "PRTF")
