"""Run every benchmark and write bench/RESULTS.md with the machine and the date (`make bench`)."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import (
    extract_speed,
    hostile_input,
    html_size,
    llm_concurrency,
    nlp_scale,
    reconcile_scaling,
    sources_scale,
    startup,
)
from bench.common import ROOT
from summariser.atomic import write_atomic


def machine() -> str:
    """One line describing where the numbers were measured."""
    cpu = (
        next(
            (
                ln.split(":", 1)[1].strip()
                for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")
            ),
            platform.processor() or "unknown CPU",
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, {system}, Python {platform.python_version()}"


def compiled() -> None:
    """Byte-compile the package first, as installing it does: with PYTHONDONTWRITEBYTECODE set (this
    machine), an editable checkout would otherwise compile every module again in every measured process."""
    import compileall

    compileall.compile_dir(ROOT / "summariser", quiet=1)


def main() -> None:
    """Run the suites in order and write the combined report."""
    compiled()
    sections = [
        startup.main(),
        extract_speed.main(),
        nlp_scale.main(),
        reconcile_scaling.main(),
        sources_scale.main(),
        hostile_input.main([]),
        llm_concurrency.main(),
        html_size.main(),
    ]
    report = "\n".join(
        [
            "# Benchmark results",
            "",
            f"Measured {dt.date.today().isoformat()} on {machine()} by `make bench`, the package "
            "byte-compiled as an install leaves it; figures before each change, with their commands, are "
            "kept in bench/HISTORY.md.",
            "",
            *sections,
        ]
    )
    write_atomic(ROOT / "bench" / "RESULTS.md", report)
    print(report)


if __name__ == "__main__":
    main()
