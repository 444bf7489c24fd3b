"""text/forked.py: a forked helper's bytes come back; a helper that dies has its share done here instead."""

from __future__ import annotations

import gc
import os

import pytest

from summariser.text.forked import Forked, frozen


def test_the_helpers_bytes_come_back() -> None:
    parent = os.getpid()
    helper = Forked(lambda: b"helper" if os.getpid() != parent else b"parent")
    assert helper.result() == b"helper"


def test_a_helper_that_dies_has_its_share_done_here() -> None:
    parent = os.getpid()

    def task() -> bytes:
        if os.getpid() != parent:
            os._exit(1)  # killed before sending anything
        return b"done here"

    assert Forked(task).result() == b"done here"


def test_freezing_for_the_fork_leaves_this_processs_collector_as_it_was() -> None:
    assert gc.get_freeze_count() == 0
    with frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_a_caller_that_froze_objects_itself_keeps_them_frozen() -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with frozen():
            pass
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_a_helpers_error_is_met_again_here_and_reported_once(capfd: pytest.CaptureFixture[str]) -> None:
    def task() -> bytes:
        raise ValueError("a broken share")

    helper = Forked(task)
    with pytest.raises(ValueError, match="a broken share"):
        helper.result()
    assert "Traceback" not in capfd.readouterr().err  # the helper printed nothing
