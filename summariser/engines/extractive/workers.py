"""Reading many articles at once: each worker process parses and reads its own share, start to finish.

A worker returns records, not parses: sending spaCy Docs between processes (what `nlp.pipe(n_process=)`
does) costs a serialisation each way, and the rules would still run on one core. Workers are forked
after the model is loaded, so they share its memory and start at once. A few articles are shared
between this process and one forked helper; a tiny set is read here, where a fork costs more than it saves.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator, Sequence

from summariser.engines.extractive.engine import extract
from summariser.models import SummitOutcome
from summariser.text import nlp
from summariser.text.document import Document
from summariser.text.forked import Forked, frozen

WORDS_PER_WORKER = 6_000  # words per extra worker below which one process reads faster (5 samples: 3,900)
EVEN = 0.6  # largest part of the words one side may hold for a split by document to pay
CHUNK = 4  # articles per task: enough for batched parsing, small enough to share the work evenly


def processes(docs: Sequence[Document]) -> int:
    """How many worker processes the work pays for (1: read in this process and perhaps one helper)."""
    return max(1, min(_cpus(), _words(docs) // WORDS_PER_WORKER, len(docs)))


def _cpus() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _words(docs: Sequence[Document]) -> int:
    """About how many words the documents hold."""
    return sum(map(_word_count, docs))


def _word_count(doc: Document) -> int:
    """About how many words a document holds (its spaces, plus one)."""
    return doc.text.count(" ") + 1


def records(docs: Sequence[Document]) -> Iterator[SummitOutcome]:
    """One record per document, in order, each yielded as soon as it is ready."""
    workers = processes(docs)
    theirs = _shared(docs) if workers == 1 else []
    if theirs:
        yield from _beside(docs, theirs)
        return
    if workers == 1:
        yield from _read(nlp.parse_stream(docs))
        return
    import multiprocessing

    nlp.pipeline(nlp.model_name())  # loaded before the fork: the workers share it
    size = max(1, min(CHUNK, len(docs) // (workers * 4)))  # a few tasks per worker, so both finish together
    chunks = [list(docs[i : i + size]) for i in range(0, len(docs), size)]
    with frozen():
        pool = multiprocessing.get_context("fork").Pool(workers)
    with pool:
        for done in pool.imap(_chunk, chunks):
            yield from done


def _shared(docs: Sequence[Document]) -> list[int]:
    """The documents a forked helper should read, or none: too few words or cores, or no even split by
    document (one long article among short ones is split by paragraph instead, in `nlp.parse_stream`)."""
    if len(docs) < 2 or _cpus() < 2:
        return []
    sizes = [min(_word_count(d), nlp.PARSE_BUDGET) for d in docs]  # words parsed, at most
    total = sum(sizes)
    if total < nlp.PROCESSES_FROM:
        return []
    theirs = _half(sizes)
    share = sum(sizes[i] for i in theirs)
    return theirs if max(share, total - share) <= EVEN * total else []


def _beside(docs: Sequence[Document], theirs: list[int]) -> Iterator[SummitOutcome]:
    """Read some documents here while a forked helper reads the others (`theirs`)."""
    nlp.pipeline(nlp.model_name())  # loaded before the fork: the helper shares it
    helper = Forked(lambda: pickle.dumps(_chunk([docs[i] for i in theirs])))
    taken = set(theirs)
    mine = [i for i in range(len(docs)) if i not in taken]
    done = dict(zip(mine, _read(nlp.parse_stream([docs[i] for i in mine], processes=1)), strict=True))
    done.update(zip(theirs, pickle.loads(helper.result()), strict=True))
    yield from (done[i] for i in range(len(docs)))


def _half(sizes: list[int]) -> list[int]:
    """The indices of a proper subset whose sizes sum nearest half the total (subset sum over bit masks)."""
    reach = [1]  # bit t of reach[k]: some of the first k sizes sum to t
    for size in sizes:
        reach.append(reach[-1] | reach[-1] << size)
    total = sum(sizes)
    sums = [t for t in range(1, total) if reach[-1] >> t & 1]  # never empty: two sizes at least
    left, chosen = min(sums, key=lambda t: abs(2 * t - total)), []
    for k in range(len(sizes), 0, -1):
        if not reach[k - 1] >> left & 1:
            chosen.append(k - 1)
            left -= sizes[k - 1]
    return sorted(chosen)


def _chunk(docs: list[Document]) -> list[SummitOutcome]:
    """A worker's task: parse a few articles together, then read each."""
    return list(_read(nlp.parse_stream(docs, processes=1)))


def _read(parsed: Iterator[Document]) -> Iterator[SummitOutcome]:
    """Extract each parsed document, then drop its parse so memory stays flat on large sets."""
    for doc in parsed:
        record = extract(doc)
        doc.parsed = None
        yield record
