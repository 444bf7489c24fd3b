"""Start-up cost: wall time of `summarise --help` as a whole process (what every command pays first)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import table

RUNS = 7


def main() -> str:
    """Run `summarise --help` several times; report best and median."""
    exe = Path(sys.executable).with_name("summarise")
    walls = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "--help"], check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
    walls.sort()
    return table(
        "`summarise --help` start-up",
        ["runs", "best s", "median s"],
        [[str(RUNS), f"{walls[0]:.3f}", f"{walls[RUNS // 2]:.3f}"]],
    )


if __name__ == "__main__":
    print(main())
