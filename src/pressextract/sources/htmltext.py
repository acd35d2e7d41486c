"""The readable text of an HTML page, with the stdlib HTML parser.

Scripts, styles and the `<head>` are dropped; each block element (paragraph, heading, list item, table row,
`<br>`) ends a line, table cells are separated by tabs, runs of spaces collapse as a browser shows them and
character references are decoded («&laquo;» → «, `&nbsp;` stays a no-break space). Offsets of the records
then count in this text, which the record carries.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object"})
BLOCK = frozenset(
    "address article aside blockquote body br caption dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody thead tfoot tr ul"
    .split()
)
CELL = frozenset({"td", "th"})
SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace; U+00A0 is not collapsed, as in a browser
LINE_EDGES = re.compile(r"^[ \t]+|[ \t]+$", re.MULTILINE)
CELL_GAP = re.compile(r" *\t *")


class _TextParser(HTMLParser):
    """Collects text pieces and line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skipping = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # a page with an unclosed <head> still has a body
            self.skipping = 0
        if tag in SKIP:
            self.skipping += 1
        elif tag in BLOCK:
            self.pieces.append("\n")
            self.pre += tag == "pre"
        elif tag in CELL:
            self.pieces.append("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK:
            self.pieces.append("\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        self.pieces.append(data if self.pre else SPACES.sub(" ", data))


def html_to_text(html: str) -> str:
    """Visible text of `html`: one line per block, no empty lines, no spaces at line edges."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = LINE_EDGES.sub("", CELL_GAP.sub("\t", "".join(parser.pieces)))
    return "\n".join(line for line in text.split("\n") if line.strip())


def looks_like_html(text: str) -> bool:
    """Whether text read from standard input is an HTML page («<!DOCTYPE html>», «<html>»)."""
    head = text.lstrip()[:100].lower()
    return head.startswith(("<!doctype html", "<html"))
