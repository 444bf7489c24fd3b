"""Venue conflicts: independent stories that put the signing in different rooms or buildings ("signed in
the Oval Office" against "signed in the Treaty Room"). Venues compare only at one scale: a room and the
building around it both hold; a story naming two venues of one scale describes two moments."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from summariser.models import Claim, Conflict, Evidence
from summariser.news.lexicon import word_list
from summariser.reconcile.conflicts.common import cites, sentence_around
from summariser.reconcile.members import Sourced
from summariser.text.document import Document


@dataclass(frozen=True)
class Venue:
    """Where one story says the signing took place, at what scale, and where it says so."""

    name: str
    scale: str
    start: int
    end: int


@cache
def _scales() -> dict[str, str]:
    """Venue noun -> scale ("Room" -> "room", "Palace" -> "building")."""
    return dict(line.split("\t") for line in word_list("venue_nouns", "tsv"))


@cache
def _signed_at() -> re.Pattern[str]:
    """ "signed ... in the Treaty Room", "the signing at the Palace of Peace" (within one sentence: a stop
    followed by a space ends it, one inside "(r.)" does not)."""
    nouns = "|".join(sorted(_scales(), key=len, reverse=True))
    return re.compile(
        rf"\b(?:signed|signing)\b(?:[^.;]|\.(?=\S)){{0,160}}?\b(?:in|at)\s+the\s+"
        rf"(?P<venue>(?:[A-Z][\w'’-]*\s+){{1,3}}(?P<noun>{nouns})|(?P<noun2>{nouns})\s+of\s+[A-Z][\w'’-]*)\b"
    )


def venues(stories: list[Sourced[Document]]) -> list[Conflict]:
    """One conflict per scale at which independent stories name different venues for the signing."""
    by_scale: dict[str, dict[str, list[tuple[Sourced[Document], Venue]]]] = defaultdict(dict)
    for story in stories:
        for v in _venues(story.item):
            by_scale[v.scale].setdefault(v.name.casefold(), []).append((story, v))
    out = []
    for scale, named in sorted(by_scale.items()):
        if len(named) < 2 or _one_story_names_two(named) or len(_groups(named)) < 2:
            continue
        claims = [_claim(found) for found in named.values()]
        sides = " vs ".join(f"{c.value} {cites(c.sources)}" for c in claims)
        basis = f"each side is the {scale} a story says the signing took place in; no story names both"
        summary = f"Sources put the signing in different places: {sides}"
        out.append(Conflict(kind="claim", summary=summary, claims=claims, basis=basis))
    return out


def _venues(doc: Document) -> list[Venue]:
    """The venues a story names for the signing."""
    out = []
    for m in _signed_at().finditer(doc.text):
        noun = m.group("noun") or m.group("noun2")
        out.append(Venue(m.group("venue"), _scales()[noun], m.start("venue"), m.end("venue")))
    return out


def _one_story_names_two(named: dict[str, list[tuple[Sourced[Document], Venue]]]) -> bool:
    """A story naming two venues of one scale speaks of two moments (the talks, then the signing)."""
    sids = [{s.sid for s, _ in found} for found in named.values()]
    return any(a & b for i, a in enumerate(sids) for b in sids[i + 1 :])


def _groups(named: dict[str, list[tuple[Sourced[Document], Venue]]]) -> set[int]:
    """The independent stories among all sides."""
    return {s.group for found in named.values() for s, _ in found}


def _claim(found: list[tuple[Sourced[Document], Venue]]) -> Claim:
    """One side: the first story's sentence, and every story naming the same venue."""
    story, v = found[0]
    return Claim(
        source=story.sid,
        text=sentence_around(story.item, v.start, v.end),
        value=f"the {v.name}",
        evidence=Evidence(start=v.start, end=v.end, status="exact", score=100),
        sources=sorted({s.sid for s, _ in found}, key=lambda x: (len(x), x)),
    )
