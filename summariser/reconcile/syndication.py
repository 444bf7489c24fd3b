"""Wire copy reprinted by several outlets counts as one independent source."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from summariser.text.normalise import words

SHINGLE = 6  # six-word runs: long enough that two reporters do not write them independently
SYNDICATED = 0.5  # share of the shorter article's runs found in the other: half a story is the same story
BOILERPLATE = 0.25  # a run found in more than a quarter of a large set is stock phrasing, not a shared story
MIN_SET_FOR_BOILERPLATE = 40


def shingles(text: str) -> set[int]:
    """Hashes of every run of SHINGLE consecutive words."""
    w = words(text)
    return {hash(tuple(w[i : i + SHINGLE])) for i in range(max(0, len(w) - SHINGLE + 1))}


def groups(texts: Sequence[str]) -> list[int]:
    """Group index per text; texts sharing most of their word runs share a group (union-find)."""
    parent = list(range(len(texts)))
    first_copy: dict[str, int] = {}
    sets: list[set[int]] = []
    for i, t in enumerate(texts):
        twin = first_copy.setdefault(t, i)
        parent[i] = twin  # verbatim reprints join at once and are not compared again
        sets.append(shingles(t) if twin == i else set())
    postings: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s:
            postings[h].append(i)
    if len(texts) >= MIN_SET_FOR_BOILERPLATE:
        limit = BOILERPLATE * len(texts)
        common = {h for h, docs in postings.items() if len(docs) > limit}
        sets = [s - common for s in sets]
        for h in common:
            del postings[h]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, s in enumerate(sets):
        shared: dict[int, int] = defaultdict(int)
        for h in s:
            for j in postings[h]:
                if j > i:
                    shared[j] += 1
        for j, n in shared.items():
            if n >= SYNDICATED * max(1, min(len(s), len(sets[j]))):
                parent[find(j)] = find(i)
    return [find(i) for i in range(len(texts))]
