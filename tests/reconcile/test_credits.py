"""reconcile/credits.py: the wire agency an article credits for its words, never for its pictures."""

from __future__ import annotations

import pytest

from summariser.reconcile.credits import agencies


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("HARBOUR TOWN (AFP) — Ferry crews went on strike on Monday.", {"AFP"}),
        ("Ferry crews went on strike on Monday.\n— AP", {"AP"}),
        ("Ferry crews went on strike on Monday, Reuters reported.", {"Reuters"}),
        ("By PTI\n\nFerry crews went on strike on Monday.", {"PTI"}),
        ("Ferry crews went on strike, the Associated Press reported.", {"AP"}),
        ("Ferry crews went on strike on Monday. (IANS)", {"IANS"}),
    ],
)
def test_each_form_of_credit_names_its_agency(text: str, credited: set[str]) -> None:
    assert agencies(text) == credited


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
    assert agencies(text) == frozenset()


def test_two_agencies_credited_are_both_named() -> None:
    assert agencies("PORT LENA (AP) — Crews struck. Dockers joined them, Reuters reported.") == {
        "AP",
        "Reuters",
    }
