"""ingest/dates.py: publication dates as pages write them, and the one a page labels as published."""

from __future__ import annotations

import pytest

from summariser.ingest.dates import iso_date, labelled_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-03-05T10:00:00Z", "2024-03-05"),
        ("Mar 5, 2024", "2024-03-05"),
        ("Tuesday, 5 March 2024", "2024-03-05"),
        ("Sept. 30, 2023 at noon", "2023-09-30"),
        ("February 30, 2024", ""),
        ("no date here", ""),
    ],
)
def test_dates_read_to_iso(text: str, iso: str) -> None:
    assert iso_date(text) == iso


def test_the_labelled_date_wins_over_other_dates_on_the_page() -> None:
    page = "Photo taken 2024-02-01 Written: 2024-03-05 10:02 Updated: 2024-03-06"
    assert labelled_date(page) == "2024-03-05"


def test_a_time_may_stand_between_the_label_and_the_date() -> None:
    assert labelled_date("Published: 22:31 EDT, 5 March 2024 | Updated") == "2024-03-05"


def test_an_updated_date_alone_is_no_publication_date() -> None:
    assert labelled_date("Updated: March 6, 2024") == ""
