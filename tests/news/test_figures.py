"""Hedged figures as intervals, and what is not a count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser.news.figures import find_figures, interval


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
        ("nearly 4.5 percent of output", ("nearly 4.5 percent of output", 4, 4.5, "percent of output")),
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


@given(
    st.integers(1, 10_000), st.sampled_from(["", "about", "around", "roughly", "nearly", "at least", "up to"])
)
def test_interval_always_contains_the_stated_value(value: int, hedge: str) -> None:
    low, high = interval(float(value), hedge)
    assert low is not None
    assert low <= value
    assert high is None or value <= high
