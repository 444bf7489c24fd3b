"""reconcile/syndication.py: reprinted wire copy is one story; groups are a partition, whatever the order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summariser.reconcile.syndication import MIN_SET_FOR_BOILERPLATE, groups, links, shingles

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


LEFT = (
    "Delegates from nine river states met in Vienna to agree on shared flood warnings for the Danube basin. "
    "The plan links gauges in every capital and sends alerts to towns within an hour of a rising crest. "
    "Engineers said the network would cost less than the damage of a single bad spring."
)
RIGHT = (
    "A fisheries pact for the Adriatic was signed in Split after a week of bargaining over sardine quotas. "
    "Croatia and Italy will share patrol boats and publish catch data each month for the first time. "
    "Small-boat crews said the limits were too strict for the coming season."
)
PATCHWORK = (
    "The plan links gauges in every capital and sends alerts to towns within an hour of a rising crest. "
    "Engineers said the network would cost less than the damage of a single bad spring. "
    "Croatia and Italy will share patrol boats and publish catch data each month for the first time. "
    "Small-boat crews said the limits were too strict for the coming season."
)


def test_a_new_headline_and_a_trimmed_ending_still_make_a_copy() -> None:
    retitled = "Danube states pool flood data\n\n" + LEFT.rsplit(" Engineers", 1)[0]
    assert groups([LEFT, RIGHT, retitled]) == [0, 1, 0]


def test_a_patchwork_of_two_independent_reports_never_joins_them() -> None:
    sets = [shingles(t) for t in (LEFT, RIGHT, PATCHWORK)]
    assert set(links(sets)) == {(0, 2), (1, 2)}, "the patchwork is half a copy of each report"
    labels = groups([LEFT, RIGHT, PATCHWORK])
    assert labels[0] != labels[1]


def test_a_long_copy_with_added_local_paragraphs_is_measured_against_the_shorter() -> None:
    local = " ".join(
        f"Local officials in district {i} will post the alerts on the town notice board." for i in range(6)
    )
    assert groups([LEFT, LEFT + " " + local]) == [0, 0]
