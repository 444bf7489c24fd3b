"""Quote conflicts: the same words given to different speakers, or one speaker's words given differently."""

from __future__ import annotations

from collections.abc import Callable

from summariser.models import Claim, Conflict, SourcedQuote
from summariser.news import lexicon
from summariser.reconcile.conflicts.common import cites
from summariser.reconcile.members import Member, same_words, sids_of
from summariser.reconcile.wording import Change, changes
from summariser.text.normalise import possessive

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


def compatible(a: str, b: str) -> bool:
    """Speakers that may be one voice: the same identity, or one side names no person (a document, a
    body, a title no source puts a name to, which the person quoted may be reading out)."""
    return a == b or not a.startswith("person:") or not b.startswith("person:")


def wording(quote: SourcedQuote, members: list[Member]) -> Conflict | None:
    """One utterance that independent stories print with different content words (aligned word by word;
    a shorter quote inside a longer one, punctuation, case and word order are not differences)."""
    rep = [m for m in members if same_words(m.text) == same_words(quote.text)]
    if not rep:
        return None
    sides = _printings(quote.text, rep, members)
    if not sides:
        return None
    first = Claim(
        source=rep[0].sid,
        text=quote.text,
        value="as reported",
        evidence=rep[0].evidence,
        sources=sids_of(rep),
    )
    claims, shown = [first], []
    for ms, found in sides:
        kinds = ", ".join(sorted({c.kind for c in found}))
        claim = Claim(
            source=ms[0].sid, text=ms[0].text, value=kinds, evidence=ms[0].evidence, sources=sids_of(ms)
        )
        claims.append(claim)
        words = "; ".join(c.shown() for c in found)
        shown.append(f"{kinds}: {words} {cites(first.sources)} vs {cites(claim.sources)}")
    summary = f"{possessive(quote.speaker)} words differ between sources ({' · '.join(shown)})"
    basis = (
        "one utterance (its words in the same order) as independent stories print it, aligned word by word"
    )
    return Conflict(kind="quote", summary=summary, claims=claims, basis=basis)


def _printings(
    text: str, rep: list[Member], members: list[Member]
) -> list[tuple[list[Member], list[Change]]]:
    """Each other printing from another story by the same voice, with the words it changed."""
    groups, speaker = {m.group for m in rep}, rep[0].extra["speaker"]
    printed = {m.text for m in members if m.group in groups}  # the reporting story's own quotes
    sides: dict[str, tuple[list[Member], list[Change]]] = {}
    for m in members:
        if m.group in groups or not compatible(speaker, m.extra["speaker"]):
            continue  # a copy's edit, or another person's words (an attribution question)
        key = same_words(m.text)
        if key not in sides and any(changes(own, m.text) == [] for own in printed):
            continue  # the same story prints these words too: another utterance, not a rewording
        if key not in sides and (found := changes(text, m.text)):
            sides[key] = ([], found)
        if key in sides:
            sides[key][0].append(m)
    return list(sides.values())
