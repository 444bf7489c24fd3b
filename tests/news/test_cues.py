"""Open issues from generic phrases, matched by lemma."""

from __future__ import annotations

import pytest

from summariser.ingest.clean import from_text
from summariser.news.cues import is_open_issue
from summariser.text.nlp import parse


def _sentence(text: str):  # type: ignore[no-untyped-def]
    """The one parsed sentence of a made-up text."""
    (unit,) = parse(from_text(text))
    return next(iter(unit.doc.sents))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How the fund will be shared remained unclear.", True),
        ("The size of the patrol zone is still to be resolved.", True),
        ("Quotas for the northern zone were the main sticking point.", True),
        ("The border question has yet to be settled.", True),
        ("The ministers settled the border question on Friday.", False),
        ("The patrol zone was made clear in the annex.", False),
        ("The levy, one of the sticking points in the talks, was approved on Friday.", False),  # apposition
        ("The envoys met for two days in order to resolve the outstanding issues on tolls.", False),
        ("The envoys will meet again next month to resolve the outstanding issues.", True),
        ("The leaders failed to resolve the outstanding issues on the border.", True),
        ("The minister said the main issue still to be resolved was the border.", True),
    ],
)
def test_open_issues_by_lemma(text: str, expected: bool) -> None:
    assert is_open_issue(_sentence(text)) is expected
