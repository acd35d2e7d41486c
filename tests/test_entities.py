"""Entities: complete and nested spans, nominative forms, country codes, and what must not be an entity."""

from __future__ import annotations

import pytest

# (phrase, every entity as (type, text, normal, country)) in reading order, the longer first
ENTITIES = [
    # NER cuts the genitive chain in two: one name, the second organisation nested in it
    ("Комитет по денежно-кредитной политике Национального Банка Республики Казахстан снизил ставку.", [
        ("ORG", "Комитет по денежно-кредитной политике Национального Банка Республики Казахстан",
         "Комитет по денежно-кредитной политике Национального Банка Республики Казахстан", "KZ"),
        ("ORG", "Национального Банка Республики Казахстан", "Национальный Банк Республики Казахстан", "KZ"),
        ("LOC", "Республики Казахстан", "Республика Казахстан", "KZ"),
    ]),
    # a quoted name does not decline after the word that declines for it, but does alone; the head word of a
    # body («Хокимият») is no place
    ("Хокимият Самаркандской области подписал соглашение с компанией «Хэнань Синьюань Текстиль».", [
        ("ORG", "Хокимият Самаркандской области", "Хокимият Самаркандской области", None),
        ("LOC", "Самаркандской области", "Самаркандская область", None),
        ("ORG", "Хэнань Синьюань Текстиль", "Хэнань Синьюань Текстиль", None),
    ]),
    # governed by the noun before it, not standing beside it, a quoted name declines
    ("Сделку одобрил совет директоров «Газпрома», акции «Роснефти» выросли.", [
        ("ORG", "совет директоров «Газпрома»", "совет директоров «Газпрома»", None),  # the longer name (NEREL)
        ("ORG", "Газпрома", "Газпром", None),
        ("ORG", "Роснефти", "Роснефть", None),
    ]),
    ("Газета «Известия» сообщила о сделке с «Газпромом».", [
        ("ORG", "Известия", "Известия", None),
        ("ORG", "Газпромом", "Газпром", None),
    ]),
    # each part of a hyphenated name keeps its capital in the nominative
    ("Переговоры прошли в Нью-Йорке и Ростове-на-Дону.", [
        ("LOC", "Нью-Йорке", "Нью-Йорк", None),
        ("LOC", "Ростове-на-Дону", "Ростов-на-Дону", None),
    ]),
    ("С Министерством цифрового развития Республики Казахстан договорились о сотрудничестве.", [
        ("ORG", "Министерством цифрового развития Республики Казахстан",
         "Министерство цифрового развития Республики Казахстан", "KZ"),
        ("LOC", "Республики Казахстан", "Республика Казахстан", "KZ"),
    ]),
    ("Заявление опубликовало посольство Турции в Казахстане.", [
        ("ORG", "посольство Турции в Казахстане", "посольство Турции в Казахстане", "TR"),
        ("LOC", "Турции", "Турция", "TR"),
        ("LOC", "Казахстане", "Казахстан", "KZ"),
    ]),
    ("Меморандум подписали АО «Узбекистон темир йуллари» и ООО «Ромашка».", [
        ("ORG", "АО «Узбекистон темир йуллари»", "АО «Узбекистон темир йуллари»", None),
        ("ORG", "ООО «Ромашка»", "ООО «Ромашка»", None),
    ]),
    ("Вчера ПАО «Северный ветер» сообщило о росте выручки.", [
        ("ORG", "ПАО «Северный ветер»", "ПАО «Северный ветер»", None),
    ]),
    ("Переговоры прошли в правительстве Японии и в мэрии Ташкента.", [
        ("ORG", "правительстве Японии", "правительство Японии", "JP"),
        ("LOC", "Японии", "Япония", "JP"),
        ("ORG", "мэрии Ташкента", "мэрия Ташкента", None),
        ("LOC", "Ташкента", "Ташкент", None),
    ]),
    # a country inside a quoted name is nested too, as FactRuEval and NEREL have it; not after an agreeing adjective
    ("Об этом «Голосу Америки» рассказали члены партии «Единая Россия».", [
        ("ORG", "Голосу Америки", "Голос Америки", "US"),
        ("LOC", "Америки", "Америка", "US"),
        ("ORG", "Единая Россия", "Единая Россия", None),
    ]),
    # a territorial body: the head word NER left out or cut off, the body it belongs to, the region it serves
    ("Главное управление МВД России по Нижегородской области возбудило дело.", [
        ("ORG", "Главное управление МВД России по Нижегородской области",
         "Главное управление МВД России по Нижегородской области", "RU"),
        ("ORG", "МВД России", "МВД России", "RU"),
        ("LOC", "России", "Россия", "RU"),
        ("LOC", "Нижегородской области", "Нижегородская область", None),
    ]),
    ("Сведения опубликовало Управление ФНС России по г. Москве.", [
        ("ORG", "Управление ФНС России по г. Москве", "Управление ФНС России по г. Москве", "RU"),
        ("ORG", "ФНС России", "ФНС России", "RU"),
        ("LOC", "России", "Россия", "RU"),
        ("LOC", "Москве", "Москва", None),
    ]),
    # the agreeing adjectives before an official name's head, from the first capitalised one; not «российского»
    ("Депутат Одинцовского городского Совета народных депутатов обратился к российскому правительству.", [
        ("ORG", "Одинцовского городского Совета народных депутатов",
         "Одинцовский городской Совет народных депутатов", None),
        ("ORG", "российскому правительству", "российское правительство", "RU"),
        ("LOC", "российскому", "Россия", "RU"),  # a place adjective is a place of its own (NEREL)
    ]),
    # a lower-case head word with the body it belongs to is one name; a name beside its kind is not chained
    ("Письмо из департамента Минобрнауки передали в Европейский суд по правам человека и в банк ВТБ.", [
        ("ORG", "департамента Минобрнауки", "департамент Минобрнауки", None),
        ("ORG", "Минобрнауки", "Минобрнауки", None),
        ("ORG", "Европейский суд по правам человека", "Европейский суд по правам человека", None),
        ("LOC", "Европейский", "Европа", None),
        ("ORG", "ВТБ", "ВТБ", None),
    ]),
    # a country whose name has «и» in it is one place, in the nominative conjunct by conjunct; two countries are two
    ("Делегации Тринидада и Тобаго, Боснии и Герцеговины, Узбекистана и Казахстана прибыли.", [
        ("LOC", "Тринидада и Тобаго", "Тринидад и Тобаго", "TT"),
        ("LOC", "Боснии и Герцеговины", "Босния и Герцеговина", "BA"),
        ("LOC", "Узбекистана", "Узбекистан", "UZ"),
        ("LOC", "Казахстана", "Казахстан", "KZ"),
    ]),
    # «г.» before a city is no «господин»; a body NER took for a place is an organisation holding it
    ("Сотрудники УМВД России по г. Воронежу и хокимият города Бухары подписали меморандум.", [
        ("ORG", "УМВД России по г. Воронежу", "УМВД России по г. Воронежу", "RU"),
        ("LOC", "России", "Россия", "RU"),
        ("LOC", "Воронежу", "Воронеж", None),
        ("ORG", "хокимият города Бухары", "хокимият города Бухары", None),
        ("LOC", "Бухары", "Бухара", None),
    ]),
    ("Хокимият города Бухары подписал соглашение.", [
        ("ORG", "Хокимият города Бухары", "Хокимият города Бухары", None),
        ("LOC", "Бухары", "Бухара", None),
    ]),
    ("С хокимиятом города Бухары подписали соглашение.", [
        ("ORG", "хокимиятом города Бухары", "хокимият города Бухары", None),
        ("LOC", "Бухары", "Бухара", None),
    ]),
    # a hyphenated head word the lemmatiser leaves as it is
    ("Об этом сообщили в пресс-службе МВД России.", [
        ("ORG", "пресс-службе МВД России", "пресс-служба МВД России", "RU"),
        ("ORG", "МВД России", "МВД России", "RU"),
        ("LOC", "России", "Россия", "RU"),
    ]),
    # a title slovnet tags ADJ is no adjective of the name; a chain takes a place's tail only, not «по ставке»
    ("Заявление Председателя Банка России по итогам заседания Совета директоров Банка России по ключевой ставке.", [
        ("ORG", "Банка России", "Банк России", "RU"),
        ("LOC", "России", "Россия", "RU"),
        ("ORG", "Совета директоров Банка России", "Совет директоров Банка России", "RU"),
        ("ORG", "Банка России", "Банк России", "RU"),
        ("LOC", "России", "Россия", "RU"),
    ]),
    # a region inside a name is a place too, as a country is
    ("Доклад Совета Европы обсудили в Ташкенте.", [
        ("ORG", "Совета Европы", "Совет Европы", None),
        ("LOC", "Европы", "Европа", None),
        ("LOC", "Ташкенте", "Ташкент", None),
    ]),
    ("Японское правительство одобрило кредит.", [
        ("ORG", "Японское правительство", "Японское правительство", "JP"),
        ("LOC", "Японское", "Япония", "JP"),
    ]),
    ("Стороны обсудили заседание Совета глав регионов Узбекистана и Казахстана.", [
        ("ORG", "Совета глав регионов Узбекистана и Казахстана", "Совет глав регионов Узбекистана и Казахстана",
         None),
        ("LOC", "Узбекистана", "Узбекистан", "UZ"),
        ("LOC", "Казахстана", "Казахстан", "KZ"),
    ]),
    ("Товарооборот между Узбекистаном и Казахстаном вырос до 5 млрд долларов США.", [
        ("LOC", "Узбекистаном", "Узбекистан", "UZ"),
        ("LOC", "Казахстаном", "Казахстан", "KZ"),
        ("LOC", "США", "США", "US"),  # a currency's country is a place (NEREL)
    ]),
    ("Экспорт в КНР, ОАЭ и Соединённые Штаты увеличился, а поставки в РФ сократились.", [
        ("LOC", "КНР", "КНР", "CN"),
        ("LOC", "ОАЭ", "ОАЭ", "AE"),
        ("LOC", "Соединённые Штаты", "Соединённые Штаты", "US"),
        ("LOC", "РФ", "РФ", "RU"),
    ]),
    ("Делегация Соединённых Штатов Америки прибыла в Великобританию.", [
        ("LOC", "Соединённых Штатов Америки", "Соединённые Штаты Америки", "US"),
        ("LOC", "Великобританию", "Великобритания", "GB"),
    ]),
    ("Поставки из Китая в Киргизию выросли, а экспорт в Белоруссию сократился.", [
        ("LOC", "Китая", "Китай", "CN"),
        ("LOC", "Киргизию", "Киргизия", "KG"),
        ("LOC", "Белоруссию", "Белоруссия", "BY"),
    ]),
    ("Председатель Банка России выступил в Госдуме.", [
        ("ORG", "Банка России", "Банк России", "RU"),
        ("LOC", "России", "Россия", "RU"),
        ("ORG", "Госдуме", "Госдума", None),
    ]),
    ("Встреча Гульнары Каримовой с мэром Ташкента прошла в хокимияте.", [
        ("PER", "Гульнары Каримовой", "Гульнара Каримова", None),
        ("LOC", "Ташкента", "Ташкент", None),
    ]),
    ("Министр встретился с Чрезвычайным и Полномочным Послом Турецкой Республики Мехметом Озкаем.", [
        ("LOC", "Турецкой Республики", "Турецкая Республика", "TR"),
        ("PER", "Мехметом Озкаем", "Мехмет Озкай", None),
    ]),
]

# phrases in which nothing is an entity: titles, currencies, common nouns starting a sentence
NOTHING = [
    "Встреча прошла с Чрезвычайным и Полномочным Послом.",
    "Инвестиции в промышленность выросли вдвое.",
    "Отчётность по МСФО и РСБУ опубликована, ставка НДФЛ не изменилась.",  # vocab/non_names.tsv
    "Дезинфляционные факторы усиливаются.",  # a plural adjective starting a heading is no person
    "Глава III закона вступит в силу.",  # nor a Roman numeral
]

# (phrase, text of a PER, first, middle, last)
NAMES = [
    ("Соглашение подписано Бахтиёром Рахимовым и Ольгой Смирновой.", "Бахтиёром Рахимовым", "Бахтиёр", None,
     "Рахимов"),
    ("Соглашение подписано Бахтиёром Рахимовым и Ольгой Смирновой.", "Ольгой Смирновой", "Ольга", None,
     "Смирнова"),
    ("Письмо направлено Ивану Петровичу Сидорову.", "Ивану Петровичу Сидорову", "Иван", "Петрович", "Сидоров"),
    ("Доклад сделал А. В. Кузнецов.", "А. В. Кузнецов", "А.", "В.", "Кузнецов"),
    ("С заявлением выступил Йохан де Гроот.", "Йохан де Гроот", "Йохан", None, "де Гроот"),
    # an undeclined one-syllable family name first, as East Asian names are written
    ("Приём провёл советник-посланник Пак Сон Ук.", "Пак Сон Ук", "Сон Ук", None, "Пак"),
    ("Председатель КНР Си Цзиньпин прибыл в Астану.", "Си Цзиньпин", "Цзиньпин", None, "Си"),
    ("Переговоры прошли с министром Ван Мином.", "Ван Мином", "Мин", None, "Ван"),
]


def entities(extractor, phrase: str) -> list[tuple]:
    return [(e.type, e.text, e.normal, e.country) for e in extractor.extract(phrase).entities]


@pytest.mark.parametrize(("phrase", "expected"), ENTITIES)
def test_entities(extractor, phrase: str, expected: list[tuple]) -> None:
    assert entities(extractor, phrase) == expected


@pytest.mark.parametrize("phrase", NOTHING)
def test_no_entities(extractor, phrase: str) -> None:
    assert entities(extractor, phrase) == []


@pytest.mark.parametrize(("phrase", "text", "first", "middle", "last"), NAMES)
def test_name_parts(extractor, phrase: str, text: str, first, middle, last) -> None:
    found = {e.text: e.name for e in extractor.extract(phrase).entities if e.type == "PER"}
    assert found[text] is not None
    assert (found[text].first, found[text].middle, found[text].last) == (first, middle, last)


def test_currency_country_dropped_inside_money_spans(nlp) -> None:
    """With a money component before ours, anything inside its spans is no entity."""
    from spacy.tokens import Span

    doc = nlp.make_doc("Кредит составил 4 млн фунтов Великобритании.")
    for name, proc in nlp.pipeline:
        if name == "pressextract_entities":
            doc.spans["money"] = [Span(doc, 2, len(doc) - 1)]
        doc = proc(doc)
    assert [s.text for s in doc.spans["entities"]] == []


def test_an_organisation_found_once_is_found_where_it_repeats(extractor) -> None:
    text = ("Компания «Северный ветер» открыла завод. Северный ветер вложил в него 5 млн долларов. "
            "Северный ветер — крупнейший инвестор региона.")
    orgs = [(e.start, e.text) for e in extractor.extract(text).entities if e.type == "ORG"]
    assert [t for _, t in orgs] == ["Северный ветер"] * 3
    assert len({start for start, _ in orgs}) == 3


def test_nested_entities_overlap_in_the_span_group(nlp) -> None:
    doc = nlp("Брифинг провело посольство Казахстана в Узбекистане.")
    assert [(s.label_, s.text) for s in doc.spans["entities"]] == [
        ("ORG", "посольство Казахстана в Узбекистане"), ("LOC", "Казахстана"), ("LOC", "Узбекистане")
    ]


# texts that end or break where a rule looks ahead or behind
EDGES = [
    "", "Банк России", "Министерство финансов Узбекистана и", "посольство Казахстана в", "ООО «", "«Рога",
    "Председатель", "Совет глав регионов Узбекистана и Казахстана", "министр иностранных дел", "В.", "США",
    "Лазиз Кудратов,", "(Кудратов)", "АО «Узбекнефтегаз", "правительства Японии.\n\nмэрии",
    "@\U00017000", "Министр \U00017000\U00017001 провёл встречу.",  # letters unicodedata has no name for
]

WORDS = ["министр", "Министерства", "финансов", "Республики", "Узбекистан", "Казахстана", "в", "и", ",", "«", "»",
         "ООО", "Банка", "России", "Лазиз", "Кудратов", "посольство", "США", "долларов", "(", ")", ".", "—",
         "Председатель", "правительство", "Японии", "при", "по", "развитию"]


@pytest.mark.parametrize("text", EDGES)
def test_edges_give_valid_records(extractor, text: str) -> None:
    record = extractor.extract(text)
    assert all(text[e.start : e.end] == e.text for e in record.entities)


def test_random_word_salad_gives_valid_records(extractor) -> None:
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    @hypothesis.settings(max_examples=40, deadline=None, derandomize=True)
    @hypothesis.given(st.lists(st.sampled_from(WORDS), max_size=25))
    def check(words: list[str]) -> None:
        text = " ".join(words)
        record = extractor.extract(text)
        assert all(text[e.start : e.end] == e.text for e in record.entities)
        assert all(text[m.start : m.end] == m.text for p in record.people for m in p.mentions)

    check()


# NEREL's conventions (issue 15): a place adjective is a place of its own, with the place's name and code
PLACE_ADJECTIVES = [
    ("Представители казахстанской стороны обсудили поставки зерна.", ("казахстанской", "Казахстан", "KZ")),
    ("Российские экспортёры нарастили отгрузки металла.", ("Российские", "Россия", "RU")),
    ("Японский производитель открыл завод под Ташкентом.", ("Японский", "Япония", "JP")),
    ("Проект поддержали в московских ведомствах.", ("московских", "Москва", None)),
    ("Выставка прошла на лондонской площадке.", ("лондонской", "Лондон", None)),
]


@pytest.mark.parametrize(("phrase", "expected"), PLACE_ADJECTIVES)
def test_a_place_adjective_is_a_place(extractor, phrase: str, expected: tuple) -> None:
    assert ("LOC", *expected) in [(e.type, e.text, e.normal, e.country) for e in extractor.extract(phrase).entities]


@pytest.mark.parametrize("phrase", [
    "На фестиваль приехал американский актёр Джон Смит.",
    "Французская певица Мари Дюбуа дала концерт.",
    "Курсы учат английскому языку и истории.",
])
def test_a_nationality_or_a_language_is_no_place(extractor, phrase: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "LOC"] == []


@pytest.mark.parametrize("phrase", [
    "Экспорт составил 10 млн долларов США.",
    "Выручка достигла 3,2 млрд долл. США по итогам года.",
    "Цена выросла до 80 центов США за фунт.",
])
def test_a_currencys_country_is_a_place(extractor, phrase: str) -> None:
    assert ("LOC", "США", "US") in [(e.type, e.text, e.country) for e in extractor.extract(phrase).entities]


# bodies named by their kind alone, with the adjectives and the place that go with them (NEREL)
BODIES = [
    ("Правительство заявило о новых мерах поддержки.", "Правительство"),
    ("Закон вчера приняли в парламенте.", "парламенте"),
    ("Российские власти продлили ограничения.", "Российские власти"),
    ("Дело расследует полиция Малайзии.", "полиция Малайзии"),
    ("Решение коалиционного правительства оспорили.", "коалиционного правительства"),
    ("Министерство экономического развития сообщило о росте.", "Министерство экономического развития"),
    ("Совет директоров одобрил сделку.", "Совет директоров"),
]


@pytest.mark.parametrize(("phrase", "org"), BODIES)
def test_a_body_named_by_its_kind_is_an_organisation(extractor, phrase: str, org: str) -> None:
    assert org in [e.text for e in extractor.extract(phrase).entities if e.type == "ORG"]


@pytest.mark.parametrize("phrase", [
    "Он пришёл к власти в прошлом году.",  # «власть» is a body only in the plural
    "Об этом сообщили СМИ со ссылкой на источники.",  # the media as a whole (NEREL)
    "Запись появилась в Интернете и на YouTube.",  # platforms that are no company (NEREL)
    # a phrase of common words starting a sentence, headed by no organisation's word
    "Грузооборот автомобильного транспорта составил 4,7 млрд тонно-километров.",
    "Поддержку экономическому росту оказывает кредитование.",
    "Объём розничной торговли вырос на 3%.",
])
def test_no_organisation(extractor, phrase: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "ORG"] == []


@pytest.mark.parametrize(("phrase", "person"), [
    ("Лекцию прочли в МГУ имени Ломоносова.", "Ломоносова"),
    ("Спектакль поставили в театре имени Вахтангова.", "Вахтангова"),
    ("Конференцию провёл институт им. Курчатова.", "Курчатова"),
])
def test_the_person_an_organisation_is_named_after(extractor, phrase: str, person: str) -> None:
    assert person in [e.text for e in extractor.extract(phrase).entities if e.type == "PER"]


# organisation kinds: from the head word and the vocabulary (data/org_kind_*.tsv)
KINDS = [
    ("Министерство иностранных дел Российской Федерации", "state"), ("Министерства финансов", "state"),
    ("Минфин", "state"), ("МИД России", "state"), ("правительство Японии", "state"), ("Правительство", "state"),
    ("Государственная дума", "state"), ("парламента Грузии", "state"), ("посольство Турции в Казахстане", "state"),
    ("Верховный суд", "state"), ("Генпрокуратура", "state"), ("ФНС России", "state"), ("Росстат", "state"),
    ("хокимият Самаркандской области", "state"), ("мэрии Ташкента", "state"), ("Следственный комитет", "state"),
    ("Федеральная таможенная служба", "state"), ("Кремль", "state"), ("Госдепартамент США", "state"),
    ("Банк России", "central_bank"), ("Центрального банка", "central_bank"), ("ЦБ РФ", "central_bank"),
    ("Национальный банк Республики Казахстан", "central_bank"), ("ФРС", "central_bank"), ("ЕЦБ", "central_bank"),
    ("Сбербанк", "bank"), ("банк ВТБ", "bank"), ("ПАО «Сбербанк»", "bank"), ("Газпромбанк", "bank"),
    ("Альфа-Банк", "bank"), ("АКБ «Капиталбанк»", "bank"),
    # a national bank that is a commercial bank where the central bank has another name
    ("Национальный банк Узбекистана", "bank"), ("Национального банка Египта", "bank"),
    ("Национальный банк Грузии", "central_bank"), ("Национального банка Украины", "central_bank"),
    ("ООО «Ромашка»", "company"), ("ПАО «Газпром»", "company"), ("Роснефть", "company"), ("компания Apple", "company"),
    ("Vestas", "company"), ("Хэнань Синьюань Текстиль", "company"), ("АО «Узбекнефтегаз»", "company"),
    ("Новолипецкий металлургический комбинат", "company"), ("холдинга «Металлоинвест»", "company"),
    ("ООН", "international"), ("МВФ", "international"), ("ЕС", "international"), ("ЕАЭС", "international"),
    ("ШОС", "international"), ("Всемирный банк", "international"), ("НАТО", "international"),
    ("Евразийская экономическая комиссия", "international"),
    ("ТАСС", "media"), ("Интерфакс", "media"), ("Первый канал", "media"), ("газета «Известия»", "media"),
    ("РИА Новости", "media"), ("телеканала НТВ", "media"), ("информационное агентство Reuters", "media"),
    ("партия «Единая Россия»", "party"), ("КПРФ", "party"), ("ЛДПР", "party"), ("Демократической партии", "party"),
    ("МГУ имени Ломоносова", "education"), ("Российская академия наук", "education"),
    ("Высшая школа экономики", "education"), ("Ташкентский государственный университет", "education"),
    ("институт ядерной физики", "education"),
    ("совет директоров «Газпрома»", "company"), ("Совет директоров Банка России", "central_bank"),
    ("пресс-служба ЦБ", "central_bank"), ("пресс-служба Кремля", "state"), ("рабочая группа", "other"),
    ("Общественная палата", "other"), ("ЦРПК", "other"),  # an abbreviation no entry knows
]


def test_organisation_kinds() -> None:
    """Each name of the table gets its kind (at least 60 names of every kind)."""
    import re

    from pressextract.entities.vocabulary import DATA, TABLES, Vocabulary
    from pressextract.lexicon import Lexicon

    kinds = Vocabulary(Lexicon(DATA, TABLES)).kinds
    assert len(KINDS) >= 60 and {k for _, k in KINDS} >= {"state", "central_bank", "bank", "company",
                                                           "international", "media", "party", "education", "other"}
    wrong = [(name, kind, kinds.of_words(re.findall(r"[\w«».-]+", name))) for name, kind in KINDS
             if kinds.of_words(re.findall(r"[\w«».-]+", name)) != kind]
    assert wrong == []


def test_an_organisation_has_its_kind_and_a_person_its_organisations(extractor) -> None:
    release = extractor.extract("Министр финансов Республики Узбекистан Джамшид Кучкаров встретился с "
                                "представителями ПАО «Сбербанк» и агентства «Интерфакс».")
    kinds = {e.text: e.kind for e in release.entities if e.type == "ORG"}
    assert kinds.get("ПАО «Сбербанк»") == "bank" and kinds.get("Интерфакс") == "media"
    assert all(e.kind is None for e in release.entities if e.type != "ORG")
    assert [(p.name, p.organization_kind) for p in release.people] == [("Джамшид Кучкаров", "state")]


@pytest.mark.parametrize(("phrase", "person"), [
    ("Император Акихито выступил с обращением к нации.", "Акихито"),
    ("Вдова Солженицына передала архив музею.", "Солженицына"),
    ("Господин Кудратов прибыл в Ташкент.", "Кудратов"),
])
def test_an_honorific_or_title_before_a_name_is_no_part_of_it(extractor, phrase: str, person: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "PER"] == [person]


@pytest.mark.parametrize(("phrase", "place", "code"), [
    ("Переговоры прошли в британской столице.", "британской столице", "GB"),
    ("В российской столице открыли выставку.", "российской столице", "RU"),
    ("Делегация прибыла в японскую столицу.", "японскую столицу", "JP"),
])
def test_a_capital_named_by_its_countrys_adjective_is_one_place(extractor, phrase: str, place: str, code: str) -> None:
    assert ("LOC", place, code) in [(e.type, e.text, e.country) for e in extractor.extract(phrase).entities]


@pytest.mark.parametrize("phrase", [
    "Документы составлены на английском и французском.",
    "Он свободно говорит на немецком.",
    "Книга переведена с японского.",
])
def test_a_language_alone_is_no_place(extractor, phrase: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "LOC"] == []


@pytest.mark.parametrize(("phrase", "places"), [
    ("Паводок затронул сёла в Тульской и Калужской областях.", ["Тульской", "Калужской областях"]),
    ("Выборы прошли в Курской, Белгородской и Брянской областях.", ["Курской", "Белгородской", "Брянской областях"]),
    ("Пожары тушат в Красноярском и Хабаровском краях.", ["Красноярском", "Хабаровском краях"]),
])
def test_coordinated_regions_are_places_each(extractor, phrase: str, places: list[str]) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "LOC"] == places


@pytest.mark.parametrize(("phrase", "person"), [
    ("Восьмидесятилетний Маккейн снова выдвинулся в сенат.", "Маккейн"),
    ("Контракт подписал 56-летний Игорь Сечин.", "Игорь Сечин"),
    ("На пресс-конференцию пришла 68-летняя Анна Смирнова.", "Анна Смирнова"),
])
def test_an_age_before_a_name_is_no_part_of_it(extractor, phrase: str, person: str) -> None:
    assert person in [e.text for e in extractor.extract(phrase).entities if e.type == "PER"]


@pytest.mark.parametrize(("phrase", "org"), [
    ("Решение одобрил кабинет министров республики.", "кабинет министров"),
    ("В администрации президента это опровергли.", "администрации президента"),
    ("Новое правительство приступило к работе.", "правительство"),  # a passing adjective stays out
])
def test_a_body_named_by_a_phrase_of_its_kind(extractor, phrase: str, org: str) -> None:
    assert org in [e.text for e in extractor.extract(phrase).entities if e.type == "ORG"]


@pytest.mark.parametrize(("phrase", "places"), [
    ("Узбекско-казахстанский товарооборот вырос на 5 процентов.", [("Узбекско", "UZ"), ("казахстанский", "KZ")]),
    ("Российско-американские отношения обсудили в Женеве.", [("Российско", "RU"), ("американские", "US")]),
    ("Открылся казахстанско-китайский деловой совет.", [("казахстанско", "KZ"), ("китайский", "CN")]),
])
def test_a_compound_place_adjective_is_a_place_per_part(extractor, phrase: str, places: list) -> None:
    found = [(e.text, e.country) for e in extractor.extract(phrase).entities if e.type == "LOC"]
    assert found[: len(places)] == places


def test_a_compound_splits_without_moving_other_spans(extractor) -> None:
    release = extractor.extract("Узбекско-казахстанский товарооборот вырос на 5 процентов в 2020 году.")
    assert [m.text for m in release.percents] == ["5 процентов"] and [d.text for d in release.dates] == ["в 2020 году"]
    assert [[s.country for s in f.subjects] for f in release.facts] == [["UZ", "KZ"]]


def test_a_compound_of_other_adjectives_stays_whole(extractor) -> None:
    assert [e.text for e in extractor.extract("Финансово-экономический кризис затронул регион.").entities] == []


def test_a_name_holding_a_compound_stays_whole(extractor) -> None:
    found = [(e.type, e.text) for e in extractor.extract("Кредит выдал Первый чешско-российский банк.").entities]
    assert found[0] == ("ORG", "Первый чешско-российский банк") and ("LOC", "чешско") in found


def entities_after_ner(nlp, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The entities of `text` when NER gives exactly `ents` ((text, label), each found once in order): a rule's test
    that does not hang on what the NER model does with one sentence."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "pressextract_natasha":
            spans, start = [], 0
            for fragment, label in ents:
                at = text.index(fragment, start)
                spans.append(doc.char_span(at, at + len(fragment), label=label))
                start = at + len(fragment)
            doc.ents = spans
    return [(s.label_, s.text) for s in doc.spans["entities"]]


@pytest.mark.parametrize(("text", "ents", "person"), [
    ("После отставки Радия Хабирова совет собрался снова.", [("Радия", "PER"), ("Хабирова", "PER")],
     "Радия Хабирова"),
    ("Книгу представил внук Андрияна Григорьевича Николаева.",
     [("Андрияна Григорьевича", "PER"), ("Николаева", "PER")], "Андрияна Григорьевича Николаева"),
    ("Архив передал Жириновский В. В. лично.", [("Жириновский", "PER"), ("В. В.", "PER")], "Жириновский В. В."),
])
def test_a_name_ner_tagged_word_by_word_is_one_person(nlp, text: str, ents: list, person: str) -> None:
    assert ("PER", person) in entities_after_ner(nlp, text, ents)


@pytest.mark.parametrize(("text", "ents"), [
    ("Письмо подписал помощник Гаева Александр Аснис.", [("Гаева", "PER"), ("Александр Аснис", "PER")]),
    ("Заявление сделал советник Путина Михаил Лесин.", [("Путина", "PER"), ("Михаил Лесин", "PER")]),
    ("На снимке Владимир Путин Дмитрий Медведев.", [("Владимир Путин", "PER"), ("Дмитрий Медведев", "PER")]),
    ("Вдова Ельцина Наина Иосифовна посетила выставку.", [("Ельцина", "PER"), ("Наина Иосифовна", "PER")]),
])
def test_two_people_side_by_side_stay_two(nlp, text: str, ents: list) -> None:
    people = [t for label, t in entities_after_ner(nlp, text, ents) if label == "PER"]
    assert people == [fragment for fragment, _ in ents]


@pytest.mark.parametrize(("phrase", "person"), [
    ("Кардиологу Мюррею грозит четыре года тюрьмы.", "Мюррею"),
    ("Племянник Алишера Усманова попал в аварию.", "Алишера Усманова"),
    ("Ставленника Чавеса поддержали избиратели.", "Чавеса"),
])
def test_a_common_word_starting_the_sentence_is_no_part_of_a_name(extractor, phrase: str, person: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "PER"] == [person]


def test_a_first_name_the_text_gives_elsewhere_stays(nlp) -> None:
    text = "Клуб возглавил Франк Веркотерен. Франк Веркотерен тренировал клубы Бельгии."
    ents = [("Франк Веркотерен", "PER"), ("Франк Веркотерен", "PER"), ("Бельгии", "LOC")]
    found = entities_after_ner(nlp, text, ents)
    assert [t for label, t in found if label == "PER"] == ["Франк Веркотерен"] * 2


@pytest.mark.parametrize(("phrase", "place", "normal"), [
    ("Он играл за ФК «Тамбов» два сезона.", "Тамбов", "Тамбов"),
    ("Она училась в Университете Барселоны.", "Барселоны", "Барселона"),
    ("Статью напечатала газета «Вести Саратова».", "Саратова", "Саратов"),
])
def test_a_city_inside_an_organisations_name_is_a_place(extractor, phrase: str, place: str, normal: str) -> None:
    assert ("LOC", place, normal) in [(e.type, e.text, e.normal) for e in extractor.extract(phrase).entities]


@pytest.mark.parametrize("phrase", [
    "Дом культуры имени Серго Орджоникидзе открылся после ремонта.",  # the person named after, no place
    "В партии «Единая Россия» прошли выборы.",  # an adjective and a place as one word of a name (Collection5)
    "Кандидата выдвинула партия ПАРНАС.",  # an abbreviation
])
def test_no_place_inside_these_names(extractor, phrase: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "LOC"] == []


@pytest.mark.parametrize(("phrase", "side", "normal", "place", "code"), [
    ("Землетрясение произошло на юге Турции.", "юге Турции", "юг Турции", "Турции", "TR"),
    ("Толчки ощущались на северо-востоке Японии.", "северо-востоке Японии", "северо-восток Японии", "Японии", "JP"),
    ("Бои идут в восточной Украине.", "восточной Украине", "восточная Украина", "Украине", "UA"),
])
def test_the_side_of_a_place_is_a_place_holding_it(extractor, phrase: str, side: str, normal: str, place: str,
                                                   code: str) -> None:
    found = [(e.text, e.normal, e.country) for e in extractor.extract(phrase).entities if e.type == "LOC"]
    assert found[0] == (side, normal, code) and found[1][0] == place


def test_a_capitalised_side_is_part_of_a_name(extractor) -> None:
    found = [e.text for e in extractor.extract("Делегация прибыла в Южную Корею.").entities if e.type == "LOC"]
    assert found == ["Южную Корею"]


@pytest.mark.parametrize("phrase", [
    "Митинг прошёл на Красной площади.",
    "Его похоронили на Новодевичьем кладбище.",
    "Самолёт сел в аэропорту Шереметьево.",
])
def test_a_facility_is_no_place(extractor, phrase: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "LOC"] == []


@pytest.mark.parametrize(("phrase", "person"), [
    ("Встреча прошла на улице Лобачевского в Казани.", "Лобачевского"),
    ("Самолёт приземлился в аэропорту Кеннеди.", "Кеннеди"),
    ("Памятник стоит у бульвара Тараса Шевченко.", "Тараса Шевченко"),
])
def test_the_person_a_facility_is_named_after(extractor, phrase: str, person: str) -> None:
    found = extractor.extract(phrase).entities
    assert person in [e.text for e in found if e.type == "PER"]
    assert person not in [e.text for e in found if e.type == "LOC"]


def test_a_place_after_a_facility_word_stays_a_place(extractor) -> None:
    assert [(e.text, e.type) for e in extractor.extract("Митинг прошёл на улицах Лондона.").entities] == \
        [("Лондона", "LOC")]


@pytest.mark.parametrize(("text", "ents", "place"), [
    ("Сенатор представляет Алабаму с 1997 года.", [("Алабаму", "PER")], "Алабаму"),
    ("Матч прошёл на стадионе Ливерпуля.", [("Ливерпуля", "PER")], "Ливерпуля"),
    ("Пловец переплыл Неву за час.", [("Неву", "PER")], "Неву"),
])
def test_a_word_that_can_only_be_a_place_is_no_person(nlp, text: str, ents: list, place: str) -> None:
    assert entities_after_ner(nlp, text, ents) == [("LOC", place)]


@pytest.mark.parametrize(("phrase", "person"), [
    ("Топ-менеджер «Лаборатории Касперского» дал показания.", "Касперского"),
    ("Выставка открылась в Музее Анны Ахматовой.", "Анны Ахматовой"),
    ("Операцию провели в Медицинском центре Джонса Хопкинса.", "Джонса Хопкинса"),
])
def test_the_person_a_name_holds_in_the_genitive(extractor, phrase: str, person: str) -> None:
    assert person in [e.text for e in extractor.extract(phrase).entities if e.type == "PER"]


@pytest.mark.parametrize("phrase", [
    "Сделку одобрил Банк Москвы.",
    "Акции купил Сбербанк России.",
    "Отчёт опубликовал Институт Африки.",
])
def test_a_place_a_name_holds_is_no_person(extractor, phrase: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "PER"] == []


@pytest.mark.parametrize(("phrase", "person", "normal"), [
    ("Писатель получил Нобелевскую премию по литературе.", "Нобелевскую", "Нобель"),
    ("Лауреат Ленинской премии выступил на вечере.", "Ленинской", "Ленин"),
    ("Сталинские репрессии затронули его семью.", "Сталинские", "Сталин"),
])
def test_an_adjective_of_a_persons_name_is_a_person(extractor, phrase: str, person: str, normal: str) -> None:
    release = extractor.extract(phrase)
    assert ("PER", person, normal) in [(e.type, e.text, e.normal) for e in release.entities]
    assert release.people == []  # it names nobody the release is about


@pytest.mark.parametrize(("text", "ents", "person"), [
    ("Накануне Г.Папандреу начал переговоры.", [("Папандреу", "PER")], "Г.Папандреу"),
    ("Заявление Дж.Керри опубликовано.", [("Керри", "PER")], "Дж.Керри"),
    ("По словам А.Б.Петрова, сделка закрыта.", [("Петрова", "PER")], "А.Б.Петрова"),
])
def test_initials_glued_to_a_name_are_part_of_it(nlp, text: str, ents: list, person: str) -> None:
    assert ("PER", person) in entities_after_ner(nlp, text, ents)


@pytest.mark.parametrize(("text", "ents", "person"), [
    ("Катырин Сергей Николаевич занимает этот пост.", [("Катырин", "PER"), ("Сергей Николаевич", "PER")],
     "Катырин Сергей Николаевич"),
    ("Собянин Сергей родился в Тюменской области.", [("Собянин", "PER"), ("Сергей", "PER")], "Собянин Сергей"),
    ("Иванова Анна Петровна назначена директором.", [("Иванова", "PER"), ("Анна Петровна", "PER")],
     "Иванова Анна Петровна"),
])
def test_a_name_surname_first_starting_a_sentence_is_one_person(nlp, text: str, ents: list, person: str) -> None:
    assert ("PER", person) in entities_after_ner(nlp, text, ents)


@pytest.mark.parametrize(("phrase", "place", "code"), [
    ("Об этом пишет New York Times со ссылкой на источники.", "New York", None),
    ("Теннисистка победила на US Open второй раз.", "US", "US"),
    ("Облигации купил Bank of America.", "America", "US"),
])
def test_a_place_written_in_latin_letters(extractor, phrase: str, place: str, code) -> None:
    assert ("LOC", place, code) in [(e.type, e.text, e.country) for e in extractor.extract(phrase).entities]


@pytest.mark.parametrize(("text", "ents"), [
    ("Главную роль сыграл Joaquin Phoenix.", [("Joaquin Phoenix", "PER")]),
    ("На вечеринку пришла Paris Hilton.", [("Paris Hilton", "PER")]),
    ("Песню исполнила Whitney Houston.", [("Whitney Houston", "PER")]),
])
def test_a_persons_name_holds_no_latin_place(nlp, text: str, ents: list) -> None:
    assert entities_after_ner(nlp, text, ents) == [("PER", ents[0][0])]


@pytest.mark.parametrize("phrase", [
    "Бронзовую медаль завоевал российский фехтовальщик.",
    "Клип канадского поп-исполнителя набрал миллиард просмотров.",
    "Американский баскетболист завершил карьеру.",
])
def test_a_country_adjective_before_a_person_of_the_arts_or_sport_is_a_nationality(extractor, phrase: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "LOC"] == []


@pytest.mark.parametrize(("phrase", "place"), [
    ("Бронзу завоевал чебоксарский гимнаст.", "чебоксарский"),
    ("Суд освободил виновного в гибели московского студента.", "московского"),
    ("Медали поборются волгоградские легкоатлеты.", "волгоградские"),
])
def test_a_city_adjective_before_a_person_is_a_place(extractor, phrase: str, place: str) -> None:
    assert place in [e.text for e in extractor.extract(phrase).entities if e.type == "LOC"]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("Патриархом Болгарским избран митрополит Рязанский Марк.", [("Болгарским", "PER"), ("Рязанский Марк", "PER")],
     [("LOC", "Болгарским"), ("LOC", "Рязанский"), ("PER", "Марк")]),
    ("Вчера принц Гарри Уэльский посетил госпиталь.", [("Гарри Уэльский", "PER")],
     [("PER", "Гарри"), ("LOC", "Уэльский")]),
    ("Послание Папы Римского зачитали во всех храмах.", [("Римского", "PER")], [("LOC", "Римского")]),
])
def test_a_place_adjective_at_the_edge_of_a_person_is_the_place_of_the_title(nlp, text: str, ents: list,
                                                                              expected: list) -> None:
    assert entities_after_ner(nlp, text, ents) == expected


@pytest.mark.parametrize("text", [
    "Слово взяла помощница губернатора Татьяна Грузинская.",
    "На встречу пришёл редактор Андрей Тверской.",
    "Вопрос задала студентка Мария Московская.",
])
def test_a_place_adjective_after_a_first_name_without_a_noble_title_is_a_surname(nlp, text: str) -> None:
    person = " ".join(text.rstrip(".").split()[-2:])
    assert entities_after_ner(nlp, text, [(person, "PER")]) == [("PER", person)]


@pytest.mark.parametrize(("text", "person"), [
    ("На трон взошёл король Густав V.", "Густав V"),
    ("Указ о созыве думы подписал император Николай II.", "Николай II"),
    ("Речь на открытии выставки произнёс король Карл XVI.", "Карл XVI"),
])
def test_a_regnal_number_ending_a_sentence_leaves_its_dot(nlp, text: str, person: str) -> None:
    assert entities_after_ner(nlp, text, [(person + ".", "PER")]) == [("PER", person)]


def test_an_initial_keeps_its_dot(nlp) -> None:
    assert entities_after_ner(nlp, "Акт приёмки подписал Петров В.", [("Петров В.", "PER")]) == \
        [("PER", "Петров В.")]


@pytest.mark.parametrize(("text", "org", "place"), [
    ("Тренер «Манчестер Юнайтед» подал в отставку.", "Манчестер Юнайтед", "Манчестер"),
    ("Он перешёл в клуб «Лос-Анджелес Гэлакси» прошлым летом.", "Лос-Анджелес Гэлакси", "Лос-Анджелес"),
    ("Матч сыграют с командой «Самара Юнайтед» в субботу.", "Самара Юнайтед", "Самара"),
])
def test_a_place_starting_a_quoted_name_is_nested_in_it(nlp, text: str, org: str, place: str) -> None:
    assert ("LOC", place) in entities_after_ner(nlp, text, [(org, "ORG")])


@pytest.mark.parametrize("text", [
    "Рейс в Норильск выполнила «Сибирь».",
    "Контракт продлила «Ангара» на три года.",
    "Вчера «Тамбов» проиграл дома.",
])
def test_a_quoted_name_that_is_only_a_place_holds_no_place(nlp, text: str) -> None:
    name = text[text.index("«") + 1 : text.index("»")]
    assert [label for label, _ in entities_after_ner(nlp, text, [(name, "ORG")])] == ["ORG"]


@pytest.mark.parametrize(("text", "ents", "person"), [
    ("Поэт Иосиф Бродский жил в Ленинграде. Открылась выставка рисунков Иосифа Бродского.",
     [("Иосиф Бродский", "PER")], "Иосифа Бродского"),
    ("Роль сыграла Анна Ковальчук. Зрители запомнили Анну Ковальчук надолго.",
     [("Анна Ковальчук", "PER")], "Анну Ковальчук"),
    ("Директором стал Пётр Сидоренко. Коллектив поддержал Петра Сидоренко единогласно.",
     [("Пётр Сидоренко", "PER")], "Петра Сидоренко"),
])
def test_a_first_name_and_surname_found_again_make_one_person(nlp, text: str, ents: list, person: str) -> None:
    assert ("PER", person) in entities_after_ner(nlp, text, ents)


@pytest.mark.parametrize(("text", "place"), [
    ("Премьер выступил перед журналистами на Даунинг-стрит.", "Даунинг-стрит"),
    ("Оркестр дал концерт в Карнеги-холле в пятницу.", "Карнеги-холле"),
    ("Митинг прошёл в Гайд-парке при большом стечении народа.", "Гайд-парке"),
])
def test_a_foreign_facility_is_no_place(nlp, text: str, place: str) -> None:
    assert entities_after_ner(nlp, text, [(place, "LOC")]) == []


@pytest.mark.parametrize(("text", "given", "place"), [
    ("Экспедиция высадилась на Новой Гвинее в мае.", "Гвинее", "Новой Гвинее"),
    ("Он вырос в Новой Англии и учился в Бостоне.", "Англии", "Новой Англии"),
    ("Шторм обрушился на Новую Шотландию ночью.", "Шотландию", "Новую Шотландию"),
])
def test_a_capitalised_adjective_starting_a_places_name_joins_it(nlp, text: str, given: str, place: str) -> None:
    assert ("LOC", place) in entities_after_ner(nlp, text, [(given, "LOC")])
    assert ("LOC", given) not in entities_after_ner(nlp, text, [(given, "LOC")])


@pytest.mark.parametrize(("text", "org", "adjective"), [
    ("Гастроли Мариинского театра открылись в Токио.", "Мариинского театра", "Мариинского"),
    ("Премию учредил Нобелевский фонд более века назад.", "Нобелевский фонд", "Нобелевский"),
    ("Стипендию выплачивает Ленинский фонд поддержки студентов.", "Ленинский фонд поддержки студентов", "Ленинский"),
])
def test_a_persons_adjective_inside_an_organisations_name_is_a_person(nlp, text: str, org: str,
                                                                      adjective: str) -> None:
    assert ("PER", adjective) in entities_after_ner(nlp, text, [(org, "ORG")])


@pytest.mark.parametrize(("text", "ents", "person"), [
    ("Самолёт приземлился в аэропорту имени Шарля де Голля.", [], "Шарля де Голля"),
    ("Она окончила консерваторию имени Людвига ван Бетховена.", [], "Людвига ван Бетховена"),
    ("На счету Де Ниро два «Оскара».", [("Де Ниро", "PER")], "Де Ниро"),
])
def test_a_names_particle_stays_in_it(nlp, text: str, ents: list, person: str) -> None:
    assert ("PER", person) in entities_after_ner(nlp, text, ents)


@pytest.mark.parametrize(("text", "word"), [
    ("Родившаяся в Праге, она переехала в Вену ребёнком.", "Родившаяся"),
    ("Дослужился он до звания полковника к сорока годам.", "Дослужился"),
    ("Помиловать осуждённого просили его родные.", "Помиловать"),
])
def test_a_verb_or_participle_starting_a_sentence_is_no_person(nlp, text: str, word: str) -> None:
    assert ("PER", word) not in entities_after_ner(nlp, text, [(word, "PER")])


@pytest.mark.parametrize(("text", "word"), [
    ("Теннисистку поздравили с победой в финале.", "Теннисистку"),
    ("Ассистенты быстро развели боксёров по углам.", "Ассистенты"),
    ("Черепахам нашли новый вольер в зоопарке.", "Черепахам"),
])
def test_a_common_noun_for_living_beings_starting_a_sentence_is_no_person(nlp, text: str, word: str) -> None:
    assert ("PER", word) not in entities_after_ner(nlp, text, [(word, "PER")])


def test_a_surname_that_is_also_a_noun_starting_a_sentence_stays_a_person(nlp) -> None:
    assert ("PER", "Волков") in entities_after_ner(nlp, "Волков заявил о победе.", [("Волков", "PER")])


@pytest.mark.parametrize(("text", "place"), [
    ("Митинг прошёл у станции метро «Сокольники» в субботу.", "Сокольники"),
    ("Самолёт приземлился на авиабазе «Кубинка» под вечер.", "Кубинка"),
    ("Делегацию разместили в резиденции «Ореанда» на побережье.", "Ореанда"),
])
def test_a_quoted_name_after_a_facilitys_word_is_no_place(nlp, text: str, place: str) -> None:
    assert ("LOC", place) not in entities_after_ner(nlp, text, [(place, "LOC")])


@pytest.mark.parametrize(("text", "person"), [
    ("Он снялся в фильме «Внук Гагарина» в прошлом году.", "Гагарина"),
    ("Театр поставил пьесу «Кто боится Вирджинии Вульф» к юбилею.", "Вирджинии Вульф"),
    ("Режиссёр экранизировал повесть «Детство Никиты» для детей.", "Никиты"),
])
def test_a_name_inside_the_quoted_title_of_a_work_is_a_person(nlp, text: str, person: str) -> None:
    assert ("PER", person) in entities_after_ner(nlp, text, [])


@pytest.mark.parametrize("text", [
    "Певица выпустила альбом «Жанна» весной.",
    "Новый сериал «Вера» вышел на экраны.",
    "Акции «Газпрома» выросли на торгах.",
])
def test_a_quoted_title_that_is_only_a_name_holds_no_person(nlp, text: str) -> None:
    assert [label for label, _ in entities_after_ner(nlp, text, []) if label == "PER"] == []


@pytest.mark.parametrize("text", [
    "Вышел ремейк фильма «Мэри Поппинс» с новым составом.",
    "Картину «Вознесение Девы Марии» вернули в музей.",
    "Оркестр сыграл на бис песню «Джонни Би Гуд».",
])
def test_a_name_word_inside_a_longer_capitalised_name_of_a_title_is_no_person(nlp, text: str) -> None:
    assert [label for label, _ in entities_after_ner(nlp, text, []) if label == "PER"] == []


@pytest.mark.parametrize(("phrase", "place"), [
    ("Указ подписал глава азербайджанского государства.", "азербайджанского государства"),
    ("Визит главы израильского государства отложили.", "израильского государства"),
    ("Послание казахстанского государства зачитали депутатам.", "казахстанского государства"),
])
def test_a_countrys_adjective_with_a_word_for_a_state_is_one_place(extractor, phrase: str, place: str) -> None:
    assert place in [e.text for e in extractor.extract(phrase).entities if e.type == "LOC"]


@pytest.mark.parametrize(("phrase", "adjective"), [
    ("Министр обсудил связи с европейскими государствами.", "европейскими"),
    ("В этой северокавказской республике прошли выборы.", "северокавказской"),
    ("Соседние азиатские государства подписали договор.", "азиатские"),
])
def test_a_regions_adjective_or_many_states_stay_apart(extractor, phrase: str, adjective: str) -> None:
    places = [e.text for e in extractor.extract(phrase).entities if e.type == "LOC"]
    assert not any(adjective in place and place != adjective for place in places)


@pytest.mark.parametrize(("text", "given", "place"), [
    ("Судно затонуло у побережья Туниса ночью.", "Туниса", "побережья Туниса"),
    ("Взрыв прогремел в пригороде Бостона утром.", "Бостона", "пригороде Бостона"),
    ("Учения прошли в окрестностях Парижа на неделе.", "Парижа", "окрестностях Парижа"),
])
def test_the_coast_or_outskirts_of_a_place_are_a_place(nlp, text: str, given: str, place: str) -> None:
    assert ("LOC", place) in entities_after_ner(nlp, text, [(given, "LOC")])


def test_a_brands_model_in_a_quoted_name_is_no_person(nlp) -> None:
    assert entities_after_ner(nlp, "Завод начнёт выпуск машин «Шкода Октавия» осенью.", []) == []


@pytest.mark.parametrize(("text", "ents", "person"), [
    ("Победитель конкурса имени Петра Чайковского Даниил Трифонов выступил.", [("Даниил Трифонов", "PER")],
     "Петра Чайковского"),
    ("Актриса театра им. А. П. Чехова Наталья Рогожкина вышла на сцену.", [("Наталья Рогожкина", "PER")],
     "А. П. Чехова"),
    ("Труппа театра имени Н. П. Акимова\nГастроли начнутся в мае.", [], "Н. П. Акимова"),
])
def test_the_name_after_imeni_ends_where_another_mention_or_the_line_begins(nlp, text: str, ents: list,
                                                                            person: str) -> None:
    assert ("PER", person) in entities_after_ner(nlp, text, ents)


@pytest.mark.parametrize(("text", "expected"), [
    ("x", []),
    ("abc", []),
    ("Компания eBay отчиталась о выручке.", [("ORG", "eBay")]),
])
def test_an_organisation_or_place_without_a_capital_is_none(extractor, text: str, expected: list) -> None:
    assert [(e.type, e.text) for e in extractor.extract(text).entities] == expected


@pytest.mark.parametrize(("text", "ents"), [
    ("Свидетель сразу позвонил в 112 и описал машину.", [("112", "ORG")]),
    ("В колонке «7 причин уйти с работы» автор спорит с коллегами.", [("7", "ORG")]),
    ("Начальником цеха «350» его назначили в мае.", [("350", "ORG")]),
    ("Колонна дошла до отметки 1200 к полудню.", [("1200", "LOC")]),
])
def test_a_number_alone_is_no_name(nlp, text: str, ents: list) -> None:
    assert [e for e in entities_after_ner(nlp, text, ents) if e[1] == ents[0][0]] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Лидер Аль-Кайды выступил с новым обращением.", "Аль-Кайды"),
    ("Эксперты связывают нападение с аль-Каидой.", "аль-Каидой"),
    ("Интервью показали в эфире Аль-Джазиры вечером.", "Аль-Джазиры"),
])
def test_a_known_organisation_ner_takes_for_a_person_is_an_organisation(nlp, text: str, name: str) -> None:
    assert ("ORG", name) in entities_after_ner(nlp, text, [(name, "PER")])


@pytest.mark.parametrize(("text", "given", "org", "person"), [
    ("Видео от лидера Аль-Каиды Айман аз-Завахири пришло вчера.", "Аль-Каиды Айман аз-Завахири", "Аль-Каиды",
     "Айман аз-Завахири"),
    ("Репортаж вёл корреспондент Аль-Джазиры Ахмед Мансур из Каира.", "Аль-Джазиры Ахмед Мансур", "Аль-Джазиры",
     "Ахмед Мансур"),
    ("Бывший боевик аль-Кайды Али Хамза дал показания.", "аль-Кайды Али Хамза", "аль-Кайды", "Али Хамза"),
])
def test_a_known_organisation_before_a_name_is_no_part_of_it(nlp, text: str, given: str, org: str,
                                                              person: str) -> None:
    found = entities_after_ner(nlp, text, [(given, "PER")])
    assert ("ORG", org) in found and ("PER", person) in found


@pytest.mark.parametrize(("text", "given"), [
    ("Рейс благополучно сел в Пулковском аэропорту ночью.", "Пулковском аэропорту"),
    ("Прощание пройдёт на Южном городском кладбище в субботу.", "Южном городском кладбище"),
    ("Матч перенесли на Центральный стадион Казани.", "Центральный стадион Казани"),
    ("Туристы осмотрели Успенский собор и колокольню.", "Успенский собор"),
])
def test_a_facility_by_its_own_word_is_no_organisation(nlp, text: str, given: str) -> None:
    assert [e for e in entities_after_ner(nlp, text, [(given, "ORG")]) if e[0] == "ORG"] == []


@pytest.mark.parametrize(("text", "given", "kept"), [
    ("Городская больница сообщила о новых случаях гриппа.", "Городская больница", True),  # it acts
    ("Областной госпиталь закупил новые томографы.", "Областной госпиталь", True),
    ("Отчёт Центральной районной больницы опубликован.", "Центральной районной больницы", True),
    ("Пострадавшего доставили в Городскую больницу ночью.", "Городскую больницу", False),  # a place one is put in
    ("Он лечится в Областном госпитале уже месяц.", "Областном госпитале", False),
])
def test_a_hospital_is_an_organisation_where_it_acts(nlp, text: str, given: str, kept: bool) -> None:
    assert (("ORG", given) in entities_after_ner(nlp, text, [(given, "ORG")])) == kept


@pytest.mark.parametrize(("text", "given"), [
    ("Памятник открыли возле бизнес-центра «Север» в среду.", "Север"),
    ("Офис фирмы переехал в бизнес-центр «Дельта» весной.", "Дельта"),
    ("Переговоры прошли в бизнес-центре «Меридиан» на набережной.", "Меридиан"),
])
def test_a_quoted_name_after_a_hyphenated_facilitys_word_is_no_organisation(nlp, text: str, given: str) -> None:
    assert [e for e in entities_after_ner(nlp, text, [(given, "ORG")]) if e[0] == "ORG"] == []


@pytest.mark.parametrize(("text", "person", "org"), [
    ("На заседании кабинета Нетаньяху министр выступил.", "Нетаньяху", "кабинета Нетаньяху"),
    ("Решение правительства Абэ вызвало споры.", "Абэ", "правительства Абэ"),
    ("Бюджет, подготовленный кабинетом Гарибальди, отклонили.", "Гарибальди", "кабинетом Гарибальди"),
])
def test_a_body_led_by_a_person_with_an_undeclined_name(nlp, text: str, person: str, org: str) -> None:
    assert ("ORG", org) in entities_after_ner(nlp, text, [(person, "PER")])


@pytest.mark.parametrize(("text", "name"), [
    ("Артисты Ленкома сыграли премьеру в субботу.", "Ленкома"),  # the dictionary's organisation
    ("Кандидат Гоминьдана проиграл выборы на Тайване.", "Гоминьдана"),
    ("Танкеры передали Совкомфлоту по новому договору.", "Совкомфлоту"),
    ("Сотрудники Рыбохраны проверили улов на реке.", "Рыбохраны"),  # a prefix and a common noun
    ("Об этом Викиновостям рассказал очевидец.", "Викиновостям"),
    ("В заявлении Нацфронта говорится о новых выборах.", "Нацфронта"),
])
def test_a_word_naming_an_organisation_that_ner_took_for_a_person(nlp, text: str, name: str) -> None:
    assert ("ORG", name) in entities_after_ner(nlp, text, [(name, "PER")])


@pytest.mark.parametrize(("text", "ents", "name"), [
    ("Премьер Виктор Понта подал в отставку. Сторонники Понта вышли на митинг.",
     [("Виктор Понта", "PER"), ("Понта", "PER")], "Понта"),  # a surname the text gives a person
    ("Журналисты спросили Костенок о приговоре.", [("Костенок", "PER")], "Костенок"),  # «Ко|стенок»: a short prefix
    ("Скульптор Вишневецкий открыл выставку.", [("Вишневецкий", "PER")], "Вишневецкий"),
])
def test_a_surname_stays_a_person(nlp, text: str, ents: list, name: str) -> None:
    assert ("PER", name) in entities_after_ner(nlp, text, ents)


@pytest.mark.parametrize(("text", "platform"), [
    ("Пользователь ЖЖ выложил снимки с места аварии.", "ЖЖ"),
    ("Блогеры Instagram обсуждают новую моду.", "Instagram"),
    ("Подписчикам Telegram рассылают предупреждение.", "Telegram"),
])
def test_the_platform_of_its_users_is_no_organisation(nlp, text: str, platform: str) -> None:
    assert ("ORG", platform) not in entities_after_ner(nlp, text, [(platform, "ORG")])


def test_a_quoted_name_of_digits_and_a_sign_stays(nlp) -> None:
    assert ("ORG", "2+2") in entities_after_ner(nlp, "Канал «2+2» показал новый сериал.", [("2+2", "ORG")])


@pytest.mark.parametrize(("text", "orgs"), [
    ("Интерпол объявил его в розыск. Запрос Интерполу направили вчера.", ["Интерпол", "Интерполу"]),
    ("Роснефть отчиталась о прибыли. Акции Роснефти выросли.", ["Роснефть", "Роснефти"]),
    ("Ростелеком запустил сеть. Абоненты Ростелекома получили скидку.", ["Ростелеком", "Ростелекома"]),
])
def test_an_organisation_found_once_is_found_in_its_other_forms(extractor, text: str, orgs: list[str]) -> None:
    assert [e.text for e in extractor.extract(text).entities if e.type == "ORG"] == orgs


@pytest.mark.parametrize(("phrase", "person"), [
    ("На приёме присутствовал советник-посланник Пак Сон Ук.\nДалее прошла встреча.", "Пак Сон Ук"),
    ("Переговоры провёл министр Ким Мин Су. Стороны обсудили торговлю.", "Ким Мин Су"),
    ("С приветствием выступил посол Ли Чжон Ин. Он отметил рост товарооборота.", "Ли Чжон Ин"),
])
def test_a_syllable_before_a_full_stop_is_no_initial(extractor, phrase: str, person: str) -> None:
    people = [e for e in extractor.extract(phrase).entities if e.type == "PER"]
    assert [(e.text, e.normal) for e in people] == [(person, person)]


@pytest.mark.parametrize(("phrase", "person"), [
    ("Доклад сделал Дж. Смит.", "Дж. Смит"),
    ("Письмо направил Дж. Браун, глава делегации.", "Дж. Браун"),
])
def test_a_consonant_pair_is_an_initial(extractor, phrase: str, person: str) -> None:
    people = [e for e in extractor.extract(phrase).entities if e.type == "PER"]
    assert [e.normal for e in people] == [person] and people[0].name.first == person.split()[0]


@pytest.mark.parametrize(("phrase", "gloss", "country"), [
    ("Стороны обсудили планы Корейского агентства международного сотрудничества (KOICA).", "KOICA", "KR"),
    ("Представители Японского агентства международного сотрудничества (JICA) посетили Ташкент.", "JICA", "JP"),
    ("Стороны обсудили планы Всемирной торговой организации (ВТО).", "ВТО", None),
])
def test_a_gloss_in_brackets_takes_its_organisations_country(extractor, phrase: str, gloss: str, country) -> None:
    found = {e.text: e for e in extractor.extract(phrase).entities if e.type == "ORG"}
    assert found[gloss].country == country


@pytest.mark.parametrize(("phrase", "short", "country", "kind"), [
    ("Совет директоров Банка России принял решение сохранить ключевую ставку. Совет директоров отметил замедление "
     "инфляции.", "Совет директоров", "RU", "central_bank"),
    ("Министерство экономики Республики Узбекистан подготовило доклад. Министерство экономики отметило рост "
     "экспорта.", "Министерство экономики", "UZ", "state"),
    ("Национальный банк Казахстана снизил ставку. Национальный банк ожидает замедления инфляции.",
     "Национальный банк", "KZ", "central_bank"),
    # two earlier names it may stand for, in two countries: neither
    ("Министерство экономики Узбекистана и Министерство экономики Казахстана подписали меморандум. Министерство "
     "экономики сообщило об этом.", "Министерство экономики", None, "state"),
])
def test_an_organisation_named_again_by_the_start_of_its_name(extractor, phrase: str, short: str, country,
                                                               kind: str) -> None:
    again = [e for e in extractor.extract(phrase).entities if e.type == "ORG" and e.text == short]
    assert [(e.country, e.kind) for e in again] == [(country, kind)]
