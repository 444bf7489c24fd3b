"""reconcile/syndication.py: alignments on several cores give the links one process gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summariser.ingest.load import load
from summariser.reconcile import syndication

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "lisbon").glob("*.txt"))


def test_parallel_alignment_gives_the_same_links(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [load(p) for p in FIXTURES] * 2  # every article twice: copies to find
    alone = syndication.links(docs)
    monkeypatch.setattr(syndication, "PARALLEL_FROM", 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    assert alone and syndication.links(docs) == alone
