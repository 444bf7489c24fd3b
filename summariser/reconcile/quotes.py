"""Merge quotes of one spoken passage across articles: the most verbatim wording, and its variants."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from summariser.grounding import ground
from summariser.models import QuoteVariant, SourcedQuote
from summariser.reconcile.clusters import independent, representative
from summariser.reconcile.conflicts.quotes import compatible
from summariser.reconcile.coverage import Coverage
from summariser.reconcile.members import Member, citations, content_words, jaccard, same_words, sids_of
from summariser.reconcile.wording import changes
from summariser.text.normalise import words

CONTAINED = 0.5  # share of the shorter quote's content words below which no alignment can succeed
REWORDED = 0.6  # a speaker's quote whose content words overlap this much is the same remark reworded
ALIGNED_WORDS = 4  # a shorter printing aligns to a passage only from this many words up


@dataclass
class QuoteCluster:
    """Quotes of one passage, with one member per distinct wording and speaker for comparisons."""

    members: list[Member]
    distinct: dict[tuple[str, str], Member]

    def add(self, m: Member) -> None:
        """Add a member, remembering its wording if new."""
        self.members.append(m)
        self.distinct.setdefault((same_words(m.text), m.extra["speaker"]), m)


def cluster_quotes(members: list[Member]) -> list[list[Member]]:
    """Group quote members by passage, looking only at clusters that share a content word."""
    clusters: list[QuoteCluster] = []
    index: dict[str, set[int]] = defaultdict(set)
    for member in members:
        kw = content_words(member.text)
        candidates: set[int] = set()
        for w in kw:
            candidates |= index.get(w, set())
        home = next(
            (
                clusters[ci]
                for ci in sorted(candidates)
                if any(same_passage(member, other) for other in clusters[ci].distinct.values())
            ),
            None,
        )
        if home is not None:
            home.add(member)
            continue
        cluster = QuoteCluster([], {})
        cluster.add(member)
        clusters.append(cluster)
        for w in kw:
            index[w].add(len(clusters) - 1)
    return [c.members for c in clusters]


def same_passage(a: Member, b: Member) -> bool:
    """Do two quotes render one spoken passage (inside, elided from, or reworded from the other)?

    Near-identical words count whoever the speaker (that is how misattribution shows); a looser
    rewording counts only for one voice (one speaker, or a document and whoever reads it out).
    """
    short, long = sorted((a.text, b.text), key=len)
    if same_words(short) in same_words(long):
        return True
    ka, kb = content_words(a.text), content_words(b.text)
    k_short = content_words(short)
    if len(ka & kb) < CONTAINED * len(k_short):
        return False  # alignment needs most of the shorter quote's words in the longer: skip the costly check
    if ground(short, long, "quote").status != "unsupported":
        return True
    if not compatible(a.extra["speaker"], b.extra["speaker"]):
        return False
    if min(len(ka), len(kb)) >= 4 and jaccard(ka, kb) >= REWORDED:
        return True
    return len(words(short)) >= ALIGNED_WORDS and changes(a.text, b.text) is not None


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


def merged_quote(members: list[Member], display: Callable[[str], str]) -> SourcedQuote:
    """One merged quote: the majority speaker, the fullest shared wording, every other wording a variant."""
    speaker = Counter(m.extra["speaker"] for m in members).most_common(1)[0][0]
    rep = representative(members, prefer_long=True)
    variants: dict[tuple[str, str, str], list[Member]] = defaultdict(list)
    for m in members:
        if m.extra["speaker"] != speaker:
            variants[(m.text, "other-speaker", m.extra["speaker"])].append(m)
        elif same_words(m.text) != same_words(rep.text):
            variants[(m.text, quote_kind(m.text, rep.text), m.extra["speaker"])].append(m)
    same = [m for m in members if same_words(m.text) == same_words(rep.text)]
    rep_groups = {m.group for m in same}
    return SourcedQuote(
        speaker=display(speaker),
        text=rep.text,
        sources=sids_of(same),
        independent=independent(members),
        evidence=citations(same),
        variants=[
            QuoteVariant(
                text=text,
                sources=sids_of(ms),
                kind=kind,
                speaker=display(spk),
                evidence=citations(ms),
                copy_edit=kind != "other-speaker" and {m.group for m in ms} <= rep_groups,
            )
            for (text, kind, spk), ms in variants.items()
        ],
    )


def said(cov: Coverage) -> tuple[list[SourcedQuote], list[list[Member]]]:
    """Quotes merged by passage under the speaker's identity, best supported first; with each passage's
    members (the utterances the quote detectors compare)."""
    members = [
        cov.member(r, q.text, q.evidence, speaker=cov.who.key(q.speaker, r.source.id))
        for r in cov.records
        for q in r.outcome.quotes
    ]
    clusters = cluster_quotes(members)
    merged = [merged_quote(c, cov.who.display) for c in clusters]
    order = sorted(range(len(merged)), key=lambda i: -merged[i].independent)
    return [merged[i] for i in order], [clusters[i] for i in order]
