"""Count conflicts: figures of one measured thing whose intervals cannot both be true.

A measure is what is counted, the frame it is counted in (the verb or noun it belongs to: "took part",
"did not sign", "days of talks"), the words narrowing it and its unit; a count done by someone ("the
rebels freed 1,000 prisoners") or dated ("within 135 days") is compared only with counts by the same
doer or of the same time, or naming none. Figures no parse read are compared by their counted words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from summariser.models import Claim, Conflict, Figure
from summariser.news import lexicon
from summariser.news.figures import TIME_UNITS, is_vague
from summariser.news.lexicon import STOPWORDS
from summariser.news.measures import TITLE_HEADS
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
    "%": "percent",
    "per cent": "percent",
}
DURATIONS = frozenset(u.removesuffix("s") for u in TIME_UNITS)
UNIT_WORDS = tuple(sorted(lexicon.word_list("measure_units"), key=len, reverse=True))
Side = tuple[str, float | None, float | None]


@dataclass(frozen=True)
class Measure:
    """What a figure measures: the counted thing, the words that narrow it, its unit and its frame."""

    category: str
    qualifiers: frozenset[str]
    unit: str
    frame: str = ""
    negated: bool = False

    def label(self) -> str:
        """The counted thing in its frame: "countries (not approve)", "days (talk)"."""
        if not self.frame:
            return self.category
        return f"{_plural(self.category)} ({'not ' if self.negated else ''}{self.frame})"

    def describe(self) -> str:
        """The measure in words, for the conflict's basis."""
        scope = " ".join(sorted(self.qualifiers))
        unit = f" in {self.unit}" if self.unit else ""
        return f"{scope + ' ' if scope else ''}{self.label()}{unit}"


def _plural(noun: str) -> str:
    """A plural to name a counted thing in a summary ("day" → "days", "ferry" → "ferries")."""
    if noun.endswith("s") or " " in noun or noun == "percent":
        return noun
    return noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"


def _lemma(word: str) -> str:
    """A rough singular of a plural noun, enough to compare counted things."""
    return re.sub(r"s$", "", re.sub(r"ies$", "y", word))


def category(what: str) -> str:
    """The comparable category of a counted thing ("heads of state or government" → "leaders")."""
    w = what.casefold().strip()
    if w.startswith("percent") or " and " in w:
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
    """The measure of one figure: from its parse where the engine read one, else from its counted words."""
    m = f.item.measured
    if m is None:
        return Measure(category(f.item.what), qualifiers(f.item.what), unit_after(f))
    scope = frozenset(_lemma(w) for w in m.scope)
    return Measure(category(m.counted), scope, unit_after(f), m.frame, m.negated)


def _disjoint(a: Figure, b: Figure) -> bool:
    """Two hedged figures whose intervals cannot both be true."""
    a_lo, b_lo = a.low or 0.0, b.low or 0.0
    return (a.high is not None and a.high < b_lo) or (b.high is not None and b.high < a_lo)


def comparable(f: Sourced[Figure]) -> bool:
    """Grounded, precise, and not an amount of time unless we know what it measures ("days of talks")."""
    fig = f.item
    if fig.evidence.status == "unsupported" or is_vague(fig.hedge):
        return False
    if fig.measured is None:
        return category(fig.what) not in DURATIONS
    return bool(fig.measured.frame) or not fig.measured.unit


def counts(figures: list[Sourced[Figure]]) -> list[Conflict]:
    """Figures of one measure from independent stories whose intervals do not overlap."""
    by_measure: dict[Measure, list[Sourced[Figure]]] = defaultdict(list)
    for f in figures:
        if comparable(f):
            by_measure[measure(f)].append(f)
    found: dict[tuple[str, ...], tuple[Measure, Conflict]] = {}
    for m, figs in by_measure.items():
        for same in (g for by_doer in _split(figs, "agent") for g in _split(by_doer, "time")):
            c = _measure_conflict(m, same)
            if c is not None:
                found.setdefault(tuple(sorted(f"{cl.text}|{cl.sources}" for cl in c.claims)), (m, c))
    return [c for _, c in sorted(found.values(), key=lambda mc: (mc[0].describe(), mc[1].summary))]


def _split(figs: list[Sourced[Figure]], role: str) -> list[list[Sourced[Figure]]]:
    """The figures of one measure by who did it or when (`role`): one naming none goes with every group,
    so "the rebels freed 1,000" and "the army freed 5,000" are apart and "4,000 were freed" meets both."""

    def value(f: Sourced[Figure]) -> str:
        """The figure's doer or time, "" when its sentence names none."""
        return str(getattr(f.item.measured, role, "") or "")

    given = sorted({value(f) for f in figs} - {""})
    if len(given) < 2:
        return [figs]
    return [[f for f in figs if value(f) in ("", v)] for v in given]


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
        summary=f"Sources disagree on the number of {m.label()}: {summary}",
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
