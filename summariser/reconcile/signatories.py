"""Who signed: one entry per identity across spellings, role and country by majority of its own mentions."""

from __future__ import annotations

from collections import Counter, defaultdict

from summariser.models import SourcedSignatory
from summariser.reconcile.clusters import independent
from summariser.reconcile.coverage import Coverage
from summariser.reconcile.members import Member, citations, sids_of


def signatories(cov: Coverage) -> tuple[list[SourcedSignatory], dict[str, tuple[list[Member], list[Member]]]]:
    """Merged signatories, and per identity the members saying it signed and those saying it refused."""
    merged: dict[str, list[tuple[Member, bool]]] = defaultdict(list)
    for r in cov.records:
        for s in r.outcome.signatories:
            extra = {"role": s.role, "country": s.country, "document": s.document, "name": s.name}
            key = cov.who.key(s.name, r.source.id)
            if not key:
                continue  # a fragment that names nobody ("Al")
            merged[key].append((cov.member(r, s.name, s.evidence, **extra), s.refused))
    out, sides = [], {}
    for key, items in merged.items():
        signed = [m for m, refused in items if not refused]
        refused = [m for m, r in items if r]
        sides[key] = (signed, refused)
        if signed:
            out.append(_signatory(cov, key, signed))
    out.sort(key=lambda s: (-s.independent, s.name))
    return out, sides


def _signatory(cov: Coverage, key: str, members: list[Member]) -> SourcedSignatory:
    """One merged signatory with majority role, country and document."""

    def vote(attr: str) -> str:
        c = Counter(m.extra[attr] for m in members if m.extra.get(attr))
        return c.most_common(1)[0][0] if c else ""

    ident = cov.who.get(key)
    return SourcedSignatory(
        name=cov.who.display(key),
        role=vote("role"),
        country=(ident.country if ident is not None and ident.kind == "person" else "") or vote("country"),
        document=vote("document"),
        sources=sids_of(members),
        variants=sorted({m.extra["name"] for m in members}),
        independent=independent(members),
        evidence=citations(members),
    )
