"""Reconcile time for 10, 100 and 500 article records (target: 500 under 1 s), and how it grows.

Reference, timed in the same process just before each size: reading the same records back from their
JSON (pydantic validation), a fixed amount of Python work that a busy machine slows alike.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import table
from bench.synthetic import articles
from summariser.engines import extractive
from summariser.ingest.clean import from_text
from summariser.models import Source, SummitOutcome
from summariser.reconcile import Record, reconcile

SIZES = (10, 100, 500)
TARGET_S = 1.0


def records(n: int) -> list[Record]:
    """Extract synthetic articles once (not timed) into reconciler input."""
    out = []
    for i, text in enumerate(articles(n), 1):
        doc = from_text(text, name=f"synthetic-{i}.txt")
        out.append(Record(Source(id=str(i), path=doc.path), doc, extractive.extract(doc)))
    return out


def main() -> str:
    """Time Reconciler.build at each size; report seconds, per-article ms and growth factor."""
    rows = []
    previous: tuple[int, float] | None = None
    for n in SIZES:
        recs = records(n)
        dumped = [r.outcome.model_dump_json() for r in recs]
        t0 = time.perf_counter()
        for text in dumped:
            SummitOutcome.model_validate_json(text)
        ref = time.perf_counter() - t0
        t0 = time.perf_counter()
        b = reconcile(recs, [])
        elapsed = time.perf_counter() - t0
        growth = ""
        if previous:
            ratio = elapsed / previous[1]
            growth = f"×{ratio:.1f} for ×{n // previous[0]} articles"
        verdict = "" if n != 500 else (" (meets < 1 s)" if elapsed < TARGET_S else " (misses < 1 s)")
        rows.append(
            [
                str(n),
                f"{elapsed:.3f}{verdict}",
                f"{ref:.3f}",
                f"×{elapsed / ref:.1f}",
                f"{elapsed * 1000 / n:.1f}",
                str(len(b.quotes)),
                str(len(b.conflicts)),
                growth,
            ]
        )
        previous = (n, elapsed)
    return table(
        "Reconciler: synthetic article records",
        [
            "articles",
            "seconds",
            "reference s",
            "ratio",
            "ms / article",
            "quote clusters",
            "conflicts",
            "growth",
        ],
        rows,
    )


if __name__ == "__main__":
    print(main())
