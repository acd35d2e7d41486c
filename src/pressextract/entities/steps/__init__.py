"""The entity rules in the order they run: each step reads and changes one doc's `Draft`.

Where is a boundary decided? Read `STEPS`: NER's mentions are cleaned and retyped, names NER missed are recalled,
organisation names are made whole (legal forms, official names, state bodies, genitive chains), and places and
people are settled against the organisations' final boundaries.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from ..candidates import Candidate
from ..draft import Draft
from .mentions import (
    gazetteer_places,
    joined_country_names,
    ner_mentions,
    no_name_people,
    organisations_again,
    people_typed_otherwise,
    split_names,
    surnames_again,
)
from .organisations import (
    bodies_by_kind,
    bodies_led_by_people,
    by_label,
    genitive_chains,
    gloss_names,
    legal_forms,
    no_organisations,
    quoted_names,
    quoted_things,
    state_bodies,
    whole_ner_organisations,
)
from .settled import (
    adjectives_of_places,
    latin_names_of_places,
    namesakes,
    nested_places_found,
    people_in_works,
    people_outside_organisations,
    places_outside_organisations,
    sides_of_places,
)


class Step(NamedTuple):
    """One rule of the entity component: what it decides, and the function that does it."""

    name: str
    run: Callable[[Draft], None]


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
