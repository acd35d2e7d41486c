"""Entity steps that make organisation names whole: legal forms, official names, state bodies, bodies by
their kind or leader, genitive chains, quoted names and glosses; what is no organisation dropped."""

from __future__ import annotations

from ..candidates import Candidate, outermost
from ..draft import Draft
from ..rules.bodies import bare_bodies, bodies_of_people, body_names
from ..rules.organisations import (
    chained,
    complete_quotes,
    extend,
    lead_adjectives,
    legal_names,
)
from ..rules.quoted import (
    defined_abbreviations,
    glosses,
    in_building,
    on_platform,
    quoted_organisations,
    things_dropped,
)


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
