"""Point status from the main verb, its modality and polarity; open issues from generic phrases."""

from __future__ import annotations

import pytest

from summariser.ingest.clean import from_text
from summariser.news.cues import is_open_issue, point_status
from summariser.text.nlp import parse


def _sentence(text: str):  # type: ignore[no-untyped-def]
    """The one parsed sentence of a made-up text."""
    (unit,) = parse(from_text(text))
    return next(iter(unit.doc.sents))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ministers agreed to create a joint coast guard.", "agreed"),
        ("The two governments reached an agreement on fishing quotas.", "agreed"),
        ("The ministers failed to agree on fishing quotas.", "rejected"),
        ("No agreement was signed in Riga.", "rejected"),
        ("Estonia refused to sign the fisheries treaty.", "rejected"),
        ("The delegates never agreed on a text.", "rejected"),
        ("Finland will send two frigates to the mission.", "intended"),
        ("Finland could send two frigates to the mission.", "proposed"),
        ("Finland would not send any frigates to the mission.", "rejected"),
        ("The leaders signed a memorandum of intent on energy links.", "intended"),
        ("A clause on seabed mining was dropped from the final text.", "dropped"),
        ("The pledge on border patrols was not in the final communique.", "dropped"),
        ("Norway has ruled out any change to the quota formula.", "rejected"),
        ("Iceland proposed a shared patrol fund.", "proposed"),
    ],
)
def test_status_from_the_verb(text: str, status: str) -> None:
    assert point_status(_sentence(text)) == status


@pytest.mark.parametrize(
    "text",
    [
        "The patrol fund would start once a ceasefire is agreed.",
        "The ministers nearly agreed on a text.",
        "Norway agreed that the quota formula is the hardest question.",
        "The delegates met in a hotel by the harbour.",
    ],
)
def test_no_outcome(text: str) -> None:
    assert point_status(_sentence(text)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How the fund will be shared remained unclear.", True),
        ("The size of the patrol zone is still to be resolved.", True),
        ("Quotas for the northern zone were the main sticking point.", True),
        ("The border question has yet to be settled.", True),
        ("The ministers settled the border question on Friday.", False),
        ("The patrol zone was made clear in the annex.", False),
    ],
)
def test_open_issues_by_lemma(text: str, expected: bool) -> None:
    assert is_open_issue(_sentence(text)) is expected
