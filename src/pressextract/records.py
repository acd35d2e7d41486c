"""The records pressextract returns: frozen pydantic models, the public shape of the output.

Every span-bearing record keeps `text`, `start` and `end` (Python `str` offsets, `text == input[start:end]`);
amounts are `Decimal`, written to JSON as strings («4,97 млрд» → "4970000000"). Users and their databases depend
on the field names (README, "The records"), so fields are added, never renamed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Iterator, Literal, Optional

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    model_validator,
)

from .decimals import decimal_string, plain_decimal

SCHEMA_VERSION = "1"

EntityType = Literal["PER", "ORG", "LOC"]
OrgKind = Literal["state", "central_bank", "bank", "company", "international", "media", "party", "education", "other"]
Qualifier = Literal["approx", "gt", "ge", "lt", "le", "vague"]  # vague: no number, «несколько миллионов евро»
Grain = Literal["day", "week", "month", "quarter", "half", "year"]
Modality = Literal["actual", "target", "forecast"]
Direction = Literal["up", "down"]
# How a fact's figure was joined to its indicator, from the surest to the least sure:
#   clause             in the same clause or sentence: the tree, a link word, a dash («экспорт составил 3 млрд»)
#   unit               the unit names the indicator («создаст 1 800 рабочих мест»)
#   respectively       «соответственно» pairs figures and indicators in order («экспорт и импорт составили 480 и
#                      455 млн долларов соответственно»)
#   heading            a list item under a heading or lead sentence that names the indicator («Объём
#                      финансирования составит: 2026 год – 1,2 млрд; 2027 год – …»), or before one that follows
#   ellipsis           a clause without a verb goes on with the fact before it («…, а в 2024-м — ещё на 7,5 %»)
#   anaphor            a pronoun or «этот показатель» stands for an indicator named before («Его объём составил …»)
#   previous_sentence  the indicator of the previous sentence, not named again («Всего — почти на 25 % за три года»)
#   (Not how its subjects were found: a subject outside the fact's `sentence` was carried there, see Subject.)
Link = Literal["clause", "unit", "respectively", "heading", "ellipsis", "anaphor", "previous_sentence"]
# The side a subject stands on (Subject.role):
#   reporter  whose figure it is: the exporter of an export, the importer of an import, the reporting side of a
#             turnover or of a mutual figure (the country of the release's source organisation, or the owner the
#             clause names: «товарооборот Казахстана с Китаем»); the one country of a whole-economy figure
#             («инфляция в Казахстане»), the company of a company figure («выручка компании»)
#   partner   the other side: an export's destination («в Казахстан»), an import's origin («из Китая»), a
#             turnover's «с Китаем», the side of a mutual figure that is not the reporter
#   null      the text does not say: the two sides of «товарооборот между Россией и Китаем» in a release whose
#             source is neither; several subjects of a non-trade figure («ВВП России и Казахстана»)
Role = Literal["reporter", "partner"]


Amount = Annotated[Decimal, AfterValidator(plain_decimal),
                   PlainSerializer(decimal_string, return_type=str, when_used="json")]


class Record(BaseModel):
    """Base of all records: immutable, unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(Record):
    """A piece of the input: its text and `[start, end)` character offsets."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Mention:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} does not span {self.start}..{self.end}")
        return self


class Name(Record):
    """Parts of a person's name in the nominative."""

    first: Optional[str] = None
    middle: Optional[str] = None
    last: Optional[str] = None


class Entity(Mention):
    """A person, organisation or place, with its nominative form and, for countries, the ISO 3166 code."""

    type: EntityType
    normal: str
    name: Optional[Name] = None
    country: Optional[str] = Field(default=None, pattern=r"^[A-Z]{2}$")
    kind: Optional[OrgKind] = None  # an organisation's kind: state body, central bank, company, media …


class Per(Mention):
    """The denominator of a price or rate: «за тысячу кубометров» is 1000 куб. м, «за доллар» 1 USD."""

    amount: Amount
    unit: str


class Measure(Mention):
    """An amount with its unit: money (ISO 4217), percentages (% pp times) or a physical quantity; a price
    has its denominator in `per` («375 долларов» per 1000 куб. м)."""

    amount: Amount
    amount_max: Optional[Amount] = None
    unit: str
    qualifier: Optional[Qualifier] = None
    per: Optional[Per] = None


class DateMention(Mention):
    """A date or period: normalised value, grain and the interval it covers."""

    normalized: Optional[str] = None
    grain: Optional[Grain] = None
    start_date: Optional[dt.date] = None
    end_date: Optional[dt.date] = None
    relative: bool = False
    resolved: bool = True


class Person(Record):
    """One person, however many times mentioned, with position, organisation and country when stated."""

    name: str
    first: Optional[str] = None
    middle: Optional[str] = None
    last: Optional[str] = None
    position: Optional[str] = None
    organization: Optional[str] = None
    organization_kind: Optional[OrgKind] = None  # the kind of `organization` (as `Entity.kind`)
    country: Optional[str] = Field(default=None, pattern=r"^[A-Z]{2}$")
    mentions: list[Mention] = Field(default_factory=list)


class Indicator(Mention):
    """The phrase naming what is measured, with its id from the indicator vocabulary."""

    id: str


class Change(Mention):
    """How much an indicator changed: «на 11,4 процента» up, «в 1,5 раза» up, «на 2 п.п.» down."""

    amount: Amount
    amount_max: Optional[Amount] = None
    unit: str
    direction: Direction
    qualifier: Optional[Qualifier] = None


class Subject(Mention):
    """Whose figure it is: a country, region or company, with the side it stands on (`Role`).

    A trade figure's subjects are named in its clause, else carried: from the paragraph's last trade fact
    («Товарооборот между Узбекистаном и Казахстаном составил …; экспорт достиг …»), or from the release's topic
    (its reporting country and the partner it names most) when the paragraph names no other country: a subject
    outside the fact's `sentence` was carried. Other figures have only the subjects of their clause, or the
    release's company in a company's release.
    """

    type: EntityType
    normal: str
    country: Optional[str] = Field(default=None, pattern=r"^[A-Z]{2}$")
    role: Optional[Role] = None


class Extent(Record):
    """Character offsets of a sentence."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Fact(Record):
    """An economic fact: an indicator with its value, change, period, subjects and modality."""

    indicator: Indicator
    value: Optional[Measure] = None
    change: Optional[Change] = None
    period: Optional[DateMention] = None
    subjects: list[Subject] = Field(default_factory=list)
    modality: Modality = "actual"
    sentence: Extent
    link: Link = "clause"
    previous: Optional[Measure] = Field(default=None, description=(
        "the level the value changed from, said with «с … до …» and no period of its own: «снизил ставку с 17% до "
        "15%» has value 15 % and previous 17 %; with a period of its own («с 10,4% в марте до …») it is a fact"))


class PressRelease(Record):
    """Everything pressextract found in one release."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    text: Optional[str] = None
    published: Optional[dt.date] = None
    published_from: Optional[Literal["given", "text"]] = None
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    money: list[Measure] = Field(default_factory=list)
    percents: list[Measure] = Field(default_factory=list)
    quantities: list[Measure] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)

    @model_validator(mode="after")
    def _offsets_match_text(self) -> PressRelease:
        if self.text is not None:
            for mention in self.mentions():
                if self.text[mention.start : mention.end] != mention.text:
                    raise ValueError(f"{mention.text!r} is not the text at {mention.start}..{mention.end}")
        return self

    def mentions(self) -> Iterator[Mention]:
        """Every span-bearing record in the release, nested ones included."""
        yield from self.entities
        yield from self.dates
        yield from self.money
        yield from self.percents
        yield from self.quantities
        for person in self.people:
            yield from person.mentions
        for fact in self.facts:
            yield fact.indicator
            yield from (m for m in (fact.value, fact.change, fact.period) if m is not None)
            yield from fact.subjects

    def without_text(self) -> PressRelease:
        """The same record without the input text (the batch helper's `--no-text`)."""
        return self.model_copy(update={"text": None})
