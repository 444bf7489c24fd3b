"""Count conflicts: figures of one measured thing (same head, qualifiers and unit) whose intervals cannot
both be true."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from summariser.models import Claim, Conflict, Figure
from summariser.news import lexicon
from summariser.news.figures import is_vague
from summariser.news.lexicon import STOPWORDS
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
TITLE_HEADS = frozenset({"head"})  # "heads of state": the complement belongs to the title, not a scope
DURATIONS = frozenset("second minute hour day night week month year decade".split())
UNIT_WORDS = tuple(sorted(lexicon.word_list("measure_units"), key=len, reverse=True))
Side = tuple[str, float | None, float | None]


@dataclass(frozen=True)
class Measure:
    """What a figure measures: the counted thing, the words that narrow it, and its unit."""

    category: str
    qualifiers: frozenset[str]
    unit: str

    def describe(self) -> str:
        """The measure in words, for the conflict's basis."""
        scope = " ".join(sorted(self.qualifiers))
        unit = f" in {self.unit}" if self.unit else ""
        return f"{scope + ' ' if scope else ''}{self.category}{unit}"


def _lemma(word: str) -> str:
    """A rough singular of a plural noun, enough to compare counted things."""
    return re.sub(r"s$", "", re.sub(r"ies$", "y", word))


def category(what: str) -> str:
    """The comparable category of a counted thing ("heads of state or government" → "leaders")."""
    w = what.casefold().strip()
    if w.startswith("percent"):
        return w
    head = w.split(" of ")[0].split()[-1] if w.split(" of ")[0].split() else w
    lemma = _lemma(head)
    return CATEGORIES.get(lemma, lemma)


def qualifiers(what: str) -> frozenset[str]:
    """The words that narrow a counted thing: "new members", "Arab nations", "members of the bloc"."""
    w = what.casefold().strip()
    if w.startswith("percent"):
        return frozenset()
    front, _, complement = w.partition(" of ")
    head_words = front.split()
    kept = head_words[:-1]
    if not (head_words and _lemma(head_words[-1]) in TITLE_HEADS):
        kept += complement.split()
    return frozenset(_lemma(x) for x in kept if x not in STOPWORDS and x.isalpha())


def unit_after(f: Sourced[Figure]) -> str:
    """The unit word right after the figure in its article ("degrees Celsius"), or ""."""
    ev = f.item.evidence
    after = f.doc.text[ev.end : ev.end + 40].casefold().lstrip(" (")
    return next((u for u in UNIT_WORDS if re.match(rf"{re.escape(u)}\b", after)), "")


def measure(f: Sourced[Figure]) -> Measure:
    """The measure of one figure."""
    return Measure(category(f.item.what), qualifiers(f.item.what), unit_after(f))


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
    """Figures of one measure from independent stories whose intervals do not overlap."""
    by_measure: dict[Measure, list[Sourced[Figure]]] = defaultdict(list)
    for f in figures:
        if comparable(f):
            by_measure[measure(f)].append(f)
    found = [(m, c) for m, figs in by_measure.items() if (c := _measure_conflict(m, figs)) is not None]
    return [c for _, c in sorted(found, key=lambda mc: mc[0].describe())]


def _measure_conflict(m: Measure, figs: list[Sourced[Figure]]) -> Conflict | None:
    """Compare the distinct values given for one measure, not every pair of figures."""
    sides: dict[Side, list[Sourced[Figure]]] = defaultdict(list)
    for f in figs:
        sides[(f.item.hedge, f.item.low, f.item.high)].append(f)
    keys = sorted(sides, key=lambda k: (k[1] or 0.0, k[2] if k[2] is not None else float("inf"), k[0]))
    conflicting: set[Side] = set()
    for i, ka in enumerate(keys):
        for kb in keys[i + 1 :]:
            if _opposed(sides[ka], sides[kb]) and _disjoint(sides[ka][0].item, sides[kb][0].item):
                conflicting |= {ka, kb}
    if not conflicting:
        return None
    claims = [_figure_claim(sides[k]) for k in keys if k in conflicting]
    summary = "; ".join(f"{c.text} {cites(c.sources)}" for c in claims)
    basis = f"each side counts {m.describe()}, nothing narrower, in another story"
    return Conflict(
        kind="count",
        summary=f"Sources disagree on the number of {m.category}: {summary}",
        claims=claims,
        basis=basis,
    )


def _opposed(a: list[Sourced[Figure]], b: list[Sourced[Figure]]) -> bool:
    """Two values from independent stories, neither stated by an article that gives the other too
    (an article giving both means they measure different things, as in "1.5 C (2.7 F)")."""
    ga, gb = {f.group for f in a}, {f.group for f in b}
    independent = not (len(ga) == 1 and ga == gb)
    return independent and not ({f.sid for f in a} & {f.sid for f in b})


def _figure_claim(items: list[Sourced[Figure]]) -> Claim:
    """One side of a count conflict: the same hedged value from one or more sources."""
    items = sorted(items, key=lambda f: int(f.sid) if f.sid.isdigit() else 0)
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
