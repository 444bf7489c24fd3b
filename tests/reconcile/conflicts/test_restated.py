"""reconcile/conflicts/restated.py: a quote's figure changed when another story restates it."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.reconcile.conflicts.restated import restated
from summariser.reconcile.members import Member, Sourced
from summariser.text.document import Document
from tests.reconcile.conftest import member, sourced

QUOTE = "Over four years we have tripled the grain shipped through the northern ports"
ARTICLE = f'"{QUOTE}," the minister said.'


def _story(sid: str, text: str, group: int | None = None) -> Sourced[Document]:
    return sourced(sid, from_text(f"Grain talks\n\n{text}", name=f"{sid}.txt"), group=group)


def _quoted(sid: str = "1", group: int | None = None) -> list[Member]:
    return [member(sid, QUOTE, source=ARTICLE, group=group)]


def test_a_multiple_changed_in_reported_speech_is_a_count_conflict() -> None:
    other = "Over four years we have doubled the grain shipped through the northern ports, the minister said."
    (conflict,) = restated([_quoted()], [_story("2", other)])
    assert conflict.kind == "count"
    assert conflict.summary == "A figure changes when a quote is restated: “tripled” [1] vs “doubled” [2]"
    assert conflict.basis
    assert [c.value for c in conflict.claims] == ["tripled", "doubled"]
    assert conflict.claims[1].text == other


def test_a_changed_number_in_reported_speech_is_a_count_conflict() -> None:
    other = (
        "Over five years we have tripled the grain shipped through the northern ports, she told reporters."
    )
    (conflict,) = restated([_quoted()], [_story("2", other)])
    assert [c.value for c in conflict.claims] == ["four", "five"]


def test_the_same_figure_restated_is_no_conflict() -> None:
    other = "Over four years we have tripled the grain shipped through the northern ports, the minister said."
    assert restated([_quoted()], [_story("2", other)]) == []


def test_a_changed_word_that_is_no_figure_is_no_conflict() -> None:
    other = "Over four years we have tripled the grain shipped through the southern ports, the minister said."
    assert restated([_quoted()], [_story("2", other)]) == []


def test_a_sentence_that_is_not_reported_speech_is_not_compared() -> None:
    other = "Over four years the ministry has doubled the grain shipped through the northern ports."
    assert restated([_quoted()], [_story("2", other)]) == []


def test_a_syndicated_copy_is_not_compared() -> None:
    other = "Over four years we have doubled the grain shipped through the northern ports, the minister said."
    assert restated([_quoted(group=1)], [_story("2", other, group=1)]) == []


def test_two_changes_are_a_different_statement() -> None:
    other = "Over five years we have doubled the grain shipped through the northern ports, the minister said."
    assert restated([_quoted()], [_story("2", other)]) == []


def test_a_hedged_multiple_changed_in_reported_speech_is_a_count_conflict() -> None:
    said = "With forty texts this year the ministers have more than doubled the output of the last forum"
    quoted = [member("1", said, source=f'"{said}," the envoy wrote.')]
    other = (
        "With forty texts this year the ministers have more than tripled the output of the last forum, "
        "the envoy wrote."
    )
    (conflict,) = restated([quoted], [_story("2", other)])
    assert [c.value for c in conflict.claims] == ["doubled", "tripled"]
