"""The llm engine against a loopback stub (real HTTP, 1 s latency): concurrency, cache, prompt overhead."""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import table
from bench.synthetic import articles
from summariser.engines.llm.providers import resolve
from summariser.engines.llm.runner import Runner
from summariser.ingest.clean import from_text
from summariser.models import Failure
from summariser.options import EngineOptions
from tests.stub_server import Script, serve

ARTICLES, CONCURRENCY, LATENCY = 40, 8, 1.0
IDEAL = ARTICLES / CONCURRENCY * LATENCY
TARGET = 1.3
OVERHEAD_TARGET = 1500  # tokens (estimated as chars / 4: no tokenizer ships without a download)
SENTENCE = re.compile(r"^\[\d+\] .*$\n?", re.M)  # one numbered article sentence in the user message


def fixed_chars(body: dict[str, Any]) -> int:
    """Characters a request spends before the article: every message but the numbered sentences."""
    return sum(len(SENTENCE.sub("", str(m["content"]))) for m in body["messages"])


def main() -> str:
    """Run 40 articles at concurrency 8, then again from the cache; measure the prompt's fixed part."""
    texts = articles(ARTICLES, seed=11, wire_share=0.0)
    docs = [from_text(t, name=f"synthetic-{i}.txt") for i, t in enumerate(texts)]
    rows = []
    with tempfile.TemporaryDirectory() as cache_dir, serve(Script(latency=LATENCY)) as server:
        opts = EngineOptions(
            engine="llm",
            model="stub",
            base_url=server.base_url,
            mode="json",
            concurrency=CONCURRENCY,
            cache_dir=Path(cache_dir),
        )
        settings = resolve(opts)
        Runner(settings).run(docs[:1])  # warm imports and the connection pool, then clear the cache
        for f in Path(cache_dir).rglob("*.json"):
            f.unlink()
        before = server.script.requests
        t0 = time.perf_counter()
        results = Runner(settings).run(docs)
        wall = time.perf_counter() - t0
        cold_requests = server.script.requests - before
        failed = sum(isinstance(r, Failure) for r in results)
        t1 = time.perf_counter()
        Runner(settings).run(docs)
        cached_wall = time.perf_counter() - t1
        cached_requests = server.script.requests - before - cold_requests
        fixed = [fixed_chars(b) for b in server.script.bodies[-ARTICLES:]]
    ratio = wall / IDEAL
    verdict = "meets" if ratio <= TARGET else "misses"
    rows.append(
        [
            f"{ARTICLES} articles, concurrency {CONCURRENCY}, latency {LATENCY:g} s",
            f"{wall:.2f}",
            f"{IDEAL:.1f}",
            f"**{ratio:.2f}x** ({verdict} ≤ {TARGET}x)",
            str(cold_requests),
            str(failed),
        ]
    )
    rows.append(["same run again (cache)", f"{cached_wall:.2f}", "0", "", str(cached_requests), "0"])
    out = table(
        "llm engine: concurrency and cache (loopback stub)",
        ["run", "wall s", "ideal s", "ratio", "requests", "failed"],
        rows,
    )
    overhead = sum(fixed) / len(fixed)
    article_chars = sum(len(d.text) for d in docs) / len(docs)
    verdict = "meets" if overhead / 4 <= OVERHEAD_TARGET else "misses"
    out += "\n" + table(
        "Prompt overhead per article (every message but the article's sentences: rules, schema, mode json)",
        ["fixed chars", "≈ tokens (chars / 4)", "mean article chars"],
        [
            [
                f"{overhead:.0f}",
                f"**{overhead / 4:.0f}** ({verdict} ≤ {OVERHEAD_TARGET})",
                f"{article_chars:.0f}",
            ]
        ],
    )
    return out


if __name__ == "__main__":
    print(main())
