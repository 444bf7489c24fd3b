"""reconcile/alignment.py's shortcuts give exactly what the plain computations give."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from summariser.reconcile.alignment import Pair, Step, _chain, sorted_words

TRICKY = [
    "Nine nations signed the accord\u00a0on Thursday",  # no-break space: a word gap only in wide strings
    "the accord on\u00a0Thursday “signed” nine nations",
    "Talks\u0085ended\tlate\nin Geneva",
    "in\u2009Geneva talks ended late — officials said",
    "STRASSE straße Straße",
    "",
    "  ",
]


@pytest.mark.parametrize("a", TRICKY)
@pytest.mark.parametrize("b", TRICKY)
def test_sorted_words_score_as_token_sort_ratio(a: str, b: str) -> None:
    expected = fuzz.token_sort_ratio(a, b, processor=str.casefold)
    assert fuzz.ratio(sorted_words(a), sorted_words(b)) == expected


def _plain_chain(steps: dict[Step, Pair], n: int, m: int) -> list[Pair]:
    """The heaviest in-order chain by filling every cell of the table."""
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], tuple[int, int, Pair]] = {}
    for x in range(1, n + 1):
        for y in range(1, m + 1):
            best[x][y] = max(best[x - 1][y], best[x][y - 1])
            for da, db in ((1, 1), (2, 1), (1, 2)):
                step = steps.get((da, db, x - 1, y - 1))
                if step and step.weight > 0 and best[x - da][y - db] + step.weight > best[x][y]:
                    best[x][y] = best[x - da][y - db] + step.weight
                    back[x, y] = (da, db, step)
    out: list[Pair] = []
    while n > 0 and m > 0:
        if best[n][m] == best[n - 1][m]:
            n -= 1
        elif best[n][m] == best[n][m - 1]:
            m -= 1
        else:
            da, db, step = back[n, m]
            out.append(step)
            n, m = n - da, m - db
    return out[::-1]


def test_chain_is_the_plain_table_ties_included() -> None:
    rng = random.Random(1)
    for _ in range(3000):
        n, m = rng.randint(0, 9), rng.randint(0, 9)
        steps: dict[Step, Pair] = {}
        for _ in range(rng.randint(0, 25)):
            da, db = rng.choice([(1, 1), (2, 1), (1, 2)])
            x, y = rng.randint(da - 1, max(da - 1, n - 1)), rng.randint(db - 1, max(db - 1, m - 1))
            if x < n and y < m:
                steps[da, db, x, y] = Pair(x, y, rng.choice([0.0, -1.0, 1.0, 2.0, 3.0, rng.random()]), 80.0)
        assert _chain(steps, n, m) == _plain_chain(steps, n, m)
