"""Reference-date conflicts: independent stories that give one past thing (the same year, described in
the same words) different calendar days."""

from __future__ import annotations

from summariser.models import Claim, Conflict, Evidence
from summariser.reconcile.conflicts.common import cites, sentence_around
from summariser.reconcile.datemarks import DateMention
from summariser.reconcile.members import Sourced

SHARED_WORDS = 3  # content words the two contexts must share to be about the same thing
EVENT_WINDOW = 14  # days: two dates this close in the current year may be days of one multi-day event


def references(mentions: list[Sourced[DateMention]], current_year: int) -> list[Conflict]:
    """Pairs of differently dated mentions of one thing from independent stories, one conflict per pair."""
    ordered = sorted(mentions, key=lambda m: (int(m.sid) if m.sid.isdigit() else 0, m.item.start))
    out: list[Conflict] = []
    seen: set[frozenset[str]] = set()
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            pair = frozenset((a.sid, b.sid))
            if a.group == b.group or pair in seen or not _disagree(a.item, b.item, current_year):
                continue
            shared = sorted(a.item.context & b.item.context)
            if len(shared) < SHARED_WORDS:
                continue
            seen.add(pair)
            out.append(_conflict(a, b, shared))
    return out


def _disagree(a: DateMention, b: DateMention, current_year: int) -> bool:
    """Same year, no common reading, and not two days of one event this year."""
    if a.year != b.year or a.readings & b.readings:
        return False
    if a.year < current_year:
        return True
    gap = min(abs((ma * 31 + da) - (mb * 31 + db)) for ma, da in a.readings for mb, db in b.readings)
    return gap > EVENT_WINDOW


def _conflict(a: Sourced[DateMention], b: Sourced[DateMention], shared: list[str]) -> Conflict:
    """One reference-date conflict and why the two dates are about the same thing."""
    claims = [
        Claim(
            source=m.sid,
            text=sentence_around(m.doc, m.item.start, m.item.end),
            value=m.item.text,
            evidence=Evidence(start=m.item.start, end=m.item.end, status="exact", score=100.0),
            sources=[m.sid],
        )
        for m in (a, b)
    ]
    sides = f"{a.item.text} {cites([a.sid])} vs {b.item.text} {cites([b.sid])}"
    summary = f"Sources date the same thing differently: {sides}"
    basis = f"both dates are in {a.item.year} and described with the same words: {', '.join(shared)}"
    return Conflict(kind="date", summary=summary, claims=claims, basis=basis)
