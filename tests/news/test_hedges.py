"""Hedges as intervals: counts of things, and quantities stated to a precision."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser.news.hedges import interval


def _overlap(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> bool:
    a_lo, b_lo = a[0] or 0.0, b[0] or 0.0
    return not ((a[1] is not None and a[1] < b_lo) or (b[1] is not None and b[1] < a_lo))


@given(
    st.integers(1, 10_000),
    st.sampled_from(["", "about", "around", "roughly", "at least", "up to", "as many as"]),
)
def test_interval_always_contains_the_stated_value(value: int, hedge: str) -> None:
    low, high = interval(float(value), hedge)
    assert low is not None
    assert low <= value
    assert high is None or value <= high


@given(st.integers(2, 10_000), st.sampled_from(["nearly", "almost", "more than", "fewer than", "under"]))
def test_strict_hedges_exclude_the_stated_value(value: int, hedge: str) -> None:
    low, high = interval(float(value), hedge)
    assert not ((low or 0.0) <= value <= (high if high is not None else float("inf")))


def test_nearly_three_of_a_count_is_two() -> None:
    assert interval(3.0, "nearly") == (2.0, 2.0)


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ((3.0, "nearly"), (3.0, "more than"), False),
        ((4.0, ""), (4.0, "more than"), True),
        ((3.0, "nearly"), (3.0, ""), True),
        ((17.0, ""), (18.0, ""), False),
        ((2.0, "more than"), (3.0, "nearly"), True),
        ((4.0, "up to"), (4.0, "at least"), True),
    ],
)
def test_quantities_are_amounts_that_round_to_the_stated_figure(
    a: tuple[float, str], b: tuple[float, str], overlap: bool
) -> None:
    assert _overlap(interval(a[0], a[1], 1.0), interval(b[0], b[1], 1.0)) is overlap


def test_a_quantity_with_decimals_rounds_at_its_last_digit() -> None:
    low, high = interval(1.5, "", 0.1)
    assert low == pytest.approx(1.45)
    assert high is not None
    assert high < 1.55
