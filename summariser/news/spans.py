"""Sorted, indexed text spans: which quoted passages touch a window, without scanning them all."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class QuoteSpans(list[tuple[int, int]]):
    """Quoted spans sorted once, so each lookup is a binary search rather than a scan of every quote.

    Build it once per text and do not mutate it: the index is computed at construction.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        super().__init__(sorted(spans))
        self._starts = [a for a, _ in self]
        self._reach = list(itertools.accumulate((b for _, b in self), max))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that share a character with [start, end), in order of their start."""
        lo, hi = bisect_right(self._reach, start), bisect_left(self._starts, end)
        return [(a, b) for a, b in self[lo:hi] if b > start and a < b]

    def covers(self, pos: int) -> bool:
        """Is an offset inside some span?"""
        return bool(self.overlapping(pos, pos + 1))
