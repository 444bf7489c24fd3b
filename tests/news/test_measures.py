"""What a figure counts and the frame it belongs to, read from the parse."""

from __future__ import annotations

import pytest

from summariser.ingest.clean import from_text
from summariser.news.measures import Reading, read
from summariser.news.parsing import ParseIndex
from summariser.text import nlp


def _read(sentence: str, figure: str) -> Reading | None:
    doc = from_text(f"Harbour talks\n\n{sentence}", name="t.txt")
    start = doc.text.index(figure, doc.text.index(sentence))
    return read(ParseIndex(nlp.parse(doc)), start, start + len(figure))


def _frame(sentence: str, figure: str) -> tuple[str, str, bool]:
    r = _read(sentence, figure)
    assert r is not None
    return r.counted, r.frame, r.negated


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (
            "Delegations from 41 countries took part in the talks.",
            "41 countries",
            ("country", "take part", False),
        ),
        (
            "Of the 42 countries attending the talks, 30 backed the text.",
            "42 countries",
            ("country", "take part", False),
        ),
        ("Envoys of 39 nations that joined the talks spoke.", "39 nations", ("nation", "join", False)),
        (
            "Nine of the 40 states chose not to sign the charter.",
            "Nine of the 40 states",
            ("state", "approve", True),
        ),
        (
            "Eight delegations refused to sign the charter.",
            "Eight delegations",
            ("delegation", "approve", True),
        ),
        ("The charter was endorsed by 31 governments.", "31 governments", ("government", "approve", False)),
        ("The talks ended in a consensus among 150 nations.", "150 nations", ("nation", "approve", False)),
        ("The accord came after 11 days of negotiations.", "11 days", ("day", "talk", False)),
        ("The talks lasted nearly two hours.", "nearly two hours", ("hour", "talk", False)),
        (
            "The meeting, which lasted nearly three hours, ended.",
            "nearly three hours",
            ("hour", "talk", False),
        ),
        ("The envoys met for more than two hours.", "more than two hours", ("hour", "talk", False)),
        ("The envoys held a three-day summit.", "three-day", ("day", "talk", False)),
        ("The talks ended after nearly two hours.", "nearly two hours", ("hour", "talk", False)),
        ("The envoys held talks for two hours.", "two hours", ("hour", "talk", False)),
        ("After two hours, the envoys signed the text.", "two hours", ("hour", "approve", False)),
        ("The accord follows six missed deadlines.", "six missed deadlines", ("deadline", "miss", False)),
        ("The raid killed 30 fighters.", "30 fighters", ("fighter", "kill", False)),
        ("Donors pledged $4 billion for the fund.", "$4 billion", ("dollar", "pledge", False)),
        (
            "As many as 16 states and agencies abstained.",
            "As many as 16 states",
            ("state and agency", "abstain", False),
        ),
    ],
)
def test_the_counted_thing_and_its_frame(sentence: str, figure: str, expected: tuple[str, str, bool]) -> None:
    assert _frame(sentence, figure) == expected


def test_a_set_and_a_part_of_it_are_read_apart() -> None:
    sentence = "Nine of the 40 countries attending the talks chose not to sign."
    assert _frame(sentence, "Nine of the 40 countries") == ("country", "approve", True)
    assert _frame(sentence, "40 countries") == ("country", "take part", False)


def test_a_unit_is_marked_and_a_headcount_is_not() -> None:
    days, envoys = (
        _read("After 11 days of talks, 12 envoys left.", "11 days"),
        _read("After 11 days of talks, 12 envoys left.", "12 envoys"),
    )
    assert days is not None and days.unit
    assert envoys is not None and not envoys.unit


@pytest.mark.parametrize(
    ("sentence", "figure", "agent"),
    [
        ("The rebels will free 400 prisoners.", "400 prisoners", "rebel"),
        ("400 prisoners will be freed by the rebels.", "400 prisoners", "rebel"),
        ("They will free 400 prisoners.", "400 prisoners", ""),
        ("Some 400 prisoners will be freed.", "400 prisoners", ""),
        ("Envoys from 41 countries approved the text.", "41 countries", ""),
    ],
)
def test_who_does_what_the_count_undergoes(sentence: str, figure: str, agent: str) -> None:
    r = _read(sentence, figure)
    assert r is not None
    assert r.agent == agent


def test_words_narrowing_the_counted_set() -> None:
    r = _read("The bloc admitted six new members of the council.", "six new members")
    assert r is not None
    assert r.scope == ("council", "new")


def test_a_span_keeps_no_adjectives_as_scope() -> None:
    r = _read("The accord came after 12 straight days of talks.", "12 straight days")
    assert r is not None
    assert (r.scope, r.frame) == ((), "talk")


@pytest.mark.parametrize(
    ("sentence", "figure", "time"),
    [
        ("The plan cuts emissions by 43 percent by 2030.", "43 percent", "2030"),
        ("The army will withdraw 4,000 troops within 135 days.", "4,000 troops", "135 days"),
        ("The army withdrew 4,000 troops on Sunday.", "4,000 troops", ""),
    ],
)
def test_when_the_counted_action_is_dated(sentence: str, figure: str, time: str) -> None:
    r = _read(sentence, figure)
    assert r is not None
    assert r.time == time
