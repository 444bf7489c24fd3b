"""Wire copy reprinted by several outlets counts as one independent source.

Two articles are one story when the passages they share make up most of the shorter one (containment,
so a new headline, a local paragraph or a trimmed ending do not matter). Groups are built by complete
linkage: an article joins a group only if it is a copy of every member, so a short piece quoting a
sentence from each of two independent reports never makes those reports one story.
"""

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


def _unique_sets(unique: list[str]) -> list[set[int]]:
    """Word runs per distinct text, without stock phrasing shared by a large part of a large set."""
    sets = [shingles(t) for t in unique]
    if len(unique) < MIN_SET_FOR_BOILERPLATE:
        return sets
    seen: dict[int, int] = defaultdict(int)
    for s in sets:
        for h in s:
            seen[h] += 1
    common = {h for h, n in seen.items() if n > BOILERPLATE * len(unique)}
    return [s - common for s in sets]


def links(sets: Sequence[set[int]]) -> dict[tuple[int, int], float]:
    """Pairs (i < j) whose shared runs cover at least SYNDICATED of the shorter one, with that share."""
    postings: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s:
            postings[h].append(i)
    out: dict[tuple[int, int], float] = {}
    for i, s in enumerate(sets):
        shared: dict[int, int] = defaultdict(int)
        for h in s:
            for j in postings[h]:
                if j > i:
                    shared[j] += 1
        for j, n in shared.items():
            share = n / max(1, min(len(s), len(sets[j])))
            if share >= SYNDICATED:
                out[(i, j)] = share
    return out


def groups(texts: Sequence[str]) -> list[int]:
    """Group index per text (the index of one of its members); copies of one story share a group."""
    unique = list(dict.fromkeys(texts))
    pairs = links(_unique_sets(unique))
    members: dict[int, set[int]] = {i: {i} for i in range(len(unique))}
    home = list(range(len(unique)))
    order = sorted(pairs, key=lambda ij: (-pairs[ij], *sorted((unique[ij[0]], unique[ij[1]]))))
    for i, j in order:
        a, b = home[i], home[j]
        if a == b or any((min(x, y), max(x, y)) not in pairs for x in members[a] for y in members[b]):
            continue  # complete linkage: every member of the merged group is a copy of every other
        members[a] |= members.pop(b)
        for k in members[a]:
            home[k] = a
    first: dict[str, int] = {}
    for n, t in enumerate(texts):
        first.setdefault(t, n)
    slot = {t: k for k, t in enumerate(unique)}
    label = {g: min(first[unique[k]] for k in ks) for g, ks in members.items()}
    return [label[home[slot[t]]] for t in texts]
