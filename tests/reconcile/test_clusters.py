"""reconcile/clusters.py: equivalent items grouped by content-word overlap; the shared wording; support."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summariser.reconcile.clusters import Clusterer, independent, representative
from tests.reconcile.conftest import member

PACT = "The coastal states agreed a joint patrol of the northern fishing grounds"
PACT_AGAIN = "Coastal states agreed a joint patrol of northern fishing grounds on Monday"
QUOTA = "Quotas for herring will be cut by a fifth next year"


def test_overlapping_items_share_a_cluster_and_others_do_not() -> None:
    clusterer = Clusterer(0.5)
    first = clusterer.add(member("1", PACT))
    assert clusterer.add(member("2", PACT_AGAIN)) is first
    assert clusterer.add(member("3", QUOTA)) is not first
    assert [[m.sid for m in c.members] for c in clusterer.clusters] == [["1", "2"], ["3"]]


def test_the_threshold_decides() -> None:
    strict, loose = Clusterer(0.95), Clusterer(0.7)
    for clusterer in (strict, loose):
        clusterer.add(member("1", "joint patrol agreed"))
        clusterer.add(member("2", "joint patrol agreed Monday"))
    assert (len(strict.clusters), len(loose.clusters)) == (2, 1)


def test_a_longer_wording_of_the_same_fact_joins_by_containment() -> None:
    clusterer = Clusterer(0.5)
    first = clusterer.add(member("1", "Coastal states agreed joint patrols of northern fishing grounds"))
    longer = (
        "Ministers said coastal states agreed a joint patrol of the northern fishing grounds, with a levy"
    )
    assert clusterer.add(member("2", longer)) is first
    assert clusterer.add(member("3", "Quotas for herring and northern cod will be cut")) is not first


def test_an_item_joins_the_closest_cluster() -> None:
    clusterer = Clusterer(0.15)
    clusterer.add(member("1", "joint patrol of the fishing grounds agreed"))
    near = clusterer.add(member("2", "herring quotas cut by a fifth next year"))
    both = member("3", "herring quotas in the fishing grounds cut by a fifth next year")
    assert clusterer.add(both) is near
    assert len(clusterer.clusters) == 2


def test_representative_is_the_wording_most_stories_share() -> None:
    members = [
        member("1", PACT_AGAIN),
        member("2", PACT, group=9),
        member("3", PACT, group=9),  # a syndicated copy adds no support
        member("4", PACT_AGAIN),
    ]
    assert representative(members).text == PACT_AGAIN


def test_ties_go_to_the_shorter_wording_or_with_prefer_long_the_longer() -> None:
    members = [member("1", PACT), member("2", PACT_AGAIN)]
    assert representative(members).text == PACT
    assert representative(members, prefer_long=True).text == PACT_AGAIN


def test_independent_counts_story_groups() -> None:
    assert independent([member("1", PACT, group=1), member("2", PACT, group=1), member("3", PACT)]) == 2


TEXTS = [PACT, PACT_AGAIN, QUOTA, "Herring quotas will be cut by a fifth", "The summit ends on Friday"]


@given(st.lists(st.sampled_from(TEXTS), max_size=12))
def test_every_item_lands_in_exactly_one_cluster(texts: list[str]) -> None:
    clusterer = Clusterer(0.5)
    for i, text in enumerate(texts, start=1):
        clusterer.add(member(str(i), text))
    placed = [m.sid for c in clusterer.clusters for m in c.members]
    assert sorted(placed, key=int) == [str(i) for i in range(1, len(texts) + 1)]
