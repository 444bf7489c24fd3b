"""Sources of one wire story reprinted by 500 to 2,000 files: reconcile and render time, and sizes.

Every record is a copy of one short story (extracted once, not timed), so each source names its copies.
Target: linear growth, 2,000 copies under 2 s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import table
from summariser.engines import extractive
from summariser.ingest.clean import from_text
from summariser.models import Source
from summariser.reconcile import Record, reconcile
from summariser.render.markdown import briefing_markdown

SIZES = (500, 1000, 2000)
TARGET_S = 2.0
STORY = (
    "Ferry link agreed\n\n"
    "The island councils agreed a ferry link on Friday, officials said. "
    "Crossings will run twice a day from the first of June.\n"
)


def records(n: int) -> list[Record]:
    """n reprints of one story, each its own source file."""
    doc = from_text(STORY, name="story.txt")
    outcome = extractive.extract(doc)
    return [
        Record(Source(id=str(i), path=f"reprint{i}.example.com.txt"), doc, outcome) for i in range(1, n + 1)
    ]


def row(n: int, previous: tuple[int, float] | None) -> tuple[list[str], float]:
    """Time reconcile + Markdown for n copies; one table row and the seconds."""
    recs = records(n)
    t0 = time.perf_counter()
    b = reconcile(recs, [])
    memo = briefing_markdown(b)
    took = time.perf_counter() - t0
    sources = sum(len(s.model_dump_json()) for s in b.sources)
    growth = f"×{took / previous[1]:.1f} for ×{n // previous[0]}" if previous else ""
    verdict = f" ({'meets' if took < TARGET_S else 'misses'} < {TARGET_S:g} s)" if n == SIZES[-1] else ""
    return [str(n), f"{took:.2f}{verdict}", f"{len(memo):,}", f"{sources:,}", growth], took


def main() -> str:
    """All sizes; one table."""
    rows, previous = [], None
    for n in SIZES:
        r, took = row(n, previous)
        rows.append(r)
        previous = (n, took)
    header = ["copies", "reconcile + render s", "memo chars", "Sources JSON chars", "growth (time)"]
    return table("Sources: one wire story in many files", header, rows)


if __name__ == "__main__":
    print(main())
