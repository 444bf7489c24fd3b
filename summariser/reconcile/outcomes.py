"""What happened: outcomes and open issues merged across outlets, each once, with every source behind it."""

from __future__ import annotations

from collections import Counter

from summariser.models import PointStatus, SourcedIssue, SourcedPoint
from summariser.reconcile.clusters import ISSUE_SAME, POINT_SAME, Clusterer, independent, representative
from summariser.reconcile.coverage import Coverage
from summariser.reconcile.members import Member, citations, sids_of
from summariser.reconcile.summary import STATUS_ORDER


def points(cov: Coverage) -> tuple[list[SourcedPoint], list[list[Member]]]:
    """Outcomes merged by meaning, majority status; with each merged outcome's members (for claims)."""
    clusterer = Clusterer(POINT_SAME)
    for r in cov.records:
        for p in r.outcome.points:
            clusterer.add(cov.member(r, p.text, p.evidence, status=p.status))
    out, groups = [], []
    for c in clusterer.clusters:
        statuses: Counter[PointStatus] = Counter(m.extra["status"] for m in c.members)  # type: ignore[misc]
        status = min(statuses, key=lambda s: (-statuses[s], STATUS_ORDER[s]))
        out.append(
            SourcedPoint(
                text=representative(c.members).text,
                status=status,
                sources=sids_of(c.members),
                independent=independent(c.members),
                evidence=citations(c.members),
            )
        )
        groups.append(c.members)
    order = sorted(range(len(out)), key=lambda i: (STATUS_ORDER[out[i].status], -out[i].independent))
    return [out[i] for i in order], [groups[i] for i in order]


def issues(cov: Coverage) -> list[SourcedIssue]:
    """Open issues merged by meaning; who raised them by majority, under the name the memo uses."""
    clusterer = Clusterer(ISSUE_SAME)
    for r in cov.records:
        for i in r.outcome.open_issues:
            raised = cov.who.display(cov.who.key(i.raised_by, r.source.id)) if i.raised_by else ""
            clusterer.add(cov.member(r, i.topic, i.evidence, raised_by=raised))
    out = []
    for c in clusterer.clusters:
        raisers = Counter(m.extra["raised_by"] for m in c.members if m.extra["raised_by"])
        out.append(
            SourcedIssue(
                topic=representative(c.members).text,
                raised_by=raisers.most_common(1)[0][0] if raisers else "",
                sources=sids_of(c.members),
                independent=independent(c.members),
                evidence=citations(c.members),
            )
        )
    out.sort(key=lambda i: -i.independent)
    return out
