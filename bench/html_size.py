"""Size of the HTML memo for many articles: each article is embedded once, so it grows with the articles."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import table
from bench.synthetic import articles
from summariser.api import render
from summariser.ingest.clean import from_text
from summariser.options import EngineOptions
from summariser.pipeline import run

SIZES = (20, 200)


def main() -> str:
    """Render the memo of 20 and 200 synthetic articles; compare its size with the articles' own."""
    rows = []
    for n in SIZES:
        docs = [from_text(t, name=f"synthetic-{i}.txt") for i, t in enumerate(articles(n, seed=11))]
        done = run(docs, EngineOptions(engine="extractive"))
        page = len(render(done, "html").encode())
        text = sum(len(d.text.encode()) for d in done.documents().values())
        cites = render(done, "html").count('<a class="c"')
        rows.append([str(n), f"{page / 1e6:.2f}", f"{text / 1e6:.2f}", str(cites), f"{page / text:.1f}x"])
    return table(
        "HTML memo size (articles embedded once; each citation links to its span)",
        ["articles", "page MB", "article text MB", "citations", "page / text"],
        rows,
    )


if __name__ == "__main__":
    print(main())
