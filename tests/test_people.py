"""People: one record per person with every mention, the position stated for them, its organisation and country."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# (phrase, people as (name, first, middle, last, position, organization, country, [mention texts]))
PEOPLE = [
    ("Министр энергетики Таджикистана Далер Джумаев посетил Душанбе.", [
        ("Далер Джумаев", "Далер", None, "Джумаев", "министр энергетики", "Министерство энергетики Таджикистана",
         "TJ", ["Далер Джумаев"]),
    ]),
    ("Встреча с Чрезвычайным и Полномочным Послом Турецкой Республики в Узбекистане Мехметом Озкаем прошла в "
     "Ташкенте.", [
        ("Мехмет Озкай", "Мехмет", None, "Озкай", "Чрезвычайный и Полномочный Посол",
         "Посольство Турецкой Республики в Узбекистане", "TR", ["Мехметом Озкаем"]),
    ]),
    ("Делегацию возглавил заместитель министра экономики и финансов Республики Узбекистан Бахтиёр Рахимов.", [
        ("Бахтиёр Рахимов", "Бахтиёр", None, "Рахимов", "заместитель министра экономики и финансов",
         "Министерство экономики и финансов Республики Узбекистан", "UZ", ["Бахтиёр Рахимов"]),
    ]),
    ("В пресс-службе Министерства транспорта Республики Казахстан сообщили, что министр транспорта Арман "
     "Каримов провёл совещание.", [
        ("Арман Каримов", "Арман", None, "Каримов", "министр транспорта",
         "Министерство транспорта Республики Казахстан", "KZ", ["Арман Каримов"]),
    ]),
    ("Глава Минфина Антон Силуанов встретился с министром финансов Японии Сюнъити Судзуки.", [
        ("Антон Силуанов", "Антон", None, "Силуанов", "глава", "Минфин", None, ["Антон Силуанов"]),
        ("Сюнъити Судзуки", "Сюнъити", None, "Судзуки", "министр финансов", "Министерство финансов Японии", "JP",
         ["Сюнъити Судзуки"]),
    ]),
    # a title opening the sentence: lower case unless capitalised by convention, adjectives slovnet calls names
    ("Генеральный директор СМК Андрей Волков сообщил об итогах года.", [
        ("Андрей Волков", "Андрей", None, "Волков", "генеральный директор", "СМК", None, ["Андрей Волков"])]),
    ("Чрезвычайный и Полномочный Посол Казахстана Ерлан Сапаров прибыл в Минск.", [
        ("Ерлан Сапаров", "Ерлан", None, "Сапаров", "Чрезвычайный и Полномочный Посол", "Посольство Казахстана",
         "KZ", ["Ерлан Сапаров"])]),
    ("Председатель Банка России Эльвира Набиуллина выступила в Госдуме. Набиуллина отметила рост.", [
        ("Эльвира Набиуллина", "Эльвира", None, "Набиуллина", "председатель", "Банк России", "RU",
         ["Эльвира Набиуллина", "Набиуллина"]),
    ]),
    # a title capitalised mid-sentence is a title all the same; a verb slovnet tags ADJ is not part of it
    ("Опубликовано заявление Председателя Банка России Эльвиры Набиуллиной.", [
        ("Эльвира Набиуллина", "Эльвира", None, "Набиуллина", "председатель", "Банк России", "RU",
         ["Эльвиры Набиуллиной"]),
    ]),
    ("Выступил министр финансов Антон Силуанов.", [
        ("Антон Силуанов", "Антон", None, "Силуанов", "министр финансов", "Министерство финансов", None,
         ["Антон Силуанов"]),
    ]),
    ("Сергей Петров, генеральный директор ООО «Ромашка», рассказал о планах. Петров отметил рост продаж.", [
        ("Сергей Петров", "Сергей", None, "Петров", "генеральный директор", "ООО «Ромашка»", None,
         ["Сергей Петров", "Петров"]),
    ]),
    ("Переговоры провела заместитель председателя правления Национального банка Узбекистана Наталья Иванова.", [
        ("Наталья Иванова", "Наталья", None, "Иванова", "заместитель председателя правления",
         "Национальный банк Узбекистана", "UZ", ["Наталья Иванова"]),
    ]),
    ("Хоким Самаркандской области Рустам Алиев принял делегацию.", [
        ("Рустам Алиев", "Рустам", None, "Алиев", "хоким", "Хокимият Самаркандской области", None, ["Рустам Алиев"]),
    ]),
    ("Ольга Смирнова назначена министром финансов Республики Беларусь.", [
        ("Ольга Смирнова", "Ольга", None, "Смирнова", "министр финансов",
         "Министерство финансов Республики Беларусь", "BY", ["Ольга Смирнова"]),
    ]),
    ("Лазиз Рахимов открыл форум. Затем Рахимов и Бахтиёр Усманов осмотрели выставку, а Рахимова поблагодарили.", [
        ("Лазиз Рахимов", "Лазиз", None, "Рахимов", None, None, None, ["Лазиз Рахимов", "Рахимов", "Рахимова"]),
        ("Бахтиёр Усманов", "Бахтиёр", None, "Усманов", None, None, None, ["Бахтиёр Усманов"]),
    ]),
]

# titles that are no one's position here: plural, and across a coordination
NO_POSITION = [
    "Министры обсудили вопрос, и Лазиз Рахимов поддержал решение.",
    "С докладами выступили министры, а Бахтиёр Усманов подвёл итоги.",
]


def people(extractor, phrase: str) -> list[tuple]:
    return [(p.name, p.first, p.middle, p.last, p.position, p.organization, p.country, [m.text for m in p.mentions])
            for p in extractor.extract(phrase).people]


@pytest.mark.parametrize(("phrase", "expected"), PEOPLE)
def test_people(extractor, phrase: str, expected: list[tuple]) -> None:
    assert people(extractor, phrase) == expected


@pytest.mark.parametrize("phrase", NO_POSITION)
def test_no_position(extractor, phrase: str) -> None:
    assert [p.position for p in extractor.extract(phrase).people] == [None]


def _seed_folder() -> Path:
    """The shared folder's seed/ ($PRESSEXTRACT_SHARED, or a shared/ beside some parent of the checkout)."""
    if os.environ.get("PRESSEXTRACT_SHARED"):
        return Path(os.environ["PRESSEXTRACT_SHARED"]) / "seed"
    here = Path(__file__).resolve()
    return next((p / "shared" / "seed" for p in here.parents if (p / "shared" / "seed").is_dir()), here / "none")


SEED = _seed_folder()


@pytest.mark.skipif(not SEED.is_dir(), reason="the seed release is not on this machine")
def test_seed_release_gives_two_people_with_positions(extractor) -> None:
    """The release the project started from names two officials of two countries; each comes out whole."""
    text = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
    found = extractor.extract(text).people
    assert len(found) == 2
    assert all(p.first and p.last and p.position and p.organization and p.country for p in found)
    assert len({p.country for p in found}) == 2
    assert all(p.organization.lower().startswith(("министерство", "посольство")) for p in found)


def test_people_and_entities_survive_two_processes(extractor) -> None:
    """Span attributes and `doc._.people` are plain data: records from worker processes equal serial ones."""
    texts = [phrase for phrase, _ in PEOPLE[:4]] * 2
    serial = [r.model_dump() for r in extractor.pipe(texts)]
    parallel = [r.model_dump() for r in extractor.pipe(texts, n_process=2)]
    assert parallel == serial
    assert all(r["people"] for r in serial)


# one person across a release: a title alone stands for the one person of the paragraph named with it before
@pytest.mark.parametrize(("text", "name", "mentions"), [
    ("Министр инвестиций Лазиз Кудратов открыл встречу. Министр также сообщил о росте экспорта.",
     "Лазиз Кудратов", ["Лазиз Кудратов", "Министр"]),
    ("Посол Японии Кэнго Мацуда посетил завод. Посол отметил рост поставок. Мацуда пообещал новые проекты.",
     "Кэнго Мацуда", ["Кэнго Мацуда", "Посол", "Мацуда"]),
    ("На форуме выступил губернатор области Иван Петров. Губернатор рассказал о планах.",
     "Иван Петров", ["Иван Петров", "Губернатор"]),
])
def test_a_title_alone_joins_the_one_person_with_it(extractor, text: str, name: str, mentions: list[str]) -> None:
    people = {p.name: [m.text for m in p.mentions] for p in extractor.extract(text).people}
    assert people[name] == mentions


def test_a_title_two_people_hold_joins_neither(extractor) -> None:
    text = "Посол Японии Кэнго Мацуда и посол Кореи Ли Мин прибыли. Посол также сообщил о визите."
    assert all(len(p.mentions) == 1 for p in extractor.extract(text).people)


@pytest.mark.parametrize("text", [
    "Ограничения смягчила администрация президента Обамы.",
    "В администрации президента Макрона это опровергли.",
    "Решение поддержала администрация президента Байдена.",
])
def test_a_title_before_a_name_stays_the_persons_not_the_bodys(extractor, text: str) -> None:
    release = extractor.extract(text)
    assert "администрац" not in " ".join(e.text for e in release.entities if e.type == "ORG")
    assert [p.position for p in release.people] == ["президент"]


@pytest.mark.parametrize(("text", "name", "organization", "kind"), [
    ("ПАО «Агрохолдинг Заречье» подвело итоги года. Генеральный директор компании Андрей Кравцов заявил, что "
     "выручка выросла.", "Андрей Кравцов", "ПАО «Агрохолдинг Заречье»", "company"),
    ("АО «Банк Восток» открыл новый офис. Председатель правления банка Ирина Соколова отметила рост кредитования.",
     "Ирина Соколова", "АО «Банк Восток»", "bank"),
    ("«Газпром» увеличил добычу. Как сообщил глава компании Алексей Миллер, добыча выросла.",
     "Алексей Миллер", "Газпром", "company"),
    # two companies, or a word that does not name the body whole: unknown
    ("ООО «Север» и ООО «Юг» подписали договор. Генеральный директор компании Андрей Кравцов заявил о росте.",
     "Андрей Кравцов", None, None),
    ("Министерство финансов сообщило о росте. Директор департамента Олег Петров отметил рост.",
     "Олег Петров", None, None),
])
def test_a_title_of_the_company_works_at_the_one_company_named(extractor, text: str, name: str, organization,
                                                                 kind) -> None:
    people = {p.name: p for p in extractor.extract(text).people}
    assert (people[name].organization, people[name].organization_kind) == (organization, kind)


@pytest.mark.parametrize(("text", "name", "first", "last", "position"), [
    ("Делегация была принята заместителем министра предприятий Италии Валентиной Коломбо.", "Валентина Коломбо",
     "Валентина", "Коломбо", "заместитель министра предприятий"),
    ("Договор подписан заместителем министра финансов Франции Еленой Мартен.", "Елена Мартен", "Елена", "Мартен",
     "заместитель министра финансов"),
    ("Встреча прошла с советником министра экономики Испании Марией Гарсиа.", "Мария Гарсиа", "Мария", "Гарсиа",
     "советник министра экономики"),
])
def test_a_first_name_keeps_its_case_when_the_title_is_two_nouns(extractor, text: str, name: str, first: str,
                                                                  last: str, position: str) -> None:
    people = extractor.extract(text).people
    assert [(p.name, p.first, p.last, p.position) for p in people] == [(name, first, last, position)]


@pytest.mark.parametrize(("text", "name", "first", "last", "mentions"), [
    ("Президент Ли Чжон Ин прибыл в Астану. Позже Ли Чжон Ин выступил на форуме.", "Ли Чжон Ин", "Чжон Ин", "Ли", 2),
    ("Переговоры с Ли Чжон Мином прошли в Сеуле. Ли Чжон Мин заявил о росте инвестиций.", "Ли Чжон Мин",
     "Чжон Мин", "Ли", 2),
    ("Министр Ким Мин Су посетил Ташкент. Визит Ким Мин Су продлится три дня.", "Ким Мин Су", "Мин Су", "Ким", 2),
    ("Делегацию встретил вице-премьер Ан Чхоль Су.", "Ан Чхоль Су", "Чхоль Су", "Ан", 1),
])
def test_a_name_of_syllables_is_one_person_family_name_first(extractor, text: str, name: str, first: str,
                                                             last: str, mentions: int) -> None:
    people = extractor.extract(text).people
    assert [(p.name, p.first, p.last, len(p.mentions)) for p in people] == [(name, first, last, mentions)]


@pytest.mark.parametrize("text", [
    "На приёме выступил советник-посланник Пак Сон Ук. Пак отметил рост торговли.",
    "Делегацию возглавил Пак Сон Ук. По словам Пака, стороны договорились.",
    "Пак Сон Ук провёл встречу в Ташкенте. Пак подчеркнул важность инвестиций.",
])
def test_an_east_asian_family_name_alone_joins_the_full_name(extractor, text: str) -> None:
    people = extractor.extract(text).people
    assert [(p.name, p.last, len(p.mentions)) for p in people] == [("Пак Сон Ук", "Пак", 2)]
