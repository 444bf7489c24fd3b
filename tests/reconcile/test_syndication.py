"""reconcile/syndication.py: reprinted wire copy is one story; groups are a partition, whatever the order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summariser.reconcile.syndication import MIN_SET_FOR_BOILERPLATE, groups, shingles

WIRE = (
    "Harbour masters from four Baltic ports agreed on Monday to share arrival data for every cargo ship. "
    "The agreement, reached after two days of talks in Gdansk, takes effect in the spring."
)
REPRINT = WIRE + " Our correspondent adds that the local port authority welcomed the deal."
OTHER = (
    "Port officials in the Baltic said on Monday that cargo data would now be pooled between harbours, "
    "a step they described as overdue after years of disputes over berths."
)
THIRD = (
    "Fishermen in the north complained that the new rules ignore small boats entirely, a union leader said."
)


def test_shingles_are_runs_of_six_words() -> None:
    assert shingles("one two three four five") == set()
    assert len(shingles("one two three four five six seven")) == 2


def test_a_reprint_with_a_local_line_joins_the_wire_story() -> None:
    assert groups([WIRE, OTHER, REPRINT]) == [0, 1, 0]


def test_independent_reports_of_the_same_event_stay_apart() -> None:
    assert groups([WIRE, OTHER, THIRD]) == [0, 1, 2]


def test_verbatim_copies_join_even_when_too_short_to_compare() -> None:
    assert groups(["Talks end.", "Talks end.", "Talks begin."]) == [0, 0, 2]


def _story(i: int) -> str:
    stock = (
        "This report is published under licence from the regional news agency and may not be "
        "copied or sold without the written permission of its editors."
    )
    return f"{stock} Dispatch {i} covers harbour {i} and quay {i} today."


def test_stock_phrasing_in_a_large_set_does_not_make_stories_one() -> None:
    few = [_story(i) for i in range(3)]
    assert groups(few) == [0, 0, 0]  # in a small set, a long shared passage is a shared story
    many = [_story(i) for i in range(MIN_SET_FOR_BOILERPLATE)]
    assert groups(many) == list(range(MIN_SET_FOR_BOILERPLATE))


POOL = [WIRE, REPRINT, OTHER, THIRD, THIRD.upper()]


def _partition(texts: list[str], labels: list[int]) -> set[frozenset[str]]:
    by_label: dict[int, set[str]] = {}
    for text, label in zip(texts, labels, strict=True):
        by_label.setdefault(label, set()).add(text)
    return {frozenset(v) for v in by_label.values()}


@given(
    st.lists(st.sampled_from(POOL), max_size=8).flatmap(
        lambda xs: st.tuples(st.just(xs), st.permutations(xs))
    )
)
def test_groups_are_a_partition_that_does_not_depend_on_input_order(
    pair: tuple[list[str], list[str]],
) -> None:
    texts, shuffled = pair
    labels = groups(texts)
    assert len(labels) == len(texts)
    assert all(labels[label] == label for label in labels), "a group is named by one of its members"
    assert _partition(texts, labels) == _partition(shuffled, groups(shuffled))
