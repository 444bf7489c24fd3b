"""Mediator conflicts: independent stories that name different states as the go-betweens of the deal
("mediated by Qatar, Egypt and the US" against "mediated by Qatar, the UAE and the US"). A story naming
fewer of them agrees with one naming more; only a state one names and the other leaves out, both ways,
is a disagreement."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summariser.models import Claim, Conflict, Evidence
from summariser.news import lexicon
from summariser.reconcile.conflicts.common import cites, sentence_around
from summariser.reconcile.members import Sourced
from summariser.text.document import Document

STATE = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
LIST = rf"{STATE}(?:\s*,\s*(?:and\s+)?{STATE}|\s+and\s+{STATE}){{1,5}}"
MEDIATION = re.compile(
    rf"\b(?:mediated|brokered|facilitated)\s+by\s+(?P<after>{LIST})"  # "mediated by Qatar and Egypt"
    rf"|\bmediators?\s*,?\s+(?P<named>{LIST})"  # "joint mediators Qatar, the US and Egypt"
    rf"|(?P<before>{LIST})\s+mediators\b"  # "Egyptian and Qatari mediators"
)
MIN_STATES = 2  # one state named alone may be the host speaking, not the list of mediators


@dataclass(frozen=True)
class Mediation:
    """The states one story names as mediators, and where."""

    states: frozenset[str]
    start: int
    end: int


def mediators(stories: list[Sourced[Document]]) -> list[Conflict]:
    """One conflict when independent stories name mediator lists neither of which holds the other."""
    said = [(story, m) for story in stories for m in _mediations(story.item)]
    widest = [(s, m) for s, m in said if not any(m.states < o.states for _, o in said)]
    sides: dict[frozenset[str], list[tuple[Sourced[Document], Mediation]]] = {}
    for s, m in widest:
        sides.setdefault(m.states, []).append((s, m))
    if len(sides) < 2 or len({s.group for group in sides.values() for s, _ in group}) < 2:
        return []
    shared = frozenset.intersection(*sides)
    claims = [_claim(group, shared) for group in sides.values()]
    beside = f" beside {_listed(shared)}" if shared else ""
    summary = f"Sources name different mediators{beside}: " + " vs ".join(
        f"{c.value} {cites(c.sources)}" for c in claims
    )
    return [Conflict(kind="claim", summary=summary, claims=claims, basis="each side is one story's list")]


def _listed(states: frozenset[str]) -> str:
    """States as a reader lists them: "Egypt, Qatar and United States"."""
    names = sorted(states)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _mediations(doc: Document) -> list[Mediation]:
    """Every list of two or more states a story names as mediators."""
    out = []
    for m in MEDIATION.finditer(doc.text):
        group = next(g for g in ("after", "named", "before") if m.group(g))
        states = _states(m.group(group))
        if len(states) >= MIN_STATES:
            out.append(Mediation(frozenset(states), m.start(group), m.end(group)))
    return out


def _states(names: str) -> list[str]:
    """The states of a list, up to the first item that names none ("Qatar, Egypt and the talks")."""
    out = []
    for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names):
        state = lexicon.country_of(item)
        if not state:
            break
        out.append(state)
    return out


def _claim(group: list[tuple[Sourced[Document], Mediation]], shared: frozenset[str]) -> Claim:
    """One side: the mediators only it names, the first story's words, every story naming the same."""
    story, m = group[0]
    return Claim(
        value=_listed(m.states - shared),
        source=story.sid,
        text=sentence_around(story.item, m.start, m.end),
        evidence=Evidence(start=m.start, end=m.end, status="exact", score=100),
        sources=sorted({s.sid for s, _ in group}, key=lambda x: (len(x), x)),
    )
