"""Time values: intervals, normalised labels, shifts and resolution, and the checks of the date vocabularies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pressextract.dates.component import DATA
from pressextract.dates.fields import describe, from_spec, to_spec
from pressextract.dates.resolve import resolve, shift_date
from pressextract.dates.timex import Point, Range
from pressextract.dates.words import TABLES, DateWords
from pressextract.lexicon import Lexicon, LexiconError

D = dt.date

# (point, label, first day, last day)
POINTS = [
    (Point("day", 2024, 2, 29), "2024-02-29", D(2024, 2, 29), D(2024, 2, 29)),
    (Point("week", 2026, part=5), "2026-W05", D(2026, 1, 26), D(2026, 2, 1)),
    (Point("month", 2025, 2), "2025-02", D(2025, 2, 1), D(2025, 2, 28)),
    (Point("quarter", 2025, part=4), "2025-Q4", D(2025, 10, 1), D(2025, 12, 31)),
    (Point("half", 2025, part=2), "2025-H2", D(2025, 7, 1), D(2025, 12, 31)),
    (Point("year", 2025), "2025", D(2025, 1, 1), D(2025, 12, 31)),
    (Point("decade", 1980), "1980..1989", D(1980, 1, 1), D(1989, 12, 31)),
    (Point("century", 1901), "1901..2000", D(1901, 1, 1), D(2000, 12, 31)),
    (Point("season", 2011, 6), "2011-06..2011-08", D(2011, 6, 1), D(2011, 8, 31)),
    (Point("season", 2011, 12), "2010-12..2011-02", D(2010, 12, 1), D(2011, 2, 28)),  # «зимой 2011 года»
    (Point("year", 2025, edge="end"), "2025-12-31", D(2025, 12, 31), D(2025, 12, 31)),
    (Point("year", 2020, edge="start"), "2020-Q1", D(2020, 1, 1), D(2020, 3, 31)),
    (Point("decade", 1950, edge="half2"), "1955..1959", D(1955, 1, 1), D(1959, 12, 31)),
]


@pytest.mark.parametrize(("point", "label", "first", "last"), POINTS)
def test_labels_and_intervals(point: Point, label: str, first: dt.date, last: dt.date) -> None:
    value = describe(point)
    assert (value["normalized"], value["start_date"], value["end_date"]) == (label, first.isoformat(), last.isoformat())


SHIFTS = [
    (D(2026, 3, 31), "month", -1, D(2026, 2, 28)),
    (D(2024, 2, 29), "year", -1, D(2023, 2, 28)),
    (D(2026, 1, 30), "quarter", -1, D(2025, 10, 30)),
    (D(2026, 1, 1), "day", -1, D(2025, 12, 31)),
    (D(2026, 1, 30), "week", 2, D(2026, 2, 13)),
]


@pytest.mark.parametrize(("date", "unit", "n", "expected"), SHIFTS)
def test_shift_keeps_month_ends_valid(date: dt.date, unit: str, n: int, expected: dt.date) -> None:
    assert shift_date(date, unit, n) == expected


RESOLVED = [
    (Point("day", weekday=5, anchor="published"), D(2026, 1, 30), "2026-01-30"),  # «в пятницу» on a Friday
    (Point("day", weekday=1, anchor="published"), D(2026, 1, 30), "2026-01-26"),  # the Monday before
    (Point("month", month=9, shift=-1, shift_unit="year", anchor="published"), D(2026, 1, 30), "2025-09"),
    (Point("quarter", shift=-1, shift_unit="quarter", anchor="published"), D(2026, 1, 30), "2025-Q4"),
    (Range(Point("day", month=3, day=1, anchor="published"), Point("day", month=3, day=15, anchor="published")),
     D(2026, 1, 30), "2026-03-01..2026-03-15"),
]


@pytest.mark.parametrize(("value", "base", "label"), RESOLVED)
def test_resolving_against_a_reference_date(value, base: dt.date, label: str) -> None:
    unresolved = describe(value)
    assert (unresolved["normalized"], unresolved["relative"], unresolved["resolved"]) == (None, True, False)
    assert describe(resolve(from_spec(to_spec(value)), base))["normalized"] == label


def copy_vocab(tmp_path: Path) -> Path:
    source = DATA
    for name in ("calendar.tsv", "date_prefixes.tsv", "date_phrases.tsv", "length_adjectives.tsv", "word_lists.tsv"):
        (tmp_path / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("file", "line", "message"),
    [
        ("calendar.tsv", "янвАря\tmonth\t1", "form: Value error, must be one lower-case word"),
        ("calendar.tsv", "термидора\tmonth\t13", "value '13' does not fit kind month"),
        ("calendar.tsv", "декада\tperiod\t10", "kind: Input should be"),
        ("date_prefixes.tsv", "по  итогам\tin", "phrase: Value error, must be lower-case words"),
        ("date_phrases.tsv", "в перспективе\tsoon", "meaning: Input should be"),
        ("length_adjectives.tsv", "летн\tyears", "unit: Input should be"),
        ("length_adjectives.tsv", "Летн\tyear", "stem: Value error, must be one lower-case stem"),
    ],
)
def test_vocabulary_errors_name_file_and_line(tmp_path: Path, file: str, line: str, message: str) -> None:
    folder = copy_vocab(tmp_path)
    path = folder / file
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines + [line]) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=f"{file}:{len(lines) + 1}: .*{message}"):
        DateWords.build(Lexicon(folder, TABLES))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("age_cues\tвозрасте", "list 'age_cues' is given twice"),
        ("age_list\tвозрасте", "no rule asks for the lists age_list"),
    ],
)
def test_word_lists_are_checked_by_name(tmp_path: Path, line: str, message: str) -> None:
    folder = copy_vocab(tmp_path)
    path = folder / "word_lists.tsv"
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        DateWords.build(Lexicon(folder, TABLES))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda text: text.replace("\neve_words\t", "\n#eve_words\t"), "missing the lists eve_words"),
        (lambda text: text.replace("|возраста|", "|Возраста|"), "'age_cues': Возраста must be lower-case"),
        (lambda text: text.replace("по итогам|", "по  итогам|"), "'result_phrases': по  итогам must be"),
    ],
)
def test_word_lists_must_all_be_there_in_lookup_form(tmp_path: Path, edit, message: str) -> None:
    folder = copy_vocab(tmp_path)
    path = folder / "word_lists.tsv"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        DateWords.build(Lexicon(folder, TABLES))
