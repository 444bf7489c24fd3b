"""Quote conflicts: the same words given to different speakers, or one speaker's words given differently."""

from __future__ import annotations

from collections.abc import Callable

from summariser.models import Claim, Conflict, SourcedQuote
from summariser.news import lexicon
from summariser.reconcile.conflicts.common import cites
from summariser.reconcile.members import Member, sids_of

REGIONAL = frozenset(w.casefold() for w in lexicon.word_list("regional_adjectives"))


def attribution(quote: SourcedQuote, members: list[Member], display: Callable[[str], str]) -> Conflict | None:
    """Same words, different people (a speaker that names no person, "Gulf Arab", is not compared)."""
    speakers = list(dict.fromkeys(m.extra["speaker"] for m in members if is_person(m.extra["speaker"])))
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
        kind="attribution",
        summary=f"“{quote.text[:80]}” is attributed to {sides}",
        claims=claims,
        basis="the same words, quoted by independent stories, given to different people",
    )


def is_person(key: str) -> bool:
    """Does a speaker key name a person (not a country, region or people: "Gulf Arab", "Britain")?"""
    if not key.startswith("person:"):
        return False
    name_words = key.removeprefix("person:").replace("-", " ").split()
    return not all(lexicon.country_of(w) or w.casefold() in REGIONAL for w in name_words)


def wording(quote: SourcedQuote, members: list[Member]) -> Conflict | None:
    """Same speaker, different words (elided or reworded; truncation is not a conflict)."""
    changed = [
        v
        for v in quote.variants
        if v.kind in ("elided", "reworded") and v.speaker == quote.speaker and not v.copy_edit
    ]
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
    basis = "one speaker's words as independent stories print them"
    return Conflict(kind="quote", summary=summary, claims=claims, basis=basis)
