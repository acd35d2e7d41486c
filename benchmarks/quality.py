"""Score pressextract (and raw Natasha, for comparison) on the shared corpora.

    python benchmarks/quality.py ../shared                    # every corpus, both systems
    python benchmarks/quality.py ../shared --corpus factru-dev --system pressextract
    python benchmarks/quality.py ../shared --facts            # economic facts (score_facts.py), with the
                                                              # precision of each kind of link (Fact.link)
                                                              # and how many facts have subjects

SHARED is the folder holding `eval/` (the scorers) and `corpora/`. Predictions are written to a temporary folder
(or --keep DIR) and scored by the shared scripts, so the numbers are the ones the issues quote.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

SPAN_CORPORA = ("factru-dev", "collection5", "nerel-dev", "nerel-train")
FACT_SETS = {"facts-dev": ("dev.jsonl", "dev_docs.tsv"), "facts-trade": ("trade_dev.jsonl", "trade_dev_docs.tsv"),
             "facts-dev2": ("dev2.jsonl", "dev2_docs.tsv")}


def pressextract_spans(texts: list[str]) -> Iterator[list[dict[str, Any]]]:
    """Spans of the types score.py knows, from pressextract's records."""
    import pressextract

    extractor = pressextract.Extractor()
    for record in extractor.pipe(texts, batch_size=8):
        spans = [{"type": e.type, "start": e.start, "end": e.end} for e in record.entities]
        # NEREL's PERCENT is percentages: ratios («в 1,5 раза», unit "times") are not annotated there.
        percents = [m for m in record.percents if m.unit != "times"]
        for kind, group in (("MONEY", record.money), ("PERCENT", percents), ("DATE", record.dates)):
            spans += [{"type": kind, "start": m.start, "end": m.end} for m in group]
        yield spans


def natasha_spans(texts: list[str]) -> Iterator[list[dict[str, Any]]]:
    """The baseline: Natasha's NER, MoneyExtractor and DatesExtractor as the eval README ran them."""
    from natasha import (
        DatesExtractor,
        Doc,
        MoneyExtractor,
        MorphVocab,
        NewsEmbedding,
        NewsNERTagger,
        Segmenter,
    )

    segmenter, vocab = Segmenter(), MorphVocab()
    ner = NewsNERTagger(NewsEmbedding())
    money, dates = MoneyExtractor(vocab), DatesExtractor(vocab)
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        spans = [{"type": s.type, "start": s.start, "end": s.stop} for s in doc.spans]
        spans += [{"type": "MONEY", "start": m.start, "end": m.stop} for m in money(text)]
        spans += [{"type": "DATE", "start": m.start, "end": m.stop} for m in dates(text)]
        yield spans


SYSTEMS: dict[str, Callable[[list[str]], Iterable[list[dict[str, Any]]]]] = {
    "pressextract": pressextract_spans,
    "natasha": natasha_spans,
}


def score_spans(shared: Path, corpus: str, system: str, out: Path) -> dict[str, Any]:
    sys.path.insert(0, str(shared / "eval"))
    import corpora
    import score

    docs, types = corpora.load(corpus)
    started = time.perf_counter()
    preds = out / f"{corpus}.{system}.jsonl"
    with preds.open("w", encoding="utf-8") as f:
        for (doc_id, _, _), spans in zip(docs, SYSTEMS[system]([text for _, text, _ in docs])):
            f.write(json.dumps({"id": doc_id, "spans": spans}, ensure_ascii=False) + "\n")
    seconds = time.perf_counter() - started
    result = score.score(docs, score.read_preds(str(preds)), types)
    print(score.table(result, f"== {corpus}  system={system}  ({len(docs)} docs, {seconds:.1f} s)"))
    print()
    return result


def score_facts(shared: Path, name: str, out: Path) -> None:
    import pressextract

    gold, docs_tsv = FACT_SETS[name]
    facts_dir = shared / "corpora" / "facts"
    ids = [line.split("\t")[0] for line in (facts_dir / docs_tsv).read_text(encoding="utf-8").splitlines()[1:]]
    # read bytes: Collection5 texts keep "\r\n", and the gold offsets count it
    texts = [(facts_dir / "texts" / (i.replace("c5:", "c5_") + ("" if i.endswith(".txt") else ".txt"))).read_bytes()
             .decode("utf-8") for i in ids]
    preds = out / f"{name}.jsonl"
    facts = []
    with preds.open("w", encoding="utf-8") as f:
        for doc_id, record in zip(ids, pressextract.Extractor().pipe(texts, batch_size=8)):
            facts += record.facts
            f.write(json.dumps({"id": doc_id, "facts": [fact_projection(x) for x in record.facts]},
                               ensure_ascii=False) + "\n")
    sys.path.insert(0, str(shared / "eval"))
    import score_facts

    print(f"== {name}")
    score_facts.main(["--gold", str(facts_dir / gold), "--docs", str(facts_dir / docs_tsv), "--pred", str(preds)])
    print(link_table(score_facts, facts_dir / gold, facts_dir / docs_tsv, preds))
    print(subject_counts(facts))
    print()


def subject_counts(facts: list[Any]) -> str:
    """How many predicted facts have subjects, and a reporter or partner among them (not scored: the gold
    subjects are free text)."""
    def having(test: Callable[[Any], bool]) -> int:
        return sum(1 for fact in facts if any(test(s) for s in fact.subjects))

    return (f"  subjects: {having(lambda s: True)} of {len(facts)} facts have some, "
            f"{having(lambda s: s.role == 'reporter')} a reporter, {having(lambda s: s.role == 'partner')} a partner")


def link_table(scorer: Any, gold_path: Path, docs_path: Path, preds_path: Path) -> str:
    """Precision of the predicted facts by `link`: how many found a gold fact (detection) and how many have
    amount, unit, change and indicator right (full), with score_facts.py's one-to-one matching; a prediction
    matched to a borderline gold fact counts for neither side."""
    docs, gold = scorer.load_gold(str(gold_path), str(docs_path), None)
    preds = scorer.load_preds(str(preds_path))
    counts: dict[str, list[int]] = {}
    for doc, meta in docs.items():
        golds = gold.get(doc, [])
        predicted = [p for p in preds.get(doc, []) if not scorer.dropped(p, meta)]
        pairs = sorted((-(scorer.anchor(p) == scorer.anchor(g)),
                        -(min(scorer.anchor(p)[1], scorer.anchor(g)[1]) - max(scorer.anchor(p)[0], scorer.anchor(g)[0])),
                        i, j)
                       for i, p in enumerate(predicted) for j, g in enumerate(golds)
                       if scorer.overlap(scorer.anchor(p), scorer.anchor(g)))
        matched: dict[int, dict[str, Any]] = {}
        used: set[int] = set()
        for _, _, i, j in pairs:
            if i not in matched and j not in used:
                matched[i] = golds[j]
                used.add(j)
        for i, p in enumerate(predicted):
            g = matched.get(i)
            if g is not None and g.get("borderline"):
                continue
            row = counts.setdefault(p.get("link", "clause"), [0, 0, 0])
            row[0] += 1
            if g is not None:
                row[1] += 1
                row[2] += _full(scorer, p, g)
    lines = ["  link                n   det P  full P"]
    for link, (n, hit, full) in sorted(counts.items(), key=lambda item: -item[1][0]):
        lines.append(f"  {link:17s} {n:4d}  {100 * hit / n:5.1f}  {100 * full / n:5.1f}")
    return "\n".join(lines)


def _full(scorer: Any, p: dict[str, Any], g: dict[str, Any]) -> bool:
    """Amount, unit, change and indicator right, as score_facts.py's 'full' counts them."""
    amount = scorer.same_part(p.get("value"), g.get("value")) if g.get("value") else \
        scorer.same_part(p.get("change"), g.get("change"))
    unit = scorer.unit((p.get("value") or {}).get("unit")) == scorer.unit(g["value"].get("unit")) \
        if g.get("value") else True
    change = scorer.same_part(p.get("change"), g.get("change"), with_direction=True)
    indicator = scorer.overlap(scorer.span(p.get("indicator")), (g["indicator_start"], g["indicator_end"]))
    return bool(amount and unit and change and indicator)


def fact_projection(fact: Any) -> dict[str, Any]:
    """A Fact in score_facts.py's shape."""
    data = fact.model_dump(mode="json")
    return {
        "indicator": {"start": data["indicator"]["start"], "end": data["indicator"]["end"]},
        "value": data["value"],
        "change": data["change"],
        "period": data["period"]["normalized"] if data["period"] else None,
        "modality": data["modality"],
        "link": data["link"],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("shared", type=Path, help="folder with eval/ and corpora/ (../shared)")
    parser.add_argument("--corpus", action="append", choices=SPAN_CORPORA, help="span corpus (repeatable)")
    parser.add_argument("--system", action="append", choices=tuple(SYSTEMS), help="system (repeatable)")
    parser.add_argument("--facts", action="store_true", help="score the economic facts sets instead of spans")
    parser.add_argument("--keep", type=Path, help="keep the prediction files in this folder")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "score.py").is_file():
        parser.error(f"{args.shared} has no eval/score.py")
    with contextlib.ExitStack() as stack:
        out = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        out.mkdir(parents=True, exist_ok=True)
        if args.facts:
            for name in FACT_SETS:
                score_facts(args.shared, name, out)
            return
        for corpus in args.corpus or [c for c in SPAN_CORPORA if c != "nerel-train"]:
            for system in args.system or SYSTEMS:
                score_spans(args.shared, corpus, system, out)


if __name__ == "__main__":
    main()
