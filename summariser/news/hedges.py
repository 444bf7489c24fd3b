"""Hedges as intervals: "about 30" → [27, 33], "more than 24" → [25, ∞); "nearly three hours" → [2.7, 3)."""

from __future__ import annotations

import math
import re

APPROX = 0.10  # "about", "around", "roughly": ±10%, so "about 30" spans 27-33
ABOUT = ("about", "around", "approximately", "roughly", "some", "circa", "an estimated")
NEARLY = ("nearly", "almost", "close to", "just under")
MORE = ("more than", "over", "upwards of", "in excess of")
AT_LEAST = ("at least", "no fewer than", "no less than")
FEWER = ("fewer than", "less than", "under", "below")
UP_TO = ("up to", "as many as", "at most", "no more than")


def interval(value: float, hedge: str, precision: float | None = None) -> tuple[float | None, float | None]:
    """The range a hedged figure admits: of whole counts, or, given the precision a quantity is stated
    to ("three hours": 1), of amounts that round to it, so "nearly three hours" and "more than three
    hours" exclude each other while "four hours" and "more than four hours" do not."""
    h = re.sub(r"\s+", " ", hedge.casefold())
    if precision is not None:
        return _quantity(value, h, precision)
    step = 1.0 if value == int(value) else 0.0
    if h in ABOUT:
        return _round(value * (1 - APPROX)), _round(value * (1 + APPROX))
    if h in NEARLY:
        return min(_round(value * (1 - APPROX)), value - step), value - step
    if h in MORE:
        return value + step, None
    if h in AT_LEAST:
        return value, None
    if h in FEWER:
        return 0.0, value - step
    if h in UP_TO:
        return 0.0, value
    return value, value


def _quantity(value: float, h: str, precision: float) -> tuple[float | None, float | None]:
    """The interval of a measured quantity (hours, percent, money); an excluded bound is the next float in."""
    below = math.nextafter(value, -math.inf)
    if h in ABOUT:
        return value * (1 - APPROX), value * (1 + APPROX)
    if h in NEARLY:
        return value * (1 - APPROX), below
    if h in MORE:
        return math.nextafter(value, math.inf), None
    if h in AT_LEAST:
        return value, None
    if h in FEWER:
        return 0.0, below
    if h in UP_TO:
        return 0.0, value
    return value - precision / 2, math.nextafter(value + precision / 2, -math.inf)


def _round(x: float) -> float:
    """Round interval ends to whole counts where the figure is a count."""
    return float(round(x))
