"""Organisations: quoted names after an organisation's word, glosses in parentheses, quoted names of things, the
head word of a part of an organisation, and their kinds."""

from __future__ import annotations

import pytest


def orgs(extractor, phrase: str) -> list[str]:
    return [e.text for e in extractor.extract(phrase).entities if e.type == "ORG"]


@pytest.mark.parametrize(("phrase", "thing"), [
    ("Шаттл «Восход» вернулся на Землю после двух недель полёта.", "Восход"),
    ("Корабль «Буран» вернулся, и после «Бурана» полетит другой.", "Бурана"),
    ("Зрители увидели фильм «Северная звезда» на большом экране.", "Северная звезда"),
    ("Показы пройдут в кинотеатрах «Заря», «Луч» и «Рассвет».", "Луч"),
    ("Корабль «Стрела» причалил к станции, а через час «Стрела» ушла обратно.", "Стрела"),
    ("Снимки сделал Космический телескоп Кеплер в прошлом году.", "Космический телескоп"),
    ("Учёные настроили Большой телескоп на новую звезду.", "Большой телескоп"),
    ("Участники форума общенациональной программы «Чистый город» собрались в мэрии.", "Чистый город"),
])
def test_a_quoted_name_of_a_thing_is_no_organisation(extractor, phrase: str, thing: str) -> None:
    assert thing not in orgs(extractor, phrase)


@pytest.mark.parametrize(("phrase", "name", "kind"), [
    ("Лидер партии «Зелёный рассвет» выступил на митинге.", "Зелёный рассвет", "party"),
    ("Книгу выпустило издательство «Синяя птица» осенью.", "Синяя птица", None),
    ("Доклад подготовил институт «Открытый диалог» к съезду.", "Открытый диалог", "education"),
    ("Об этом пишет газета «Новые вести» со ссылкой на источники.", "Новые вести", "media"),
    ("Газета «Вечерний звон» опубликовала опрос.", "Вечерний звон", "media"),
])
def test_a_quoted_name_after_an_organisations_word_is_an_organisation(extractor, phrase: str, name: str,
                                                                      kind) -> None:
    found = {e.text: e.kind for e in extractor.extract(phrase).entities if e.type == "ORG"}
    assert name in found
    if kind:
        assert found[name] == kind


@pytest.mark.parametrize(("phrase", "owner"), [
    ("Пассажиры самолёта «Аэрофлота» задержаны в аэропорту.", "Аэрофлота"),
    ("Новая программа «Ростелекома» стартовала в марте.", "Ростелекома"),
    ("Презентация нового автомобиля «АвтоВАЗа» прошла в Москве.", "АвтоВАЗа"),
])
def test_a_quoted_owner_of_a_thing_stays_an_organisation(extractor, phrase: str, owner: str) -> None:
    assert owner in orgs(extractor, phrase)


@pytest.mark.parametrize(("phrase", "gloss"), [
    ("Концерн «Ладога» (Ladoga Group) построит завод под Тверью.", "Ladoga Group"),
    ("Заявление выпустил Совет по туризму (СПТ) в понедельник.", "СПТ"),
    ("Патент выдало Бюро по патентам и товарным знакам (USPTO) в марте.", "USPTO"),
])
def test_a_gloss_after_an_organisation_is_an_organisation(extractor, phrase: str, gloss: str) -> None:
    assert gloss in orgs(extractor, phrase)


@pytest.mark.parametrize("phrase", [
    "Переговоры провело Министерство иностранных дел (Россия) на прошлой неделе.",
    "Делегация прибыла в Москву (США отказались от поездки).",
    "Прибор собрали в отсеке (ПАО) корабля.",
])
def test_no_gloss_organisation_where_no_organisation_or_a_country_stands(extractor, phrase: str) -> None:
    assert not any(name in ("Россия", "США", "ПАО") for name in orgs(extractor, phrase))


@pytest.mark.parametrize(("phrase", "name", "kind"), [
    ("Об этом сообщил глава отдела продаж и маркетинга «Ладоги» Иван Петров.",
     "отдела продаж и маркетинга «Ладоги»", "company"),
    ("Заведующий кафедрой истории и теории культуры МГУ выступил с докладом.",
     "кафедрой истории и теории культуры МГУ", "education"),
    ("Рабочие цеха окончательной сборки «Газпрома» вышли на забастовку.", "цеха окончательной сборки «Газпрома»",
     "company"),
])
def test_a_part_of_an_organisation_with_its_genitive_chain(extractor, phrase: str, name: str, kind: str) -> None:
    found = {e.text: e.kind for e in extractor.extract(phrase).entities if e.type == "ORG"}
    assert found.get(name) == kind


@pytest.mark.parametrize(("phrase", "name"), [
    ("Верховный суд Канады отклонил жалобу адвокатов.", "Верховный суд Канады"),
    ("Шахматная федерация Перу поддержала нового кандидата.", "Шахматная федерация Перу"),
    ("Решение вынес суд Октябрьского района города Тулы.", "суд Октябрьского района города Тулы"),
])
def test_an_official_names_head_word_with_its_place(extractor, phrase: str, name: str) -> None:
    assert name in orgs(extractor, phrase)


def test_no_organisation_of_many_by_a_head_word_and_a_place(extractor) -> None:
    assert orgs(extractor, "Банки Бразилии снизили ставки по кредитам.") == []


@pytest.mark.parametrize(("phrase", "letters"), [
    ("Отделение приборно-агрегатного отсека (ПАО) прошло штатно, затем ПАО отделился.", "ПАО"),
    ("Датчики системы аварийного спасения (САС) сработали, и САС увела корабль.", "САС"),
    ("Инженеры проверили датчик угловой скорости (ДУС), после чего ДУС заменили.", "ДУС"),
])
def test_an_abbreviation_defined_for_no_organisation_is_none(extractor, phrase: str, letters: str) -> None:
    assert letters not in orgs(extractor, phrase)


@pytest.mark.parametrize(("phrase", "building"), [
    ("Президент выступил в Белом доме перед журналистами.", "Белом доме"),
    ("Концерт прошёл в Доме музыки в субботу.", "Доме музыки"),
    ("Болельщики собрались перед Дворцом спорта до начала матча.", "Дворцом спорта"),
])
def test_a_building_after_a_preposition_of_place_is_no_organisation(extractor, phrase: str, building: str) -> None:
    assert building not in orgs(extractor, phrase)


def test_a_building_that_acts_is_an_organisation(extractor) -> None:
    assert "Белый дом" in orgs(extractor, "Белый дом заявил о поддержке соглашения.")


@pytest.mark.parametrize(("phrase", "name"), [
    ("Канцелярия правительства Израиля сообщила об отмене визита.", "Канцелярия правительства Израиля"),
    ("Письмо поступило в канцелярию Министерства обороны России.", "канцелярию Министерства обороны России"),
    ("Представитель канцелярии Банка Японии отказался от комментариев.", "канцелярии Банка Японии"),
])
def test_a_chancellery_is_part_of_its_organisation(extractor, phrase: str, name: str) -> None:
    assert name in orgs(extractor, phrase)


@pytest.mark.parametrize(("phrase", "platform"), [
    ("Министр написал в Twitter, что переговоры продолжатся.", "Twitter"),
    ("Певица опубликовала снимок в своём Instagram на выходных.", "Instagram"),
    ("Видео появилось в соцсети Facebook в понедельник.", "Facebook"),
])
def test_a_platform_one_posts_on_is_no_organisation(extractor, phrase: str, platform: str) -> None:
    assert platform not in orgs(extractor, phrase)


@pytest.mark.parametrize(("phrase", "platform"), [
    ("Компания Facebook купила стартап из Лондона.", "Facebook"),
    ("Суд возбудил дело в отношении компании Twitter за отказ.", "Twitter"),
    ("Акции Facebook подешевели на бирже.", "Facebook"),
])
def test_a_platform_that_acts_is_an_organisation(extractor, phrase: str, platform: str) -> None:
    assert platform in orgs(extractor, phrase)


@pytest.mark.parametrize(("phrase", "name", "kind"), [
    ("Заявление сделал Комитет по делам молодёжи Москвы в пятницу.", "Комитет по делам молодёжи Москвы", "state"),
    ("Письмо направил Департамент образования Казани в школы.", "Департамент образования Казани", "state"),
    ("Отчёт подготовило Управление по туризму Самары к осени.", "Управление по туризму Самары", "state"),
])
def test_a_part_of_an_organisation_before_a_place_keeps_its_own_kind(extractor, phrase: str, name: str,
                                                                     kind: str) -> None:
    found = {e.text: e.kind for e in extractor.extract(phrase).entities if e.type == "ORG"}
    assert found.get(name) == kind


@pytest.mark.parametrize(("phrase", "name"), [
    ("Патент выдало Бюро США по патентам и товарным знакам в марте.", "Бюро США по патентам и товарным знакам"),
    ("Заявление сделал Комитет по делам молодёжи и спорту Москвы.", "Комитет по делам молодёжи и спорту Москвы"),
    ("Письмо получила Комиссия по науке и образованию.", "Комиссия по науке и образованию"),
])
def test_nouns_joined_by_and_after_a_names_preposition(extractor, phrase: str, name: str) -> None:
    assert any(text.startswith(name) for text in orgs(extractor, phrase))


@pytest.mark.parametrize(("phrase", "gloss", "kind"), [
    ("Газета «Корриере делла Вечера» (Corriere della Vecchia) пишет об этом.", "Corriere della Vecchia", "media"),
    ("Банк «Северный путь» (North Way Bank) снизил ставки.", "North Way Bank", "bank"),
    ("Партия «Зелёный рассвет» (Green Dawn) набрала пять процентов.", "Green Dawn", "party"),
])
def test_a_gloss_takes_the_kind_of_the_name_it_glosses(extractor, phrase: str, gloss: str, kind: str) -> None:
    found = {e.text: e.kind for e in extractor.extract(phrase).entities if e.type == "ORG"}
    assert found.get(gloss) == kind


@pytest.mark.parametrize(("phrase", "body", "person"), [
    ("Правительство Медведева внесло законопроект в Думу.", "Правительство Медведева", "Медведева"),
    ("На заседании кабинета Нетаньяху обсудили бюджет.", "кабинета Нетаньяху", "Нетаньяху"),
    ("В прошлом году администрация Обамы смягчила ограничения.", "администрация Обамы", "Обамы"),
    ("Полиция пришла в штаб Ивана Петрова и Марии Сидоровой утром.", "штаб Ивана Петрова и Марии Сидоровой",
     "Ивана Петрова"),
])
def test_a_body_with_the_person_who_leads_it(extractor, phrase: str, body: str, person: str) -> None:
    entities = [(e.type, e.text) for e in extractor.extract(phrase).entities]
    assert ("ORG", body) in entities and ("PER", person) in entities


@pytest.mark.parametrize(("phrase", "glosses"), [
    ("Сообщение распространил Королевский колледж (Royal College, RC) в среду.", ["Royal College", "RC"]),
    ("Отчёт выпустила Сеть защиты выборов (Election Support Network, ESN) вчера.",
     ["Election Support Network", "ESN"]),
    ("Кандидата выдвинула партия «Единство» (Rassemblement pour Unite, RPU) весной.",
     ["Rassemblement pour Unite", "RPU"]),
])
def test_each_gloss_of_a_list_in_parentheses(extractor, phrase: str, glosses: list) -> None:
    found = orgs(extractor, phrase)
    assert all(gloss in found for gloss in glosses)


@pytest.mark.parametrize(("phrase", "person"), [
    ("Начальник Генерального штаба Николая Макарова уволен.", "Николая Макарова"),
    ("Он назначил заместителя главы своей администрации Джима Мессину на пост.", "Джима Мессину"),
    ("Выступил представитель Консервативной партии Дэвида Кэмерона.", "Дэвида Кэмерона"),
])
def test_no_body_with_the_person_who_holds_the_title_before_it(extractor, phrase: str, person: str) -> None:
    assert not any(name.endswith(person) for name in orgs(extractor, phrase))


@pytest.mark.parametrize(("phrase", "name"), [
    ("Как сообщило министерство здравоохранения, число больных растёт.", "министерство здравоохранения"),
    ("Он работал в министерстве образования и науки до отставки.", "министерстве образования и науки"),
    ("Данные опубликовало министерство сельского хозяйства в среду.", "министерство сельского хозяйства"),
])
def test_a_body_by_its_kind_takes_the_chain_of_its_name(extractor, phrase: str, name: str) -> None:
    assert name in orgs(extractor, phrase)


@pytest.mark.parametrize(("phrase", "name"), [
    ("Законопроект внесли в сейм Польши в пятницу.", "сейм Польши"),
    ("Депутаты стортинга Норвегии проголосовали против.", "стортинга Норвегии"),
    ("Решение одобрил бундесрат Германии на заседании.", "бундесрат Германии"),
])
def test_a_parliament_with_its_country(extractor, phrase: str, name: str) -> None:
    found = {e.text: e.kind for e in extractor.extract(phrase).entities if e.type == "ORG"}
    assert found.get(name) == "state"


@pytest.mark.parametrize(("phrase", "name"), [
    ("Мэрия города Тулы сообщила о ремонте.", "Мэрия города Тулы"),
    ("Суд города Казани вынес приговор.", "Суд города Казани"),
    ("Итальянская прокуратура города Павия обвинила его.", "Итальянская прокуратура города Павия"),
])
def test_a_body_takes_the_city_named_after_it(extractor, phrase: str, name: str) -> None:
    assert name in orgs(extractor, phrase)


@pytest.mark.parametrize(("phrase", "name"), [
    ("Пианист, лауреат премии Grammy, выступит в Москве.", "Grammy"),
    ("Группа выступит на фестивале Park Live летом.", "Park Live"),
    ("Конкурс The Best Song проводится компанией Deutsche Welle.", "The Best Song"),
])
def test_the_name_of_an_award_or_event_beside_its_word_is_no_organisation(extractor, phrase: str,
                                                                          name: str) -> None:
    assert name not in orgs(extractor, phrase)


def test_the_owner_of_an_award_stays_an_organisation(extractor) -> None:
    assert "Газпрома" in orgs(extractor, "Лауреаты премии «Газпрома» получили дипломы.")


@pytest.mark.parametrize(("text", "org", "position"), [
    # the outer quote shares its closing with a nested one, as Russian typesetting often prints it
    ("Министр встретился с президентом ПАО «НК «Роснефть» Игорем Сечиным.", "ПАО «НК «Роснефть»", "президент"),
    ("Генеральный директор АО «ГК «Титан» Иван Орлов подписал соглашение.", "АО «ГК «Титан»",
     "генеральный директор"),
    ("Председатель правления ПАО «НК «Роснефть»» Игорь Сечин выступил.", "ПАО «НК «Роснефть»»",
     "председатель правления"),
])
def test_a_nested_quote_may_close_the_outer_one(extractor, text: str, org: str, position: str) -> None:
    record = extractor.extract(text)
    assert org in [e.text for e in record.entities if e.type == "ORG"]
    assert [(p.position, p.organization) for p in record.people] == [(position, org)]
