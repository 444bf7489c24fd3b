"""Merge per-article records into one Briefing: sources, clusters with support, conflicts, unsupported."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from summariser import conflicts, syndication
from summariser.canonical import Names, entity_key
from summariser.grounding import ground
from summariser.models import (
    Briefing,
    Citation,
    Event,
    Evidence,
    Failure,
    PointStatus,
    QuoteVariant,
    Source,
    SourcedIssue,
    SourcedPoint,
    SourcedQuote,
    SourcedSignatory,
    SummitOutcome,
    Unsupported,
)
from summariser.textnorm import fold, words

POINT_SAME = 0.5  # content-word Jaccard at which two outcome sentences state the same point
ISSUE_SAME = 0.35  # open issues are phrased more loosely than outcomes
REWORDED = 0.6  # a speaker's quote whose content words overlap this much is the same remark reworded
STATUS_ORDER: dict[PointStatus, int] = {
    "agreed": 0,
    "intended": 1,
    "proposed": 2,
    "dropped": 3,
    "rejected": 4,
}
STOP = frozenset(
    """a an the of to in on at for by with and or but is are was were be been being that this these those
    it its as from has have had will would could should may might can also not no he she they said
    after over into their his her which who while than then there""".split()
)


@dataclass
class Record:
    """One article that made it through extraction: its source entry, text and record."""

    source: Source
    text: str
    outcome: SummitOutcome


@dataclass
class Member:
    """One article's instance of a clustered item."""

    sid: str
    text: str
    evidence: Evidence
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Cluster:
    """Equivalent items from several articles."""

    members: list[Member]
    keywords: frozenset[str]


class Clusterer:
    """Groups items by content-word overlap, looking only at clusters that share a word (an index)."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.clusters: list[Cluster] = []
        self.index: dict[str, set[int]] = defaultdict(set)

    def add(self, member: Member) -> Cluster:
        """Put a member into the best matching cluster, or a new one."""
        kw = content_words(member.text)
        best, best_score = None, 0.0
        for ci in self._candidates(kw):
            score = jaccard(kw, self.clusters[ci].keywords)
            if score >= self.threshold and score > best_score:
                best, best_score = ci, score
        if best is None:
            self.clusters.append(Cluster([member], kw))
            for w in kw:
                self.index[w].add(len(self.clusters) - 1)
            return self.clusters[-1]
        self.clusters[best].members.append(member)
        return self.clusters[best]

    def _candidates(self, kw: frozenset[str]) -> set[int]:
        """Clusters sharing at least one content word."""
        found: set[int] = set()
        for w in kw:
            found |= self.index.get(w, set())
        return found


def content_words(text: str) -> frozenset[str]:
    """Lower-case content words (stop words dropped) for overlap measures."""
    return frozenset(w for w in words(text) if w not in STOP and len(w) > 1)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two word sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


class Reconciler:
    """Builds the Briefing; holds the source groups and the canonical names across articles."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self.by_sid = {r.source.id: r for r in records}
        self.names = Names()
        for r in records:
            self._register(r.outcome)
        self.group = self._syndication()
        self.unsupported: list[Unsupported] = []

    def _register(self, o: SummitOutcome) -> None:
        """Record every name form first, so display forms do not depend on processing order."""
        for name in (
            [s.name for s in o.signatories] + [q.speaker for q in o.quotes] + [p.name for p in o.participants]
        ):
            self.names.add(name)
        for i in o.open_issues:
            if i.raised_by:
                self.names.add(i.raised_by)

    def _syndication(self) -> dict[str, int]:
        """Group index per source id; fill `syndicated_with` on the sources."""
        idx = syndication.groups([r.text for r in self.records])
        by_group: dict[int, list[str]] = defaultdict(list)
        for r, g in zip(self.records, idx, strict=True):
            by_group[g].append(r.source.id)
        for r, g in zip(self.records, idx, strict=True):
            r.source.syndicated_with = [s for s in by_group[g] if s != r.source.id]
        return {r.source.id: g for r, g in zip(self.records, idx, strict=True)}

    def independent(self, sids: Iterable[str]) -> int:
        """Number of independent stories among sources (syndicated copies count once)."""
        return len({self.group[s] for s in sids})

    def citations(self, members: list[Member]) -> list[Citation]:
        """Citations of a cluster, one per member."""
        return [
            Citation(source=m.sid, start=m.evidence.start, end=m.evidence.end, status=m.evidence.status)
            for m in members
        ]

    def supported(self, sid: str, field_name: str, text: str, evidence: Evidence) -> bool:
        """Route an unsupported item to `unsupported`; True when it may be used as a finding."""
        if evidence.status == "unsupported":
            self.unsupported.append(Unsupported(source=sid, field=field_name, text=text[:4000]))
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
            sources=[r.source for r in self.records],
            signatories=signatories,
            quotes=quotes,
            points=points,
            open_issues=self._issues(),
            conflicts=[
                *conflicts.counts(self),
                *quote_conflicts,
                *conflicts.roles(self),
                *conflicts.dates(self),
                *sig_claims,
                *point_claims,
            ],
            unsupported=self.unsupported,
            failures=failures,
            engine=engine,
            entities=self.names.entities(),
        )
        briefing.bottom_line = bottom_line(briefing, self.independent(self.by_sid))
        return briefing

    def _route_unsupported(self) -> None:
        """Figures and participants no source backs are reported too (the other fields route their own)."""
        for r in self.records:
            for f in r.outcome.figures:
                self.supported(r.source.id, "figures", f.text, f.evidence)
            for p in r.outcome.participants:
                if p.evidence is not None:
                    self.supported(r.source.id, "participants", p.name, p.evidence)

    def _event(self) -> Event:
        """Majority name, place and day across articles."""
        pick = {}
        for attr in ("name", "location", "date"):
            votes = Counter(
                getattr(r.outcome.event, attr) for r in self.records if getattr(r.outcome.event, attr)
            )
            pick[attr] = votes.most_common(1)[0][0] if votes else ""
        return Event(name=pick["name"], location=pick["location"], date=pick["date"])

    def _signatories(self) -> tuple[list[SourcedSignatory], list[conflicts.Conflict]]:
        """Merge signatories by canonical name; signed-versus-refused across sources is a claim conflict."""
        merged: dict[str, list[tuple[Member, bool]]] = defaultdict(list)
        for r in self.records:
            for s in r.outcome.signatories:
                if not self.supported(r.source.id, "signatories", s.name, s.evidence):
                    continue
                key = entity_key(s.name)
                extra = {"role": s.role, "country": s.country, "document": s.document, "name": s.name}
                merged[key].append((Member(r.source.id, s.name, s.evidence, extra), s.refused))
        out, claims = [], []
        for key, items in merged.items():
            signed = [m for m, refused in items if not refused]
            refused = [m for m, r in items if r]
            if signed and refused:
                claims.append(conflicts.signed_vs_refused(self, self.names.display(key), signed, refused))
            if signed:
                out.append(self._signatory(key, signed))
        out.sort(key=lambda s: (-s.independent, s.name))
        return out, claims

    def _signatory(self, key: str, members: list[Member]) -> SourcedSignatory:
        """One merged signatory with majority role, country and document."""

        def vote(attr: str) -> str:
            c = Counter(m.extra[attr] for m in members if m.extra.get(attr))
            return c.most_common(1)[0][0] if c else ""

        sids = sorted({m.sid for m in members}, key=int)
        return SourcedSignatory(
            name=self.names.display(key),
            role=vote("role"),
            country=vote("country"),
            document=vote("document"),
            sources=sids,
            variants=sorted({m.extra["name"] for m in members}),
            independent=self.independent(sids),
            evidence=self.citations(members),
        )

    def _points(self) -> tuple[list[SourcedPoint], list[conflicts.Conflict]]:
        """Cluster outcome sentences; majority status; opposite statuses are a claim conflict."""
        clusterer = Clusterer(POINT_SAME)
        for r in self.records:
            for p in r.outcome.points:
                if self.supported(r.source.id, "points", p.text, p.evidence):
                    clusterer.add(Member(r.source.id, p.text, p.evidence, {"status": p.status}))
        out, claims = [], []
        for c in clusterer.clusters:
            statuses: Counter[PointStatus] = Counter(m.extra["status"] for m in c.members)  # type: ignore[misc]
            status = min(statuses, key=lambda s: (-statuses[s], STATUS_ORDER[s]))
            sids = sorted({m.sid for m in c.members}, key=int)
            rep = self.representative(c.members)
            out.append(
                SourcedPoint(
                    text=rep.text,
                    status=status,
                    sources=sids,
                    independent=self.independent(sids),
                    evidence=self.citations(c.members),
                )
            )
            claim = conflicts.opposite_statuses(self, c.members)
            if claim is not None:
                claims.append(claim)
        out.sort(key=lambda p: (STATUS_ORDER[p.status], -p.independent))
        return out, claims

    def representative(self, members: list[Member], prefer_long: bool = False) -> Member:
        """The wording most independent stories share; ties go to the shorter (quotes: fuller) text."""
        support: dict[str, set[int]] = defaultdict(set)
        for m in members:
            support[same_words(m.text)].add(self.group[m.sid])
        sign = 1 if prefer_long else -1
        return max(members, key=lambda m: (len(support[same_words(m.text)]), sign * len(m.text)))

    def _issues(self) -> list[SourcedIssue]:
        """Cluster open issues; who raised them by majority."""
        clusterer = Clusterer(ISSUE_SAME)
        for r in self.records:
            for i in r.outcome.open_issues:
                if self.supported(r.source.id, "open_issues", i.topic, i.evidence):
                    raised = self.names.display(entity_key(i.raised_by)) if i.raised_by else ""
                    clusterer.add(Member(r.source.id, i.topic, i.evidence, {"raised_by": raised}))
        out = []
        for c in clusterer.clusters:
            sids = sorted({m.sid for m in c.members}, key=int)
            raisers = Counter(m.extra["raised_by"] for m in c.members if m.extra["raised_by"])
            rep = self.representative(c.members)
            out.append(
                SourcedIssue(
                    topic=rep.text,
                    raised_by=raisers.most_common(1)[0][0] if raisers else "",
                    sources=sids,
                    independent=self.independent(sids),
                    evidence=self.citations(c.members),
                )
            )
        out.sort(key=lambda i: -i.independent)
        return out

    def _quotes(self) -> tuple[list[SourcedQuote], list[conflicts.Conflict]]:
        """Cluster quotes of the same passage; pick the most verbatim; flag variants and misattribution."""
        clusters: list[QuoteCluster] = []
        index: dict[str, set[int]] = defaultdict(set)
        for r in self.records:
            for q in r.outcome.quotes:
                if not self.supported(r.source.id, "quotes", f"{q.speaker}: {q.text}", q.evidence):
                    continue
                if q.speaker_check == "mismatch":
                    self.unsupported.append(
                        Unsupported(
                            source=r.source.id, field="quotes.speaker", text=f"{q.speaker}: {q.text}"[:4000]
                        )
                    )
                    continue
                key = entity_key(q.speaker)
                member = Member(r.source.id, q.text, q.evidence, {"speaker": key})
                _place_quote(member, clusters, index)
        out, found = [], []
        for members in (c.members for c in clusters):
            quote, conflict_list = self._quote(members)
            out.append(quote)
            found += conflict_list
        out.sort(key=lambda q: -q.independent)
        return out, found

    def _quote(self, members: list[Member]) -> tuple[SourcedQuote, list[conflicts.Conflict]]:
        """One merged quote with its variants and any quote/attribution conflicts."""
        speakers = Counter(m.extra["speaker"] for m in members)
        speaker = speakers.most_common(1)[0][0]
        rep = self.representative(members, prefer_long=True)
        variants: dict[tuple[str, str, str], list[Member]] = defaultdict(list)
        for m in members:
            if m.extra["speaker"] != speaker:
                variants[(m.text, "other-speaker", m.extra["speaker"])].append(m)
            elif same_words(m.text) != same_words(rep.text):
                variants[(m.text, quote_kind(m.text, rep.text), m.extra["speaker"])].append(m)
        sids = sorted({m.sid for m in members}, key=int)
        same = [m for m in members if same_words(m.text) == same_words(rep.text)]
        quote = SourcedQuote(
            speaker=self.names.display(speaker),
            text=rep.text,
            sources=sorted({m.sid for m in same}, key=int),
            independent=self.independent(sids),
            evidence=self.citations(same),
            variants=[
                QuoteVariant(
                    text=text,
                    sources=sorted({m.sid for m in ms}, key=int),
                    kind=kind,
                    speaker=self.names.display(spk),
                    evidence=self.citations(ms),
                )
                for (text, kind, spk), ms in variants.items()
            ],
        )
        return quote, conflicts.quote_conflicts(self, quote, members, speaker)


@dataclass
class QuoteCluster:
    """Quotes of one passage, with one member per distinct wording and speaker for comparisons."""

    members: list[Member]
    distinct: dict[tuple[str, str], Member]

    def add(self, m: Member) -> None:
        """Add a member, remembering its wording if new."""
        self.members.append(m)
        self.distinct.setdefault((same_words(m.text), m.extra["speaker"]), m)


def _place_quote(member: Member, clusters: list[QuoteCluster], index: dict[str, set[int]]) -> None:
    """Add a quote to the cluster of the same passage (substring, elision or close rewording)."""
    kw = content_words(member.text)
    candidates: set[int] = set()
    for w in kw:
        candidates |= index.get(w, set())
    for ci in sorted(candidates):
        if any(same_passage(member, other) for other in clusters[ci].distinct.values()):
            clusters[ci].add(member)
            return
    cluster = QuoteCluster([], {})
    cluster.add(member)
    clusters.append(cluster)
    for w in kw:
        index[w].add(len(clusters) - 1)


def same_passage(a: Member, b: Member) -> bool:
    """Do two quotes render one spoken passage (inside, elided from, or reworded from the other)?

    Near-identical words count whoever the speaker (that is how misattribution shows); a looser
    rewording counts only for the same speaker.
    """
    short, long = sorted((a.text, b.text), key=len)
    if same_words(short) in same_words(long) or ground(short, long, "quote").status != "unsupported":
        return True
    ka, kb = content_words(a.text), content_words(b.text)
    same_speaker = a.extra["speaker"] == b.extra["speaker"]
    return same_speaker and min(len(ka), len(kb)) >= 4 and jaccard(ka, kb) >= REWORDED


CONTRACTIONS = [
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"\bi'm\b"), "i am"),
]


@lru_cache(maxsize=65536)
def same_words(text: str) -> str:
    """Comparable form of a quote: folded, contractions spelled out ("we'll" = "we will"), and closing
    punctuation ignored ("opposite," = "opposite."): outlets change these without changing the words."""
    folded = fold(text).text
    for rx, full in CONTRACTIONS:
        folded = rx.sub(full, folded)
    return folded.strip(" .,;:!?")


def quote_kind(text: str, rep: str) -> str:
    """How a variant differs from the representative wording."""
    ft, fr = same_words(text), same_words(rep)
    if ft in fr:
        return "truncated"
    if fr in ft:
        return "extended"
    shorter, longer = (text, rep) if len(text) <= len(rep) else (rep, text)
    e = ground(shorter, longer, "quote")
    if e.elided and shorter is text:
        return "elided"
    return "reworded"


def bottom_line(b: Briefing, independent: int) -> str:
    """One deterministic paragraph summing up the briefing, built only from its findings."""
    ev = b.event
    what = ev.name or "the event"
    where = f" in {ev.location}" if ev.location else ""
    when = f" ({ev.date})" if ev.date else ""
    parts = [f"{len(b.sources)} sources ({independent} independent) on {what}{where}{when}."]
    if b.signatories:
        names = [s.name for s in b.signatories if s.role != "state"] or [s.name for s in b.signatories]
        doc = Counter(s.document for s in b.signatories if s.document).most_common(1)
        listing = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
        parts.append(f"{listing} signed{' the ' + doc[0][0] if doc else ''}.")
    agreed = sum(1 for p in b.points if p.status == "agreed")
    parts.append(f"{agreed} agreed outcome{'s' * (agreed != 1)}; {len(b.open_issues)} open issue(s).")
    if b.conflicts:
        kinds = Counter(c.kind for c in b.conflicts)
        parts.append("Sources disagree: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + ".")
    if b.unsupported:
        parts.append(f"{len(b.unsupported)} item(s) no source supports.")
    if b.failures:
        parts.append(f"{len(b.failures)} article(s) could not be processed.")
    return " ".join(parts)
