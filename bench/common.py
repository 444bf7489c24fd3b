"""Shared helpers for benchmarks: timing and a Markdown table with the command that produced it."""

from __future__ import annotations

import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def best_of(fn: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """(best, median) wall time in seconds over `repeat` runs."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def table(title: str, header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table headed by the command that produced it and the machine it ran on."""
    script = Path(sys.argv[0]).resolve()
    shown = script.relative_to(ROOT) if script.is_relative_to(ROOT) else script
    cmd = " ".join([".venv/bin/python", str(shown), *sys.argv[1:]])
    lines = [
        f"### {title}",
        "",
        f"command: `{cmd}` · python {platform.python_version()} · {platform.machine()}",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"
