"""Merge per-article records into one Briefing: sources, merged findings with support, conflicts."""

from __future__ import annotations

from collections.abc import Sequence

from summariser.models import Briefing, Failure, Source, SummitOutcome, Usage
from summariser.reconcile.members import Record
from summariser.reconcile.merge import Reconciler
from summariser.text.document import Document

__all__ = ["Record", "reconcile", "source_entry"]


def reconcile(records: list[Record], failures: list[Failure]) -> Briefing:
    """The Briefing of a set of records (at least one); failures are listed in it."""
    briefing = Reconciler(records).build(failures, records[0].outcome.engine)
    briefing.usage = total_usage([*(r.outcome for r in records), *failures])  # failed requests cost too
    return briefing


def source_entry(n: int, doc: Document, outcome: SummitOutcome | None = None) -> Source:
    """The memo's entry for one article."""
    return Source(
        id=str(n),
        path=doc.path,
        outlet=doc.outlet,
        title=doc.title,
        article_id=doc.id,
        hidden_characters=doc.hidden_characters,
        notes=list(doc.notes),
        usage=outcome.usage if outcome is not None else None,
    )


def total_usage(outcomes: Sequence[SummitOutcome | Failure]) -> Usage | None:
    """Sum model usage over articles, failed ones too (None for the extractive engine: it uses no model)."""
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
