"""The one run: load -> extract -> ground -> reconcile, used by the CLI, the library and the evaluator.

One bad article never stops the rest: it becomes a `Failure` and the run goes on.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from summariser import engines
from summariser._version import __version__
from summariser.errors import SummariserError
from summariser.ingest.load import expand, load
from summariser.models import Briefing, Failure, SummitOutcome
from summariser.options import EngineOptions
from summariser.reconcile import Record, reconcile, source_entry
from summariser.text.document import Document

Progress = Callable[[str], None]
Input = str | Path | Document
T = TypeVar("T")


@dataclass
class Article:
    """One input that was read: its document, what the engine made of it, and how long that took."""

    doc: Document
    result: SummitOutcome | Failure
    seconds: float = 0.0
    cached: bool = False  # the record came from the cache: `seconds` timed a lookup, not a reading


@dataclass
class Run:
    """Everything a run produced: the briefing, every article read, and the inputs that failed to load."""

    briefing: Briefing
    articles: list[Article] = field(default_factory=list)

    def documents(self) -> dict[str, Document]:
        """Source id -> document, for renderers that show cited spans in their article."""
        docs = [a.doc for a in self.articles if isinstance(a.result, SummitOutcome)]
        return {s.id: doc for s, doc in zip(self.briefing.sources, docs, strict=True)}


def load_all(
    inputs: Sequence[Input], progress: Progress | None = None, *, strict: bool = False
) -> tuple[list[Document], list[Failure]]:
    """Load every input (a folder gives its article files); unreadable ones become failures (or raise)."""
    docs: list[Document] = []
    failures: list[Failure] = []
    for item in inputs:
        if isinstance(item, Document):
            docs.append(item)
            continue
        for path in _attempt(expand, [item], item, failures, progress, strict) or []:
            doc = _attempt(load, path, path, failures, progress, strict)
            docs += [doc] if doc is not None else []
    return docs, failures


def _attempt(
    step: Callable[[Any], T],
    arg: Any,
    item: Input,
    failures: list[Failure],
    progress: Progress | None,
    strict: bool,
) -> T | None:
    """Run one loading step; its error becomes a failure naming the input (or is raised, when `strict`)."""
    try:
        return step(arg)
    except SummariserError as exc:
        if strict:
            raise
        failures.append(Failure(path=str(item), error=exc.message))
        if progress is not None:
            progress(str(item))
        return None


def extract_all(
    docs: Sequence[Document], options: EngineOptions, progress: Progress | None = None
) -> list[Article]:
    """Run the chosen engine over every document; each article's time runs from the previous one's end."""
    if not docs:
        return []
    engine = engines.create(options)
    finished: list[float] = []

    def tick(path: str) -> None:
        finished.append(time.perf_counter())
        if progress is not None:
            progress(path)

    started = time.perf_counter()
    results = engine.extract_all(docs, tick)
    ends = finished if len(finished) == len(docs) else [time.perf_counter()] * len(docs)
    starts = [started, *ends[:-1]]
    hits: set[int] = getattr(engine, "cached", set())
    return [
        Article(doc, result, round(max(0.0, end - begin), 6), _cached(doc, result, hits))
        for doc, result, begin, end in zip(docs, results, starts, ends, strict=True)
    ]


def _cached(doc: Document, result: SummitOutcome | Failure, hits: set[int]) -> bool:
    """Did the engine take this record from its cache (the extractive engine lists them, the llm engine
    marks their usage)?"""
    usage = result.usage if isinstance(result, SummitOutcome) else None
    return id(doc) in hits or bool(usage and usage.cached)


def run(
    inputs: Sequence[Input],
    options: EngineOptions,
    progress: Progress | None = None,
    *,
    strict: bool = False,
) -> Run:
    """Load, extract and reconcile; raise only when no article at all could be processed."""
    docs, failures = load_all(inputs, progress, strict=strict)
    articles = extract_all(docs, options, progress)
    records: list[Record] = []
    for a in articles:
        if isinstance(a.result, Failure):
            failures.append(a.result)
        else:
            records.append(Record(source_entry(len(records) + 1, a.doc, a.result), a.doc, a.result))
    if not records:
        first = failures[0].error if failures else "no files given"
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        raise SummariserError(f"no article could be processed: {first}{more}")
    briefing = reconcile(records, failures)
    briefing.provenance = provenance(briefing, options, len(docs))
    return Run(briefing, articles)


def provenance(b: Briefing, options: EngineOptions, read: int) -> str:
    """Engine, model, version, date and articles read: what an analyst needs to cite the memo."""
    model = f", model {options.model}" if options.model and b.engine != "extractive" else ""
    apart = sum(1 for s in b.sources if s.off_topic)
    merged = f" ({read - apart} merged, {apart} off topic)" if apart else ""
    return (
        f"summit-brief {__version__}, {b.engine} engine{model}, {datetime.date.today().isoformat()}; "
        f"{read} article(s) read{merged}."
    )
