"""engines/extractive/workers.py: forked workers give the records one process gives, in order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summariser.engines.extractive import workers
from summariser.ingest.load import load

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
