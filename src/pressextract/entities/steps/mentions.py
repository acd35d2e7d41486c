"""Entity steps on NER's mentions and what it missed: cleaned, retyped, names joined, people, places and
organisations recalled (read in the order `STEPS` runs them)."""

from __future__ import annotations

from ..candidates import Candidate
from ..draft import Draft
from ..rules.cuts import without_lead_word
from ..rules.filters import is_false, not_a_person, organisation_word
from ..rules.joins import joined_people, with_initials
from ..rules.ner import cleaned, retyped
from ..rules.recall import (
    as_person,
    joined_countries,
    known_surname,
    person_mentions,
    place_mentions,
    repeated_orgs,
    surnames,
)


def ner_mentions(d: Draft) -> None:
    """NER's mentions cut at glosses, lists, verbs and titles, the false ones dropped, mistyped ones retyped."""
    d.found = [retyped(d.doc, m, d.vocab) for m in cleaned(d.doc, d.money, d.vocab)]


def split_names(d: Draft) -> None:
    """A name NER tagged word by word made one: «Радия» + «Хабирова», «Марина Филипповна» + «Ходорковская»; a
    common word starting the sentence cut off a name: «Кардиологу Мюррею» → «Мюррею»; initials glued to a name
    joined to it: «Г.Папандреу»."""
    found = joined_people(d.doc, d.found)
    people = with_initials(d.doc, without_lead_word(d.doc, [m for m in found if m.label == "PER"]))
    d.found = [m for m in found if m.label != "PER"] + people


def no_name_people(d: Draft) -> None:
    """PER that are no names («Чрезвычайным») go, and those that name an organisation («Нацфронта», «Гоминьдана»)
    become ORG, unless a surname the text gives a person elsewhere."""
    d.lasts, d.firsts = surnames([(m, d.name_of(m)) for m in d.found if m.label == "PER"])
    d.found = [Candidate(m.start, m.end, "ORG", "known") if m.label == "PER" and m.end - m.start == 1 and
               d.texts[m.start].isalpha() and organisation_word(d.texts[m.start]) and
               not known_surname(d.doc, m, d.lasts, d.firsts) else m for m in d.found]
    d.found = [m for m in d.found if m.label != "PER" or not not_a_person(d.doc, m)
               or known_surname(d.doc, m, d.lasts, d.firsts)]


def people_typed_otherwise(d: Draft) -> None:
    """LOC and ORG that are a known surname, or a first name after a title, become PER."""
    def is_title(token) -> bool:
        return d.vocab.titles.get(token) is not None

    d.found = [Candidate(m.start, m.end, "PER", "document") if m.label != "PER" and
               as_person(d.doc, m, d.lasts, d.firsts, is_title, d.vocab.countries) else m for m in d.found]
    d.ner_words = {i for m in d.found for i in range(m.start, m.end)}


# ---------------------------------------------------------------- recall
def surnames_again(d: Draft) -> None:
    """A surname the text gives a person, standing alone outside NER's mentions: «о Свиридове»; a first name and
    a surname found so make one name: «рисунки Иосифа Бродского»."""
    d.found = joined_people(d.doc, d.found + person_mentions(d.doc, d.texts, d.starting, d.ner_words, d.lasts,
                                                             d.firsts))  # «Иосифа» + «Бродского»


def gazetteer_places(d: Draft) -> None:
    """Countries, regions and settlements outside NER's mentions: «с Узбекистаном», «г. Воронежу»."""
    d.found += [m for m in place_mentions(d.doc, d.texts, d.starting, d.ner_words, d.vocab.countries,
                                          d.vocab.settlements)
                if not is_false(d.doc, m, d.money, d.vocab.currency_words)]


def joined_country_names(d: Draft) -> None:
    """A country NER split at its «и» made one: «Тринидад и Тобаго»."""
    d.found = joined_countries(d.doc, d.found, d.vocab.countries, d.vocab.conjunctions)


def organisations_again(d: Draft) -> None:
    """An organisation's words standing again outside every mention: «Vestas» … «Vestas»."""
    busy = {i for m in d.found for i in range(m.start, m.end)}
    d.found += repeated_orgs(d.texts, [m for m in d.found if m.label == "ORG"], busy)
