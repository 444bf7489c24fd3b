"""The memo's bottom line and the order findings are listed in."""

from __future__ import annotations

from collections import Counter

from summariser.models import Briefing, PointStatus

STATUS_ORDER: dict[PointStatus, int] = {
    "agreed": 0,
    "intended": 1,
    "proposed": 2,
    "dropped": 3,
    "rejected": 4,
}


def bottom_line(b: Briefing, independent: int) -> str:
    """One deterministic paragraph summing up the briefing, built only from its findings."""
    ev = b.event
    what = ev.name or "the event"
    where = f" in {ev.location}" if ev.location else ""
    when = f" ({ev.date})" if ev.date else ""
    parts = [f"{len(b.sources)} sources ({independent} independent) on {what}{where}{when}."]
    if b.signatories:
        names = [s.name for s in b.signatories if s.role != "state"] or [s.name for s in b.signatories]
        doc = Counter(s.document for s in b.signatories if s.document).most_common(1)
        listing = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
        parts.append(f"{listing} signed{' the ' + doc[0][0] if doc else ''}.")
    agreed = sum(1 for p in b.points if p.status == "agreed")
    parts.append(f"{agreed} agreed outcome{'s' * (agreed != 1)}; {len(b.open_issues)} open issue(s).")
    if b.conflicts:
        kinds = Counter(c.kind for c in b.conflicts)
        parts.append("Sources disagree: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + ".")
    if b.unsupported:
        parts.append(f"{len(b.unsupported)} item(s) no source supports.")
    if b.weak:
        parts.append(f"{len(b.weak)} item(s) only weakly supported.")
    if b.failures:
        parts.append(f"{len(b.failures)} article(s) could not be processed.")
    return " ".join(parts)
