"""Claim conflicts: one story says a thing happened, another that it did not."""

from __future__ import annotations

from summariser.models import Claim, Conflict
from summariser.reconcile.conflicts.common import cites, sentence_around
from summariser.reconcile.members import Member, sids_of

OPPOSED = ({"agreed", "intended", "proposed"}, {"dropped", "rejected"})


def signed_vs_refused(name: str, signed: list[Member], refused: list[Member]) -> Conflict:
    """One source says X signed, another that X refused."""
    claims = []
    for members, value in ((signed, "signed"), (refused, "refused to sign")):
        m = members[0]
        claims.append(
            Claim(
                source=m.sid,
                text=sentence_around(m.doc, m.evidence.start, m.evidence.end),
                value=value,
                evidence=m.evidence,
                sources=sids_of(members),
            )
        )
    summary = f"{name}: signed {cites(claims[0].sources)} vs refused to sign {cites(claims[1].sources)}"
    return Conflict(kind="claim", summary=summary, claims=claims)


def opposite_statuses(members: list[Member]) -> Conflict | None:
    """The same point reported as agreed by one story and dropped or rejected by another."""
    yes = [m for m in members if m.extra["status"] in OPPOSED[0]]
    no = [m for m in members if m.extra["status"] in OPPOSED[1]]
    if not yes or not no or not ({m.group for m in yes} - {m.group for m in no}):
        return None
    claims = [
        Claim(source=m.sid, text=m.text, value=m.extra["status"], evidence=m.evidence, sources=[m.sid])
        for m in (yes[0], no[0])
    ]
    a, b = claims
    summary = f"Outcome reported as {a.value} [{a.source}] but {b.value} [{b.source}]"
    return Conflict(kind="claim", summary=summary, claims=claims)
