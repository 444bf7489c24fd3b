"""Date conflicts: independent stories that put the event on different days."""

from __future__ import annotations

from collections import defaultdict

from summariser.models import Claim, Conflict, Event
from summariser.reconcile.conflicts.common import cites, sentence_around
from summariser.reconcile.members import Sourced


def dates(events: list[Sourced[Event]]) -> list[Conflict]:
    """One conflict listing each day given, when independent stories give more than one."""
    by_day: dict[str, list[Sourced[Event]]] = defaultdict(list)
    for e in events:
        if e.item.date and e.item.date_evidence is not None:
            by_day[e.item.date.casefold()].append(e)
    if len(by_day) < 2 or len({e.group for es in by_day.values() for e in es}) < 2:
        return []
    claims = [_claim(es) for es in by_day.values()]
    sides = " vs ".join(f"{c.value} {cites(c.sources)}" for c in claims)
    return [
        Conflict(kind="date", summary=f"Sources give different days for the event: {sides}", claims=claims)
    ]


def _claim(events: list[Sourced[Event]]) -> Claim:
    """One side: the sentence giving the day in the first source, and every source agreeing."""
    first = events[0]
    ev = first.item.date_evidence
    if ev is None:
        raise ValueError("a dated event without date evidence")  # filtered out by `dates`
    return Claim(
        source=first.sid,
        text=sentence_around(first.doc, ev.start, ev.end),
        value=first.item.date,
        evidence=ev,
        sources=[e.sid for e in events],
    )
