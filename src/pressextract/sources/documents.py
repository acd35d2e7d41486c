"""Text of PDF and Word (DOCX) releases: the PDF's text layer (pypdf), the DOCX's paragraphs and tables
(python-docx), in reading order. The record's offsets refer to this text, which the record carries.

A PDF page's text ends with a line break, and pages are separated by an empty line; a DOCX paragraph is a line,
a table row a line with its cells separated by tabs. A scanned PDF has no text layer: that is `NoText`, with
the advice to run OCR first. Both formats are compressed, so their unpacked size is capped (pypdf caps every
stream at 75 MB; the DOCX's document part here) before anything is read into memory.
"""

from __future__ import annotations

import io
import logging
import zipfile
from typing import Any

from ..errors import NoText, NotText

DOCUMENT_SUFFIXES = (".pdf", ".docx")
MAX_DOCX_XML = 64 * 2**20  # unpacked bytes of word/document.xml: a 1,000,000-character text is far less


def document_text(data: bytes, suffix: str) -> str:
    """The text of a `.pdf` or `.docx` file's bytes; `NotText` when it is damaged, `NoText` when it has none."""
    text = pdf_text(data) if suffix == ".pdf" else docx_text(data)
    if not "".join(text.split()):
        raise NoText("no text layer: run OCR first" if suffix == ".pdf" else "no text in the document")
    return text


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF, page by page."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about sloppy PDFs are not the user's
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise NotText("an encrypted PDF: save it without a password first")
        pages = [(page.extract_text() or "").strip("\n") for page in reader.pages]
    except PyPdfError as error:
        raise NotText(f"a damaged PDF: {error}") from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as error:
        raise NotText(f"a damaged PDF ({type(error).__name__}: {error})") from None
    return "\n\n".join(page for page in pages if page.strip()) + "\n"


def docx_text(data: bytes) -> str:
    """The paragraphs and tables of a DOCX body, in order."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = archive.getinfo("word/document.xml").file_size
    except (zipfile.BadZipFile, KeyError) as error:
        raise NotText(f"not a Word document: {error}") from None
    if size > MAX_DOCX_XML:
        raise NotText(f"the document part unpacks to {size:,} bytes, over the limit of {MAX_DOCX_XML:,}")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = [line for block in document.iter_inner_content() for line in _lines(block)]
    except Exception as error:  # lxml and python-docx raise many kinds on a damaged file
        raise NotText(f"a damaged Word document ({type(error).__name__}: {error})") from None
    return "\n".join(lines) + "\n"


def _lines(block: Any) -> list[str]:
    """A paragraph's text, or a table's rows with tab-separated cells (each merged cell once)."""
    if hasattr(block, "rows"):
        rows = []
        for row in block.rows:
            cells: list[Any] = []
            for cell in row.cells:
                if not cells or cell._tc is not cells[-1]._tc:  # a merged cell comes once per grid column
                    cells.append(cell)
            rows.append("\t".join(" ".join(cell.text.split()) for cell in cells))
        return rows
    return [block.text]
