"""Comparable claims: each claim put in its slot (a measure, an occurrence's day, one speaker's utterance,
a person's title, a fact of the event), so conflicts are looked for only inside a slot."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from summariser.models import Event, Figure, SourcedQuote
from summariser.reconcile.conflicts.roles import Title
from summariser.reconcile.coverage import Coverage
from summariser.reconcile.datemarks import DateMention, mentions
from summariser.reconcile.members import Member, Sourced
from summariser.reconcile.sources import parse_date, published
from summariser.text.document import Document


@dataclass
class Claims:
    """Everything the conflict detectors compare, each kind in its own list."""

    figures: list[Sourced[Figure]] = field(default_factory=list)
    titles: list[Sourced[Title]] = field(default_factory=list)
    events: list[Sourced[Event]] = field(default_factory=list)
    marks: list[Sourced[DateMention]] = field(default_factory=list)
    current_year: int = 0
    quotes: list[tuple[SourcedQuote, list[Member]]] = field(default_factory=list)
    stories: list[Sourced[Document]] = field(default_factory=list)
    outcomes: list[list[Member]] = field(default_factory=list)
    signings: dict[str, tuple[list[Member], list[Member]]] = field(default_factory=dict)


def comparable(
    cov: Coverage,
    quotes: list[tuple[SourcedQuote, list[Member]]],
    outcomes: list[list[Member]],
    signings: dict[str, tuple[list[Member], list[Member]]],
) -> Claims:
    """Gather the claims of every slot from the records and the merged findings."""
    marks = [cov.sourced(r, m) for r in cov.records for m in mentions(r.doc)]
    years = [d.year for d in published_dates(cov)] or [m.item.year for m in marks] or [0]
    return Claims(
        figures=[cov.sourced(r, f) for r in cov.records for f in r.outcome.figures],
        titles=titles(cov),
        events=[cov.sourced(r, r.outcome.event) for r in cov.records],
        marks=marks,
        current_year=max(years),
        quotes=quotes,
        stories=[cov.sourced(r, r.doc) for r in cov.records],
        outcomes=outcomes,
        signings=signings,
    )


def published_dates(cov: Coverage) -> list[date]:
    """The publication dates the articles give."""
    return [d for r in cov.records if (d := parse_date(published(r.doc))) is not None]


def titles(cov: Coverage) -> list[Sourced[Title]]:
    """Every title a source gives a grounded participant or a signing person, under the person's identity."""
    out = []
    for r in cov.records:
        people = [
            Title(p.name, p.role, p.country, p.evidence, cov.who.key(p.name, r.source.id))
            for p in r.outcome.participants
            if p.role and p.evidence is not None
        ]
        people += [
            Title(s.name, s.role, s.country, s.evidence, cov.who.key(s.name, r.source.id))
            for s in r.outcome.signatories
            if s.role and s.role != "state"
        ]
        out += [cov.sourced(r, person) for person in people]
    return out
