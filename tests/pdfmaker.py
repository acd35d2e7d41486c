"""A minimal PDF with a text layer, written by hand for the tests: a Type 1 font whose ToUnicode map reads
cp1251 bytes as Cyrillic, so pypdf extracts the Russian lines we put in."""

from __future__ import annotations


def _escape(data: bytes) -> bytes:
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Cp1251 def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
2 beginbfrange
<20> <7E> <0020>
<C0> <FF> <0410>
endbfrange
2 beginbfchar
<A8> <0401>
<B8> <0451>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF of the given pages, each a list of lines (an empty list: a page without text, like a scan)."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>")
    objects.append(b"<< /Length %d >>\nstream\n" % len(CMAP) + CMAP + b"\nendstream")
    for lines in pages:
        body = b"BT /F1 12 Tf 50 800 Td 14 TL " + b"".join(
            b"(" + _escape(line.encode("cp1251")) + b") Tj T* " for line in lines) + b"ET"
        if not lines:
            body = b"0 0 m 100 100 l S"  # a drawing, no text
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                       b">> >> /Contents %d 0 R >>" % (font, content))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
