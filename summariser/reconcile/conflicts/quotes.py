"""Quote conflicts: the same words given to different speakers, or one speaker's words given differently."""

from __future__ import annotations

from collections.abc import Callable

from summariser.models import Claim, Conflict, SourcedQuote
from summariser.reconcile.conflicts.common import cites
from summariser.reconcile.members import Member, sids_of


def attribution(quote: SourcedQuote, members: list[Member], display: Callable[[str], str]) -> Conflict | None:
    """Same words, different speaker."""
    speakers = list(dict.fromkeys(m.extra["speaker"] for m in members))
    if len(speakers) < 2:
        return None
    claims = []
    for spk in speakers:
        ms = [m for m in members if m.extra["speaker"] == spk]
        claims.append(
            Claim(
                source=ms[0].sid,
                text=ms[0].text,
                value=display(spk),
                evidence=ms[0].evidence,
                sources=sids_of(ms),
            )
        )
    sides = " vs ".join(f"{c.value} {cites(c.sources)}" for c in claims)
    return Conflict(
        kind="attribution", summary=f"“{quote.text[:80]}” is attributed to {sides}", claims=claims
    )


def wording(quote: SourcedQuote, members: list[Member]) -> Conflict | None:
    """Same speaker, different words (elided or reworded; truncation is not a conflict)."""
    changed = [v for v in quote.variants if v.kind in ("elided", "reworded") and v.speaker == quote.speaker]
    if not changed:
        return None
    rep = next(m for m in members if m.text == quote.text)
    claims = [
        Claim(
            source=rep.sid, text=quote.text, value="as reported", evidence=rep.evidence, sources=quote.sources
        )
    ]
    for v in changed:
        m = next(x for x in members if x.text == v.text)
        claims.append(Claim(source=m.sid, text=v.text, value=v.kind, evidence=m.evidence, sources=v.sources))
    kinds = ", ".join(sorted({v.kind for v in changed}))
    summary = (
        f"{quote.speaker}'s words differ between sources ({kinds}) {cites(quote.sources)} vs "
        + "".join(cites(v.sources) for v in changed)
    )
    return Conflict(kind="quote", summary=summary, claims=claims)
