"""The batch's decoder against charset-normalizer on press texts re-encoded, damaged and mixed.

    python benchmarks/encodings.py ../shared/corpora/press

Each text becomes one file per case: UTF-8, cp1251, koi8-r, UTF-16 with a BOM, UTF-16 LE without one, UTF-8
with one damaged block in the middle (random bytes without control characters: 64 of them, or a quarter of the file), and mixed (the first half of the lines UTF-8,
the rest cp1251; a text of one line is cut in two at a space). A decoding is right when every line of the text comes back, except for a damaged file the
lines the damage touched. A warning is counted when the decoder says the file was not wholly one encoding.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from pressextract.errors import PressExtractError  # noqa: E402
from pressextract.sources.decode import decode  # noqa: E402

# the file's bytes, the text it holds, and the lines before and after its damage ((-1, -1): no damage)
Case = tuple[bytes, str, tuple[int, int]]
PRINTABLE = [b for b in range(0x20, 0x100) if b != 0x7F]  # damage, not binary: no control characters


def cases(text: str, rng: random.Random) -> dict[str, Case]:
    """The files one text becomes."""
    lines = text.split("\n")
    half = len(lines) // 2
    utf8 = text.encode("utf-8")
    middle = len(utf8) // 2

    def damage(size: int) -> tuple[bytes, tuple[int, int]]:
        noise = bytes(rng.choice(PRINTABLE) for _ in range(size))
        return (utf8[:middle] + noise + utf8[middle + size :],
                (utf8[:middle].count(b"\n"), utf8[middle + size :].count(b"\n")))

    whole = (-1, -1)
    small, large = damage(64), damage(len(utf8) // 4)
    if half == 0:  # one line: its two halves, split at a space, become two lines
        cut = text.find(" ", len(text) // 2) + 1 or len(text)
        lines, half = [text[:cut], text[cut:]], 1
    return {
        "utf-8": (utf8, text, whole),
        "cp1251": (text.encode("cp1251", "replace"), text, whole),
        "koi8-r": (text.encode("koi8-r", "replace"), text, whole),
        "utf-16 BOM": (text.encode("utf-16"), text, whole),
        "utf-16-le": (text.encode("utf-16-le"), text, whole),
        "damaged utf-8, 64 bytes": (small[0], text, small[1]),
        "damaged utf-8, a quarter": (large[0], text, large[1]),
        "mixed utf-8/cp1251": ("\n".join(lines[:half]).encode("utf-8") + b"\n"
                               + "\n".join(lines[half:]).encode("cp1251", "replace"), "\n".join(lines), whole),
    }


def ours(data: bytes) -> tuple[Optional[str], bool]:
    try:
        decoded = decode(data)
    except PressExtractError:
        return None, False
    return decoded.text, bool(decoded.warnings)


def normalizer(data: bytes) -> tuple[Optional[str], bool]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return (str(best), False) if best is not None else (None, False)


def right(text: str, decoded: Optional[str], case: str, around: tuple[int, int]) -> bool:
    if decoded is None:
        return False
    if case == "cp1251" or case == "koi8-r" or case.startswith("mixed"):  # characters the codec has not: «?»
        codec = "koi8-r" if case == "koi8-r" else "cp1251"
        text = text.encode(codec, "replace").decode(codec)
    want, got = text.lstrip("\ufeff").split("\n"), decoded.lstrip("\ufeff").split("\n")
    if around != (-1, -1):  # the lines before the damaged one and after it
        before, after = around
        return want[:before] == got[:before] and want[len(want) - after :] == got[len(got) - after :]
    return want == got


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    rng = random.Random(12)
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    decoders: dict[str, Callable[[bytes], tuple[Optional[str], bool]]] = {"pressextract": ours,
                                                                          "charset-normalizer": normalizer}
    table: dict[str, dict[str, list[int]]] = {}
    for text in texts:
        for case, (data, expected, around) in cases(text, rng).items():
            for name, run in decoders.items():
                decoded, warned = run(data)
                row = table.setdefault(case, {}).setdefault(name, [0, 0, 0])
                row[0] += right(expected, decoded, case, around)
                row[1] += warned
                row[2] += 1
    print(f"{len(texts)} texts of {args.folder}, each re-encoded per case; right = every line back")
    print("| case | " + " | ".join(f"{n} right | {n} warned" for n in decoders) + " |")
    print("|---|" + "---:|---:|" * len(decoders))
    for case, rows in table.items():
        cells = " | ".join(f"{r[0]}/{r[2]} | {r[1]}" for r in rows.values())
        print(f"| {case} | {cells} |")


if __name__ == "__main__":
    main()
