"""Furniture by its shape, news kept however it starts: each paragraph is written for one rule."""

from __future__ import annotations

import pytest

from summariser.ingest.clean import from_text
from summariser.ingest.furniture import FurnitureScanner


def _reason(paragraph: str) -> str:
    """Why a fresh scanner drops a paragraph, or "" when it keeps it."""
    return FurnitureScanner().classify(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Wednesday, the ministers had agreed on a text.",
        "By contrast, the northern states sent only observers.",
        "By March, both sides expect the border to reopen.",
        "Finland will become a member of the alliance next year.",
        '"I just wanted to make a donation," said a farmer who attended the rally.',
        "The ministry's newsletter reported that the talks had stalled.",
        "Copyright rules for seed patents were on the agenda.",
        "Subscribers to the treaty must report their catches every quarter.",
    ],
)
def test_news_that_looks_like_furniture_is_kept(paragraph: str) -> None:
    assert _reason(paragraph) == ""


@pytest.mark.parametrize(
    ("paragraph", "reason"),
    [
        ("By Anna Berg and Tomas Lind", "byline or sign-off"),
        ("By Lena Ortiz, Reuters", "byline or sign-off"),
        ("by Harbour Wire Service", "byline or sign-off"),
        ("© 2026 Example Daily", "byline or sign-off"),
        ("Become a member today and help us keep reporting.", "donation or newsletter appeal"),
        ("Please donate to keep our journalism free for everyone.", "donation or newsletter appeal"),
        ("If you value this reporting, make a donation today.", "donation or newsletter appeal"),
        ("Sign up for our daily briefing newsletter", "donation or newsletter appeal"),
    ],
)
def test_furniture_is_dropped_by_its_shape(paragraph: str, reason: str) -> None:
    assert _reason(paragraph) == reason


def test_appeal_block_runs_on_and_news_after_it_is_kept() -> None:
    text = (
        "The pact was signed on Friday.\n\n"
        "Dear readers,\n\n"
        "We rely on your support to keep reporting. Thank you.\n\n"
        "Donate\n\n"
        "By Saturday, three more states had joined the pact.\n"
    )
    kept = [s.text for s in from_text(text).sentences]
    assert kept == ["The pact was signed on Friday.", "By Saturday, three more states had joined the pact."]
