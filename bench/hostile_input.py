"""Hostile input: quote-heavy articles (300 kB, and near the 2,000,000-byte cap) through `summarise brief`.

Targets: 300 kB <= 3 s, 2 MB <= 8 s for the whole process, each beside the spaCy-load reference (import
spaCy, load the model) run alternately with it. A run is cut at `--limit` seconds and the row says so.
`--bytes` (repeatable) sets the sizes. Every step after the parse is linear; the spaCy parse of the
per-document budget (text.nlp.PARSE_BUDGET words) is the floor.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, SPACY_LOAD, shown, table, verdict, wall

TARGETS_S = {300_000: 3.0, 1_990_000: 8.0}  # bytes asked for -> seconds
RUNS = 3
PARAGRAPH = (
    "“We will keep the harbour open to every fleet {n},” the port minister said on day {n}. "
    "“Nobody wants a closed sea,” a delegate from the northern coast replied, “and nobody will get one.” "
    "Officials said the “provisional text” of clause {n} was “nearly settled” but “not yet signed”.\n\n"
)


def article(size: int) -> str:
    """Quote-heavy prose of about `size` bytes: three quotes and several scare quotes per paragraph."""
    parts, total, n = ["Harbour talks: the record\n\n"], 0, 0
    while total < size - 400:
        n += 1
        para = PARAGRAPH.format(n=n)
        parts.append(para)
        total += len(para.encode("utf-8"))
    return "".join(parts)


def run(size: int, limit: float) -> list[str]:
    """Brief one generated article, alternating with the reference; one row of medians."""
    target = TARGETS_S.get(size, max(TARGETS_S.values()))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "quotes.txt"
        path.write_text(article(size), encoding="utf-8")
        exe = str(ROOT / ".venv" / "bin" / "summarise")
        cmd = [exe, "brief", str(path), "--no-cache", "-o", str(Path(tmp) / "m.md")]
        took, refs, cut = [], [], ""
        for _ in range(RUNS):
            refs.append(wall(SPACY_LOAD))
            t0 = time.perf_counter()
            try:
                subprocess.run(cmd, check=True, capture_output=True, timeout=limit)
                took.append(time.perf_counter() - t0)
            except subprocess.TimeoutExpired:
                took.append(limit)
                cut = f"cut at {limit:g} s; "
        med, ref = statistics.median(took), statistics.median(refs)
        return [
            f"{path.stat().st_size:,}",
            f"{med:.1f} ({cut}{verdict(med, target, ' s')})",
            f"{ref:.2f}",
            f"×{med / ref:.1f}",
        ]


def main(argv: list[str] | None = None) -> str:
    """Run the rows and return their table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bytes", type=int, action="append")
    parser.add_argument("--limit", type=float, default=400.0)
    args = parser.parse_args(argv)
    rows = [run(size, args.limit) for size in args.bytes or list(TARGETS_S)]
    return table(
        f"Hostile input: quote-heavy article, whole process, median of {RUNS} alternating with the reference",
        ["bytes", "seconds", "reference s", "ratio"],
        rows,
        [
            f"`{shown(['.venv/bin/summarise', 'brief', 'FILE', '--no-cache', '-o', 'm.md'])}`; reference: "
            f"`{shown(SPACY_LOAD)}`"
        ],
    )


if __name__ == "__main__":
    print(main())
