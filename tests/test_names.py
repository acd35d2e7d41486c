"""Nominative forms of names and phrases: names agree in case and gender, phrases change only head and modifiers."""

from __future__ import annotations

import pytest

from pressextract.entities.naming.names import choose
from pressextract.entities.naming.syllables import syllable_name

# (words of a name as written, their nominative)
NAMES = [
    (["Бейбутом", "Атамкуловым"], ["Бейбут", "Атамкулов"]),
    (["Лазизом", "Кудратовым"], ["Лазиз", "Кудратов"]),
    (["Эльвиры", "Набиуллиной"], ["Эльвира", "Набиуллина"]),
    (["Марией", "Захаровой"], ["Мария", "Захарова"]),
    (["Андрея", "Вознесенского"], ["Андрей", "Вознесенский"]),
    (["Владимира", "Владимировича", "Путина"], ["Владимир", "Владимирович", "Путин"]),
    (["Джошуа", "Вольфа"], ["Джошуа", "Вольф"]),
    (["Сейджи", "Маехары"], ["Сейджи", "Маехара"]),
    (["Нэнси", "Пелоси"], ["Нэнси", "Пелоси"]),
    (["Антон", "Силуанов"], ["Антон", "Силуанов"]),
]

# (phrase, text of an ORG or LOC in it, its nominative)
PHRASES = [
    ("Отчёт Министерства инвестиций, промышленности и торговли опубликован.",
     "Министерства инвестиций, промышленности и торговли", "Министерство инвестиций, промышленности и торговли"),
    ("Делегации Соединённых Штатов прибыли.", "Соединённых Штатов", "Соединённые Штаты"),
    ("Решение Следственного комитета Армении обжаловано.", "Следственного комитета Армении",
     "Следственный комитет Армении"),
    ("Об этом сообщили в МИДе Казахстана.", "МИДе Казахстана", "МИД Казахстана"),
    ("Встреча прошла в Нижнем Новгороде.", "Нижнем Новгороде", "Нижний Новгород"),
]


@pytest.mark.parametrize(("words", "expected"), NAMES)
def test_names_in_the_nominative(words: list[str], expected: list[str]) -> None:
    assert [r.form for r in choose(words)] == expected


# East Asian names: only the last part declines; slovnet's case of the name's head decides («с министром Ван Мином»:
# the head «Ван» is tagged Ins, «Мином» Nom)
@pytest.mark.parametrize(("words", "context", "expected"), [
    (["Ван", "Мином"], ("ablt", "nomn", None), ["Ван", "Мин"]),
    (["Ван", "Мин"], ("nomn", "nomn", None), ["Ван", "Мин"]),
    (["Си", "Цзиньпином"], ("ablt", "nomn", None), ["Си", "Цзиньпин"]),
    (["Сюнъити", "Судзуки"], ("ablt", "nomn", None), ["Сюнъити", "Судзуки"]),
    (["Бейбутом", "Атамкуловым"], ("ablt", "nomn", None), ["Бейбут", "Атамкулов"]),
    # the case of the title a name stands in apposition to: «с послом … Олгачем Айдылом», «с министром … Сюнъити
    # Судзуки»
    (["Олгачем", "Айдылом"], ("nomn", "nomn", "ablt"), ["Олгач", "Айдыл"]),
    (["Сюнъити", "Судзуки"], ("nomn", "nomn", "ablt"), ["Сюнъити", "Судзуки"]),
    (["Ван", "Мином"], ("ablt", "nomn", "ablt"), ["Ван", "Мин"]),
])
def test_names_in_context(words: list[str], context: tuple, expected: list[str]) -> None:
    assert [r.form for r in choose(words, context)] == expected


# Names of three or more syllables: family name first, as written, even where the dictionary knows it as a
# Russian name («Ли», «Ким», «Мун»); only the last syllable declines («ь» back before a soft ending)
@pytest.mark.parametrize(("words", "expected", "parts"), [
    (["Ли", "Чжон", "Ин"], ["Ли", "Чжон", "Ин"], ("last", "first", "first")),
    (["Ли", "Чжон", "Мином"], ["Ли", "Чжон", "Мин"], ("last", "first", "first")),
    (["Ким", "Чен", "Ира"], ["Ким", "Чен", "Ир"], ("last", "first", "first")),
    (["Ким", "Мин", "Су"], ["Ким", "Мин", "Су"], ("last", "first", "first")),
    (["Юн", "Сок", "Ёля"], ["Юн", "Сок", "Ёль"], ("last", "first", "first")),
    (["Ан", "Чхоль", "Су"], ["Ан", "Чхоль", "Су"], ("last", "first", "first")),
    (["Пака", "Кын", "Хе"], None, None),  # a declined word before the last: not such a name
    (["Иван", "Петрович", "Сидоров"], None, None),
    (["Лев", "Ким"], None, None),  # two words: the dictionary decides
])
def test_names_of_syllables(words: list[str], expected, parts) -> None:
    readings = syllable_name(words)
    if expected is None:
        assert readings is None
    else:
        assert readings is not None
        assert ([r.form for r in readings], tuple(r.role for r in readings)) == (expected, parts)
        assert [r.form for r in choose(words)] == expected


@pytest.mark.parametrize(("phrase", "text", "normal"), PHRASES)
def test_phrases_in_the_nominative(extractor, phrase: str, text: str, normal: str) -> None:
    found = {e.text: e.normal for e in extractor.extract(phrase).entities}
    assert found[text] == normal


@pytest.mark.parametrize(("phrase", "normal", "last"), [
    ("Министр финансов Фил О’Рейли заявил об отставке.", "Фил О’Рейли", "О’Рейли"),
    ("С заявлением выступил Шон О'Брайен.", "Шон О'Брайен", "О'Брайен"),
    ("Встреча с Патриком О’Нилом прошла вчера.", "Патрик О’Нил", "О’Нил"),
])
def test_a_surname_with_an_apostrophe_is_one_word(extractor, phrase: str, normal: str, last: str) -> None:
    people = [e for e in extractor.extract(phrase).entities if e.type == "PER"]
    assert [(e.normal, e.name.last) for e in people] == [(normal, last)]


@pytest.mark.parametrize("phrase", [
    "Гонщик Формулы-1 разбил машину.",
    "Матчи Евро-2012 прошли на Украине.",
    "Запуск Союза-5 отложили.",
])
def test_a_word_with_a_digit_is_no_person(extractor, phrase: str) -> None:
    assert [e.text for e in extractor.extract(phrase).entities if e.type == "PER"] == []


@pytest.mark.parametrize(("text", "name", "position"), [
    # a name the dictionary does not know takes the case of the title it stands in apposition to (slovnet tags
    # such names Nom); -ем after a hushing consonant is a hard stem's instrumental
    ("Министр встретился с послом Турции в Узбекистане Олгачем Айдылом.", "Олгач Айдыл", "посол"),
    ("Министр встретился с послом Индии Раджешем Кумаром.", "Раджеш Кумар", "посол"),
    ("Переговоры прошли с министром торговли Кении Мосесом Кипкоечем.", "Мосес Кипкоеч", "министр торговли"),
])
def test_an_unknown_name_after_a_title_takes_its_case(extractor, text: str, name: str, position: str) -> None:
    people = extractor.extract(text).people
    assert [(p.name, p.position) for p in people] == [(name, position)]
