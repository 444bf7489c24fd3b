"""Date conflicts: independent stories that put the event on different days (a story naming both days
gives a multi-day range, not a conflict)."""

from __future__ import annotations

from collections import defaultdict

from summariser.models import Claim, Conflict, Event
from summariser.news.calendar import dates_an_act, read_day
from summariser.news.lexicon import DAYS
from summariser.reconcile.conflicts.common import cites, sentence_around
from summariser.reconcile.members import Sourced


def dates(events: list[Sourced[Event]]) -> list[Conflict]:
    """One conflict listing each day given, when independent stories give days no story spans."""
    by_day: dict[str, list[Sourced[Event]]] = defaultdict(list)
    for e in events:
        if e.item.date and e.item.date_evidence is not None and _dates_the_act(e):
            named = read_day(e.item.date)  # "July 14, 2015" is a Tuesday, and agrees with "Tuesday"
            by_day[(named.weekday if named else e.item.date).casefold()].append(e)
    spans = _spans(by_day)
    days = sorted(by_day, key=_day_index)
    apart = {d for d in days for o in days if o != d and frozenset((d, o)) not in spans}
    if len(apart) < 2 or len({e.group for d in apart for e in by_day[d]}) < 2:
        return []
    claims = [_claim(by_day[d]) for d in days if d in apart]
    sides = " vs ".join(f"{c.value} {cites(c.sources)}" for c in claims)
    return [
        Conflict(
            kind="date",
            summary=f"Sources give different days for the event: {sides}",
            claims=claims,
            basis="each side is the day a story gives for the event itself; no story names both days",
        )
    ]


def _dates_the_act(event: Sourced[Event]) -> bool:
    """Is the day given in a sentence about the event's own act ("signed on Tuesday"), not beside a
    mention of it that dates something else (a caption's "at the venue for the talks on Monday")?"""
    ev = event.item.date_evidence
    if ev is None:
        return False
    return dates_an_act(sentence_around(event.doc, ev.start, ev.end))


def _day_index(day: str) -> tuple[int, str]:
    """Week order for weekday names, so sides read Monday before Friday whatever the input order."""
    names = [d.casefold() for d in DAYS]
    return (names.index(day), day) if day in names else (len(names), day)


def _spans(by_day: dict[str, list[Sourced[Event]]]) -> set[frozenset[str]]:
    """Pairs of days one story's dating sentence names together ("talks from Monday ... on Friday")."""
    out: set[frozenset[str]] = set()
    for day, events in by_day.items():
        for e in events:
            ev = e.item.date_evidence
            if ev is None:
                continue
            sentence = sentence_around(e.doc, ev.start, ev.end).casefold()
            out |= {frozenset((day, other)) for other in by_day if other != day and other in sentence}
    return out


def _claim(events: list[Sourced[Event]]) -> Claim:
    """One side: the sentence giving the day in the first source, and every source agreeing."""
    events = sorted(events, key=lambda e: int(e.sid) if e.sid.isdigit() else 0)
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
