"""reconcile/conflicts/claims.py: one story says a thing happened, another that it did not."""

from __future__ import annotations

from summariser.reconcile.conflicts.claims import opposite_statuses, signed_vs_refused
from tests.reconcile.conftest import member

SIGNED = "After the talks Tomas Lund signed the harbour accord. He then left for Oslo."
REFUSED = "Tomas Lund refused to sign the harbour accord, citing the quota formula."
PATROLS = "joint patrols of the northern fishing grounds"


def test_signed_against_refused_names_both_sides_and_their_sentences() -> None:
    signed = [member("1", "Tomas Lund", source=SIGNED), member("3", "Tomas Lund", source=SIGNED)]
    refused = [member("2", "Tomas Lund", source=REFUSED)]
    conflict = signed_vs_refused("Tomas Lund", signed, refused)
    assert conflict.kind == "claim"
    assert [(c.value, c.sources, c.text) for c in conflict.claims] == [
        ("signed", ["1", "3"], "After the talks Tomas Lund signed the harbour accord."),
        ("refused to sign", ["2"], REFUSED),
    ]
    assert conflict.summary == "Tomas Lund: signed [1][3] vs refused to sign [2]"


def test_agreed_in_one_story_and_rejected_in_another_conflicts() -> None:
    conflict = opposite_statuses(
        [member("1", PATROLS, status="agreed"), member("2", PATROLS, status="rejected")]
    )
    assert conflict is not None
    assert [(c.source, c.value) for c in conflict.claims] == [("1", "agreed"), ("2", "rejected")]


def test_statuses_on_one_side_do_not_conflict() -> None:
    assert (
        opposite_statuses([member("1", PATROLS, status="agreed"), member("2", PATROLS, status="intended")])
        is None
    )
    assert (
        opposite_statuses([member("1", PATROLS, status="dropped"), member("2", PATROLS, status="rejected")])
        is None
    )


def test_one_syndicated_story_does_not_contradict_itself() -> None:
    copies = [
        member("1", PATROLS, group=1, status="agreed"),
        member("2", PATROLS, group=1, status="rejected"),
    ]
    assert opposite_statuses(copies) is None
