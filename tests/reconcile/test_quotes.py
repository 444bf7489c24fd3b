"""reconcile/quotes.py: one spoken passage across articles, its most verbatim wording, and its variants."""

from __future__ import annotations

import pytest

from summariser.reconcile.quotes import cluster_quotes, merged_quote, quote_kind, same_passage
from tests.reconcile.conftest import member

FULL = "We will share every catch record with our neighbours and we will publish the quotas every month"
ELIDED = "We will share every catch record and we will publish the quotas every month"
OPENING = "We will share every catch record"
REWORDED = (
    "We will share every catch record with our neighbours each month",
    "Each month our neighbours will get every catch record we share",
)
OTHER = "The fleet stays in port until the storm has passed over the islands"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (FULL, OPENING, True),
        (FULL, ELIDED, True),
        (REWORDED[0], REWORDED[1], True),
        (FULL, OTHER, False),
    ],
    ids=["contained", "elided", "reworded", "unrelated"],
)
def test_same_passage_for_one_speaker(a: str, b: str, same: bool) -> None:
    assert (
        same_passage(member("1", a, speaker="person:varga"), member("2", b, speaker="person:varga")) is same
    )


def test_near_identical_words_match_whoever_speaks_but_a_rewording_needs_the_same_speaker() -> None:
    assert same_passage(member("1", FULL, speaker="person:varga"), member("2", ELIDED, speaker="person:lund"))
    a, b = REWORDED
    assert not same_passage(member("1", a, speaker="person:varga"), member("2", b, speaker="person:lund"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (OPENING, "truncated"),
        (FULL + " from now on", "extended"),
        (ELIDED, "elided"),
        (REWORDED[1], "reworded"),
    ],
)
def test_quote_kind_against_the_representative(text: str, kind: str) -> None:
    rep = FULL if text != REWORDED[1] else REWORDED[0]
    assert quote_kind(text, rep) == kind


def test_merged_quote_keeps_the_fullest_shared_wording_and_lists_variants() -> None:
    members = [
        member("1", FULL, speaker="person:varga"),
        member("2", FULL, group=1, speaker="person:varga"),  # syndicated copy of 1
        member("3", FULL, speaker="person:varga"),
        member("4", ELIDED, speaker="person:varga"),
        member("5", FULL, speaker="person:lund"),
    ]
    quote = merged_quote(members, lambda key: key.removeprefix("person:").title())
    assert (quote.speaker, quote.text) == ("Varga", FULL)
    assert {"1", "2", "3"} <= set(quote.sources) and "4" not in quote.sources
    assert quote.independent == 4
    assert [(v.kind, v.speaker, v.sources) for v in quote.variants] == [
        ("elided", "Varga", ["4"]),
        ("other-speaker", "Lund", ["5"]),
    ]
    assert [c.source for c in quote.variants[0].evidence] == ["4"]


def test_cluster_quotes_groups_by_passage() -> None:
    members = [
        member("1", FULL, speaker="person:varga"),
        member("2", OTHER, speaker="person:lund"),
        member("3", OPENING, speaker="person:varga"),
    ]
    assert [[m.sid for m in c] for c in cluster_quotes(members)] == [["1", "3"], ["2"]]


def test_a_wording_found_only_in_copies_of_the_representative_story_is_a_copy_edit() -> None:
    members = [
        member("1", FULL, group=1, speaker="person:varga"),
        member("2", ELIDED, group=1, speaker="person:varga"),
        member("3", FULL, speaker="person:varga"),
        member("4", ELIDED, speaker="person:varga"),
    ]
    copies = merged_quote(members[:2] + members[2:3], lambda k: k)
    assert [(v.kind, v.copy_edit) for v in copies.variants] == [("elided", True)]
    independent = merged_quote(members, lambda k: k)
    assert [(v.kind, v.copy_edit) for v in independent.variants] == [("elided", False)]
