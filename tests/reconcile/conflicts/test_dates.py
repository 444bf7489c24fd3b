"""reconcile/conflicts/dates.py: independent stories that put the event on different days."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.models import Event
from summariser.reconcile.conflicts.dates import dates
from summariser.reconcile.members import Sourced
from tests.reconcile.conftest import evidence_in, sourced


def _dated(sid: str, text: str, day: str, *, group: int | None = None) -> Sourced[Event]:
    event = Event(name="Harbour Summit", date=day, date_evidence=evidence_in(text, day))
    return sourced(sid, event, group=group, doc=from_text(text, name=f"{sid}.txt"))


THURSDAY = "Talks opened early. The accord was signed on Thursday in Gdansk. Delegates then left."
FRIDAY = "The accord was signed on Friday, officials said."


def test_two_independent_days_conflict_and_each_side_quotes_its_sentence() -> None:
    (conflict,) = dates([_dated("1", THURSDAY, "Thursday"), _dated("2", FRIDAY, "Friday")])
    assert conflict.kind == "date"
    assert [(c.value, c.text, c.sources) for c in conflict.claims] == [
        ("Thursday", "The accord was signed on Thursday in Gdansk.", ["1"]),
        ("Friday", "The accord was signed on Friday, officials said.", ["2"]),
    ]
    assert conflict.summary == "Sources give different days for the event: Thursday [1] vs Friday [2]"


def test_syndicated_copies_giving_two_days_do_not_conflict() -> None:
    assert dates([_dated("1", THURSDAY, "Thursday", group=1), _dated("2", FRIDAY, "Friday", group=1)]) == []


def test_the_same_day_in_any_case_is_no_conflict() -> None:
    assert dates([_dated("1", THURSDAY, "Thursday"), _dated("2", "It ended on thursday.", "thursday")]) == []


def test_a_day_without_evidence_is_not_compared() -> None:
    undated = sourced("2", Event(date="Friday"))
    assert dates([_dated("1", THURSDAY, "Thursday"), undated]) == []


def test_agreeing_sources_are_listed_on_their_side() -> None:
    events = [
        _dated("1", THURSDAY, "Thursday"),
        _dated("2", FRIDAY, "Friday"),
        _dated("3", THURSDAY, "Thursday"),
    ]
    (conflict,) = dates(events)
    assert [c.sources for c in conflict.claims] == [["1", "3"], ["2"]]


def test_a_story_naming_both_days_makes_a_multi_day_range_not_a_conflict() -> None:
    opening = "Ministers held three days of talks from Wednesday in Gdansk, with the accord signed on Friday."
    assert dates([_dated("1", opening, "Wednesday"), _dated("2", FRIDAY, "Friday")]) == []


def test_a_range_between_two_days_leaves_a_third_day_in_conflict() -> None:
    opening = "Ministers held three days of talks from Wednesday in Gdansk, with the accord signed on Friday."
    (conflict,) = dates(
        [_dated("1", opening, "Wednesday"), _dated("2", FRIDAY, "Friday"), _dated("3", THURSDAY, "Thursday")]
    )
    assert [c.value for c in conflict.claims] == ["Wednesday", "Thursday", "Friday"]
    assert "no story names both days" in conflict.basis


def test_the_conflict_does_not_depend_on_the_order_of_stories() -> None:
    forward = dates([_dated("1", THURSDAY, "Thursday"), _dated("2", FRIDAY, "Friday")])
    backward = dates([_dated("2", FRIDAY, "Friday"), _dated("1", THURSDAY, "Thursday")])
    assert forward == backward


def test_a_day_beside_no_act_of_the_event_is_not_a_side() -> None:
    caption = "The foreign ministers on the steps of the palace, the venue for the talks, on Wednesday."
    assert dates([_dated("1", THURSDAY, "Thursday"), _dated("2", caption, "Wednesday")]) == []


def test_a_calendar_date_agrees_with_its_weekday() -> None:
    dated = "The accord was signed on July 14, 2016 in Gdansk."  # a Thursday
    assert dates([_dated("1", THURSDAY, "Thursday"), _dated("2", dated, "July 14, 2016")]) == []
