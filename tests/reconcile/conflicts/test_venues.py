"""reconcile/conflicts/venues.py: independent stories putting the signing in different rooms."""

from __future__ import annotations

from summariser.reconcile.conflicts.venues import venues
from tests.reconcile.conftest import story

GREEN = "The ministers signed the accord in the Green Room of the palace on Friday."
MIRROR = "The accord was signed at a short ceremony in the Mirror Hall, aides said."
PALACE = "The signing took place at the Lakeside Palace after two days of talks."


def test_two_rooms_for_one_signing_conflict_with_each_sentence() -> None:
    (conflict,) = venues([story("1", GREEN), story("2", MIRROR), story("3", PALACE)])
    assert conflict.kind == "claim"
    assert (
        conflict.summary
        == "Sources put the signing in different places: the Green Room [1] vs the Mirror Hall [2]"
    )
    assert [c.text for c in conflict.claims] == [GREEN, MIRROR]
    first = conflict.claims[0]
    assert GREEN[first.evidence.start : first.evidence.end] == "Green Room"


def test_a_room_and_the_building_around_it_both_hold() -> None:
    assert venues([story("1", GREEN), story("2", PALACE)]) == []


def test_copies_or_a_story_naming_both_rooms_do_not_conflict() -> None:
    both = (
        "Talks ran in the Mirror Hall; the accord was signed in the Green Room, "
        "and the signing in the Mirror Hall followed."
    )
    assert venues([story("1", GREEN, group=1), story("2", MIRROR, group=1)]) == []
    assert venues([story("1", GREEN), story("2", MIRROR), story("3", both)]) == []


def test_a_long_ceremony_phrase_with_initials_in_brackets_still_names_the_room() -> None:
    long = (
        "The envoy (c.) speaks during a ferry accord signing ceremony between Norland's minister Ana Ruiz "
        "(r.) and Sudmark's minister Jan Berg (l.) in the Mirror Hall of the palace on Friday."
    )
    (conflict,) = venues([story("1", GREEN), story("2", long)])
    assert conflict.summary.endswith("the Green Room [1] vs the Mirror Hall [2]")


def test_a_room_named_in_the_next_sentence_is_not_where_it_was_signed() -> None:
    apart = "The ministers signed the accord on Friday. Later they dined in the Mirror Hall of the palace."
    assert venues([story("1", GREEN), story("2", apart)]) == []
