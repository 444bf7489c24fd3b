"""Sentence alignment of two articles: how much of the reporter's own prose they share, in order.

Sentences are paired by fuzzy similarity of their sorted own words (a few words changed or a clause
moved still pair) and the best in-order chain of pairs is kept; a sentence split in two on one side
pairs with the two halves joined. Only runs of pairs count: one sentence in common is a borrowing or a
coincidence, a stretch of them is copy. Quotations shared in the same order add weaker evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from summariser.reconcile.prose import Prose

SIMILAR = 55  # sorted-word similarity (0-100) below which two sentences are not one sentence edited
SAME_QUOTE = 90  # similarity of two quoted passages that are one quotation, give or take punctuation
ADJACENT = 2  # chain pairs this close on both sides (one sentence skipped) are one run of copy
MIN_RUN = 2  # a sentence shared alone is a coincidence or a borrowing; copy shows as runs of them
QUOTED = 0.25  # what a shared quoted word is worth against a shared word of the reporter's own

Step = tuple[int, int, int, int]  # (sentences of a, sentences of b, last of a, last of b)


@dataclass(frozen=True)
class Alignment:
    """The best in-order pairing of two articles' sentences, and of their quotations."""

    pairs: tuple[tuple[int, int], ...]  # (last sentence in a, in b), increasing on both sides
    evidence: float  # own words shared in runs, each pair weighted by how close its wording is
    run: int  # most pairs in one stretch without a gap on either side
    quoted: float = 0.0  # quoted words shared in the same order

    def share(self, a: Prose, b: Prose) -> float:
        """Shared words as a share of the shorter article's (a trimmed copy is still a copy).

        Quotations count at QUOTED, and only beside copied prose: quotes alone never make a copy.
        """
        if not self.evidence:
            return 0.0
        size = min(a.total + QUOTED * a.quoted, b.total + QUOTED * b.quoted)
        return (self.evidence + QUOTED * self.quoted) / max(1.0, size)


def _weight(similarity: float, size: int) -> float:
    """Words a pair contributes: all of them when verbatim, none at the similarity floor."""
    return size * (similarity - SIMILAR) / (100 - SIMILAR) if similarity >= SIMILAR else 0.0


def _grid(
    first: list[str], second: tuple[str, ...], scorer: Callable[..., float] = fuzz.token_sort_ratio
) -> list[list[float]]:
    """Similarity of every string of one list with every one of the other."""
    if not first or not second:
        return []
    out: list[list[float]] = process.cdist(first, second, scorer=scorer).tolist()
    return out


def _scores(a: Prose, b: Prose) -> dict[Step, float]:
    """Weight of every possible step of the chain: one sentence against one, or two against one."""
    out: dict[Step, float] = {}
    for x, row in enumerate(_grid(list(a.sentences), b.sentences)):
        for y, s in enumerate(row):
            if s >= SIMILAR:
                out[1, 1, x, y] = _weight(s, min(a.sizes[x], b.sizes[y]))
    rows, cols = {k[2] for k in out}, {k[3] for k in out}
    for i, y, w in _split_scores(a, b, rows):
        out[2, 1, i + 1, y] = w
    for i, x, w in _split_scores(b, a, cols):
        out[1, 2, x, i + 1] = w
    return out


def _split_scores(first: Prose, second: Prose, near: set[int]) -> list[tuple[int, int, float]]:
    """(i, j, weight) for sentences i and i+1 of `first` joined against sentence j of `second`.

    Only next to a sentence already paired: a split sentence keeps most of its words in one half.
    """
    todo = [i for i in range(len(first.sentences) - 1) if i in near or i + 1 in near]
    joined = [f"{first.sentences[i]} {first.sentences[i + 1]}" for i in todo]
    out = []
    for i, row in zip(todo, _grid(joined, second.sentences), strict=True):
        size = first.sizes[i] + first.sizes[i + 1]
        out += [(i, j, _weight(s, min(size, second.sizes[j]))) for j, s in enumerate(row) if s >= SIMILAR]
    return out


def _chain(steps: dict[Step, float], n: int, m: int) -> list[tuple[int, int, float]]:
    """Heaviest chain of steps increasing on both sides, as (last of a, last of b, weight)."""
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    for x in range(1, n + 1):
        for y in range(1, m + 1):
            best[x][y] = max(best[x - 1][y], best[x][y - 1])
            for da, db in ((1, 1), (2, 1), (1, 2)):
                w = steps.get((da, db, x - 1, y - 1), 0.0)
                if w > 0 and best[x - da][y - db] + w > best[x][y]:
                    best[x][y] = best[x - da][y - db] + w
                    back[x, y] = (da, db, w)
    out: list[tuple[int, int, float]] = []
    while n > 0 and m > 0:
        if best[n][m] == best[n - 1][m]:
            n -= 1
        elif best[n][m] == best[n][m - 1]:
            m -= 1
        else:
            da, db, w = back[n, m]
            out.append((n - 1, m - 1, w))
            n, m = n - da, m - db
    return out[::-1]


def _runs(chain: list[tuple[int, int, float]]) -> list[list[tuple[int, int, float]]]:
    """The chain cut wherever a step skips more than one sentence on a side."""
    runs: list[list[tuple[int, int, float]]] = []
    for pair in chain:
        if runs and pair[0] - runs[-1][-1][0] <= ADJACENT and pair[1] - runs[-1][-1][1] <= ADJACENT:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return runs


def shared_quotes(a: Prose, b: Prose) -> float:
    """Quoted words the two articles share in the same order (a common subsequence of quotations)."""
    grid = _grid(list(a.quotes), b.quotes, fuzz.ratio)
    steps = {
        (1, 1, x, y): float(min(a.quote_sizes[x], b.quote_sizes[y]))
        for x, row in enumerate(grid)
        for y, s in enumerate(row)
        if s >= SAME_QUOTE
    }
    return sum(w for _x, _y, w in _chain(steps, len(a.quotes), len(b.quotes)))


def align(a: Prose, b: Prose) -> Alignment:
    """Best in-order pairing of the two articles' sentences; only runs of MIN_RUN pairs count."""
    chain = _chain(_scores(a, b), len(a.sentences), len(b.sentences))
    runs = _runs(chain)
    evidence = sum(w for r in runs if len(r) >= MIN_RUN for _x, _y, w in r)
    return Alignment(
        pairs=tuple((x, y) for x, y, _w in chain),
        evidence=evidence,
        run=max((len(r) for r in runs), default=0),
        quoted=shared_quotes(a, b) if evidence else 0.0,
    )
