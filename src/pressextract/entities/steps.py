"""The entity rules in the order they run: each step reads and changes one doc's `Draft`.

Where is a boundary decided? Read `STEPS`: NER's mentions are cleaned and retyped, names NER missed are recalled,
organisation names are made whole (legal forms, official names, state bodies, genitive chains), and places and
people are settled against the organisations' final boundaries.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from .candidates import Candidate, by_token, crosses, near, outermost
from .draft import Draft
from .rules.adjectives import person_adjectives, place_adjectives
from .rules.bodies import bare_bodies, bodies_of_people, body_names
from .rules.cuts import without_lead_word
from .rules.filters import is_false, not_a_person, organisation_word
from .rules.joins import joined_people, with_initials
from .rules.latin import latin_places
from .rules.namesakes import named_after, people_in_names
from .rules.ner import cleaned, retyped
from .rules.organisations import (
    chained,
    complete_quotes,
    extend,
    lead_adjectives,
    legal_names,
)
from .rules.quoted import (
    defined_abbreviations,
    glosses,
    in_building,
    on_platform,
    quoted_organisations,
    things_dropped,
)
from .rules.recall import (
    as_person,
    joined_countries,
    known_surname,
    nested_places,
    person_mentions,
    place_mentions,
    repeated_orgs,
    surnames,
)
from .rules.sides import place_sides, with_name_adjective
from .rules.works import people_in_titles


class Step(NamedTuple):
    """One rule of the entity component: what it decides, and the function that does it."""

    name: str
    run: Callable[[Draft], None]


# ---------------------------------------------------------------- NER's mentions
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


# ---------------------------------------------------------------- organisation boundaries
def by_label(d: Draft) -> None:
    """From here on organisations, places and people are settled apart."""
    d.places = [m for m in d.found if m.label == "LOC"]
    d.people = [m for m in d.found if m.label == "PER"]


def legal_forms(d: Draft) -> None:
    """A legal form and a quoted name: «ООО «Рога и копыта»», «ОАО "НК "Роснефть""»."""
    d.orgs = legal_names(d.doc, d.texts, d.starting, d.vocab.org_words)


def whole_ner_organisations(d: Draft) -> None:
    """NER's organisations made whole: the closing quote, the capitalised adjectives before the head, the genitive
    chain, prepositional tail and place after it («Совет при Президенте РФ по …»)."""
    legal = list(d.orgs)
    for m in d.found:
        if m.label == "ORG" and not any(m.overlaps(x) for x in legal):
            whole = lead_adjectives(d.doc, complete_quotes(d.doc, m), d.vocab.org_words)
            d.orgs.append(extend(d.doc, whole, d.places, d.vocab.org_words))


def state_bodies(d: Draft) -> None:
    """State bodies NER missed, with their place or country adjective: «правительство Японии», «японское
    правительство»."""
    d.orgs += body_names(d.doc, d.starting, d.places, d.orgs + d.people, d.vocab.org_words,
                         d.vocab.countries.adjective_code, d.vocab.lists["passing_adjectives"])


def bodies_by_kind(d: Draft) -> None:
    """Bodies named by their kind alone (NEREL): «правительство заявило», «российские власти», «полиция Малайзии»."""
    d.orgs += bare_bodies(d.doc, d.texts, d.starting, d.orgs + d.people + d.places, d.places, d.vocab.org_words,
                          d.vocab.lists["bodies_alone"], d.vocab.lists["bodies_with_modifier"],
                          d.vocab.lists["passing_adjectives"])


def bodies_led_by_people(d: Draft) -> None:
    """A body with the person who leads it (NEREL): «правительство Медведева», «администрация президента Обамы»."""
    def is_title(token) -> bool:
        return d.vocab.titles.get(token) is not None

    found = bodies_of_people(d.doc, d.people, d.orgs, d.vocab.lists["person_bodies"],
                             d.vocab.lists["passing_adjectives"], is_title, d.vocab.countries.is_place)
    d.orgs = [o for o in d.orgs if not any(f.covers(o) for f in found)] + found


def genitive_chains(d: Draft) -> None:
    """A name NER cut in two joined, the outermost names kept: «Комитет по …» + «Национального Банка …»."""
    d.orgs = outermost(chained(d.doc, outermost(d.orgs), d.places, d.vocab.org_words))


def quoted_names(d: Draft) -> None:
    """The quoted name after an organisation's word (NEREL): «партия «Зелёный рассвет»»; a part NER gave of it
    grows to the whole name."""
    found = quoted_organisations(d.doc, d.starting, d.orgs + d.people + d.places, d.vocab.lists["quoted_org_heads"])
    d.orgs = [o for o in d.orgs if not any(q.covers(o) for q in found)] + found


def gloss_names(d: Draft) -> None:
    """The abbreviation or Latin name in parentheses after an organisation: «Совет по туризму (СПТ)»."""
    def is_place(m: Candidate) -> bool:
        texts = [t.text for t in d.doc[m.start : m.end]]
        at = d.vocab.latin_places.at(d.texts, m.start)
        return d.vocab.countries.code(texts) is not None or (at is not None and at[0] >= m.end)

    found, replaced = glosses(d.doc, d.orgs, d.people + d.places, is_place)
    d.places = [p for p in d.places if not any(g.covers(p) for g in found)]
    d.orgs = [o for o in d.orgs if o not in replaced] + found


def quoted_things(d: Draft) -> None:
    """Quoted names of things are no organisations: «шаттл «Восход»», «в кинотеатрах «Заря» и «Луч»», «бизнес-центра
    «Север»»; nor names of things and facilities by their own word (NEREL): «в Пулковском аэропорту» (a building
    that may act as an organisation only after a preposition of place: «в Районной больнице», no_organisations)."""
    things = d.vocab.lists["thing_heads"]
    facilities = d.vocab.lists["facility_heads"]
    own = things | (facilities - d.vocab.lists["building_heads"])  # «Районная больница сообщила» acts
    d.orgs = things_dropped(d.doc, d.orgs, things | facilities, own, d.vocab.lists["event_heads"])


def no_organisations(d: Draft) -> None:
    """What names no organisation goes: an abbreviation the text defines for a phrase that names none
    («приборного отсека (ПО)»), a building a preposition of place puts something in («в Белом доме»), a
    platform one posts on or uses («написал в Twitter», «пользователь ЖЖ»)."""
    lists, org_words = d.vocab.lists, d.vocab.org_words
    letters = defined_abbreviations(d.doc, lambda token: org_words.get(token) is not None) if "(" in d.texts else set()
    d.orgs = [o for o in d.orgs if d.doc[o.start : o.end].text not in letters and
              not in_building(d.doc, o, lists["building_heads"], lists["place_prepositions"]) and
              not on_platform(d.doc, o, lists["platforms"], lists["place_prepositions"], lists["platform_kinds"],
                              lists["platform_users"])]


# ---------------------------------------------------------------- places and people against organisations
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


STEPS: list[Step] = [
    Step("NER mentions cleaned and retyped", ner_mentions),
    Step("PER split word by word joined", split_names),
    Step("PER that are no names dropped", no_name_people),
    Step("LOC/ORG that are known people retyped PER", people_typed_otherwise),
    Step("surnames NER missed", surnames_again),
    Step("countries, regions and settlements NER missed", gazetteer_places),
    Step("country names split at «и» joined", joined_country_names),
    Step("organisations named again", organisations_again),
    Step("split by label", by_label),
    Step("ORG boundary: legal form + quoted name", legal_forms),
    Step("ORG boundary: NER organisations made whole", whole_ner_organisations),
    Step("ORG boundary: state bodies NER missed", state_bodies),
    Step("ORG boundary: bodies named by their kind alone", bodies_by_kind),
    Step("ORG: quoted names after an organisation's word", quoted_names),
    Step("ORG: bodies with the person who leads them", bodies_led_by_people),
    Step("ORG boundary: genitive chains joined, outermost kept", genitive_chains),
    Step("ORG: glosses in parentheses after an organisation", gloss_names),
    Step("ORG: quoted names of things dropped", quoted_things),
    Step("ORG: abbreviations of no organisation, buildings and platforms dropped", no_organisations),
    Step("LOC: places crossing or heading an organisation dropped", places_outside_organisations),
    Step("LOC: places nested in organisation names", nested_places_found),
    Step("LOC: place adjectives", adjectives_of_places),
    Step("LOC: places written in Latin letters", latin_names_of_places),
    Step("LOC: the side of a place", sides_of_places),
    Step("PER: the people organisations are named after", namesakes),
    Step("PER: people in the quoted titles of works", people_in_works),
    Step("PER: people crossing an organisation dropped", people_outside_organisations),
]


def run(draft: Draft, steps: list[Step] = STEPS) -> list[Candidate]:
    """Run the steps over one doc's draft; the mentions they leave."""
    for step in steps:
        step.run(draft)
    return draft.candidates()
