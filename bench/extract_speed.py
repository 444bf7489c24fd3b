"""Extraction speed: ms per 1,000 words after import (target < 20 ms), and the CLI as a whole process."""

from __future__ import annotations

import subprocess
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, best_of, table
from summariser.engines import extractive
from summariser.ingest.load import load

TARGET_MS_PER_KWORD = 20.0


def main() -> str:
    """Time extraction of each seed (document already loaded) and one whole CLI process."""
    rows = []
    total_words = total_first = 0.0
    extractive.extract(
        load(ROOT / "tests" / "fixtures" / "lisbon" / "a_harbour_post.txt")
    )  # import-time warm-up
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        doc = load(path)
        words = len(doc.text.split())
        t0 = time.perf_counter()
        extractive.extract(doc)  # first extraction of this article: no per-article cache is warm
        first = time.perf_counter() - t0
        best, median = best_of(partial(extractive.extract, doc), repeat=7)
        total_words += words
        total_first += first
        rows.append(
            [
                path.name,
                str(words),
                f"{first * 1000:.1f}",
                f"{best * 1000:.1f}",
                f"{median * 1000:.1f}",
                f"{first * 1e6 / words:.1f}",
            ]
        )
    per_k = total_first * 1e6 / total_words
    verdict = "meets" if per_k < TARGET_MS_PER_KWORD else "misses"
    rows.append(
        [
            "**all seeds**",
            f"{total_words:.0f}",
            f"{total_first * 1000:.1f}",
            "",
            "",
            f"**{per_k:.1f}** ({verdict} < 20)",
        ]
    )
    out = table(
        "Extractive engine: time per article (document already loaded)",
        ["article", "words", "first run ms", "best of 7 ms", "median ms", "ms / 1,000 words (first run)"],
        rows,
    )
    exe = Path(sys.executable).with_name("summarise")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    walls = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "extract", str(seed)], check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
    out += "\n" + table(
        "`summarise extract` as a whole process (one seed)",
        ["runs", "best s", "median s"],
        [[str(len(walls)), f"{min(walls):.2f}", f"{sorted(walls)[len(walls) // 2]:.2f}"]],
    )
    return out


if __name__ == "__main__":
    print(main())
