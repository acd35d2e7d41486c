"""Entity steps that settle places and people against the organisations' final boundaries: places crossing
or inside them, place adjectives, Latin places, sides of places, namesakes and people in titles."""

from __future__ import annotations

from ..candidates import by_token, crosses, near
from ..draft import Draft
from ..rules.adjectives import person_adjectives, place_adjectives
from ..rules.joins import joined_people
from ..rules.latin import latin_places
from ..rules.namesakes import named_after, people_in_names
from ..rules.recall import nested_places
from ..rules.sides import place_sides, with_name_adjective
from ..rules.works import people_in_titles


def places_outside_organisations(d: Draft) -> None:
    """A place that crosses an organisation, or is its head word («Хокимият» of «Хокимият … области»), goes."""
    org_words = d.vocab.org_words
    at = by_token(d.orgs)
    d.places = [p for p in d.places if not any(
        crosses(p, o) or (p.start == o.start and p.end < o.end and org_words.get(d.doc[p.start]) is not None)
        for o in near(at, p))]


def nested_places_found(d: Draft) -> None:
    """Countries and regions inside organisation names: «Министерство иностранных дел России», «Голос Америки»."""
    d.places += nested_places(d.doc, d.orgs, d.places, d.vocab.countries, d.vocab.lists["named_after"])


def adjectives_of_places(d: Draft) -> None:
    """A place adjective is a place of its own, as NEREL marks it: «казахстанской стороны» (Казахстан),
    «московских властей» (Москва), «Российской академии наук»; not a person's nationality («американский актёр»)
    nor a language («английский язык», «на английском»). With a word for a capital it names the city: «британской
    столице»."""
    taken = {i for m in d.places + d.people for i in range(m.start, m.end)}
    d.places += place_adjectives(d.doc, d.texts, d.starting, taken, d.vocab.countries, d.vocab.lists)
    taken = {i for m in d.places + d.people for i in range(m.start, m.end)}
    d.people += person_adjectives(d.doc, d.texts, d.starting, taken, d.vocab.person_adjectives)  # «Нобелевской премии»


def latin_names_of_places(d: Draft) -> None:
    """Places written in Latin letters, inside organisations' names too (NEREL): «New York Times», «US Open»; an
    organisation NER gave that is one of them is the place («в Los Angeles»)."""
    found = latin_places(d.texts, d.starting, d.vocab.latin_places, d.people, d.places)
    ranges = {(m.start, m.end) for m in found}
    d.orgs = [o for o in d.orgs if (o.start, o.end) not in ranges]
    d.places += found


def sides_of_places(d: Draft) -> None:
    """The side of a place, holding it (NEREL): «на юге Турции», «в восточной Украине»; the adjective starting a
    place's name joined to it: «Новой Гвинее»."""
    taken = {i for m in d.places + d.people + d.orgs for i in range(m.start, m.end)}
    d.places = with_name_adjective(d.doc, d.places, d.vocab.lists["place_name_adjectives"], taken)  # «Новой Гвинее»
    d.places += place_sides(d.doc, d.places, d.vocab.lists["place_sides"], d.vocab.lists["place_side_adjectives"],
                            taken)


def namesakes(d: Draft) -> None:
    """The person an organisation is named after (NEREL, FactRuEval): «МГУ имени Ломоносова», «театра им. Е.
    Вахтангова», «Лаборатории Касперского»."""
    taken = {i for m in d.people + d.places for i in range(m.start, m.end)}
    d.people += named_after(d.doc, d.texts, d.starting, taken, d.vocab.lists["named_after"],
                            d.vocab.lists["name_particles"])
    taken = {i for m in d.people + d.places for i in range(m.start, m.end)}
    d.people += people_in_names(d.doc, d.orgs, taken)


def people_in_works(d: Draft) -> None:
    """People named in a quoted title of a work (NEREL): фильм «Внук Гагарина», «Кто боится Вирджинии Вульф»."""
    taken = {i for m in d.people + d.places + d.orgs for i in range(m.start, m.end)}
    d.people = joined_people(d.doc, d.people + people_in_titles(d.doc, d.texts, d.starting, taken))  # «Ивана» +
    # «Денисовича»


def people_outside_organisations(d: Draft) -> None:
    """A person that crosses an organisation's boundary goes."""
    d.people = [p for p in d.people if not any(crosses(p, o) for o in d.orgs)]
