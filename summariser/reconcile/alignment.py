"""Sentence alignment of two articles: how much of the reporter's own prose they share, in order.

Sentences are paired by fuzzy similarity of their sorted own words (a few words changed or a clause
moved still pair) and the best in-order chain of pairs is kept; a sentence split in two on one side
pairs with the two halves joined. Only runs of pairs count: one sentence in common is a borrowing or a
coincidence, a stretch of them is copy. Quotations shared in the same order add weaker evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from rapidfuzz import fuzz, process

from summariser.reconcile.prose import Prose

SIMILAR = 55  # sorted-word similarity (0-100) below which two sentences are not one sentence edited
LATIN1_SPACES = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f ]+")  # what rapidfuzz splits a Latin-1 string at
SAME_QUOTE = 90  # similarity of two quoted passages that are one quotation, give or take punctuation
ADJACENT = 2  # chain pairs this close on both sides (one sentence skipped) are one run of copy
MIN_RUN = 2  # a sentence shared alone is a coincidence or a borrowing; copy shows as runs of them
SURE_RUN = 3  # sentences in a row that make a run of copy however edited each of them is
VERBATIM = 85  # similarity of a sentence printed again with at most a word or two changed
QUOTED = 0.25  # what a shared quoted word is worth against a shared word of the reporter's own
SAME_QUOTES = 3  # quotations shared in order that are more than a press conference's best lines
MOST_QUOTES = 2 / 3  # share of the quotations of the article with fewer that a copy keeps

Step = tuple[int, int, int, int]  # (sentences of a, sentences of b, last of a, last of b)


@dataclass(frozen=True)
class Alignment:
    """The best in-order pairing of two articles' sentences, and of their quotations."""

    pairs: tuple[tuple[int, int], ...]  # (last sentence in a, in b), increasing on both sides
    evidence: float  # own words shared in runs, each pair weighted by how close its wording is
    run: int  # most pairs in one stretch without a gap on either side
    chained: float = 0.0  # own words shared by every pair of the chain, runs or not
    quotations: int = 0  # quotations both print, in the same order
    quoted: float = 0.0  # their words

    def share(self, a: Prose, b: Prose, *, loose: bool = False) -> float:
        """Shared words as a share of the shorter article's (a trimmed copy is still a copy).

        Quotations count at QUOTED, and only beside copied prose: quotes alone never make a copy.
        `loose` counts every pair of the chain, not only runs.
        """
        own = self.chained if loose else self.evidence
        if not own:
            return 0.0
        size = min(a.total + QUOTED * a.quoted, b.total + QUOTED * b.quoted)
        return (own + QUOTED * self.quoted) / max(1.0, size)

    def same_quotations(self, a: Prose, b: Prose) -> bool:
        """Do the two print most of the same quotations in the same order (SAME_QUOTES at least)?

        Reporters at one press conference share a quote or two; a copy keeps the wire's quotations,
        their cuts and their order, however reworded the sentences around them.
        """
        fewer = min(len(a.quotes), len(b.quotes))
        return self.quotations >= SAME_QUOTES and self.quotations >= MOST_QUOTES * fewer


class Pair(NamedTuple):
    """One step of a chain: the last sentence of it on each side, its weight and its similarity."""

    x: int
    y: int
    weight: float
    similarity: float


def _weight(similarity: float, size: int) -> float:
    """Words a pair contributes: all of them when verbatim, none at the similarity floor."""
    return size * (similarity - SIMILAR) / (100 - SIMILAR)


def _grid(first: Sequence[str], second: Sequence[str], sort: bool = True) -> list[list[float]]:
    """Similarity of every string of one list with every one of the other, case aside: of their sorted
    words (fuzz.token_sort_ratio, with each sentence's words sorted once, not once per pair), or else of
    the strings as written (fuzz.ratio)."""
    if not first or not second:
        return []
    prepare = sorted_words if sort else str.casefold
    mine, theirs = [prepare(t) for t in first], [prepare(t) for t in second]
    out: list[list[float]] = process.cdist(mine, theirs, scorer=fuzz.ratio).tolist()
    return out


@lru_cache(maxsize=1 << 16)
def sorted_words(text: str) -> str:
    """The text as fuzz.token_sort_ratio compares it: case folded, words sorted, joined by one space.

    rapidfuzz splits a string of Latin-1 characters only at ASCII-range spaces (not at U+0085 or a
    no-break space), and a wider string at every Unicode space, as Python's str.split() does.
    """
    folded = text.casefold()
    words = folded.split() if max(folded, default=" ") > "\xff" else LATIN1_SPACES.split(folded)
    return " ".join(sorted(w for w in words if w))


def _scores(a: Prose, b: Prose) -> dict[Step, Pair]:
    """Every possible step of the chain: one sentence against one, or two against one."""
    out: dict[Step, Pair] = {}
    for x, row in enumerate(_grid(a.sentences, b.sentences)):
        for y, s in enumerate(row):
            if s >= SIMILAR:
                out[1, 1, x, y] = Pair(x, y, _weight(s, min(a.sizes[x], b.sizes[y])), s)
    rows, cols = {k[2] for k in out}, {k[3] for k in out}
    for i, y, w, s in _split_scores(a, b, rows):
        out[2, 1, i + 1, y] = Pair(i + 1, y, w, s)
    for i, x, w, s in _split_scores(b, a, cols):
        out[1, 2, x, i + 1] = Pair(x, i + 1, w, s)
    return out


def _split_scores(first: Prose, second: Prose, near: set[int]) -> list[tuple[int, int, float, float]]:
    """(i, j, weight, similarity) for sentences i and i+1 of `first` joined against sentence j of `second`.

    Only next to a sentence already paired: a split sentence keeps most of its words in one half.
    """
    todo = [i for i in range(len(first.sentences) - 1) if i in near or i + 1 in near]
    joined = [f"{first.sentences[i]} {first.sentences[i + 1]}" for i in todo]
    out = []
    for i, row in zip(todo, _grid(joined, second.sentences), strict=True):
        size = first.sizes[i] + first.sizes[i + 1]
        out += [(i, j, _weight(s, min(size, second.sizes[j])), s) for j, s in enumerate(row) if s >= SIMILAR]
    return out


def _chain(steps: dict[Step, Pair], n: int, m: int) -> list[Pair]:
    """Heaviest chain of steps increasing on both sides.

    Row by row: a cell's best is the running maximum along its row of the cell above and the steps
    ending there, so only the (few) steps are visited one by one, not every cell.
    """
    if not steps:
        return []
    ends: dict[int, list[tuple[int, int, Pair]]] = {}
    for (da, db, x, y), step in steps.items():
        if step.weight > 0:
            ends.setdefault(x + 1, []).append((y + 1, da * 3 + db, step))
    best = [[0.0] * (m + 1)]
    for x in range(1, n + 1):
        row = best[x - 1].copy()
        for y, kind, step in ends.get(x, ()):
            row[y] = max(row[y], best[x - kind // 3][y - kind % 3] + step.weight)
        best.append(list(accumulate(row, max)))
    out: list[Pair] = []
    while n > 0 and m > 0:
        if best[n][m] == best[n - 1][m]:
            n -= 1
        elif best[n][m] == best[n][m - 1]:
            m -= 1
        else:
            da, db, step = _back(steps, best, n, m)
            out.append(step)
            n, m = n - da, m - db
    return out[::-1]


def _back(steps: dict[Step, Pair], best: list[list[float]], x: int, y: int) -> tuple[int, int, Pair]:
    """The step that gave cell (x, y) its best: the first, in the order (1, 1), (2, 1), (1, 2), that did."""
    for da, db in ((1, 1), (2, 1), (1, 2)):
        step = steps.get((da, db, x - 1, y - 1))
        if step and step.weight > 0 and best[x - da][y - db] + step.weight == best[x][y]:
            return da, db, step
    raise AssertionError("a chain cell without the step that made it")  # pragma: no cover


def _runs(chain: list[Pair]) -> list[list[Pair]]:
    """The chain cut wherever a step skips more than one sentence on a side."""
    runs: list[list[Pair]] = []
    for pair in chain:
        if runs and pair.x - runs[-1][-1].x <= ADJACENT and pair.y - runs[-1][-1].y <= ADJACENT:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return runs


def counts(run: list[Pair]) -> bool:
    """Is a run evidence of copy: SURE_RUN sentences in a row, or MIN_RUN all near verbatim?

    Two sentences of independent reports of one event often say the same facts alike (the lead, the
    signatories), so a short run counts only when its wording, not just its facts, is the same.
    """
    return len(run) >= SURE_RUN or (len(run) >= MIN_RUN and all(p.similarity >= VERBATIM for p in run))


def shared_quotes(a: Prose, b: Prose) -> list[Pair]:
    """The quotations the two articles share in the same order (a common subsequence of quotations)."""
    steps = {
        (1, 1, x, y): Pair(x, y, float(min(a.quote_sizes[x], b.quote_sizes[y])), s)
        for x, row in enumerate(_grid(a.quotes, b.quotes, sort=False))
        for y, s in enumerate(row)
        if s >= SAME_QUOTE
    }
    return _chain(steps, len(a.quotes), len(b.quotes))


def align(a: Prose, b: Prose) -> Alignment:
    """Best in-order pairing of the two articles' sentences; only runs that `count` are evidence."""
    chain = _chain(_scores(a, b), len(a.sentences), len(b.sentences))
    runs = _runs(chain)
    quotations = shared_quotes(a, b)
    return Alignment(
        pairs=tuple((p.x, p.y) for p in chain),
        evidence=sum(p.weight for r in runs if counts(r) for p in r),
        run=max((len(r) for r in runs), default=0),
        chained=sum(p.weight for p in chain),
        quotations=len(quotations),
        quoted=sum(p.weight for p in quotations),
    )
