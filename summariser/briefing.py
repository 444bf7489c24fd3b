"""The pipeline for a set of articles: load, extract, reconcile; one bad article never stops the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from summariser.api import extract
from summariser.documents import load
from summariser.errors import InputError, SummariserError
from summariser.models import Briefing, Failure, Source
from summariser.reconcile import Reconciler, Record

Progress = Callable[[str], None]


def brief(paths: Sequence[str | Path], engine: str = "auto", progress: Progress | None = None) -> Briefing:
    """Reconcile every readable article into one Briefing; unreadable ones are listed as failures."""
    return brief_with_texts(paths, engine, progress)[0]


def brief_with_texts(
    paths: Sequence[str | Path], engine: str = "auto", progress: Progress | None = None
) -> tuple[Briefing, dict[str, str]]:
    """The Briefing and, per source id, the text its offsets index (for renderers that show spans)."""
    records: list[Record] = []
    failures: list[Failure] = []
    engine_used = "extractive"
    for path in paths:
        try:
            doc = load(path)
            outcome = extract(doc, engine=engine)
        except SummariserError as exc:
            failures.append(Failure(path=str(path)[:1000], error=exc.message[:4000]))
        else:
            engine_used = outcome.engine
            source = Source(
                id=str(len(records) + 1),
                path=str(path)[:1000],
                outlet=doc.outlet[:200],
                title=doc.title[:200],
                article_id=doc.id[:200],
                hidden_characters=doc.hidden_characters,
                notes=[n[:4000] for n in doc.notes],
            )
            records.append(Record(source, doc.text, outcome))
        if progress is not None:
            progress(str(path))
    if not records:
        detail = "; ".join(f.error for f in failures) or "no files given"
        raise InputError(f"no article could be read ({detail})")
    texts = {r.source.id: r.text for r in records}
    return Reconciler(records).build(failures, engine_used), texts
