"""Encoding detection: the same Russian text in every encoding comes back exactly, with the encoding named."""

from __future__ import annotations

import codecs

import pytest

from pressextract.errors import NotText
from pressextract.sources.decode import decode

RELEASE = (
    "Правительство утвердило программу развития малого бизнеса на 2026 год.\n"
    "Объём льготных кредитов вырастет на 15 процентов, сообщил министр экономики."
)
SHORT = ["Встреча министров", "Ставка сохранена.", "Цены на зерно снизились", "Объём экспорта"]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RELEASE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RELEASE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + RELEASE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + RELEASE.encode("utf-16-be"), "utf-16-be"),
        (RELEASE.encode("utf-16"), "utf-16-le"),  # Python writes the BOM of the machine's byte order
        (RELEASE.encode("utf-32"), "utf-32-le"),
        (RELEASE.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by the 04 bytes of Cyrillic
        (RELEASE.encode("utf-16-be"), "utf-16-be"),
        (RELEASE.encode("cp1251"), "cp1251"),
        (RELEASE.encode("koi8-r"), "koi8-r"),
    ],
)
def test_encodings_are_detected_and_the_text_is_exact(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert (decoded.encoding, decoded.text, decoded.warnings) == (encoding, RELEASE, [])


@pytest.mark.parametrize("text", SHORT)
@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_short_phrases_in_single_byte_encodings(text: str, encoding: str) -> None:
    decoded = decode(text.encode(encoding))
    assert (decoded.encoding, decoded.text) == (encoding, text)


def test_html_declared_charset_decides_what_the_letters_cannot() -> None:
    page = '<html><head><meta charset="koi8-r"></head><body><p>ЦБ РФ</p></body></html>'.encode("koi8-r")
    assert decode(page, html=True).encoding == "koi8-r"
    assert decode(page.replace(b"koi8-r", b"unknown")).encoding == "cp1251"  # capitals only: a tie


def test_a_few_broken_bytes_in_utf8_are_replaced_with_a_warning() -> None:
    data = RELEASE.encode("utf-8").replace("на 15".encode(), b"\xff\xfe 15")
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == RELEASE.replace("на 15", "\ufffd\ufffd 15")
    assert decoded.warnings == [f"2 invalid UTF-8 sequence(s) replaced by U+FFFD, the first at byte "
                                f"{RELEASE.encode().index('на 15'.encode())}"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (bytes(range(256)) * 4, "binary data (NUL bytes)"),
        (b"\x01\x02\x03abc\x04\x05\x06\x07" * 20, "binary data (140 control characters)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document (name it .pdf to read its text layer), not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (a Word document? name it .docx), not text"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "invalid utf-16-le at byte 0"),
    ],
)
def test_binary_data_is_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(NotText) as error:
        decode(data)
    assert str(error.value) == message


LINES = [
    "Министерство финансов сообщило об исполнении бюджета за девять месяцев.",
    "Доходы республиканского бюджета превысили плановые показатели.",
    "Расходы на социальную сферу выросли на седьмую часть.",
    "Дефицит бюджета оказался ниже прогноза правительства.",
    "Следующий отчёт ведомство опубликует в начале декабря.",
    "Пресс-служба министерства ответила на вопросы журналистов.",
]


@pytest.mark.parametrize("single", ["cp1251", "koi8-r"])
@pytest.mark.parametrize("split", [1, 3, 5])
def test_a_mostly_utf8_file_with_single_byte_lines_is_read_line_by_line(single: str, split: int) -> None:
    data = "\n".join(LINES[:split]).encode("utf-8") + b"\n" + "\n".join(LINES[split:]).encode(single)
    decoded = decode(data)
    assert decoded.text == "\n".join(LINES) and decoded.encoding == "utf-8"
    assert decoded.warnings == [f"mostly UTF-8, but {len(LINES) - split} line(s) are {single} (the first is "
                                f"line {split + 1}): read as {single}"]


@pytest.mark.parametrize("at", [10, 150, 300])
def test_a_damaged_block_costs_only_its_own_line(at: int) -> None:
    utf8 = "\n".join(LINES).encode("utf-8")
    noise = bytes((37 * i) % 128 + 128 for i in range(40))  # high bytes, most of them no UTF-8
    decoded = decode(utf8[:at] + noise + utf8[at + 40 :])
    got = decoded.text.split("\n")
    hit = utf8[:at].count(b"\n")
    assert got[:hit] == LINES[:hit] and got[hit + 1 :] == LINES[hit + 1 :] and "\ufffd" in got[hit]
    first = int(decoded.warnings[0].rsplit(" ", 1)[1])  # a cut inside «д» may leave a valid pair first
    assert decoded.encoding == "utf-8" and at - 1 <= first < at + 40


@pytest.mark.parametrize("line", ["Р«", "Тђ", "ВЂ"])  # cp1251 pairs that are valid UTF-8 by chance («Ы», «Ѐ», «€»)
def test_a_chance_utf8_pair_in_a_cp1251_file_does_not_make_it_mixed(line: str) -> None:
    text = "\n".join([LINES[0], line, LINES[1]])
    decoded = decode(text.encode("cp1251"))
    assert (decoded.encoding, decoded.text, decoded.warnings) == ("cp1251", text, [])
