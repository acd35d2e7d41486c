"""Rebuild the saved pipeline from the sources: `python -m pressextract.rebuild [OUTPUT_DIR]`.

The default output is `models/pressextract_ru` of the source checkout; `tests/test_model.py` checks that the
committed copy equals a fresh build.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import Optional, Sequence

from .pipeline import MODEL_NAME, PACKAGE_DIR, build


def save(output: Path) -> Path:
    """Build the pipeline and write it to `output`, replacing what was there."""
    nlp = build()
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    return output


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pressextract.rebuild", description=__doc__.splitlines()[0])
    parser.add_argument(
        "output", nargs="?", type=Path, default=PACKAGE_DIR.parents[1] / "models" / MODEL_NAME,
        help="where to write the pipeline (default: models/pressextract_ru of the checkout)",
    )
    path = save(parser.parse_args(argv).output)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
