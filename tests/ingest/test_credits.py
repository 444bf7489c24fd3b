"""ingest/credits.py: lines that credit an agency or another source for the whole story."""

from __future__ import annotations

import pytest

from summariser.ingest.credits import agency_named, credit_line


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("(Reuters)", "Reuters"),
        ("By PTI", "PTI"),
        ("AFP", "AFP"),
        ("— AFP/Reuters", "AFP"),
        ("Provided by The Lakeside Courier", "The Lakeside Courier"),
        ("Courtesy of Delta Wire", "Delta Wire"),
    ],
)
def test_a_credit_line_names_its_source(line: str, agency: str) -> None:
    assert credit_line(line) == agency


@pytest.mark.parametrize(
    "line",
    ["By Anna Smith", "AFP reported the talks had stalled.", "Reuters and the ministry", "Photo: AFP"],
)
def test_other_lines_credit_nobody(line: str) -> None:
    assert credit_line(line) == ""


def test_agency_names_are_matched_whole_and_spelt_as_listed() -> None:
    assert agency_named("reuters") == "Reuters"
    assert agency_named("Reutersville") == ""
