"""Hedged figures as intervals, and what is not a count."""

from __future__ import annotations

import pytest

from summariser.news.figures import find_figures, is_unit


def _one(text: str) -> tuple[str, float | None, float | None, str]:
    found = list(find_figures(text, 0, len(text)))
    assert len(found) == 1, found
    f = found[0]
    return text[f.start : f.end], f.low, f.high, f.what


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 30 countries attended", ("about 30 countries", 27, 33, "countries")),
        ("more than two dozen leaders came", ("more than two dozen leaders", 25, None, "leaders")),
        ("at least 5 ships sank", ("at least 5 ships", 5, None, "ships")),
        ("fewer than 10 vessels", ("fewer than 10 vessels", 0, 9, "vessels")),
        ("several thousand French troops", ("several thousand French troops", 3000, 9000, "French troops")),
        (
            "nearly 4.5 percent of output",
            ("nearly 4.5 percent of output", pytest.approx(4.05), pytest.approx(4.5), "percent of output"),
        ),
        ("Fifty-two nations took part", ("Fifty-two nations", 52, 52, "nations")),
        ("dozens of protesters gathered", ("dozens of protesters", 24, 144, "protesters")),
        (
            "27 heads of state or government came",
            ("27 heads of state or government", 27, 27, "heads of state or government"),
        ),
    ],
)
def test_figures(text: str, expected: tuple[str, float, float | None, str]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text", ["in 2022 the war began", "on 7 January talks", "a 27-member bloc", "World War II"]
)
def test_not_counts(text: str) -> None:
    assert list(find_figures(text, 0, len(text))) == []


def _all(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(text[f.start : f.end], f.low, f.high) for f in find_figures(text, 0, len(text))]


def test_a_part_of_a_set_is_a_count_and_the_set_is_another() -> None:
    text = "Nine of the 40 states chose not to sign."
    assert _all(text) == [("Nine of the 40 states", 9, 9), ("40 states", 40, 40)]


def test_a_figure_after_another_in_one_phrase_is_found() -> None:
    text = "The two envoys spent five hours together."
    assert [t for t, *_ in _all(text)] == ["two envoys", "five hours"]


def test_an_amount_of_time_is_a_rounded_quantity() -> None:
    ((_, low, high),) = _all("They talked for 11 days.")
    assert low == 10.5
    assert high is not None
    assert 11.4 < high < 11.5


def test_a_count_of_things_is_exact() -> None:
    assert _all("They freed 11 fishermen.") == [("11 fishermen", 11, 11)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("after a nearly four-hour meeting", [("nearly four-hour", 3.6, 4.0)]),
        ("a two-day summit opened", [("two-day", 1.5, 2.5)]),
        ("a six-week truce began", [("six-week", 5.5, 6.5)]),  # the agreement's own span
        ("a 90-day first phase of the accord", [("90-day", 89.5, 90.5)]),  # a part of it, a word between
        ("an almost six-year war", []),  # background, not the event
        ("a six-year war ended in talks", []),
        ("a 40-year-old envoy", []),
    ],
)
def test_a_duration_written_as_an_adjective_of_the_event_or_its_agreement(
    text: str, found: list[tuple[str, float, float]]
) -> None:
    assert [(t, low, None if high is None else round(high, 6)) for t, low, high in _all(text)] == found


@pytest.mark.parametrize(
    ("word", "unit"), [("days", True), ("percent", True), ("%", True), ("envoys", False)]
)
def test_units_of_measure(word: str, unit: bool) -> None:
    assert is_unit(word) is unit
