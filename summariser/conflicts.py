"""Where sources disagree: counts, quote wording, attribution, roles, dates and contradictory claims."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from summariser.canonical import person_key, role_key
from summariser.grounding import ground, sentence_around
from summariser.models import Claim, Conflict, Evidence, Figure, SourcedQuote

if TYPE_CHECKING:
    from summariser.reconcile import Member, Reconciler

__all__ = ["Conflict"]

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
VAGUE = re.compile(r"several|a few|couple|dozens|scores|hundreds|thousands|millions")
DURATIONS = frozenset("second minute hour day night week month year decade".split())
OPPOSED = ({"agreed", "intended", "proposed"}, {"dropped", "rejected"})


MAX_CITES = 8  # a summary names a few sources; the claims carry the full lists


def _cites(sids: list[str]) -> str:
    """Citation marks for a summary line, shortened when many sources agree."""
    more = f"[+{len(sids) - MAX_CITES}]" if len(sids) > MAX_CITES else ""
    return "".join(f"[{s}]" for s in sids[:MAX_CITES]) + more


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


def counts(rec: Reconciler) -> list[Conflict]:
    """Figures of the same category from independent stories whose intervals do not overlap."""
    by_cat: dict[str, list[tuple[str, Figure]]] = defaultdict(list)
    for r in rec.records:
        for f in r.outcome.figures:
            durations = category(f.what) in DURATIONS
            if f.evidence.status != "unsupported" and not VAGUE.search(f.hedge) and not durations:
                by_cat[category(f.what)].append((r.source.id, f))
    out = []
    for cat, figs in by_cat.items():
        sides: dict[tuple[str, float | None, float | None], list[tuple[str, Figure]]] = defaultdict(list)
        for sid, f in figs:
            sides[(f.hedge, f.low, f.high)].append((sid, f))  # compare distinct values, not every pair
        keys = list(sides)
        groups = {k: {rec.group[s] for s, _ in sides[k]} for k in keys}
        conflicting: set[tuple[str, float | None, float | None]] = set()
        for i, ka in enumerate(keys):
            for kb in keys[i + 1 :]:
                ga, gb = groups[ka], groups[kb]
                independent = not (len(ga) == 1 and ga == gb)
                if independent and _disjoint(sides[ka][0][1], sides[kb][0][1]):
                    conflicting |= {ka, kb}
        if conflicting:
            claims = [_figure_claim(sides[k]) for k in keys if k in conflicting]
            summary = "; ".join(f"{c.text} {_cites(c.sources)}" for c in claims)
            out.append(
                Conflict(
                    kind="count", summary=f"Sources disagree on the number of {cat}: {summary}", claims=claims
                )
            )
    return out


def _figure_claim(items: list[tuple[str, Figure]]) -> Claim:
    """One side of a count conflict: the same hedged value from one or more sources."""
    sid, fig = items[0]
    high = "∞" if fig.high is None else f"{fig.high:g}"
    sids = sorted({s for s, _ in items}, key=int)
    return Claim(
        source=sid, text=fig.text, value=f"[{(fig.low or 0):g}, {high}]", evidence=fig.evidence, sources=sids
    )


def roles(rec: Reconciler) -> list[Conflict]:
    """The same person given titles that cannot both hold (President vs Prime Minister)."""
    seen: dict[str, dict[str, list[tuple[str, str, str]]]] = defaultdict(lambda: defaultdict(list))
    for r in rec.records:
        people = [
            (p.name, p.role)
            for p in r.outcome.participants
            if p.evidence is None or p.evidence.status != "unsupported"
        ]
        people += [(s.name, s.role) for s in r.outcome.signatories if s.role != "state"]
        for name, role in people:
            rk = role_key(role)
            if rk and (r.source.id, role, name) not in seen[person_key(name)][rk]:
                seen[person_key(name)][rk].append((r.source.id, role, name))
    out = []
    for key, by_role in seen.items():
        groups = {rec.group[s] for entries in by_role.values() for s, _, _ in entries}
        if len(by_role) < 2 or len(groups) < 2:
            continue
        claims = []
        for entries in by_role.values():
            sid, role, name = entries[0]
            claims.append(
                Claim(
                    source=sid,
                    text=f"{role} {name}",
                    value=role,
                    evidence=_role_evidence(rec.by_sid[sid].text, name, role),
                    sources=sorted({s for s, _, _ in entries}, key=int),
                )
            )
        who = rec.names.display(key)
        sides = " vs ".join(f"{c.value} {_cites(c.sources)}" for c in claims)
        out.append(Conflict(kind="role", summary=f"{who}'s title differs: {sides}", claims=claims))
    return out


def _role_evidence(text: str, name: str, role: str) -> Evidence:
    """Find where the article gives the person this title ("Icelandic President Jón Sigurdsson")."""
    surname = re.escape(name.rsplit(maxsplit=1)[-1])
    rx = re.compile(
        rf"{re.escape(role)}\W+(?:[\w'’.-]+\W+){{0,3}}?{surname}|{surname},\s+(?:the\s+)?{re.escape(role)}",
        re.I,
    )
    m = rx.search(text)
    if m:
        return Evidence(start=m.start(), end=m.end(), status="exact", score=100.0)
    return ground(f"{role} {name}", text)


def dates(rec: Reconciler) -> list[Conflict]:
    """Independent stories that put the event on different days."""
    by_day: dict[str, list[str]] = defaultdict(list)
    for r in rec.records:
        if r.outcome.event.date and r.outcome.event.date_evidence is not None:
            by_day[r.outcome.event.date.casefold()].append(r.source.id)
    groups = {rec.group[s] for sids in by_day.values() for s in sids}
    if len(by_day) < 2 or len(groups) < 2:
        return []
    claims = []
    for sids in by_day.values():
        r = rec.by_sid[sids[0]]
        ev = r.outcome.event.date_evidence
        assert ev is not None  # filtered above
        claims.append(
            Claim(
                source=sids[0],
                text=sentence_around(r.text, ev.start, ev.end),
                value=r.outcome.event.date,
                evidence=ev,
                sources=sids,
            )
        )
    sides = " vs ".join(f"{c.value} {_cites(c.sources)}" for c in claims)
    return [
        Conflict(kind="date", summary=f"Sources give different days for the event: {sides}", claims=claims)
    ]


def signed_vs_refused(rec: Reconciler, name: str, signed: list[Member], refused: list[Member]) -> Conflict:
    """One source says X signed, another that X refused."""
    claims = []
    for members, value in ((signed, "signed"), (refused, "refused to sign")):
        m = members[0]
        claims.append(
            Claim(
                source=m.sid,
                text=sentence_around(rec.by_sid[m.sid].text, m.evidence.start, m.evidence.end),
                value=value,
                evidence=m.evidence,
                sources=sorted({x.sid for x in members}, key=int),
            )
        )
    summary = f"{name}: signed {_cites(claims[0].sources)} vs refused to sign {_cites(claims[1].sources)}"
    return Conflict(kind="claim", summary=summary, claims=claims)


def opposite_statuses(rec: Reconciler, members: list[Member]) -> Conflict | None:
    """The same point reported as agreed by one story and dropped or rejected by another."""
    yes = [m for m in members if m.extra["status"] in OPPOSED[0]]
    no = [m for m in members if m.extra["status"] in OPPOSED[1]]
    if not yes or not no or not ({rec.group[m.sid] for m in yes} - {rec.group[m.sid] for m in no}):
        return None
    claims = [
        Claim(source=m.sid, text=m.text, value=m.extra["status"], evidence=m.evidence, sources=[m.sid])
        for m in (yes[0], no[0])
    ]
    a, b = claims
    summary = f"Outcome reported as {a.value} [{a.source}] but {b.value} [{b.source}]"
    return Conflict(kind="claim", summary=summary, claims=claims)


def quote_conflicts(
    rec: Reconciler, quote: SourcedQuote, members: list[Member], speaker: str
) -> list[Conflict]:
    """Same words, different speaker (attribution); same speaker, different words (quote)."""
    out = []
    speakers = {m.extra["speaker"] for m in members}
    if len(speakers) > 1:
        claims = []
        for spk in speakers:
            ms = [m for m in members if m.extra["speaker"] == spk]
            claims.append(
                Claim(
                    source=ms[0].sid,
                    text=ms[0].text,
                    value=rec.names.display(spk),
                    evidence=ms[0].evidence,
                    sources=sorted({m.sid for m in ms}, key=int),
                )
            )
        sides = " vs ".join(f"{c.value} {_cites(c.sources)}" for c in claims)
        out.append(
            Conflict(
                kind="attribution", summary=f"“{quote.text[:80]}” is attributed to {sides}", claims=claims
            )
        )
    changed = [v for v in quote.variants if v.kind in ("elided", "reworded") and v.speaker == quote.speaker]
    if changed:
        rep = next(m for m in members if m.text == quote.text)
        claims = [
            Claim(
                source=rep.sid,
                text=quote.text,
                value="as reported",
                evidence=rep.evidence,
                sources=quote.sources,
            )
        ]
        for v in changed:
            m = next(x for x in members if x.text == v.text)
            claims.append(
                Claim(source=m.sid, text=v.text, value=v.kind, evidence=m.evidence, sources=v.sources)
            )
        kinds = ", ".join(sorted({v.kind for v in changed}))
        summary = (
            f"{quote.speaker}'s words differ between sources ({kinds}) {_cites(quote.sources)} vs "
            + "".join(_cites(v.sources) for v in changed)
        )
        out.append(Conflict(kind="quote", summary=summary, claims=claims))
    return out
