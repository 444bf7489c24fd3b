"""Extraction speed after spaCy is loaded: words per second per article, parse included (target ≥ 5,000).

Each run extracts a freshly loaded document, so no parse is reused; the first call of the process
(lazy imports, model load) is a warm-up and not timed. Also: `summarise extract` as a whole process.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, SPACY_LOAD, alternating, shown, table
from summariser.engines.extractive import ExtractiveEngine
from summariser.ingest.load import load
from summariser.options import EngineOptions
from summariser.text.nlp import model_name, pipeline

TARGET_WORDS_PER_S = 5000.0
RUNS = 5


def _seconds(engine: ExtractiveEngine, path: Path) -> tuple[float, float, float]:
    """Median wall and CPU time of extracting a fresh copy of one article (CPU: this process only,
    which is what the wall time would be on a quiet core), and, alternating with it, the reference:
    spaCy alone parsing the article's text."""
    walls, cpus, refs = [], [], []
    nlp = pipeline(model_name())
    for _ in range(RUNS):
        doc = load(path)
        t0 = time.perf_counter()
        nlp(doc.text)
        refs.append(time.perf_counter() - t0)
        t0, c0 = time.perf_counter(), time.process_time()
        engine.extract_all([doc])
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), statistics.median(refs)


def main() -> str:
    """Time each seed through the engine (parse included), then one whole `summarise extract` process."""
    engine = ExtractiveEngine(EngineOptions(engine="extractive", use_cache=False))
    engine.extract_all([load(ROOT / "tests" / "fixtures" / "lisbon" / "a_harbour_post.txt")])  # warm-up
    rows, total_words, total_s, total_cpu, total_ref = [], 0, 0.0, 0.0, 0.0
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        words = len(load(path).text.split())
        s, cpu, ref = _seconds(engine, path)
        total_words, total_s, total_cpu = total_words + words, total_s + s, total_cpu + cpu
        total_ref += ref
        rows.append(
            [
                path.name,
                str(words),
                f"{s * 1000:.0f}",
                f"{ref * 1000:.0f}",
                f"×{s / ref:.2f}",
                f"{words / s:,.0f}",
                f"{words / cpu:,.0f}",
            ]
        )
    rate, cpu_rate = total_words / total_s, total_words / total_cpu
    verdict = "meets" if rate >= TARGET_WORDS_PER_S else "misses"
    rows.append(
        [
            "**all seeds**",
            str(total_words),
            f"{total_s * 1000:.0f}",
            f"{total_ref * 1000:.0f}",
            f"×{total_s / total_ref:.2f}",
            f"**{rate:,.0f}** ({verdict} ≥ 5,000)",
            f"{cpu_rate:,.0f}",
        ]
    )
    out = table(
        f"Extractive engine after load, parse included (median of {RUNS}, one core)",
        [
            "article",
            "words",
            "wall ms",
            "reference ms (`nlp(text)`)",
            "ratio",
            "words / s (wall)",
            "words / CPU s",
        ],
        rows,
    )
    exe = Path(sys.executable).with_name("summarise")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    cmd = [str(exe), "extract", str(seed), "--no-cache"]
    med = alternating({"extract": cmd, "ref": SPACY_LOAD}, RUNS)
    out += "\n" + table(
        f"`summarise extract` as a whole process (one seed), median of {RUNS} alternating with the reference",
        ["command", "median s", f"reference s (`{shown(SPACY_LOAD)}`)", "ratio"],
        [
            [
                f"`{shown(cmd)}`",
                f"{med['extract']:.2f}",
                f"{med['ref']:.2f}",
                f"×{med['extract'] / med['ref']:.2f}",
            ]
        ],
    )
    return out


if __name__ == "__main__":
    print(main())
