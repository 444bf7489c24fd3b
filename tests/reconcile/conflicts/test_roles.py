"""reconcile/conflicts/roles.py: one person given titles that cannot both hold; one post, two holders."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.reconcile.conflicts.roles import Title, Titled, posts, roles, tenure
from tests.reconcile.conftest import evidence_in, sourced

A = "Icelandic President Ines Varga opened the talks."
B = "Ines Varga, the prime minister, opened the talks."
C = "Ruritanian Foreign Minister Pavel Oster sat beside the host."
D = "The talks began after Foreign Minister Mira Kelt of Ruritania arrived."


def _titled(
    sid: str, text: str, name: str, role: str, *, part: str = "", country: str = "", group: int | None = None
) -> Titled:
    title = Title(name, role, country, evidence_in(text, part or name))
    return sourced(sid, title, group=group, doc=from_text(text, name=f"{sid}.txt"))


def _display(key: str) -> str:
    return key.removeprefix("person:").title()


def test_president_against_prime_minister_conflicts_with_the_evidence_the_record_carries() -> None:
    (conflict,) = roles(
        [
            _titled("1", A, "Ines Varga", "President", part="President Ines Varga"),
            _titled("2", B, "Varga", "prime minister", part="Varga, the prime minister"),
        ],
        _display,
    )
    assert conflict.kind == "role"
    assert conflict.summary == "Varga's title differs: President [1] vs prime minister [2]"
    assert conflict.basis
    first, second = conflict.claims
    assert A[first.evidence.start : first.evidence.end] == "President Ines Varga"
    assert B[second.evidence.start : second.evidence.end] == "Varga, the prime minister"
    assert (first.text, second.text) == (A, B)


def test_an_envoy_who_is_also_president_is_no_conflict() -> None:
    titled = [_titled("1", A, "Ines Varga", "President"), _titled("2", B, "Ines Varga", "special envoy")]
    assert roles(titled, _display) == []


def test_synonyms_of_one_title_are_no_conflict() -> None:
    titled = [_titled("1", B, "Ines Varga", "Premier"), _titled("2", B, "Ines Varga", "prime minister")]
    assert roles(titled, _display) == []


def test_one_syndicated_story_is_no_conflict() -> None:
    titled = [
        _titled("1", A, "Ines Varga", "President", group=1),
        _titled("2", B, "Varga", "Prime Minister", group=1),
    ]
    assert roles(titled, _display) == []


def test_different_people_are_not_compared() -> None:
    titled = [_titled("1", A, "Ines Varga", "President"), _titled("2", B, "Tomas Lund", "Prime Minister")]
    assert roles(titled, _display) == []


def _holder(sid: str, text: str, name: str, role: str = "Foreign Minister", **kw: object) -> Titled:
    country = str(kw.pop("country", "Ruritania"))
    group = kw.pop("group", None)
    return _titled(sid, text, name, role, country=country, group=group if isinstance(group, int) else None)


def test_one_countrys_post_given_to_two_people_is_a_role_conflict() -> None:
    (conflict,) = posts([_holder("1", C, "Pavel Oster"), _holder("2", D, "Mira Kelt")], _display)
    assert conflict.kind == "role"
    assert (
        conflict.summary
        == "Sources name different people as Ruritania's foreign minister: Oster [1] vs Kelt [2]"
    )
    assert "one person holds at a time" in conflict.basis
    assert [c.text for c in conflict.claims] == [C, D]


def test_the_same_post_in_two_countries_is_no_conflict() -> None:
    titled = [_holder("1", C, "Pavel Oster"), _holder("2", D, "Mira Kelt", country="Freedonia")]
    assert posts(titled, _display) == []


def test_a_post_with_many_holders_is_not_compared() -> None:
    titled = [_holder("1", C, "Pavel Oster", "governor"), _holder("2", D, "Mira Kelt", "governor")]
    assert posts(titled, _display) == []


def test_a_former_or_acting_holder_is_not_the_post_holder() -> None:
    assert (
        posts(
            [_holder("1", C, "Pavel Oster"), _holder("2", D, "Mira Kelt", "former Foreign Minister")],
            _display,
        )
        == []
    )
    assert (
        posts(
            [_holder("1", C, "Pavel Oster"), _holder("2", D, "Mira Kelt", "acting Foreign Minister")],
            _display,
        )
        == []
    )


def test_a_story_naming_both_holders_is_no_conflict() -> None:
    titled = [_holder("1", C, "Pavel Oster"), _holder("1", D, "Mira Kelt"), _holder("2", D, "Mira Kelt")]
    assert posts(titled, _display) == []


def test_two_spellings_of_one_name_are_one_holder() -> None:
    titled = [_holder("1", C, "Pavel Al-Oster"), _holder("2", D, "Pavel Al Osteri")]
    assert posts(titled, _display) == []


def test_one_syndicated_story_naming_two_holders_is_no_conflict() -> None:
    titled = [_holder("1", C, "Pavel Oster", group=1), _holder("2", D, "Mira Kelt", group=1)]
    assert posts(titled, _display) == []


FORMER = "Former President Ines Varga watched from the gallery."


def test_a_former_holder_in_one_story_and_the_holder_in_another_conflict() -> None:
    (conflict,) = tenure(
        [
            _titled("1", A, "Ines Varga", "President", part="President Ines Varga"),
            _titled("2", FORMER, "Ines Varga", "Former President", part="Former President Ines Varga"),
        ],
        _display,
    )
    assert conflict.kind == "role"
    assert conflict.summary == (
        "Sources differ on whether Varga still holds the post: former president [2] vs president [1]"
    )
    assert [c.text for c in conflict.claims] == [FORMER, A]


def test_former_in_copies_of_one_story_or_for_another_post_is_no_tenure_conflict() -> None:
    same_story = [
        _titled("1", A, "Ines Varga", "President", group=1),
        _titled("2", FORMER, "Ines Varga", "former president", group=1),
    ]
    other_post = [
        _titled("1", A, "Ines Varga", "President"),
        _titled("2", FORMER, "Ines Varga", "former prime minister"),
    ]
    assert tenure(same_story, _display) == [] and tenure(other_post, _display) == []
