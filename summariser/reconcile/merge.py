"""Build the Briefing: merge each field across articles, route the unsupported, collect conflicts."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from datetime import date
from typing import TypeVar

from summariser.grounding import is_weak
from summariser.models import (
    Briefing,
    Conflict,
    Event,
    Evidence,
    Failure,
    PointStatus,
    Source,
    SourcedIssue,
    SourcedPoint,
    SourcedQuote,
    SourcedSignatory,
    Unsupported,
    Weak,
)
from summariser.reconcile import conflicts
from summariser.reconcile.canonical import Names, entity_key, names_in
from summariser.reconcile.clusters import ISSUE_SAME, POINT_SAME, Clusterer, independent, representative
from summariser.reconcile.datemarks import mentions
from summariser.reconcile.event import header
from summariser.reconcile.members import Member, Record, Sourced, citations, sids_of
from summariser.reconcile.quotes import cluster_quotes, merged_quote
from summariser.reconcile.sources import off_topic, outlet_of, parse_date, published, title_of
from summariser.reconcile.summary import STATUS_ORDER, bottom_line
from summariser.reconcile.syndication import groups

T = TypeVar("T")
COPIES_NAMED = 5  # syndicated copies named per source (the memo shows as many); the count says the rest
MISMATCH = Evidence(
    start=0, end=0, status="unsupported", score=0.0
)  # a quote whose speaker is not the one named


def story_text(r: Record) -> str:
    """The article's own news text (no headline, furniture or dateline), what syndication compares."""
    return " ".join(s.text for s in r.doc.body) or r.text


def _copies(group: list[str], sid: str) -> list[str]:
    """The first few other members of a story group: naming all of n copies per source would be n²."""
    return list(itertools.islice((s for s in group if s != sid), COPIES_NAMED))


class Reconciler:
    """Holds what every field's merge needs: story groups per source and canonical names."""

    def __init__(self, records: list[Record]) -> None:
        self.all_records = records
        apart = off_topic([r.doc for r in records])
        self.apart = {r.source.id for r, away in zip(records, apart, strict=True) if away}
        self.records = [r for r in records if r.source.id not in self.apart]
        self.names = Names()
        for r in self.records:
            for name in names_in(r.outcome):
                self.names.add(name)
        idx = groups([story_text(r) for r in records])
        self.group = {r.source.id: g for r, g in zip(records, idx, strict=True)}
        self.unsupported: list[Unsupported] = []
        self.weak: list[Weak] = []

    def sources(self) -> list[Source]:
        """Source entries with their syndicated copies named (the records' entries are left as they are)."""
        by_group: dict[int, list[str]] = defaultdict(list)
        for r in self.all_records:
            by_group[self.group[r.source.id]].append(r.source.id)
        return [
            r.source.model_copy(
                update={
                    "syndicated_with": _copies(by_group[self.group[r.source.id]], r.source.id),
                    "syndicated_copies": len(by_group[self.group[r.source.id]]) - 1,
                    "outlet": r.source.outlet or outlet_of(r.doc),
                    "title": title_of(r.doc),
                    "date": published(r.doc),
                    "off_topic": r.source.id in self.apart,
                }
            )
            for r in self.all_records
        ]

    def member(self, r: Record, text: str, evidence: Evidence, **extra: str) -> Member:
        """One record's instance of an item, with its story group."""
        return Member(r.source.id, self.group[r.source.id], text, evidence, r.doc, dict(extra))

    def sourced(self, r: Record, item: T) -> Sourced[T]:
        """Any item with its source, group and document."""
        return Sourced(r.source.id, self.group[r.source.id], item, r.doc)

    def supported(self, sid: str, field_name: str, text: str, evidence: Evidence) -> bool:
        """Route an unsupported item to `unsupported`, a weak one to `weak`; True when it may be a finding."""
        if evidence.status == "unsupported":
            self.unsupported.append(Unsupported(source=sid, field=field_name, text=text))
            return False
        if is_weak(evidence):
            self.weak.append(Weak(source=sid, field=field_name, text=text, score=evidence.score))
            return False
        return True

    def build(self, failures: list[Failure], engine: str) -> Briefing:
        """Reconcile everything into a Briefing."""
        self._route_unsupported()
        signatories, sig_claims = self._signatories()
        quotes, quote_conflicts = self._quotes()
        points, point_claims = self._points()
        briefing = Briefing(
            event=self._event(),
            sources=self.sources(),
            signatories=signatories,
            quotes=quotes,
            points=points,
            open_issues=self._issues(),
            conflicts=[
                *conflicts.counts([self.sourced(r, f) for r in self.records for f in r.outcome.figures]),
                *quote_conflicts,
                *conflicts.roles(titles := self._titles(), self.names.display),
                *conflicts.posts(titles, self.names.display),
                *conflicts.dates([self.sourced(r, r.outcome.event) for r in self.records]),
                *self._references(),
                *sig_claims,
                *point_claims,
            ],
            unsupported=self.unsupported,
            weak=self.weak,
            failures=failures,
            engine=engine,
            entities=self.names.entities(),
        )
        briefing.bottom_line = bottom_line(briefing, len(set(self.group.values())))
        return briefing

    def _route_unsupported(self) -> None:
        """Figures, participants and model attributes no source backs are reported too."""
        for r in self.records:
            for a in r.outcome.unsupported_attributes:
                self.unsupported.append(
                    Unsupported(source=r.source.id, field=a.field, text=a.text, reason=a.reason)
                )
            for f in r.outcome.figures:
                self.supported(r.source.id, "figures", f.text, f.evidence)
            for p in r.outcome.participants:
                if p.evidence is not None:
                    self.supported(r.source.id, "participants", p.name, p.evidence)

    def _titles(self) -> list[Sourced[conflicts.Title]]:
        """Every title a source gives a grounded participant or a signing person, where it gives it."""
        out = []
        for r in self.records:
            people = [
                conflicts.Title(p.name, p.role, p.country, p.evidence)
                for p in r.outcome.participants
                if p.role and p.evidence is not None and p.evidence.status != "unsupported"
            ]
            people += [
                conflicts.Title(s.name, s.role, s.country, s.evidence)
                for s in r.outcome.signatories
                if s.role and s.role != "state"
            ]
            out += [self.sourced(r, person) for person in people]
        return out

    def _event(self) -> Event:
        """Majority name, place and day across articles, the day resolved against their dates."""
        return header([r.outcome.event for r in self.records], self._dates())

    def _dates(self) -> list[date]:
        """The publication dates the articles give."""
        return [d for r in self.records if (d := parse_date(published(r.doc))) is not None]

    def _references(self) -> list[Conflict]:
        """Past things (a treaty, an earlier accord) that independent stories date differently."""
        marks = [self.sourced(r, m) for r in self.records for m in mentions(r.doc)]
        years = [d.year for d in self._dates()] or [m.item.year for m in marks] or [0]
        return conflicts.references(marks, max(years))

    def _signatories(self) -> tuple[list[SourcedSignatory], list[Conflict]]:
        """Merge signatories by canonical name; signed-versus-refused across sources is a claim conflict."""
        merged: dict[str, list[tuple[Member, bool]]] = defaultdict(list)
        for r in self.records:
            for s in r.outcome.signatories:
                if not self.supported(r.source.id, "signatories", s.name, s.evidence):
                    continue
                extra = {"role": s.role, "country": s.country, "document": s.document, "name": s.name}
                merged[entity_key(s.name)].append((self.member(r, s.name, s.evidence, **extra), s.refused))
        out, claims = [], []
        for key, items in merged.items():
            signed = [m for m, refused in items if not refused]
            refused = [m for m, r in items if r]
            if signed and refused:
                claims.append(conflicts.signed_vs_refused(self.names.display(key), signed, refused))
            if signed:
                out.append(self._signatory(key, signed))
        out.sort(key=lambda s: (-s.independent, s.name))
        return out, claims

    def _signatory(self, key: str, members: list[Member]) -> SourcedSignatory:
        """One merged signatory with majority role, country and document."""

        def vote(attr: str) -> str:
            c = Counter(m.extra[attr] for m in members if m.extra.get(attr))
            return c.most_common(1)[0][0] if c else ""

        return SourcedSignatory(
            name=self.names.display(key),
            role=vote("role"),
            country=vote("country"),
            document=vote("document"),
            sources=sids_of(members),
            variants=sorted({m.extra["name"] for m in members}),
            independent=independent(members),
            evidence=citations(members),
        )

    def _points(self) -> tuple[list[SourcedPoint], list[Conflict]]:
        """Cluster outcome sentences; majority status; opposite statuses are a claim conflict."""
        clusterer = Clusterer(POINT_SAME)
        for r in self.records:
            for p in r.outcome.points:
                if self.supported(r.source.id, "points", p.text, p.evidence):
                    clusterer.add(self.member(r, p.text, p.evidence, status=p.status))
        out, claims = [], []
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
            claim = conflicts.opposite_statuses(c.members)
            if claim is not None:
                claims.append(claim)
                out[-1].disputed = True
        out.sort(key=lambda p: (STATUS_ORDER[p.status], -p.independent))
        return out, claims

    def _issues(self) -> list[SourcedIssue]:
        """Cluster open issues; who raised them by majority."""
        clusterer = Clusterer(ISSUE_SAME)
        for r in self.records:
            for i in r.outcome.open_issues:
                if self.supported(r.source.id, "open_issues", i.topic, i.evidence):
                    raised = self.names.display(entity_key(i.raised_by)) if i.raised_by else ""
                    clusterer.add(self.member(r, i.topic, i.evidence, raised_by=raised))
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

    def _quotes(self) -> tuple[list[SourcedQuote], list[Conflict]]:
        """Cluster quotes of the same passage; pick the most verbatim; flag variants and misattribution."""
        members = []
        for r in self.records:
            for q in r.outcome.quotes:
                if not self.supported(r.source.id, "quotes", f"{q.speaker}: {q.text}", q.evidence):
                    continue
                if q.speaker_check == "mismatch":
                    self.supported(r.source.id, "quotes.speaker", f"{q.speaker}: {q.text}", MISMATCH)
                    continue
                members.append(self.member(r, q.text, q.evidence, speaker=entity_key(q.speaker)))
        out, found, clusters = [], [], cluster_quotes(members)
        for cluster in clusters:
            quote = merged_quote(cluster, self.names.display)
            out.append(quote)
            pair = (
                conflicts.attribution(quote, cluster, self.names.display),
                conflicts.wording(quote, cluster),
            )
            found += [c for c in pair if c is not None]
        found += conflicts.restated(clusters, [self.sourced(r, r.doc) for r in self.records])
        out.sort(key=lambda q: -q.independent)
        return out, found
