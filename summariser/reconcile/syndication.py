"""Wire copy reprinted by several outlets counts as one independent source.

Two articles are one story when runs of the reporter's own sentences, lightly edited or not, appear in
both in the same order and make up enough of the shorter one (so a new headline, a local paragraph or a
trimmed ending do not matter); see `alignment`. Quotations shared in order only add to copied prose: two
outlets quoting one declaration are not one story. A shared agency credit lowers the bar. Groups are built
by complete linkage: an article joins a group only if it is a copy of every member, so a short piece
borrowing from two independent reports never makes those reports one story.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Sequence

from summariser.reconcile.alignment import SURE_RUN, align
from summariser.reconcile.credits import agencies
from summariser.reconcile.prose import Prose, prose, quoted_runs
from summariser.text.document import Document

SYNDICATED = 0.3  # share of the shorter article's own words in copied runs: a third of a story is a copy
CREDITED = 0.2  # the same share when both articles credit the same agency for their text
MIN_EVIDENCE = 20  # copied words of wording (names aside) below which parallel facts may be chance
PLENTY = 40  # copied words of wording (three sentences' worth) that are a copy whatever else both carry
GRAM = 3  # words in a run that articles must share, in MIN_GRAMS places, before they are aligned at all
MIN_GRAMS = 3
BOILERPLATE = 0.25  # a run found in more than a quarter of a large set is stock phrasing, not a shared story
MIN_SET_FOR_BOILERPLATE = 40
PARALLEL_FROM = 400  # candidate pairs; fewer are aligned in this process (a fork would cost more)


def sentence_grams(sentence: str) -> set[int]:
    """Hashes of every run of GRAM consecutive words of one sentence, case aside."""
    w = sentence.casefold().split()
    return {hash(tuple(w[i : i + GRAM])) for i in range(len(w) - GRAM + 1)}


def _without_stock(texts: Sequence[Prose]) -> tuple[list[Prose], list[set[int]]]:
    """Each article's prose and word runs; in a large set, without the stock phrasing most of it shares.

    A run found in more than BOILERPLATE of the articles is stock phrasing, and a sentence made mostly of
    such runs is a stock sentence, not evidence that one article copied another.
    """
    per_sentence = [[sentence_grams(s) for s in p.sentences] for p in texts]
    common: set[int] = set()
    if len(texts) >= MIN_SET_FOR_BOILERPLATE:
        seen: Counter[int] = Counter(h for sets in per_sentence for h in set().union(*sets))
        common = {h for h, n in seen.items() if n > BOILERPLATE * len(texts)}
    out, grams = [], []
    for p, sets in zip(texts, per_sentence, strict=True):
        keep = [len(g - common) * 2 > len(g) for g in sets]
        out.append(p.only(keep))
        grams.append(set().union(*(g for g, k in zip(sets, keep, strict=True) if k)) - common)
    return out, grams


def candidates(sets: Sequence[set[int]]) -> list[tuple[int, int]]:
    """Pairs (i < j) sharing MIN_GRAMS word runs: the only ones worth aligning sentence by sentence."""
    postings: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s:
            postings[h].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for docs in postings.values():
        for k, i in enumerate(docs):
            for j in docs[k + 1 :]:
                shared[i, j] += 1
    return sorted(pair for pair, n in shared.items() if n >= MIN_GRAMS)


def copy_share(a: Prose, b: Prose, credited: bool = False) -> float:
    """Share of the shorter article copied from the other, or 0 when that is too little to be a copy.

    Enough of the shorter one, or plenty in absolute terms: an outlet that runs the wire's first
    paragraphs and then its own reporting is still carrying the wire story. A copy reworded sentence by
    sentence keeps the wire's quotations in order, and its sentences still follow the wire's, SURE_RUN of
    them in a row at least, however loosely.
    """
    found = align(a, b)
    share = found.share(a, b)
    if found.evidence >= MIN_EVIDENCE and (
        share >= (CREDITED if credited else SYNDICATED) or found.evidence >= PLENTY
    ):
        return share
    if found.same_quotations(a, b) and found.run >= SURE_RUN:
        return found.share(a, b, loose=True)
    return 0.0


def links(docs: Sequence[Document]) -> dict[tuple[int, int], float]:
    """Pairs (i < j) where one article is a copy of the other, with the copied share."""
    if len(docs) < 2:
        return {}  # nothing to compare: reading one article's prose would cost a second on a huge input
    texts = [prose(d) for d in docs]
    quoted = quoted_runs(texts)
    kept, grams = _without_stock([p.without(quoted) for p in texts])
    pairs = candidates(grams)
    credits = {k: agencies(docs[k]) for k in sorted({k for pair in pairs for k in pair})}
    work = [(kept[i], kept[j], bool(credits[i] & credits[j])) for i, j in pairs]
    return {pair: share for pair, share in zip(pairs, _shares(work), strict=True) if share}


_WORK: list[tuple[Prose, Prose, bool]] = []  # what forked workers align: inherited, never sent


def _shares(work: list[tuple[Prose, Prose, bool]]) -> list[float]:
    """copy_share of every pair, on every core when there are many (a large set of related articles)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if len(work) < PARALLEL_FROM or cpus < 2:
        return [copy_share(*w) for w in work]
    import multiprocessing

    _WORK[:] = work
    try:
        with multiprocessing.get_context("fork").Pool(cpus) as pool:
            return pool.map(_share_at, range(len(work)), chunksize=64)
    finally:
        _WORK.clear()


def _share_at(k: int) -> float:
    """A worker's task: the copied share of one pair."""
    return copy_share(*_WORK[k])


def story_text(doc: Document) -> str:
    """The article's own news text (no headline, furniture or dateline): verbatim copies share it."""
    return " ".join(s.text for s in doc.body) or doc.text


def groups(docs: Sequence[Document]) -> list[int]:
    """Group index per document (the index of one of its members); copies of one story share a group."""
    keys = [story_text(d) for d in docs]
    first: dict[str, int] = {}
    for n, key in enumerate(keys):
        first.setdefault(key, n)
    unique = list(first)  # in order of first appearance
    home = _complete_linkage(links([docs[first[key]] for key in unique]), unique)
    label: dict[int, int] = {}
    for u, g in enumerate(home):
        label.setdefault(g, first[unique[u]])  # a group is named by its first member
    slot = {key: u for u, key in enumerate(unique)}
    return [label[home[slot[key]]] for key in keys]


def _complete_linkage(pairs: dict[tuple[int, int], float], unique: list[str]) -> list[int]:
    """Group per item, merging the closest copies first, only when every member copies every other."""
    members: dict[int, set[int]] = {i: {i} for i in range(len(unique))}
    home = list(range(len(unique)))
    order = sorted(pairs, key=lambda ij: (-pairs[ij], *sorted((unique[ij[0]], unique[ij[1]]))))
    for i, j in order:
        a, b = home[i], home[j]
        if a == b or any((min(x, y), max(x, y)) not in pairs for x in members[a] for y in members[b]):
            continue
        members[a] |= members.pop(b)
        for k in members[a]:
            home[k] = a
    return home
