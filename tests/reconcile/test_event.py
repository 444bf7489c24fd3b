"""reconcile/event.py: the event header reads whole and its day is resolved against the articles' dates."""

from __future__ import annotations

from datetime import date

from summariser.models import Event
from summariser.reconcile.event import header, resolve_day, usable_name, usable_place


def test_a_place_repeating_the_name_is_dropped() -> None:
    assert not usable_place("Harbour Forum", "Harbour Forum")
    assert header([Event(name="Harbour Forum", location="Harbour Forum")], []).location == ""


def test_cut_names_and_titles_as_places_are_refused() -> None:
    assert not usable_name("The UN-led")
    assert not usable_name("Summit of")
    assert usable_name("Baltic Ports Summit")
    assert not usable_place("Chancellor", "Baltic Ports Summit")
    assert not usable_place("PORT24", "Baltic Ports Summit")


def test_a_weekday_is_resolved_against_the_usual_article_date() -> None:
    assert (
        resolve_day("Tuesday", [date(2024, 5, 8), date(2024, 5, 8), date(2024, 5, 9)]) == "Tuesday 7 May 2024"
    )
    assert resolve_day("Wednesday", [date(2024, 5, 8)]) == "Wednesday 8 May 2024"
    assert resolve_day("Tuesday", []) == "Tuesday"


def test_a_later_page_stamp_does_not_outvote_an_equally_common_earlier_date() -> None:
    assert resolve_day("Tuesday", [date(2024, 5, 20), date(2024, 5, 8)]) == "Tuesday 7 May 2024"


def test_the_header_takes_the_majority_usable_name() -> None:
    events = [
        Event(name="The UN-led"),
        Event(name="Baltic Ports Summit", location="Riga"),
        Event(name="The UN-led"),
    ]
    assert header(events, []).name == "Baltic Ports Summit"
