"""The pipeline for a set of articles: load, extract, reconcile; one bad article never stops the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from summariser.api import run_engine
from summariser.documents import Document, load
from summariser.errors import SummariserError
from summariser.models import Briefing, Failure, Source, SummitOutcome, Usage
from summariser.providers import EngineOptions, merged
from summariser.reconcile import Reconciler, Record

Progress = Callable[[str], None]


def brief(
    paths: Sequence[str | Path],
    engine: str = "auto",
    progress: Progress | None = None,
    *,
    model: str | None = None,
    options: EngineOptions | None = None,
) -> Briefing:
    """Reconcile every readable article into one Briefing; unreadable ones are listed as failures."""
    opts = merged(options, engine, model)
    return brief_with_texts(paths, opts, progress)[0]


def brief_with_texts(
    paths: Sequence[str | Path], options: EngineOptions, progress: Progress | None = None
) -> tuple[Briefing, dict[str, str]]:
    """The Briefing and, per source id, the text its offsets index (for renderers that show spans)."""
    docs: list[Document] = []
    failures: list[Failure] = []
    for path in paths:
        try:
            docs.append(load(path))
        except SummariserError as exc:
            failures.append(Failure(path=str(path)[:1000], error=exc.message[:4000]))
            if progress is not None:
                progress(str(path))
    results = run_engine(docs, options, progress) if docs else []
    records: list[Record] = []
    for doc, result in zip(docs, results, strict=True):
        if isinstance(result, Failure):
            failures.append(result)
        else:
            source = source_entry(len(records) + 1, doc)
            source.usage = result.usage
            records.append(Record(source, doc.text, result))
    if not records:
        first = failures[0].error if failures else "no files given"
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        raise SummariserError(f"no article could be processed: {first}{more}")
    briefing = Reconciler(records).build(failures, records[0].outcome.engine)
    briefing.usage = total_usage([r.outcome for r in records])
    return briefing, {r.source.id: r.text for r in records}


def source_entry(n: int, doc: Document) -> Source:
    """The memo's entry for one article."""
    return Source(
        id=str(n),
        path=doc.path[:1000],
        outlet=doc.outlet[:200],
        title=doc.title[:200],
        article_id=doc.id[:200],
        hidden_characters=doc.hidden_characters,
        notes=[n[:4000] for n in doc.notes],
    )


def total_usage(outcomes: list[SummitOutcome]) -> Usage | None:
    """Sum model usage over articles (None for the extractive engine, which uses no model)."""
    used = [o.usage for o in outcomes if o.usage is not None]
    if not used:
        return None
    return Usage(
        prompt_tokens=sum(u.prompt_tokens for u in used),
        completion_tokens=sum(u.completion_tokens for u in used),
        requests=sum(u.requests for u in used),
        cached=sum(u.cached for u in used),
        seconds=round(sum(u.seconds for u in used), 3),
    )
