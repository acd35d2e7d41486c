"""The shared tokenisation: razdel tokens and sentences on a spaCy Doc that reproduces the text exactly.

Expected tokens are written with `|` between them; sentence starts are marked with `¶`.
"""

from __future__ import annotations

import hypothesis
import hypothesis.strategies
import pytest
import spacy

from pressextract.tagging.tokenizer import RazdelTokenizer, segment

TOKENS = [
    ("Товарооборот составил 4,97 млрд долларов США.", "Товарооборот|составил|4,97|млрд|долларов|США|."),
    ("Рост на 11,4% (+3,2 п.п.)", "Рост|на|11,4|%|(|+|3,2|п|.|п|.|)"),
    ("ООО «Рога и копыта» — 12 500 руб.", "ООО|«|Рога|и|копыта|»|—|12|500|руб|."),
    ("в январе–сентябре 2025 года", "в|январе–сентябре|2025|года"),
    ("30.01.2026 г. в 10:00", "30.01.2026|г|.|в|10|:|00"),
    # a year joined to a name by a dash is a token of its own; model numbers and year ranges stay whole
    ("на ЧМ-2018 в Самаре", "на|ЧМ|-|2018|в|Самаре"),
    ("«Мисс Россия–2017», Санкт-Петербург-2019", "«|Мисс|Россия|–|2017|»|,|Санкт-Петербург|-|2019"),
    ("Ту-154 и F-35 в 2020-2021 годах, ЧМ-2018-го", "Ту-154|и|F-35|в|2020-2021|годах|,|ЧМ-2018-го"),
    # a number glued to a common word by a dash is a token of its own; a name's small number stays with it
    ("2018 год-10000,00 рублей", "2018|год|-|10000,00|рублей"),
    ("цена-150 рублей, выручка–2,5 млрд", "цена|-|150|рублей|,|выручка|–|2,5|млрд"),
    ("средства бюджета-1.5 млн", "средства|бюджета|-|1.5|млн"),
    ("«Северный поток-2», «Формула-1», Ан-124", "«|Северный|поток-2|»|,|«|Формула-1|»|,|Ан-124"),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_tokens(text: str, expected: str) -> None:
    words, _, _ = segment(text)
    assert "|".join(w for w in words if not w.isspace()) == expected


SENTENCES = [
    ("Встреча прошла в Ташкенте. Стороны обсудили торговлю.", ["Встреча прошла в Ташкенте. ", "Стороны обсудили торговлю."]),
    ("Т. е. рост составил 5%. Товарооборот между Узбекистаном и\nпредприятиями вырос.",
     ["Т. е. рост составил 5%. ", "Товарооборот между Узбекистаном и\nпредприятиями вырос."]),
    ("Ташкент, 30 января\nМинистр провёл встречу.", ["Ташкент, 30 января\n", "Министр провёл встречу."]),
    ("Заголовок\n\nПервый абзац.", ["Заголовок\n\n", "Первый абзац."]),
    # a heading glued on without a space; but not after an abbreviation or an initial
    ("Инфляция составит 4% в 2027 году.Денежно-кредитные условия.",
     ["Инфляция составит 4% в 2027 году.", "Денежно-кредитные условия."]),
    ("Встреча в г.Самарканд прошла, выступил А.Рашидов, выделено 5 млн руб.Ранее решили.",
     ["Встреча в г.Самарканд прошла, выступил А.Рашидов, выделено 5 млн руб.Ранее решили."]),
    # glued after a percent sign, a number, or a unit word, also before a one-letter word
    ("Безработица составила 4 %.В марте она не менялась.", ["Безработица составила 4 %.", "В марте она не менялась."]),
    ("Доля выросла до 12,5%.Рынок ждал меньшего.", ["Доля выросла до 12,5%.", "Рынок ждал меньшего."]),
    ("Рост цен за год — 7‰.С января тарифы заморожены.", ["Рост цен за год — 7‰.", "С января тарифы заморожены."]),
    ("Индекс деловой активности равен 51,2.Это максимум года.", ["Индекс деловой активности равен 51,2.",
                                                                 "Это максимум года."]),
    ("Очередь сократилась до 1200.К осени её не станет.", ["Очередь сократилась до 1200.", "К осени её не станет."]),
    ("Зерна собрали 3 млн тонн.О прогнозе скажут позже.", ["Зерна собрали 3 млн тонн.", "О прогнозе скажут позже."]),
    ("Кредит выдан на 8 млрд рублей.У банка это рекорд.", ["Кредит выдан на 8 млрд рублей.", "У банка это рекорд."]),
    # an initial after a number or a unit word stays in its sentence
    ("Доклад 2019 г.В.Иванова читали все.", ["Доклад 2019 г.В.Иванова читали все."]),
    ("Премию в 100.В.Петров не получил.", ["Премию в 100.В.Петров не получил."]),
    ("Сбор составил 5 тонн.А.Сидоров доволен.", ["Сбор составил 5 тонн.А.Сидоров доволен."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    doc = RazdelTokenizer(spacy.blank("ru").vocab)(text)
    assert [s.text_with_ws for s in doc.sents] == expected


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "  два  пробела  ", "\tтаб\tи\r\nперевод строки\r\n", "\u00a0неразрывный\u00a0пробел", "x"],
)
def test_doc_text_is_input(text: str) -> None:
    doc = RazdelTokenizer(spacy.blank("ru").vocab)(text)
    assert doc.text == text
    assert all(not t.is_space or t.text.isspace() for t in doc)


def test_token_texts_are_the_tokenizers_until_a_retokenizer_runs(nlp) -> None:
    from pressextract.tagging.tokenizer import token_texts

    doc = nlp.make_doc("узбекско-казахстанский товарооборот вырос")
    assert token_texts(doc) == [t.text for t in doc]
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[0], ["узбекско", "-", "казахстанский"], heads=[(doc[0], 2), (doc[0], 2), doc[1]])
    assert token_texts(doc) == [t.text for t in doc] == ["узбекско", "-", "казахстанский", "товарооборот", "вырос"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])
    assert token_texts(doc) == [t.text for t in doc]


LIKE_NUM_WORDS = ["", "+", "-", "%", "12", "+12", "−12", "12%", "-1,5%", "1.000.000", "1/2", "1/2/3", "/2", "1/",
                  "½", "²", "три", "Три", "ТРЕТИ", "тысяч", "трлн", "млрд.", "xii", "XIV", "iv%", "+пять", "пятый",
                  "товарооборот", "2025-го", "10-15", "~20", "±3", "12:00", "١٢"]


@pytest.mark.parametrize("text", LIKE_NUM_WORDS)
def test_like_number_answers_as_spacy_russian(text: str) -> None:
    from spacy.lang.ru.lex_attrs import like_num

    from pressextract.tagging.tokenizer import like_number

    assert like_number(text) == like_num(text)


def test_the_pipeline_makes_lexemes_with_the_set_lookup(nlp) -> None:
    from spacy.attrs import LIKE_NUM

    from pressextract.tagging.tokenizer import like_number

    assert nlp.vocab.lex_attr_getters[LIKE_NUM] is like_number
    doc = nlp.make_doc("вырос в три раза, до 1,5 трлн, на 12% за 1/2 года")
    assert [t.text for t in doc if t.like_num] == ["три", "1,5", "трлн", "12", "1/2"]


# razdel's tokens, decided by tagging/razdel_words.py: each row is a rule of razdel's, with its context
RAZDEL_CASES = [
    ("кто-то из Ростова-на-Дону", ["кто-то", "из", "Ростова-на-Дону"]),
    ("слово -то", ["слово", "-то"]),  # the dash joins its right side; the word before it counts though spaced
    ("1,5 и 2.0, 3/4", ["1,5", "и", "2.0,", "3/4"]),  # a comma between digits joins, a space after it or not
    ("1, 5", ["1,", "5"]),
    ("а/б и 1/б", ["а", "/", "б", "и", "1", "/", "б"]),
    ("snake_case и _x", ["snake_case", "и", "_x"]),
    ("Что?! Да... -- так", ["Что", "?!", "Да", "...", "--", "так"]),
    ("смайл :-) и ;((", ["смайл", ":", "-", ")", "и", ";(("]),  # the smiley is matched whole: «:-» is none
    ("ΔP и mβж", ["ΔP", "и", "mβж"]),
    ("Yahoo! и yahoo?", ["Yahoo!", "и", "yahoo", "?"]),
    ("--5 и а--б", ["--", "5", "и", "а", "--", "б"]),
    ("«Газпром»-2025", ["«", "Газпром", "»", "-", "2025"]),
    ("", []),
    ("  \n ", []),
]


@pytest.mark.parametrize(("text", "expected"), RAZDEL_CASES)
def test_razdel_words_table(text: str, expected: list[str]) -> None:
    from razdel import tokenize

    from pressextract.tagging.razdel_words import word_spans

    assert [text[a:b] for a, b in word_spans(text)] == expected == [t.text for t in tokenize(text)]


RAZDEL_ALPHABET = "аБвЁёabcXY0123456789 \n\t.,!?…-–—‑−_/\\:;=()[]{}«»\"'*%$№ΔσβЖ€😀"


@hypothesis.settings(max_examples=400, deadline=None, derandomize=True)
@hypothesis.given(
    text=hypothesis.strategies.lists(
        hypothesis.strategies.one_of(
            hypothesis.strategies.text(alphabet=RAZDEL_ALPHABET, max_size=6),
            hypothesis.strategies.sampled_from(["Yahoo!", "кто-то", "1,5", ":-)", "...", "a_b", "1/2", " "]),
        ),
        max_size=10,
    ).map("".join)
)
def test_razdel_words_are_razdels_tokens(text: str) -> None:
    from razdel import tokenize

    from pressextract.tagging.razdel_words import word_spans

    assert word_spans(text) == [(t.start, t.stop) for t in tokenize(text)]
