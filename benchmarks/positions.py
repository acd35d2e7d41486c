"""People's positions against FactRuEval's Occupation facts: precision and recall of (person, position) pairs.

    python benchmarks/positions.py ../shared/corpora/factru/devset [--show]

A gold pair is an Occupation fact's Who (a person, written «Фамилия Имя») and Position (one or more spans, the
alternatives separated by « | »). A predicted pair is a `Person` with a `position`. They match when the person's
surname is one of Who's words (up to a declension ending: the gold's normal forms are not always nominative)
and the positions share their title: the lemma of the first word of the position
that is a title (positions.tsv) or, failing one, its first noun («Чрезвычайный и Полномочный Посол» and «Посол
Японии в России» share «посол»). `strict` also asks the whole position to match one alternative word by word
(lemmas). Each gold pair and each predicted pair counts once per document.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Iterator, Optional

FACT = re.compile(r"^\S+ Occupation\s*$")


def gold_pairs(facts: str) -> list[tuple[str, list[str]]]:
    """(Who, [position alternatives]) of every Occupation fact in a .facts file."""
    pairs = []
    for block in facts.split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        if not lines or not FACT.match(lines[0]):
            continue
        fields = {}
        for line in lines[1:]:
            key, _, value = line.partition(" ")
            fields.setdefault(key, value)
        if "Who" in fields and "Position" in fields:
            pairs.append((_values(fields["Who"])[0], _values(fields["Position"])))
    return pairs


def _values(field: str) -> list[str]:
    """«obj48 Лужков Юрий | obj49 Лужков» → ["Лужков Юрий", "Лужков"]: ids dropped."""
    out = []
    for part in field.split(" | "):
        words = part.split()
        if words and re.match(r"^(obj|span)\d+$", words[0]):
            words = words[1:]
        if words:
            out.append(" ".join(words))
    return out


def documents(devset: Path) -> Iterator[tuple[str, str, list[tuple[str, list[str]]]]]:
    for facts in sorted(devset.glob("book_*.facts")):
        text = facts.with_suffix(".txt").read_text(encoding="utf-8")
        yield facts.stem, text, gold_pairs(facts.read_text(encoding="utf-8"))


class Matcher:
    """Title lemmas of positions, from the project's own vocabulary and pymorphy2."""

    def __init__(self) -> None:
        from pressextract.entities.titles import Title, Titles
        from pressextract.entities.vocabulary import DATA
        from pressextract.lexicon import WordList, WordLists, read_tsv
        from pressextract.tagging.morph import fold, lemmas

        self.fold, self.lemmas = fold, lemmas
        lists = WordLists(read_tsv(DATA / "word_lists.tsv", WordList), ())
        self.titles = set(Titles(read_tsv(DATA / "positions.tsv", Title), lists).by_title)

    def words(self, text: str) -> list[frozenset[str]]:
        return [self.lemmas(w) for w in re.findall(r"[\w-]+", text)]

    def head(self, text: str) -> frozenset[str]:
        words = self.words(text)
        for word in words:
            if word & self.titles:
                return word & self.titles
        return words[0] if words else frozenset()

    def same_position(self, ours: str, theirs: str, strict: bool) -> bool:
        if strict:
            a, b = self.words(ours), self.words(theirs)
            return len(a) == len(b) and all(x & y for x, y in zip(a, b))
        return bool(self.head(ours) & self.head(theirs))

    def same_person(self, person: dict, who: str) -> bool:
        """The surname is one of Who's words, up to an ending («Маехары», «Маехара»); a one-word Who may be
        the first name («Лонгин»)."""
        theirs = [self.fold(w) for w in who.split()]
        ours = [self.fold(w) for w in (person.get("last") or person["name"]).split()]
        if len(theirs) == 1:
            ours += [self.fold(w) for w in person["name"].split()]
        return any(_stem_match(a, b) for a in ours for b in theirs)


def _stem_match(a: str, b: str) -> bool:
    """Same word or one a declension ending longer: «брайза»/«брайз», «филат»/«филатов»."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2)


def score(devset: Path, show: bool) -> None:
    import pressextract

    extractor = pressextract.Extractor()
    matcher = Matcher()
    counts = {"head": [0, 0, 0], "strict": [0, 0, 0]}  # tp_pred, pred, tp_gold (gold count kept apart)
    gold_total = 0
    docs = list(documents(devset))
    records = extractor.pipe([text for _, text, _ in docs], batch_size=8)
    for (name, _, gold), record in zip(docs, records):
        ours = {(p.name, p.last, p.position) for p in record.people if p.position}
        ours_list = [{"name": n, "last": last, "position": pos} for n, last, pos in sorted(ours)]
        gold = sorted({(who, tuple(alts)) for who, alts in gold})
        gold_total += len(gold)
        for mode, strict in (("head", False), ("strict", True)):
            matched_gold = set()
            for person in ours_list:
                hit = _find(matcher, person, gold, strict)
                counts[mode][1] += 1
                if hit is not None:
                    counts[mode][0] += 1
                    matched_gold.add(hit)
                elif show and mode == "head":
                    print(f"FP {name}: {person['name']} — {person['position']}")
            counts[mode][2] += len(matched_gold)
            if show and mode == "head":
                for i, (who, alts) in enumerate(gold):
                    if i not in matched_gold:
                        print(f"FN {name}: {who} — {' | '.join(alts)}")
    print(f"FactRuEval Occupation (person, position) pairs: {gold_total} gold, {counts['head'][1]} predicted")
    for mode, (tp_pred, pred, tp_gold) in counts.items():
        p = tp_pred / pred if pred else 0.0
        r = tp_gold / gold_total if gold_total else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {mode:6s}  P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}")


def _find(matcher: Matcher, person: dict, gold: list, strict: bool) -> Optional[int]:
    for i, (who, alts) in enumerate(gold):
        if matcher.same_person(person, who) and any(matcher.same_position(person["position"], a, strict)
                                                    for a in alts):
            return i
    return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("devset", type=Path, help="FactRuEval devset folder (book_*.txt and book_*.facts)")
    parser.add_argument("--show", action="store_true", help="print unmatched pairs")
    args = parser.parse_args(argv)
    score(args.devset, args.show)


if __name__ == "__main__":
    main()
