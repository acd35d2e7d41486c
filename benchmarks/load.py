"""Import + load time of pressextract beside raw Natasha's, in fresh processes taking turns.

    python benchmarks/load.py                 # 10 rounds
    python benchmarks/load.py --rounds 20

Each round starts one fresh Python process per system, in turn, so that the systems share the machine's moods
(on a shared machine one process's load time varies by a third from run to run). A process times itself from its
first import until it is ready to extract: its models loaded and one short text processed (the first call
compiles and allocates what later ones reuse). Interpreter start-up is not counted. Needs no corpus.

pressextract's modules are compiled to bytecode first, as `pip install` does: run from a source checkout with
PYTHONDONTWRITEBYTECODE set (as on our shared machines), every process would otherwise compile some twenty
modules from source, 0.08 s that no installed copy spends.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import statistics
import subprocess
import sys

WARM_UP = "Прогрев: товарооборот составил 4,97 млрд долларов США."

SYSTEMS = {
    "raw Natasha: segment + morph + syntax + NER": f"""
from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
emb = NewsEmbedding()
segmenter, morph, syntax, ner = Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
doc = Doc({WARM_UP!r})
doc.segment(segmenter); doc.tag_morph(morph); doc.parse_syntax(syntax); doc.tag_ner(ner)
""",
    "pressextract.Extractor()": f"""
import pressextract
pressextract.Extractor().extract({WARM_UP!r})
""",
    "pressextract batch (its modules, the models of a worker)": f"""
from pressextract.batch.runner import run_batch
from pressextract.batch.workers import shared_extractor
shared_extractor().extract({WARM_UP!r})
""",
}


def measure(code: str) -> float:
    """Seconds from the first import to ready, in a fresh process with one BLAS thread (as pressextract runs)."""
    timed = f"import time\nstarted = time.perf_counter()\n{code}\nprint(time.perf_counter() - started)\n"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", timed], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=10, help="fresh processes per system (default 10)")
    args = parser.parse_args()
    spec = importlib.util.find_spec("pressextract")
    if spec is None or spec.origin is None:
        parser.error("pressextract is not importable: install it, or run with PYTHONPATH=src")
    compileall.compile_dir(os.path.dirname(spec.origin), quiet=1)
    times: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    for _ in range(args.rounds):
        for name, code in SYSTEMS.items():
            times[name].append(measure(code))
    base = statistics.median(next(iter(times.values())))
    print(f"import + load, {args.rounds} fresh processes per system, taking turns; load average "
          f"{os.getloadavg()[0]:.2f} at the end")
    print("| system | min s | median s | max s | median × Natasha |")
    print("|---|---:|---:|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {min(values):.2f} | {median:.2f} | {max(values):.2f} | {median / base:.2f} |")


if __name__ == "__main__":
    main()
