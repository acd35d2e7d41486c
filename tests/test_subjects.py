"""Whose figure it is: a fact's subjects and their roles (`Subject.role`: reporter, partner, or None).

Each row is a release written for the test and the subjects of each of its facts, in order, as "UZ reporter",
"KZ partner", "KZ" (no role) or a normal form for a place without a country code.
"""

from __future__ import annotations

import pytest
from test_people import SEED

from pressextract import PressRelease


def parties(record: PressRelease) -> list[list[str]]:
    """Each fact's subjects as «CODE role»."""
    return [[" ".join(filter(None, (s.country or s.normal, s.role))) for s in f.subjects] for f in record.facts]


def case(text: str, expected: list[list[str]]) -> tuple[str, list[list[str]]]:
    return text, expected


UZ_MINISTRY = ("Ташкент, 12 марта 2026 года. Пресс-служба Министерства инвестиций, промышленности и торговли "
               "Республики Узбекистан сообщает о переговорах с торговой делегацией.\n")
KZ_MINISTER = ("Министр торговли и интеграции Республики Казахстан Ерлан Жаксыбеков провёл встречу с "
               "деловыми кругами.\n")
AZ_BANK = "Центральный банк Азербайджанской Республики опубликовал обзор платёжного баланса.\n"

# Trade between two named countries: theirs together; the release's reporting country is the reporter, the other
# the partner; with no reporting country (a text with no source organisation) the text does not say: no roles.
BETWEEN = [
    case(UZ_MINISTRY + "В 2025 году товарооборот между Узбекистаном и Казахстаном составил 4,1 млрд долларов.",
         [["UZ reporter", "KZ partner"]]),
    case(UZ_MINISTRY + "Объём торговли между Китаем и Узбекистаном за январь 2026 года достиг 1,2 млрд долларов.",
         [["CN partner", "UZ reporter"]]),
    case(KZ_MINISTER + "Товарооборот Казахстана и Кыргызстана по итогам года вырос на 9% и составил 1,9 млрд "
         "долларов.", [["KZ reporter", "KG partner"]]),
    case("Товарооборот между Россией и Китаем в 2025 году составил 240 млрд долларов.", [["RU", "CN"]]),
    case(UZ_MINISTRY + "Товарооборот между Россией и Китаем в 2025 году составил 240 млрд долларов.",
         [["RU", "CN"]]),  # the reporter is neither side
]

# A flow's own words: the exporter (or importer) is the reporter, the other side the partner.
FLOWS = [
    case("Экспорт Узбекистана в Казахстан в 2025 году вырос до 1,6 млрд долларов.", [["UZ reporter", "KZ partner"]]),
    case("Экспорт из Азербайджана в Китай составил 420 млн долларов.", [["AZ reporter", "CN partner"]]),
    case("В 2025 году Кыргызстан экспортировал в Россию товаров на 530 млн долларов.",
         [["KG reporter", "RU partner"]]),
    case("Поставки из России в Казахстан в прошлом году составили 17 млрд долларов.",
         [["RU reporter", "KZ partner"]]),
    case("Импорт Казахстана из Китая за девять месяцев вырос на 14% и достиг 12 млрд долларов.",
         [["KZ reporter", "CN partner"]]),
    case("Импорт в Азербайджан из Турции составил 2,3 млрд долларов.", [["AZ reporter", "TR partner"]]),
    case("Узбекистан в 2025 году импортировал из Китая продукции на 9 млрд долларов.",
         [["UZ reporter", "CN partner"]]),
    case("Товарооборот Казахстана с Китаем в 2025 году составил 44 млрд долларов.", [["KZ reporter", "CN partner"]]),
    case("Торговля Азербайджана с Турцией выросла на 8% и составила 7 млрд долларов.",
         [["AZ reporter", "TR partner"]]),
    case("Отрицательное сальдо торговли Кыргызстана с Китаем составило 1,8 млрд долларов.",
         [["KG reporter", "CN partner"]]),
    # a place a flow's relative clause goes to or comes from
    case("Крупнейшим покупателем остался Китай, куда было поставлено товаров на 5 млрд долларов.",
         [["CN partner"]]),
    case("Второе место занимает Россия, откуда импортировано продукции на 3 млрд долларов.", [["RU partner"]]),
    case(KZ_MINISTER + "Главным рынком стала Турция, куда экспортировано зерна на 900 млн долларов.",
         [["KZ reporter", "TR partner"]]),
    # each figure of a list of destinations has its own partner, and the exporter they share
    case("Экспорт Казахстана в Китай составил 15 млрд долларов, в Россию — 9 млрд долларов, в Италию — 8 млрд "
         "долларов.",
         [["KZ reporter", "CN partner"], ["KZ reporter", "RU partner"], ["KZ reporter", "IT partner"]]),
]

# The release's source organisation names the reporting country: a flow naming only its partner is its own.
REPORTING_SIDE = [
    case(UZ_MINISTRY + "Экспорт в Казахстан за январь 2026 года составил 140 млн долларов.",
         [["UZ reporter", "KZ partner"]]),
    case(KZ_MINISTER + "В 2025 году импорт из Азербайджана составил 120 млн долларов.",
         [["KZ reporter", "AZ partner"]]),
    case(AZ_BANK + "Экспорт нефтепродуктов в Грузию в 2025 году вырос на 6% и составил 380 млн долларов.",
         [["AZ reporter", "GE partner"]]),
    case("Посольство Республики Казахстан в Китайской Народной Республике сообщает о визите делегации.\n"
         "Поставки в Китай зерна за год выросли до 2,1 млн тонн.", [["KZ reporter", "CN partner"]]),
]

# A figure the text calls mutual («взаимная», «двусторонняя», «стороны») takes the sides named before it, even in
# another paragraph, else the release's topic pair.
MUTUAL = [
    case(KZ_MINISTER + "Товарооборот между Казахстаном и Азербайджаном составил 720 млн долларов.\n\n"
         "Стороны договорились довести взаимный товарооборот до 1 млрд долларов к 2028 году.",
         [["KZ reporter", "AZ partner"], ["KZ reporter", "AZ partner"]]),
    case(UZ_MINISTRY + "Министр встретился с послом Турции в Узбекистане. Турецкая сторона отметила рост "
         "деловых связей с Узбекистаном.\nДвусторонняя торговля к 2030 году должна достичь 5 млрд долларов.",
         [["UZ reporter", "TR partner"]]),
    case(AZ_BANK + "В обзоре отмечен рост торговли с Китаем, а делегация Китая посетила Баку.\n"
         "Стороны намерены увеличить объём взаимной торговли до 4 млрд долларов.",
         [["AZ reporter", "CN partner"]]),
]

# Parties are carried within the paragraph; a paragraph naming no country takes the release's topic pair (the
# reporting country and the country it names most); one naming only the reporting country takes it alone.
CARRIED = [
    case(UZ_MINISTRY + "По итогам 2025 года товарооборот между Узбекистаном и Казахстаном составил 4,1 млрд "
         "долларов. При этом экспорт достиг 1,6 млрд долларов, а импорт составил 2,5 млрд долларов.",
         [["UZ reporter", "KZ partner"]] * 3),
    case(KZ_MINISTER + "Делегации Казахстана и Кыргызстана обсудили логистику; Кыргызстан предложил новые "
         "маршруты.\nЭкспорт за январь–март 2026 года составил 380 млн долларов, импорт — 210 млн долларов.",
         [["KZ reporter", "KG partner"]] * 2),
    case(UZ_MINISTRY + "Министр провёл встречу с послом Китая, Китай назван ключевым партнёром.\n\n"
         "Внешнеторговый оборот за 2025 год вырос на 18% и составил 13 млрд долларов.",
         [["UZ reporter", "CN partner"]]),
    case(AZ_BANK + "Статистика Азербайджана за год.\nЭкспорт составил 27 млрд долларов, импорт — 18 млрд "
         "долларов.", [["AZ reporter"]] * 2),
    # a later figure of the sentence naming no side of its own takes the sides of the one before
    case("Экспорт Казахстана в 2025 году составил 80 млрд долларов, импорт — 61 млрд долларов.",
         [["KZ reporter"]] * 2),
    case("Экспорт и импорт Узбекистана составили 15 и 20 млрд долларов соответственно.", [["UZ reporter"]] * 2),
    case(KZ_MINISTER + "В Китай поставлено товаров на 9 млрд долларов, положительное сальдо составило 3 млрд "
         "долларов.", [["KZ reporter", "CN partner"]] * 2),
    # a paragraph naming a third country takes no topic pair, and parties stop at the end of their paragraph
    case(UZ_MINISTRY + "Министр встретился с послом Китая, Китай назван ключевым партнёром.\n"
         "Отдельно обсуждались поставки из Индии. Экспорт фруктов вырос до 1,1 млрд долларов.",
         [[]]),
    case("Товарооборот между Казахстаном и Китаем составил 40 млрд долларов.\nЭкспорт зерна достиг 2 млн тонн.",
         [["KZ", "CN"], []]),
]

# A figure that is not trade: one subject named is its reporter; several leave it unsaid; a company's release
# gives its figures to the company.
OTHERS = [
    case("Инфляция в Казахстане в марте 2026 года составила 8,7% в годовом выражении.", [["KZ reporter"]]),
    case("ВВП Узбекистана за 2025 год вырос на 6,5%.", [["UZ reporter"]]),
    case("Уровень безработицы в Азербайджане снизился до 5,4%.", [["AZ reporter"]]),
    case("Инфляция в Казахстане составила 8,7%, в Кыргызстане — 6,2%.", [["KZ reporter"], ["KG reporter"]]),
    case("Совокупный ВВП России и Казахстана вырос на 3%.", [["RU", "KZ"]]),
    case("ПАО «Северная руда» сообщает о результатах. Выручка за 2025 год выросла на 11% и составила 84 млрд "
         "рублей.", [["ПАО «Северная руда» reporter"]]),
]

# What a reporting frame introduces after «, что» or a colon is the clause of the figure: the frame's
# organisation is no subject of it.
FRAMED = [
    case("Ташкент, 12 марта 2026 года. Министерство инвестиций, промышленности и торговли Республики Узбекистан "
         "сообщает: в 2025 году товарооборот между Узбекистаном и Казахстаном составил 4,1 млрд долларов.",
         [["UZ reporter", "KZ partner"]]),
    case("Министерство торговли и интеграции Республики Казахстан сообщило, что экспорт в Китай за год вырос "
         "до 15 млрд долларов.", [["KZ reporter", "CN partner"]]),
    case("Центральный банк Азербайджанской Республики отметил: импорт из Турции составил 2,3 млрд долларов.",
         [["AZ reporter", "TR partner"]]),
    case("Посольство Республики Казахстан в Китайской Народной Республике информирует: поставки в Китай зерна "
         "за год выросли до 2,1 млн тонн.", [["KZ reporter", "CN partner"]]),
]

# A whole-economy figure naming no country is the reporting country's when its paragraph names no other; a share of
# a trade flow held by a place makes the place the partner and the flow's owner (or the reporting country) the
# reporter.
ECONOMY = [
    case("Национальный банк Республики Казахстан сообщает.\nГодовая инфляция в марте замедлилась до 8,7%.",
         [["KZ reporter"]]),
    case(AZ_BANK + "Безработица в 2025 году снизилась до 5,4%.", [["AZ reporter"]]),
    case("Национальный банк Республики Казахстан сообщает.\nВ Китае цены снизились. Годовая инфляция составила 2%.",
         [[]]),  # the paragraph names another country
    case("Годовая инфляция замедлилась до 8,7%.", [[]]),  # no reporting country
    case(KZ_MINISTER + "Доля Китая в экспорте составила 23%.", [["KZ reporter", "CN partner"]]),
    case("Доля России в импорте Узбекистана выросла до 18%.", [["RU partner", "UZ reporter"]]),
    case("Доля Китая в экспорте составила 23%.", [["CN partner"]]),
    # a trade figure naming no side takes the topic pair
    case(UZ_MINISTRY + "Министр встретился с послом Китая. Товарооборот за 2025 год составил 14 млрд долларов.",
         [["UZ reporter", "CN partner"]]),
]

CASES = BETWEEN + FLOWS + REPORTING_SIDE + MUTUAL + CARRIED + OTHERS + FRAMED + ECONOMY


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[-60:] for t, _ in CASES])
def test_subjects_and_roles(extractor, text: str, expected: list[list[str]]) -> None:
    assert parties(extractor.extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Экспорт казахстанской пшеницы в Китай вырос до 2 млрд долларов.", [["KZ reporter", "CN partner"]]),
    ("Поставки узбекских фруктов в Россию составили 900 млн долларов.", [["UZ reporter", "RU partner"]]),
    ("Товарооборот азербайджанской стороны с Турцией достиг 7 млрд долларов.", [["AZ reporter", "TR partner"]]),
    ("Импорт китайской техники киргизскими компаниями вырос на 30% и составил 800 млн долларов.", [["CN", "KG"]]),
])
def test_place_adjectives_are_subjects(extractor, text: str, expected: list[list[str]]) -> None:
    """The entity component tags place adjectives as places («казахстанской» → LOC Казахстан, KZ)."""
    assert parties(extractor.extract(text)) == expected


@pytest.mark.skipif(not SEED.is_dir(), reason="the seed release is not on this machine")
def test_seed_release_figures_are_uzbekistans_with_kazakhstan(extractor) -> None:
    """An Uzbek ministry's release: its mutual target, turnover, export and import all concern Uzbekistan
    (reporting) and Kazakhstan (partner), whether named in the clause, carried in the paragraph or the topic."""
    record = extractor.extract(next(SEED.glob("*.txt")).read_text(encoding="utf-8"))
    assert [(f.indicator.id, f.modality) for f in record.facts] == [
        ("trade_turnover", "target"), ("trade_turnover", "actual"), ("export", "actual"), ("import", "actual")]
    assert parties(record) == [["UZ reporter", "KZ partner"]] * 4
