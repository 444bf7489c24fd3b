"""Role conflicts: the same person given titles that cannot both hold (President vs Prime Minister)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from summariser.grounding import ground
from summariser.models import Claim, Conflict, Evidence
from summariser.reconcile.canonical import person_key, role_key
from summariser.reconcile.conflicts.common import cites
from summariser.reconcile.members import Sourced

Titled = Sourced[tuple[str, str]]  # (name, role) as one source gives them


def roles(titled: list[Titled], display: Callable[[str], str]) -> list[Conflict]:
    """People whose exclusive titles differ between independent stories."""
    seen: dict[str, dict[str, list[Titled]]] = defaultdict(lambda: defaultdict(list))
    for t in titled:
        name, role = t.item
        rk = role_key(role)
        if rk and all((x.sid, x.item) != (t.sid, t.item) for x in seen[person_key(name)][rk]):
            seen[person_key(name)][rk].append(t)
    out = []
    for key, by_role in seen.items():
        if len(by_role) < 2 or len({t.group for ts in by_role.values() for t in ts}) < 2:
            continue
        claims = [_claim(entries) for entries in by_role.values()]
        sides = " vs ".join(f"{c.value} {cites(c.sources)}" for c in claims)
        out.append(Conflict(kind="role", summary=f"{display(key)}'s title differs: {sides}", claims=claims))
    return out


def _claim(entries: list[Titled]) -> Claim:
    """One side: the first source giving this title, and every source that agrees."""
    first = entries[0]
    name, role = first.item
    return Claim(
        source=first.sid,
        text=f"{role} {name}",
        value=role,
        evidence=_role_evidence(first.doc.text, name, role),
        sources=sorted({t.sid for t in entries}, key=int),
    )


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
