"""Group equivalent items from several articles by content-word overlap."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from summariser.reconcile.members import Member, jaccard, same_words, stems

MIN_SHARED = 5  # content stems two long outcome sentences must share before containment counts

POINT_SAME = 0.5  # content-word Jaccard at which two outcome sentences state the same point
ISSUE_SAME = 0.35  # open issues are phrased more loosely than outcomes


Facets = Callable[[Member], dict[str, Iterable[str]]]  # the values a member adds to its cluster's


@dataclass
class Cluster:
    """Equivalent items from several articles; their members by source, and the values they carry."""

    members: list[Member]
    keywords: frozenset[str]
    by_source: dict[str, list[Member]] = field(default_factory=dict)
    values: dict[str, set[str]] = field(default_factory=dict)

    def take(self, member: Member, facets: Facets | None = None) -> None:
        """Add a member, filing it by source and by the values `facets` reads from it."""
        self.members.append(member)
        self.by_source.setdefault(member.sid, []).append(member)
        for key, values in (facets(member) if facets else {}).items():
            self.values.setdefault(key, set()).update(values)


Score = Callable[[Member, frozenset[str], Cluster], float]


def by_words(member: Member, kw: frozenset[str], cluster: Cluster) -> float:
    """The default likeness of an item to a cluster: their content-word overlap."""
    return similarity(kw, cluster.keywords)


class Clusterer:
    """Groups items by content-word overlap, looking only at clusters that share a word (an index)."""

    def __init__(self, threshold: float, score: Score = by_words, facets: Facets | None = None) -> None:
        self.threshold = threshold
        self.score = score
        self.facets = facets
        self.clusters: list[Cluster] = []
        self.index: dict[str, set[int]] = defaultdict(set)

    def add(self, member: Member) -> Cluster:
        """Put a member into the best matching cluster, or a new one."""
        kw = stems(member.text)
        best, best_score = None, 0.0
        for ci in self._candidates(kw):
            score = self.score(member, kw, self.clusters[ci])
            if score >= self.threshold and score > best_score:
                best, best_score = ci, score
        if best is None:
            self.clusters.append(Cluster([], kw))
            self.clusters[-1].take(member, self.facets)
            for w in kw:
                self.index[w].add(len(self.clusters) - 1)
            return self.clusters[-1]
        self.clusters[best].take(member, self.facets)
        return self.clusters[best]

    def _candidates(self, kw: frozenset[str]) -> set[int]:
        """Clusters sharing at least one content word."""
        found: set[int] = set()
        for w in kw:
            found |= self.index.get(w, set())
        return found


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Word overlap of two statements: Jaccard, or containment of the shorter in the longer when they
    share enough words (one outlet's sentence adds a clause to the same fact)."""
    shared = len(a & b)
    contained = shared / min(len(a), len(b)) if shared >= MIN_SHARED else 0.0
    return max(jaccard(a, b), contained)


def representative(members: list[Member], prefer_long: bool = False) -> Member:
    """The wording most independent stories share; ties go to the shorter (quotes: fuller) text."""
    support: dict[str, set[int]] = defaultdict(set)
    for m in members:
        support[same_words(m.text)].add(m.group)
    sign = 1 if prefer_long else -1
    return max(members, key=lambda m: (len(support[same_words(m.text)]), sign * len(m.text)))


def independent(members: list[Member]) -> int:
    """Number of independent stories among members (syndicated copies count once)."""
    return len({m.group for m in members})
