"""reconcile/conflicts/mediators.py: independent stories naming different states as the go-betweens."""

from __future__ import annotations

from summariser.reconcile.conflicts.mediators import mediators
from tests.reconcile.conftest import story

EGYPT = "The truce was mediated by Norway, Egypt and the United States, the minister said."
TURKEY = "Joint mediators Norway, the US and Turkey will watch over the truce from Oslo."
FEWER = "The truce, brokered by Norwegian and Egyptian mediators, starts on Sunday."
OTHER = "Egyptian and Norwegian mediators met again on Friday."


def test_each_side_names_the_mediator_the_other_leaves_out() -> None:
    (conflict,) = mediators([story("1", EGYPT), story("2", TURKEY), story("3", FEWER)])
    assert conflict.kind == "claim"
    assert conflict.summary == (
        "Sources name different mediators beside Norway and United States: Egypt [1] vs Turkey [2]"
    )
    first = conflict.claims[0]
    assert EGYPT[first.evidence.start : first.evidence.end] == "Norway, Egypt and the United States"
    assert first.text == EGYPT


def test_a_story_naming_fewer_of_the_same_mediators_agrees() -> None:
    assert mediators([story("1", EGYPT), story("2", FEWER), story("3", OTHER)]) == []


def test_copies_of_one_story_do_not_disagree_with_each_other() -> None:
    assert mediators([story("1", EGYPT, group=1), story("2", TURKEY, group=1)]) == []


def test_a_list_that_names_no_states_is_no_list_of_mediators() -> None:
    text = "The deal was brokered by patient envoys and long nights, officials said."
    assert mediators([story("1", EGYPT), story("2", text)]) == []
