"""Reading input files: HTML to text, files found in order, bad files kept as errors instead of raised."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressextract.sources.htmltext import html_to_text, looks_like_html
from pressextract.sources.reading import (
    MAX_LENGTH,
    find_files,
    read_source,
    source_from_bytes,
)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Встреча прошла в Минске.</p><p>Стороны подписали соглашение.</p>",
         "Встреча прошла в Минске.\nСтороны подписали соглашение."),
        ("<h1>Итоги</h1>\n<div>Экспорт   вырос\n на <b>7%</b>.</div>", "Итоги\nЭкспорт вырос на 7%."),
        ("<p>Первая строка<br>вторая строка<br/>третья</p>", "Первая строка\nвторая строка\nтретья"),
        ("<script>var t = '<p>нет</p>';</script><style>p {}</style><p>Да.</p>", "Да."),
        ("<html><head><title>Сайт министерства</title></head><body><p>Текст.</p></body></html>", "Текст."),
        ("<p>&laquo;Росатом&raquo; и 12&nbsp;500 тонн &amp; ещё</p>", "«Росатом» и 12\xa0500 тонн & ещё"),
        ("<table><tr><th>Показатель</th><td>2025</td></tr><tr><td>Экспорт</td> <td>1,2</td></tr></table>",
         "Показатель\t2025\nЭкспорт\t1,2"),
        ("<ul><li>уголь</li><li>нефть</li></ul><!-- скрыто --><noscript>Включите JS</noscript>", "уголь\nнефть"),
        ("<head><title>без закрытия<body><p>Тело страницы.</p>", "Тело страницы."),
        ("<html><body><div> </div></body></html>", ""),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("head", "expected"),
    [("<!DOCTYPE html><html>", True), ("  <html lang='ru'>", True), ("Текст о <b>", False), ("", False)],
)
def test_stdin_html_is_recognised(head: str, expected: bool) -> None:
    assert looks_like_html(head) is expected


def test_files_are_found_recursively_in_path_order_without_hidden_ones(tmp_path: Path) -> None:
    for name in ["b.txt", "a/README.md", "a/b/c.html", "A.HTM", "notes.pdf", "d.DOCX", ".hidden.txt", ".git/x.txt",
                 "a.txt", "data.csv"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Текст.", encoding="utf-8")
    names = [found.relative for found in find_files(tmp_path)]
    assert names == ["A.HTM", "a.txt", "a/b/c.html", "b.txt", "d.DOCX", "notes.pdf"]
    assert [f.relative for f in find_files(tmp_path, ["*.md", "a/b/*"])] == ["a/README.md", "a/b/c.html"]


@pytest.mark.parametrize(
    ("data", "html", "error"),
    [
        (b"", False, ("NoText", "empty file")),
        (b" \n\t\n", False, ("NoText", "only whitespace")),
        (b"<html><body><script>x()</script></body></html>", True, ("NoText", "no text in the HTML page")),
        (b"\x00\x01\x02\x03" * 10, False, ("NotText", "binary data (NUL bytes)")),
        ("а".encode() * (MAX_LENGTH + 1), False,
         ("TextTooLong", "text of 1,000,001 characters is over the limit of 1,000,000; split the file into releases")),
    ],
)
def test_files_without_text_keep_their_reason(data: bytes, html: bool, error: tuple[str, str]) -> None:
    source = source_from_bytes(data, "x", html=html)
    assert (source.text, source.error) == (None, error)
    assert len(source.sha256 or "") == 64


def test_a_file_too_large_to_be_text_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"x" * (4 * MAX_LENGTH + 5))
    source = read_source(path, "dump.txt")
    assert source.error is not None and source.error[0] == "TextTooLong"
    assert source.text is None and source.sha256 is not None


def test_unreadable_file_is_an_error_not_an_exception(tmp_path: Path) -> None:
    source = read_source(tmp_path / "gone.txt", "gone.txt")
    assert source.sha256 is None and source.error is not None and source.error[0] == "FileNotFoundError"
