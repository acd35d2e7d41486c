"""Throughput and memory of pressextract beside raw Natasha, on the same texts in the same run.

    python benchmarks/speed.py ../shared/corpora/press            # all systems, median of 3 passes
    python benchmarks/speed.py ../shared/corpora/press --limit 60 --passes 1 --system natasha --system serial
    python benchmarks/speed.py ../shared/corpora/press --system natasha --system batch1 --system batch2
    python benchmarks/speed.py ../shared/corpora/press --lengths 50000,300000,1000000   # time against length

Each system runs in a fresh subprocess (a `batch*` system in a fresh one per pass: a batch run starts with cold
word caches, as a user's does), so "load" is import + model loading and "peak RSS" is that process's
own high-water mark (for multi-process runs, the largest worker's is shown too). Ratios are against raw Natasha
(razdel segmentation + slovnet morphology + syntax + NER, Natasha's own Doc loop), which runs with one BLAS
thread like pressextract (its fastest setting here). CPU ms/doc counts this process and its ended children. The `batch*` systems run
`pressextract batch` (`run_batch`) end to end on a folder holding the same texts as files: reading, decoding,
extraction and writing JSONL; their "load" is import + model loading (+ starting the Dask cluster and loading
the models on its workers).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Optional

SYSTEMS = {
    "natasha": "raw Natasha: segment + morph + syntax + NER",
    "natasha-ner": "raw Natasha: segment + NER only",
    "serial": "pressextract Extractor.pipe, 1 process",
    "extract": "pressextract.extract() called once per text",
    "full": "pressextract Extractor(full_parse=True).pipe, 1 process",
    "pipe2": "pressextract Extractor.pipe, n_process=2",
    "batch1": "pressextract batch, 1 process",
    "batch2": "pressextract batch --workers 2",
    "dask2": "pressextract batch --dask local --workers 2",
    "stages": "pressextract stage by stage, 1 process",
}
Run = Callable[[list[str]], None]
BLAS_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _natasha(full: bool) -> Callable[[list[str]], None]:
    from natasha import (
        Doc,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    emb = NewsEmbedding()
    segmenter, ner = Segmenter(), NewsNERTagger(emb)
    morph, syntax = NewsMorphTagger(emb), NewsSyntaxParser(emb)

    def run(texts: list[str]) -> None:
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            if full:
                doc.tag_morph(morph)
                doc.parse_syntax(syntax)
            doc.tag_ner(ner)

    return run


def _pressextract(n_process: int, full_parse: bool = False) -> Callable[[list[str]], None]:
    import pressextract

    extractor = pressextract.Extractor(full_parse=full_parse)
    extractor.extract("Прогрев: товарооборот составил 4,97 млрд долларов США.")

    def run(texts: list[str]) -> None:
        for _ in extractor.pipe(texts, batch_size=16, n_process=n_process):
            pass

    return run


def _extract_each() -> Callable[[list[str]], None]:
    """The module-level `pressextract.extract()`, one text at a time (no batching across texts)."""
    import pressextract

    pressextract.extract("Прогрев: товарооборот составил 4,97 млрд долларов США.")

    def run(texts: list[str]) -> None:
        for text in texts:
            pressextract.extract(text)

    return run


def _stages(times: dict[str, list[float]]) -> Callable[[list[str]], None]:
    """Extractor.pipe's work split into its stages, each run over all texts in turn; CPU seconds per stage."""
    import pressextract

    extractor = pressextract.Extractor()
    nlp = extractor.nlp
    extractor.extract("Прогрев: товарооборот составил 4,97 млрд долларов США.")

    def run(texts: list[str]) -> None:
        started = time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        times.setdefault("tokenizer", []).append(time.process_time() - started)
        for name, component in nlp.pipeline:
            started = time.process_time()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=16))
            else:
                docs = [component(doc) for doc in docs]
            times.setdefault(name, []).append(time.process_time() - started)
        started = time.process_time()
        for doc in docs:
            extractor.to_record(doc)
        times.setdefault("records", []).append(time.process_time() - started)

    return run


def _write_texts(texts: list[str], work: Path) -> Path:
    """The texts as the files of a folder, for `pressextract batch` (written before the load clock starts)."""
    folder = work / "texts"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i:05}.txt").write_text(text, encoding="utf-8")
    return folder


def _batch(workers: int, dask: bool, folder: Path, work: Path) -> tuple[Run, Callable[[], None]]:
    from pressextract.batch.runner import run_batch
    from pressextract.batch.workers import shared_extractor

    address: Optional[str] = None
    close: Callable[[], None] = lambda: None
    if dask:
        from contextlib import ExitStack

        from pressextract.batch.daskrun import dask_client

        stack = ExitStack()
        client = stack.enter_context(dask_client("local", workers))  # the cluster `--dask local` starts
        client.run(lambda: shared_extractor() and None)  # the models, loaded on every worker
        address = client.scheduler.address
        close = stack.close
    else:
        shared_extractor().extract("Прогрев: товарооборот составил 4,97 млрд долларов США.")

    def run(texts: list[str]) -> None:
        summary = run_batch(folder, work / "out.jsonl", workers=workers, dask=address)
        assert summary.ok == len(texts), summary

    return run, close


def lengths(folder: Path, sizes: list[int]) -> None:
    """One text per size, made by joining the folder's texts (cut at a line end), extracted once each after a
    warm-up: the time must grow with the length, not with its square (a text 6 times longer, 6 to 8 times the
    time)."""
    import pressextract

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    joined = "\n\n".join(texts)
    while len(joined) < max(sizes):
        joined += "\n\n" + joined
    extractor = pressextract.Extractor()
    extractor.extract("Прогрев: товарооборот составил 4,97 млрд долларов США.")
    print(f"texts of {folder} joined and cut at a line end; one extraction each, CPU seconds")
    print("| characters | seconds | CPU s | s per 100k characters | × the first row's time | × its length |")
    print("|---:|---:|---:|---:|---:|---:|")
    first: Optional[tuple[float, int]] = None
    for size in sizes:
        text = joined[: joined.rfind("\n", 0, size + 1) if "\n" in joined[:size] else size]
        started, cpu_started = time.perf_counter(), time.process_time()
        extractor.extract(text)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        first = first or (cpu, len(text))
        print(f"| {len(text):,} | {seconds:.1f} | {cpu:.1f} | {100_000 * cpu / len(text):.2f} | "
              f"{cpu / first[0]:.1f} | {len(text) / first[1]:.1f} |", flush=True)


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def child(system: str, folder: Path, limit: int, passes: int) -> dict[str, Any]:
    """Run one system in this process and return its timings."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))][:limit]
    work = Path(tempfile.mkdtemp(prefix="pressextract-speed-"))
    batch_folder = _write_texts(texts, work) if system.startswith(("batch", "dask")) else work
    started = time.perf_counter()
    close: Callable[[], None] = lambda: None
    stages: dict[str, list[float]] = {}
    if system == "stages":
        run = _stages(stages)
    elif system.startswith(("batch", "dask")):
        run, close = _batch(int(system[-1]), system.startswith("dask"), batch_folder, work)
    else:
        run = {
            "natasha": lambda: _natasha(True),
            "natasha-ner": lambda: _natasha(False),
            "serial": lambda: _pressextract(1),
            "extract": _extract_each,
            "full": lambda: _pressextract(1, full_parse=True),
            "pipe2": lambda: _pressextract(2),
        }[system]()
    load = time.perf_counter() - started
    seconds, cpu = [], []
    for _ in range(passes):
        started, cpu_started = time.perf_counter(), _cpu()
        run(texts)
        seconds.append(time.perf_counter() - started)
        cpu.append(_cpu() - cpu_started)
    close()
    shutil.rmtree(work, ignore_errors=True)
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"system": system, "docs": len(texts), "chars": sum(map(len, texts)), "load_s": load,
            "docs_per_s": len(texts) / statistics.median(seconds), "rss_mb": rss_self,
            # Dask workers outlive the passes, so their CPU time is not in RUSAGE_CHILDREN
            "cpu_ms_per_doc": None if system.startswith("dask") else 1000 * statistics.median(cpu) / len(texts),
            "worker_rss_mb": rss_children or None,
            # per stage: CPU ms/doc of the first pass (caches cold) and the median of the others
            "stages": {name: (1000 * t[0] / len(texts), 1000 * statistics.median(t[1:] or t) / len(texts))
                       for name, t in stages.items()}}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="folder of .txt files (../shared/corpora/press)")
    parser.add_argument("--system", action="append", choices=tuple(SYSTEMS), help="system to run (repeatable)")
    parser.add_argument("--limit", type=int, default=10_000, help="use the first N texts")
    parser.add_argument("--passes", type=int, default=3, help="timed passes per system; the median is reported")
    parser.add_argument("--lengths", help="comma-separated text lengths in characters: time against length")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.lengths:
        lengths(args.folder, [int(n) for n in args.lengths.split(",")])
        return
    if args.child:
        print(json.dumps(child(args.child, args.folder, args.limit, args.passes)))
        return
    if not any(args.folder.glob("*.txt")):
        parser.error(f"no .txt files in {args.folder}")
    load_average = os.getloadavg()[0]
    # One BLAS thread for every system, raw Natasha included (pressextract sets it itself): with a thread per
    # core, OpenBLAS spins and Natasha ran 3 times slower on a busy machine (2.3 against 6.9 docs/s).
    env = {**{name: "1" for name in BLAS_VARIABLES}, **os.environ}
    rows = []
    for system in args.system or SYSTEMS:
        # A batch run starts cold (its workers fill their word caches anew), as a user's run does, so each of its
        # passes is a fresh process; the other systems repeat their passes in one process, caches kept.
        fresh = system.startswith(("batch", "dask"))
        runs = []
        for _ in range(args.passes if fresh else 1):
            command = [sys.executable, __file__, str(args.folder), "--child", system,
                       "--limit", str(args.limit), "--passes", "1" if fresh else str(args.passes)]
            out = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        rows.append(_median_run(runs))
    base = next((r["docs_per_s"] for r in rows if r["system"] == "natasha"), None)
    print(f"{rows[0]['docs']} texts, {rows[0]['chars']:,} characters from {args.folder}; median of {args.passes}")
    print(f"load average at the start: {load_average:.2f} (other processes make docs/s noisy, CPU ms/doc less so)")
    print("| system | docs/s | × Natasha | CPU ms/doc | load s | peak RSS MB | worker RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        ratio = f"{r['docs_per_s'] / base:.2f}" if base else "-"
        worker = f"{r['worker_rss_mb']:.0f}" if r["worker_rss_mb"] else "-"
        cpu = f"{r['cpu_ms_per_doc']:.0f}" if r["cpu_ms_per_doc"] else "-"
        print(f"| {SYSTEMS[r['system']]} | {r['docs_per_s']:.1f} | {ratio} | {cpu} | {r['load_s']:.2f} | "
              f"{r['rss_mb']:.0f} | {worker} |")
    staged = next((r for r in rows if r["stages"]), None)
    if staged:
        _print_stages(staged["stages"], next((r["cpu_ms_per_doc"] for r in rows if r["system"] == "natasha-ner"), None))


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One row from runs in fresh processes: medians of the timings, the highest memory."""
    row = dict(runs[0])
    for key in ("load_s", "docs_per_s", "cpu_ms_per_doc"):
        if row[key] is not None:
            row[key] = statistics.median(r[key] for r in runs)
    for key in ("rss_mb", "worker_rss_mb"):
        if row[key] is not None:
            row[key] = max(r[key] for r in runs)
    return row


def _print_stages(stages: dict[str, tuple[float, float]], ner_ms: Optional[float]) -> None:
    """CPU ms/doc per stage, its share of the pipeline, and the budgets of the issues: entities against Natasha's
    segment + NER pass (at most 20 %), facts against the whole pipeline (at most 20 %)."""
    total = [sum(cold for cold, _ in stages.values()), sum(warm for _, warm in stages.values())]
    print()
    print("| stage | CPU ms/doc, first pass | CPU ms/doc, later passes | share of the pipeline (later) |")
    print("|---|---:|---:|---:|")
    for name, (cold, warm) in stages.items():
        print(f"| {name} | {cold:.1f} | {warm:.1f} | {100 * warm / total[1]:.1f} % |")
    print(f"| all | {total[0]:.1f} | {total[1]:.1f} | 100 % |")
    entities, facts = stages.get("pressextract_entities"), stages.get("pressextract_facts")
    if entities and ner_ms:
        print(f"entities against raw Natasha segment + NER ({ner_ms:.0f} ms/doc): "
              f"{100 * entities[0] / ner_ms:.0f} % first pass, {100 * entities[1] / ner_ms:.0f} % later")
    if facts:
        print(f"facts against the whole pipeline: {100 * facts[0] / total[0]:.1f} % first pass, "
              f"{100 * facts[1] / total[1]:.1f} % later")


if __name__ == "__main__":
    main()
