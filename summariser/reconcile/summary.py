"""The memo's bottom line, two to four sentences: the main decision (or that none was reached), who signed,
the main open question and, only when substantive, the main disagreement; and the reading line."""

from __future__ import annotations

import re
from collections import Counter

from summariser.models import Briefing, Claim, Conflict, PointStatus, SourcedPoint, SourcedSignatory
from summariser.news.names import fold_name

STATUS_ORDER: dict[PointStatus, int] = {
    "agreed": 0,
    "intended": 1,
    "proposed": 2,
    "dropped": 3,
    "rejected": 4,
}
# Disagreements on facts make the bottom line; different wordings of one quote do not.
SUBSTANTIVE = {"count": 0, "claim": 1, "date": 2, "attribution": 3, "role": 4}
KIND_WEIGHT = {**SUBSTANTIVE, "quote": 5}
MARKS = re.compile(r"\s*(?:\[[^\[\]\s]{1,20}\])+")
LEAD_WORDS = 45  # a lead outcome longer than this is cut at a word, marked
ISSUE_WORDS = 25


def bottom_line(b: Briefing) -> str:
    """Two to four sentences from the briefing's findings, each only when the findings hold it."""
    parts = [_decided(b), _signed(b), _open(b), _disputed(b)]
    return " ".join(p for p in parts if p)


def _event(b: Briefing) -> str:
    """The event as the memo names it: name, place, day, each only when the sources give it."""
    ev = b.event
    where = f" in {ev.location}" if ev.location else ""
    when = f" ({ev.date})" if ev.date else ""
    return f"{ev.name or 'the event'}{where}{when}"


def lead_outcome(points: list[SourcedPoint]) -> SourcedPoint | None:
    """The main decision: the first agreed, undisputed decision in the reconciler's order of importance
    (else the first agreed outcome of any kind)."""
    agreed = [p for p in points if p.status == "agreed" and not p.disputed]
    return next((p for p in agreed if p.kind == "decision"), agreed[0] if agreed else None)


def _decided(b: Briefing) -> str:
    """What was decided, in the fullest wording the sources share, or that no source reports a decision."""
    lead = lead_outcome(b.points)
    if lead is None:
        refused = next((p for p in b.points if p.status in ("rejected", "dropped")), None)
        tail = f"; {_words(refused.text, LEAD_WORDS)}" if refused else ""
        return f"{_upper_first(_event(b))}: no source reports an agreement{tail}."
    return f"{_upper_first(_event(b))}: {_words(lead.text, LEAD_WORDS)}."


def _signed(b: Briefing) -> str:
    """Who signed, each person and state once (a state its signer speaks for is not named again); nothing
    when the main decision already names every signer."""
    people = [s for s in b.signatories if s.role != "state"]
    covered = {s.country for s in people if s.country}
    states = [s.name for s in b.signatories if s.role == "state" and s.name not in covered]
    names = [_signer(s) for s in people] + states
    lead = lead_outcome(b.points)
    if not names or (lead and all(_surname(s.name) in fold_name(lead.text) for s in people) and not states):
        return ""
    doc = Counter(s.document for s in b.signatories if s.document).most_common(1)
    listing = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
    return f"{listing} signed{' the ' + doc[0][0] if doc else ''}."


def _signer(s: SourcedSignatory) -> str:
    """A signing person with the country they sign for."""
    return f"{s.name} ({s.country})" if s.country and s.country != s.name else s.name


def _surname(name: str) -> str:
    """The last word of a name, folded, to see whether a text names the person."""
    words = fold_name(name).split()
    return words[-1] if words else name


def _open(b: Briefing) -> str:
    """The main open question, when there is one that is not the main decision's own sentence."""
    lead = lead_outcome(b.points)
    said = set(_plain(lead.text).casefold().split()) if lead else set()
    for issue in b.open_issues:
        words = set(_plain(issue.topic).casefold().split())
        if len(words & said) <= len(words) / 2:
            return f"Still open: {_lower_first(_words(issue.topic, ISSUE_WORDS))}."
    return ""


def _disputed(b: Briefing) -> str:
    """The main disagreement on a fact (never a mere difference of wording)."""
    facts = [c for c in b.conflicts if c.kind in SUBSTANTIVE]
    if not facts:
        return ""
    c = main_conflict(facts)
    sides = " vs ".join(_words(_side(cl), 10) for cl in c.claims[:3])
    head = _plain(c.summary).split(":", 1)[0]
    return f"{head}: {sides}."


def _side(claim: Claim) -> str:
    """What one side says, as short as it is written: its value ("Mirror Hall", "tripled"), or the
    figure as written when the value is the interval it was compared as ("[3, 3]")."""
    return claim.text if not claim.value or claim.value.startswith("[") else claim.value


def main_conflict(conflicts: list[Conflict]) -> Conflict:
    """The disagreement to name first: the most basic kind, then the most sources involved."""
    return min(
        conflicts,
        key=lambda c: (KIND_WEIGHT.get(c.kind, 9), -len({s for cl in c.claims for s in cl.sources})),
    )


def reading(b: Briefing, independent: int) -> str:
    """How much was read, and what could not be used."""
    agreed = sum(1 for p in b.points if p.status == "agreed")
    extra = [_count(agreed, "agreed outcome"), _count(len(b.open_issues), "open issue")]
    apart = sum(1 for s in b.sources if s.off_topic)
    if apart:
        extra.append(_count(apart, "off-topic article") + " listed apart")
    if b.unsupported:
        extra.append(_count(len(b.unsupported), "item") + " no source supports")
    if b.weak:
        extra.append(_count(len(b.weak), "item") + " only weakly supported")
    if b.failures:
        extra.append(_count(len(b.failures), "article") + " could not be processed")
    read = f"Read from {_count(len(b.sources), 'source')} ({independent} independent)"
    return read + ": " + "; ".join(extra) + "."


def _count(n: int, noun: str) -> str:
    """A number with its noun in the right number ("1 source", "2 sources")."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _words(text: str, limit: int) -> str:
    """A text without citation marks, cut at a word past `limit` words, closing punctuation dropped."""
    words = _plain(text).split()
    cut = " ".join(words[:limit]) + (" …" if len(words) > limit else "")
    return cut.rstrip(" .;,:")


def _plain(text: str) -> str:
    """Summary text without citation marks (the sections below carry them)."""
    return " ".join(MARKS.sub("", text).split())


def _upper_first(text: str) -> str:
    """Capitalise the first letter so a sentence starts as one."""
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    """Lower-case a leading common word so the clause runs on ("The allies" → "the allies")."""
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An") or (first.istitle() and first.casefold() in {"it"}):
        return first.casefold() + text[len(first) :]
    return text
