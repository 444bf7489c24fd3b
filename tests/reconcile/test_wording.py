"""reconcile/wording.py: two printings of one utterance aligned word by word."""

from __future__ import annotations

import pytest

from summariser.reconcile.wording import changes

SAID = "We have shown that small harbours can hold the line when the big ones waver"


def _shown(a: str, b: str) -> list[str] | None:
    found = changes(a, b)
    return None if found is None else [c.shown() for c in found]


@pytest.mark.parametrize(
    ("other", "shown"),
    [
        (SAID.replace("have shown", "showed"), ["“have shown” vs “showed”"]),  # tense of a content verb
        (SAID.replace("small", "tiny"), ["“small” vs “tiny”"]),
        (
            "We have shown that small harbours can hold the line when the large ones waver",
            ["“big” vs “large”"],
        ),
        (SAID.replace("can hold", "could hold"), []),  # a function word only
        (
            "We've shown that small harbours can hold the line, when the big ones waver!",
            [],
        ),  # contraction, punctuation
        ("that small harbours can hold the line", []),  # a shorter quote inside the longer one
        ("We have shown that small harbours … when the big ones waver", []),  # an omission the printer marked
        (
            "We have shown that small [fishing] harbours can hold the line when the big ones waver",
            [],
        ),  # editor
        ("We have shown that small harbours when the big ones waver", ["“can hold the line” left out"]),
    ],
)
def test_changes_are_content_words_only(other: str, shown: list[str]) -> None:
    assert _shown(SAID, other) == shown


def test_a_changed_first_word_is_a_change_not_a_later_start() -> None:
    assert _shown(
        "We hope reaching peace needs dialogue between all parties",
        "Achieving peace needs dialogue between all parties",
    ) == ["“reaching” vs “achieving”"]


def test_unrelated_quotes_are_not_one_utterance() -> None:
    assert changes(SAID, "The fleet will sail at dawn and return before the storm season") is None


def test_the_same_words_in_another_order_are_no_change() -> None:
    assert _shown("we want peace and trade now with them", "we want trade and peace now with them") == []


def test_shared_function_words_alone_do_not_make_one_utterance() -> None:
    assert changes("We are owed a lot of the fishing rights in the north", "a lot of patience") is None
    found = changes("We are owed a lot of the fishing rights", "We are owed a lot of the trawling rights")
    assert found is not None and [c.kind for c in found] == ["reworded"]  # content words shared
