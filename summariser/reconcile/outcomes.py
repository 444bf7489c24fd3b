"""What happened: outcomes and open issues merged across outlets, each once, with every source behind it,
ranked by importance (independent stories, a lead or headline position, a decision before a detail)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from summariser.models import PointStatus, SourcedIssue, SourcedPoint
from summariser.news.lexicon import word_list
from summariser.reconcile.clusters import (
    ISSUE_SAME,
    Cluster,
    Clusterer,
    independent,
    representative,
    similarity,
)
from summariser.reconcile.coverage import Coverage
from summariser.reconcile.members import Member, citations, jaccard, sids_of, stems
from summariser.reconcile.summary import STATUS_ORDER

SAME_OUTCOME = (
    0.45  # likeness (word overlap plus the agreements below) at which two clauses state one outcome
)
SAME_VERB = 0.15  # the same predicate ("release" / "release") makes two wordings likelier one outcome
SAME_NUMBER = 0.15  # a figure both give ("33 hostages" / "thirty-three captives" is 33 and 33)
OTHER_NUMBER = 0.25  # both give figures and none agree: two provisions ("33 hostages" / "1,000 prisoners")
LONGEST = 60  # words: a longer wording is shown only when no other exists
LEAD = 2  # body sentences from the top that count as an article's lead
KIND_WEIGHT = {"decision": 12, "provision": 3}  # a decision weighs about one more story; a provision a lead
NUMBER = re.compile(r"\d[\d,.]*")
AGREEMENT_STEMS = stems(" ".join(word_list("agreement_nouns") + word_list("document_nouns")))


@lru_cache(maxsize=1 << 14)
def numbers(text: str) -> frozenset[str]:
    """The figures a wording gives, as written without separators (kept: every clustering step asks again
    for every member)."""
    return frozenset(n.replace(",", "").rstrip(".") for n in NUMBER.findall(text))


def facets(member: Member) -> dict[str, Iterable[str]]:
    """What a clause adds to its cluster: its status, its predicate and the figures it gives."""
    extra = member.extra
    return {"status": {extra["status"]}, "predicate": {extra["predicate"]}, "number": numbers(member.text)}


def likeness(member: Member, kw: frozenset[str], cluster: Cluster) -> float:
    """How likely a clause states the outcome a cluster holds: shared words, the same verb, shared figures.
    Two clauses one article carved out of one sentence state two outcomes, however many words they share;
    a clause inside a longer sentence of another status ("signed, with both pledging") is not its outcome."""
    if any(_carved_together(member, m) for m in cluster.by_source.get(member.sid, ())):
        return 0.0
    if member.extra.get("status") in cluster.values.get("status", ()):
        score = similarity(kw, cluster.keywords)
    else:  # another status: the same words (a conflict), not one clause inside a longer sentence
        score = jaccard(kw, cluster.keywords)
    verbs = cluster.values.get("predicate", set()) - {""}
    if member.extra.get("predicate") in verbs:
        score += SAME_VERB
    mine, theirs = numbers(member.text), cluster.values.get("number", set())
    if mine and theirs:
        score += SAME_NUMBER if mine & theirs else -OTHER_NUMBER
    return score


def _carved_together(a: Member, b: Member) -> bool:
    """Do two members come from overlapping text of one article ("signed an accord, with both pledging")?"""
    return a.sid == b.sid and a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


def points(cov: Coverage) -> tuple[list[SourcedPoint], list[list[Member]]]:
    """Outcomes merged by meaning, majority status, most important first; with each one's members."""
    clusterer = Clusterer(SAME_OUTCOME, likeness, facets)
    for r in cov.records:
        for p in r.outcome.points:
            extra = {"status": p.status, "predicate": p.predicate, "kind": p.kind}
            clusterer.add(cov.member(r, p.text, p.evidence, **extra))
    merged = [(_point(c.members), c.members) for c in _told_again(clusterer.clusters)]
    merged.sort(key=lambda pm: (STATUS_ORDER[pm[0].status], -importance(pm[1])))
    return [p for p, _ in merged], [ms for _, ms in merged]


def _told_again(clusters: list[Cluster]) -> list[Cluster]:
    """The main decision told again with nothing added ("a deal had been reached", "Al Thani announced the
    agreement") is the main decision's line, however few words it shares with the fullest telling."""
    decisions = [c for c in clusters if all(_agreed_decision(m) for m in c.members)]
    if len(decisions) < 2:
        return clusters
    main = max(decisions, key=lambda c: importance(c.members))
    told = {id(c) for c in decisions if c is not main and all(residue(m) <= main.keywords for m in c.members)}
    kept = []
    for c in clusters:
        carved = any(_carved_together(m, o) for m in c.members for o in main.by_source.get(m.sid, ()))
        if id(c) in told and not carved:
            for m in c.members:
                main.take(m, facets)
        else:
            kept.append(c)
    return kept


def _agreed_decision(m: Member) -> bool:
    """Is the member a decision its source reports as taken?"""
    return m.extra.get("kind") == "decision" and m.extra.get("status") == "agreed"


def residue(m: Member) -> frozenset[str]:
    """What a decision says beyond who took it and what they agreed: the stems of its lower-case words
    (names, places and days are capitalised), less the agreement's nouns and its own verb."""
    lower = " ".join(w for w in m.text.split() if not w[:1].isupper())
    return stems(lower) - AGREEMENT_STEMS - stems(m.extra.get("predicate", ""))


def _point(members: list[Member]) -> SourcedPoint:
    """One merged outcome in its fullest shared wording, with the status most of its sources give."""
    statuses: Counter[PointStatus] = Counter(m.extra["status"] for m in members)  # type: ignore[misc]
    status = min(statuses, key=lambda s: (-statuses[s], STATUS_ORDER[s]))
    kinds = Counter(m.extra.get("kind", "") for m in members if m.extra.get("kind"))
    return SourcedPoint(
        text=fullest(members).text,
        kind=kinds.most_common(1)[0][0] if kinds else "",
        status=status,
        sources=sids_of(members),
        independent=independent(members),
        evidence=citations(members),
    )


def fullest(members: list[Member]) -> Member:
    """The wording that carries most of what two or more wordings share, then most of everything said, of
    those not too long to read; the shorter of equals."""
    counts = Counter(w for m in members for w in stems(m.text))
    shared = frozenset(w for w, n in counts.items() if n > 1)
    kept = [m for m in members if len(m.text.split()) <= LONGEST] or members
    return max(kept, key=lambda m: (len(stems(m.text) & shared), len(stems(m.text)), -len(m.text)))


def importance(members: list[Member]) -> float:
    """Independent stories first; a place in an article's lead and a decision (over a detail) next."""
    leads = {m.group for m in members if in_lead(m)}
    kind = max((KIND_WEIGHT.get(m.extra.get("kind", ""), 0) for m in members), default=0)
    return independent(members) * 10 + len(leads) * 3 + kind


def in_lead(m: Member) -> bool:
    """Does a member's evidence start in one of the article's first LEAD body sentences?

    Only those sentences are read: listing every body sentence for every member cost a second on a huge input.
    """
    body = (s.start for s in m.doc.sentences if s.kind == "body")
    later = next(itertools.islice(body, LEAD, None), None)  # the start of the first sentence past the lead
    return later is None or m.evidence.start < later


def issues(cov: Coverage) -> list[SourcedIssue]:
    """Open issues merged by meaning; who raised them by majority, under the name the memo uses."""
    clusterer = Clusterer(ISSUE_SAME)
    for r in cov.records:
        for i in r.outcome.open_issues:
            raised = cov.who.display(cov.who.key(i.raised_by, r.source.id)) if i.raised_by else ""
            clusterer.add(cov.member(r, i.topic, i.evidence, raised_by=raised))
    out = []
    for c in sorted(clusterer.clusters, key=lambda c: -importance(c.members)):
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
    return out
