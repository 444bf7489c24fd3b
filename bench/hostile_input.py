"""Hostile input: quote-heavy articles (300 kB, and near the 2,000,000-byte cap) through `summarise brief`.

Target: <= 5 s for the whole process. A run is cut at `--limit` seconds and the row says so. `--bytes`
(repeatable) sets the sizes. Every step after the parse is linear; the spaCy parse of the per-document
budget (text.nlp.PARSE_BUDGET words) is the floor.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, table

TARGET_S = 5.0
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
    """Brief one generated article and time the whole process; one row."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "quotes.txt"
        path.write_text(article(size), encoding="utf-8")
        cmd = [
            str(ROOT / ".venv" / "bin" / "summarise"),
            "brief",
            str(path),
            "--no-cache",
            "-o",
            str(Path(tmp) / "m.md"),
        ]
        t0 = time.perf_counter()
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=limit)
            took, verdict = time.perf_counter() - t0, ""
        except subprocess.TimeoutExpired:
            took, verdict = limit, f"cut at {limit:g} s; "
        verdict += "meets" if took <= TARGET_S else "misses"
        return [f"{path.stat().st_size:,}", f"{took:.1f}", f"≤ {TARGET_S:g} ({verdict})"]


def main(argv: list[str] | None = None) -> str:
    """Run the one row and return its table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bytes", type=int, action="append")
    parser.add_argument("--limit", type=float, default=400.0)
    args = parser.parse_args(argv)
    rows = [run(size, args.limit) for size in args.bytes or [300_000, 1_990_000]]
    return table("Hostile input: quote-heavy article", ["bytes", "seconds", "target s"], rows)


if __name__ == "__main__":
    print(main())
