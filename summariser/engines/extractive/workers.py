"""Reading many articles at once: each worker process parses and reads its own share, start to finish.

A worker returns records, not parses: sending spaCy Docs between processes (what `nlp.pipe(n_process=)`
does) costs a serialisation each way, and the rules would still run on one core. Workers are forked
after the model is loaded, so they share its memory and start at once; a small set is read in-process,
where a fork would cost more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from summariser.engines.extractive.engine import extract
from summariser.models import SummitOutcome
from summariser.text import nlp
from summariser.text.document import Document

WORDS_PER_WORKER = 6_000  # words per extra worker below which one process reads faster (5 samples: 3,900)
CHUNK = 4  # articles per task: enough for batched parsing, small enough to share the work evenly


def processes(docs: Sequence[Document]) -> int:
    """How many worker processes the work pays for (1: read in this process)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    words = sum(d.text.count(" ") + 1 for d in docs)
    return max(1, min(cpus, words // WORDS_PER_WORKER, len(docs)))


def records(docs: Sequence[Document]) -> Iterator[SummitOutcome]:
    """One record per document, in order, each yielded as soon as it is ready."""
    workers = processes(docs)
    if workers == 1:
        yield from _read(nlp.parse_stream(docs))
        return
    import multiprocessing

    nlp.pipeline(nlp.model_name())  # loaded before the fork: the workers share it
    size = max(1, min(CHUNK, len(docs) // (workers * 4)))  # a few tasks per worker, so both finish together
    chunks = [list(docs[i : i + size]) for i in range(0, len(docs), size)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for done in pool.imap(_chunk, chunks):
            yield from done


def _chunk(docs: list[Document]) -> list[SummitOutcome]:
    """A worker's task: parse a few articles together, then read each."""
    return list(_read(nlp.parse_stream(docs, processes=1)))


def _read(parsed: Iterator[Document]) -> Iterator[SummitOutcome]:
    """Extract each parsed document, then drop its parse so memory stays flat on large sets."""
    for doc in parsed:
        record = extract(doc)
        doc.parsed = None
        yield record
