"""engines/extractive/workers.py: forked workers give the records one process gives, in order."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser.engines.extractive import workers
from summariser.engines.extractive.engine import extract
from summariser.ingest.clean import from_text
from summariser.ingest.load import load
from summariser.text import nlp

FIXTURES = sorted((Path(__file__).parents[2] / "fixtures" / "lisbon").glob("*.txt"))


def test_a_few_articles_are_read_in_this_process() -> None:
    assert workers.processes([load(p) for p in FIXTURES]) == 1


def test_workers_give_the_same_records_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = list(workers.records([load(p) for p in FIXTURES]))
    monkeypatch.setattr(workers, "WORDS_PER_WORKER", 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    docs = [load(p) for p in FIXTURES]
    assert workers.processes(docs) == 2
    assert list(workers.records(docs)) == alone


def test_a_few_articles_shared_with_one_helper_give_the_same_records_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alone = [extract(d) for d in nlp.parse_stream([load(p) for p in FIXTURES], processes=1)]
    monkeypatch.setattr(nlp, "PROCESSES_FROM", 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    docs = [load(p) for p in FIXTURES]
    assert workers.processes(docs) == 1 and len(docs) > 1
    assert list(workers.records(docs)) == alone


@given(st.lists(st.integers(min_value=1, max_value=400), min_size=2, max_size=9))
def test_the_helpers_share_is_the_subset_nearest_half_the_words(sizes: list[int]) -> None:
    theirs = workers._half(sizes)
    assert 0 < len(theirs) < len(sizes) and theirs == sorted(set(theirs))
    total = sum(sizes)
    best = min(
        abs(2 * sum(sizes[i] for i in subset) - total)
        for k in range(1, len(sizes))
        for subset in itertools.combinations(range(len(sizes)), k)
    )
    assert abs(2 * sum(sizes[i] for i in theirs) - total) == best


def test_one_long_article_among_short_ones_is_not_split_by_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    long = from_text("Envoys met in Quito and signed a fishing accord. " * 400)
    short = from_text("Envoys met in Lima and signed a trade accord. " * 40)
    assert workers._shared([long, short]) == []  # left to the parse, which splits by paragraph
    assert workers._shared([long, short, long]) in ([0], [2])  # one long article each side
    assert workers._shared([short, short]) == []  # too few words to pay for a fork
