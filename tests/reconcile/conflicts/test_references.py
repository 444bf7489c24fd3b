"""reconcile/conflicts/references.py: one past thing dated differently by independent stories."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.reconcile.conflicts.references import references
from summariser.reconcile.datemarks import DateMention, mentions
from summariser.reconcile.members import Sourced

TREATY_A = (
    "The two ports also revived the harbour safety treaty signed on May 4, 1998 in Riga by both mayors."
)
TREATY_B = "Both sides recalled the harbour safety treaty, signed on 9/6/1998 in Riga by the two mayors."
TREATY_SAME = "Both sides recalled the harbour safety treaty, signed on 4/5/1998 in Riga by the two mayors."
OTHER = "A ferry line that opened on June 9, 1998 carried its first cargo of timber to Tallinn."


def _marks(sid: str, text: str, group: int | None = None) -> list[Sourced[DateMention]]:
    doc = from_text(text, name=f"{sid}.txt")
    return [Sourced(sid, int(sid) if group is None else group, m, doc) for m in mentions(doc)]


def test_a_treaty_dated_differently_by_two_stories_conflicts_and_says_why() -> None:
    (conflict,) = references(_marks("1", TREATY_A) + _marks("2", TREATY_B), 2024)
    assert conflict.kind == "date"
    assert [c.value for c in conflict.claims] == ["May 4, 1998", "9/6/1998"]
    assert "harbour" in conflict.basis and "treaty" in conflict.basis


def test_a_numeric_date_read_either_way_agrees_when_one_reading_matches() -> None:
    assert references(_marks("1", TREATY_A) + _marks("2", TREATY_SAME), 2024) == []


def test_dates_of_different_things_are_not_compared() -> None:
    assert references(_marks("1", TREATY_A) + _marks("2", OTHER), 2024) == []


def test_copies_of_one_story_are_not_compared() -> None:
    assert references(_marks("1", TREATY_A, group=1) + _marks("2", TREATY_B, group=1), 2024) == []


def test_days_close_together_in_the_current_year_may_be_one_multi_day_event() -> None:
    a = "The harbour safety talks in Riga between both mayors opened on May 4, 2024 at the town hall."
    b = "The harbour safety talks in Riga between both mayors closed on May 8, 2024 at the town hall."
    assert references(_marks("1", a) + _marks("2", b), 2024) == []
