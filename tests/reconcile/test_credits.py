"""reconcile/credits.py: the agencies an article credits for its words, never for its pictures."""

from __future__ import annotations

import pytest

from summariser.ingest.clean import from_text
from summariser.reconcile.credits import agencies


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("HARBOUR TOWN (AFP) — Ferry crews went on strike on Monday.", {"afp"}),
        ("By PTI\n\nFerry crews went on strike on Monday.", {"pti"}),
        ("Ferry crews went on strike on Monday, Reuters reported.", {"reuters"}),
        ("Ferry crews went on strike on Monday. Dockers joined them on Tuesday. (IANS)", {"ians"}),
        ("Ferry crews went on strike, the Associated Press reported.", {"associated press"}),
    ],
)
def test_each_form_of_credit_names_its_agency(text: str, credited: set[str]) -> None:
    assert agencies(from_text(text)) == credited


@pytest.mark.parametrize(
    "text",
    [
        "Strikers at the dock. REUTERS/Jane Okoro\n\nFerry crews went on strike on Monday.",
        "Strikers at the dock (Photo by Tom Hale/Pool via AP).\n\nFerry crews went on strike.",
        "Ferry crews went on strike on Monday, the union told Reuters.",
        "Paperback sales rose (ap) and crews struck.",
    ],
)
def test_photo_credits_and_mentions_are_not_credits_for_the_text(text: str) -> None:
    assert agencies(from_text(text)) == frozenset()


def test_the_dateline_agency_and_one_credited_in_the_text_are_both_named() -> None:
    doc = from_text("PORT LENA (AP) — Crews struck on Monday. Dockers joined them, Reuters reported.")
    assert agencies(doc) == {"ap", "reuters"}
