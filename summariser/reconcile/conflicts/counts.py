"""Count conflicts: figures of the same counted thing whose hedged intervals cannot both be true."""

from __future__ import annotations

import re
from collections import defaultdict

from summariser.models import Claim, Conflict, Figure
from summariser.news.figures import is_vague
from summariser.reconcile.conflicts.common import cites
from summariser.reconcile.members import Sourced

# Counted things that are the same thing for the purpose of "how many took part".
CATEGORIES = {
    "country": "countries",
    "nation": "countries",
    "state": "countries",
    "participant": "countries",
    "delegation": "countries",
    "government": "countries",
    "leader": "leaders",
    "head": "leaders",
    "troop": "troops",
    "soldier": "troops",
    "personnel": "troops",
}
DURATIONS = frozenset("second minute hour day night week month year decade".split())
Side = tuple[str, float | None, float | None]


def category(what: str) -> str:
    """The comparable category of a counted thing ("heads of state or government" → "leaders")."""
    w = what.casefold().strip()
    if w.startswith("percent"):
        return w
    head = w.split(" of ")[0].split()[-1] if w.split(" of ")[0].split() else w
    lemma = re.sub(r"(?:ies)$", "y", head)
    lemma = re.sub(r"s$", "", lemma)
    return CATEGORIES.get(lemma, lemma)


def _disjoint(a: Figure, b: Figure) -> bool:
    """Two hedged figures whose intervals cannot both be true."""
    a_lo, b_lo = a.low or 0.0, b.low or 0.0
    return (a.high is not None and a.high < b_lo) or (b.high is not None and b.high < a_lo)


def comparable(f: Sourced[Figure]) -> bool:
    """Grounded, precise, and not a duration: the figures worth comparing across sources."""
    fig = f.item
    return (
        fig.evidence.status != "unsupported"
        and not is_vague(fig.hedge)
        and category(fig.what) not in DURATIONS
    )


def counts(figures: list[Sourced[Figure]]) -> list[Conflict]:
    """Figures of the same category from independent stories whose intervals do not overlap."""
    by_cat: dict[str, list[Sourced[Figure]]] = defaultdict(list)
    for f in figures:
        if comparable(f):
            by_cat[category(f.item.what)].append(f)
    return [c for cat, figs in by_cat.items() if (c := _category_conflict(cat, figs)) is not None]


def _category_conflict(cat: str, figs: list[Sourced[Figure]]) -> Conflict | None:
    """Compare the distinct values given for one category, not every pair of figures."""
    sides: dict[Side, list[Sourced[Figure]]] = defaultdict(list)
    for f in figs:
        sides[(f.item.hedge, f.item.low, f.item.high)].append(f)
    keys = list(sides)
    groups = {k: {f.group for f in sides[k]} for k in keys}
    conflicting: set[Side] = set()
    for i, ka in enumerate(keys):
        for kb in keys[i + 1 :]:
            ga, gb = groups[ka], groups[kb]
            independent = not (len(ga) == 1 and ga == gb)
            if independent and _disjoint(sides[ka][0].item, sides[kb][0].item):
                conflicting |= {ka, kb}
    if not conflicting:
        return None
    claims = [_figure_claim(sides[k]) for k in keys if k in conflicting]
    summary = "; ".join(f"{c.text} {cites(c.sources)}" for c in claims)
    return Conflict(
        kind="count", summary=f"Sources disagree on the number of {cat}: {summary}", claims=claims
    )


def _figure_claim(items: list[Sourced[Figure]]) -> Claim:
    """One side of a count conflict: the same hedged value from one or more sources."""
    fig = items[0].item
    high = "∞" if fig.high is None else f"{fig.high:g}"
    sids = sorted({f.sid for f in items}, key=int)
    return Claim(
        source=items[0].sid,
        text=fig.text,
        value=f"[{(fig.low or 0):g}, {high}]",
        evidence=fig.evidence,
        sources=sids,
    )
