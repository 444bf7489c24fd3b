"""Merge per-article records into one Briefing, as a sequence of stages each taking what the one before made:
screen (findings vs unsupported) → who is who → copies → what happened → comparable claims → conflicts →
summary."""

from __future__ import annotations

from collections.abc import Sequence

from summariser.models import Briefing, Failure, Source, SummitOutcome, Usage
from summariser.reconcile import conflicts
from summariser.reconcile.claims import comparable, published_dates
from summariser.reconcile.coverage import Coverage
from summariser.reconcile.event import dating_texts, header, mentioned_years
from summariser.reconcile.identity import identities
from summariser.reconcile.listing import source_entries
from summariser.reconcile.members import Record
from summariser.reconcile.outcomes import issues, points
from summariser.reconcile.quotes import said
from summariser.reconcile.screen import screen
from summariser.reconcile.signatories import signatories
from summariser.reconcile.sources import off_topic
from summariser.reconcile.summary import bottom_line, reading
from summariser.reconcile.syndication import groups
from summariser.text.document import Document

__all__ = ["Record", "reconcile", "source_entry"]


def reconcile(records: list[Record], failures: list[Failure]) -> Briefing:
    """The Briefing of a set of records (at least one); failures are listed in it."""
    screened = screen(records)
    apart = {
        r.source.id for r, away in zip(records, off_topic([r.doc for r in records]), strict=True) if away
    }
    on_topic = [r for r in screened.records if r.source.id not in apart]
    cov = Coverage(
        records=on_topic,
        every=screened.records,
        apart=apart,
        who=identities(on_topic),
        group=dict(zip((r.source.id for r in records), groups([r.doc for r in records]), strict=True)),
    )
    signed, signings = signatories(cov)
    quotes, utterances = said(cov)
    outcomes, outcome_members = points(cov)
    claims = comparable(cov, list(zip(quotes, utterances, strict=True)), outcome_members, signings)
    found = conflicts.detect(claims, cov.who)
    for p, members in zip(outcomes, outcome_members, strict=True):
        p.disputed = conflicts.opposite_statuses(members) is not None
    briefing = Briefing(
        event=header(
            [r.outcome.event for r in on_topic],
            published_dates(cov),
            mentioned_years([r.doc.text for r in on_topic]),
            [dating_texts(r.doc) for r in on_topic],
        ),
        sources=source_entries(cov),
        signatories=signed,
        quotes=quotes,
        points=outcomes,
        open_issues=issues(cov),
        conflicts=found,
        unsupported=screened.unsupported,
        weak=screened.weak,
        failures=failures,
        engine=records[0].outcome.engine,
        entities=cov.who.entities(),
        usage=total_usage([*(r.outcome for r in records), *failures]),  # failed requests cost too
    )
    briefing.bottom_line = bottom_line(briefing)
    briefing.reading = reading(briefing, cov.stories)
    return briefing


def source_entry(n: int, doc: Document, outcome: SummitOutcome | None = None) -> Source:
    """The memo's entry for one article."""
    return Source(
        id=str(n),
        path=doc.path,
        outlet=doc.outlet,
        agency=doc.agency,
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
