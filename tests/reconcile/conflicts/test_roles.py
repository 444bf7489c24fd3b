"""reconcile/conflicts/roles.py: one person given titles that cannot both hold."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.reconcile.conflicts.roles import Titled, roles
from tests.reconcile.conftest import sourced

A = "Icelandic President Ines Varga opened the talks."
B = "Ines Varga, the prime minister, opened the talks."


def _titled(sid: str, text: str, name: str, role: str, *, group: int | None = None) -> Titled:
    return sourced(sid, (name, role), group=group, doc=from_text(text, name=f"{sid}.txt"))


def _display(key: str) -> str:
    return key.removeprefix("person:").title()


def test_president_against_prime_minister_conflicts_with_evidence_in_each_source() -> None:
    (conflict,) = roles(
        [_titled("1", A, "Ines Varga", "President"), _titled("2", B, "Varga", "prime minister")], _display
    )
    assert conflict.kind == "role"
    assert conflict.summary == "Varga's title differs: President [1] vs prime minister [2]"
    first, second = conflict.claims
    assert A[first.evidence.start : first.evidence.end] == "President Ines Varga"
    assert B[second.evidence.start : second.evidence.end] == "Varga, the prime minister"


def test_an_envoy_who_is_also_president_is_no_conflict() -> None:
    assert (
        roles(
            [_titled("1", A, "Ines Varga", "President"), _titled("2", B, "Ines Varga", "special envoy")],
            _display,
        )
        == []
    )


def test_synonyms_of_one_title_are_no_conflict() -> None:
    assert (
        roles(
            [_titled("1", B, "Ines Varga", "Premier"), _titled("2", B, "Ines Varga", "prime minister")],
            _display,
        )
        == []
    )


def test_one_syndicated_story_is_no_conflict() -> None:
    titled = [
        _titled("1", A, "Ines Varga", "President", group=1),
        _titled("2", B, "Varga", "Prime Minister", group=1),
    ]
    assert roles(titled, _display) == []


def test_different_people_are_not_compared() -> None:
    assert (
        roles(
            [_titled("1", A, "Ines Varga", "President"), _titled("2", B, "Tomas Lund", "Prime Minister")],
            _display,
        )
        == []
    )
