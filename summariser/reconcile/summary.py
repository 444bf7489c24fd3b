"""The memo's bottom line (what was agreed, who signed, the main disagreement) and the order of findings."""

from __future__ import annotations

import re
from collections import Counter

from summariser.models import Briefing, Conflict, PointStatus, SourcedPoint

STATUS_ORDER: dict[PointStatus, int] = {
    "agreed": 0,
    "intended": 1,
    "proposed": 2,
    "dropped": 3,
    "rejected": 4,
}
# Which disagreement an analyst needs first: facts before wording.
KIND_WEIGHT = {"count": 0, "claim": 1, "date": 2, "attribution": 3, "role": 4, "quote": 5}
MARKS = re.compile(r"\s*(?:\[[^\[\]\s]{1,20}\])+")


def bottom_line(b: Briefing, independent: int) -> str:
    """Two to four sentences from the briefing's findings: agreed, signed, disputed, read from."""
    parts = [_agreed(b)]
    signed = _signed(b)
    if signed:
        parts.append(signed)
    if b.conflicts:
        parts.append("Main disagreement: " + _lower_first(_plain(main_conflict(b.conflicts).summary)) + ".")
    parts.append(_read(b, independent))
    return " ".join(parts)


def _event(b: Briefing) -> str:
    """The event as the memo names it: name, place, day, each only when the sources give it."""
    ev = b.event
    where = f" in {ev.location}" if ev.location else ""
    when = f" ({ev.date})" if ev.date else ""
    return f"{ev.name or 'the event'}{where}{when}"


def lead_outcome(points: list[SourcedPoint]) -> SourcedPoint | None:
    """The agreed outcome most independent stories report (ties: the shorter wording)."""
    agreed = [p for p in points if p.status == "agreed" and not p.disputed]
    return min(agreed, key=lambda p: (-p.independent, len(p.text)), default=None)


def _agreed(b: Briefing) -> str:
    """What was agreed, in the wording most stories share, or that no story reports an agreement."""
    lead = lead_outcome(b.points)
    if lead is None:
        return f"{_upper_first(_event(b))}: no source reports an agreed outcome."
    return f"{_upper_first(_event(b))}: {_lower_first(_plain(lead.text)).rstrip('.')}."


def _signed(b: Briefing) -> str:
    """Who signed what: people, or the states when no person is named."""
    if not b.signatories:
        return ""
    names = [s.name for s in b.signatories if s.role != "state"] or [s.name for s in b.signatories]
    doc = Counter(s.document for s in b.signatories if s.document).most_common(1)
    listing = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
    return f"{listing} signed{' the ' + doc[0][0] if doc else ''}."


def main_conflict(conflicts: list[Conflict]) -> Conflict:
    """The disagreement to name first: the most basic kind, then the most sources involved."""
    return min(
        conflicts,
        key=lambda c: (KIND_WEIGHT.get(c.kind, 9), -len({s for cl in c.claims for s in cl.sources})),
    )


def _read(b: Briefing, independent: int) -> str:
    """How much was read, and what could not be used."""
    agreed = sum(1 for p in b.points if p.status == "agreed")
    extra = [f"{agreed} agreed outcome{'s' * (agreed != 1)}", f"{len(b.open_issues)} open issue(s)"]
    apart = sum(1 for s in b.sources if s.off_topic)
    if apart:
        extra.append(f"{apart} off-topic article(s) listed apart")
    if b.unsupported:
        extra.append(f"{len(b.unsupported)} item(s) no source supports")
    if b.weak:
        extra.append(f"{len(b.weak)} item(s) only weakly supported")
    if b.failures:
        extra.append(f"{len(b.failures)} article(s) could not be processed")
    return f"Read from {len(b.sources)} sources ({independent} independent): " + "; ".join(extra) + "."


def _plain(text: str) -> str:
    """Summary text without citation marks (the sections below carry them)."""
    return " ".join(MARKS.sub("", text).split())


def _upper_first(text: str) -> str:
    """Capitalise the first letter so a sentence starts as one."""
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    """Lower-case a leading common word so the clause runs on ("The allies" → "the allies")."""
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An", "Sources", "Outcome") or (first.istitle() and first.casefold() in {"it"}):
        return first.casefold() + text[len(first) :]
    return text
