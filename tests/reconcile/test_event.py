"""reconcile/event.py: the event header reads whole and its day is resolved against the articles' dates."""

from __future__ import annotations

from collections import Counter
from datetime import date

from summariser.ingest.clean import from_text
from summariser.ingest.furniture import CAPTION
from summariser.models import Event
from summariser.reconcile.event import (
    dated_acts,
    dating_texts,
    header,
    mentioned_names,
    mentioned_years,
    resolve_day,
    usable_name,
    usable_place,
)


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


def test_a_calendar_date_given_with_the_weekday_wins_over_a_later_page_stamp() -> None:
    assert resolve_day("Thursday, May 2", [date(2024, 5, 20)]) == "Thursday 2 May 2024"
    assert resolve_day("Thursday 2 May 2024", []) == "Thursday 2 May 2024"


def test_the_year_of_a_date_without_one_is_the_one_where_its_weekday_fits() -> None:
    assert resolve_day("Monday, December 30", [date(2025, 1, 3)]) == "Monday 30 December 2024"


def test_a_calendar_date_whose_weekday_disagrees_is_not_trusted() -> None:
    assert resolve_day("Friday, May 2", [date(2024, 5, 8)]) == "Friday 3 May 2024"


def test_without_a_year_anywhere_the_date_is_shown_as_given() -> None:
    assert resolve_day("Thursday, May 2", []) == "Thursday 2 May"


def test_the_majority_weekday_is_shown_in_its_fullest_form() -> None:
    events = [
        Event(date="Thursday"),
        Event(date="Thursday"),
        Event(date="Thursday, May 2"),
        Event(date="Friday"),
    ]
    assert header(events, [date(2024, 5, 20)]).date == "Thursday 2 May 2024"


def test_a_short_form_of_a_place_votes_for_its_full_name() -> None:
    events = [Event(location="Port Louis"), Event(location="Mahebourg"), Event(location="Louis")]
    assert header(events, []).location == "Port Louis"


def test_an_event_with_no_name_still_has_its_place() -> None:
    assert header([Event(location="Mahebourg")], []).location == "Mahebourg"


def test_names_with_the_same_sides_vote_together() -> None:
    events = [
        Event(name="Norland–Southland truce"),
        Event(name="Harbour Forum"),
        Event(name="Norland–Southland deal"),
        Event(name="Norland–Southland truce"),
        Event(name="Harbour Forum"),
    ]
    assert header(events, []).name == "Norland–Southland truce"  # three votes for its sides, two for it


def test_with_no_page_date_the_year_most_articles_mention_dates_the_day() -> None:
    years = mentioned_years(["The 2024 talks, 2024 again, 1999.", "In 2024 they met.", "2024, not 1999."])
    assert years == {2024: 3, 1999: 2}  # articles that mention a year, not mentions
    assert resolve_day("Tuesday, May 7", [], years) == "Tuesday 7 May 2024"
    assert resolve_day("Friday (May 7)", [], years) == "Friday 7 May 1999"  # the weekday confirms the year
    assert resolve_day("Monday, May 7", [], years) == "Monday 7 May"  # in no year they mention


def test_a_calendar_date_without_its_weekday_votes_with_the_weekday_it_fell_on() -> None:
    events = [Event(date="Thursday"), Event(date="Monday"), Event(date="July 14, 2016")]
    assert header(events, []).date == "Thursday 14 July 2016"


def test_a_weekday_no_page_dates_is_dated_by_an_act_on_that_weekday() -> None:
    texts = [
        ["The talks opened on May 4 in Riga.", "The accord was signed on May 7 after a long night."],
        ["Ministers signed the accord on May 7.", "A review is due on May 10."],
    ]
    dated = dated_acts(texts)
    assert dated[(5, 7, 0)] == 2 and (5, 10, 0) not in dated  # beside an act, once per article
    years = Counter({2024: 2})
    assert header([Event(date="Tuesday")], [], years, texts).date == "Tuesday 7 May 2024"
    assert header([Event(date="Sunday")], [], years, texts).date == "Sunday"  # no act on a Sunday


def test_with_no_record_naming_it_the_event_is_named_as_most_articles_name_it() -> None:
    articles = [
        ["Ministers met at the Harbour Forum in Riga.", "Delegates left the Harbour Forum early."],
        ["A communique closed the Harbour Forum.", "Talks ran late."],
        ["Envoys of the Baltic Ports Summit met too."],
    ]
    mentioned = mentioned_names(articles)
    assert mentioned["Harbour"] == 2  # once per article, however often it says so
    assert header([Event(name="")], [], bodies=articles).name == "Harbour"
    assert header([Event(name="Ferry talks")], [], bodies=articles).name == "Ferry talks"  # a record wins


def test_of_two_acts_on_the_weekday_the_latest_dates_the_event_and_a_day_still_to_come_none() -> None:
    texts = [
        ["The accord builds on a declaration both sides signed on March 7.", "Talks ran on."],
        ["The two states signed the accord on May 9 in Riga.", "The leaders will meet again on May 16."],
    ]  # in 2024 all three fall on a Thursday
    years = Counter({2024: 2})
    assert header([Event(date="Thursday")], [], years, texts).date == "Thursday 9 May 2024"
    assert (5, 16, 0) not in dated_acts(texts)  # set for later: no act yet


def test_a_meeting_noun_dates_the_event_as_an_act_verb_does() -> None:
    assert dated_acts([["The summit on May 9 drew forty delegations."]]) == Counter({(5, 9, 0): 1})


def test_a_photo_caption_may_date_the_event() -> None:
    doc = from_text(
        "Riga accord signed\n\n"
        "Ministers shake hands after the accord in Riga on May 9, 2024. (L) Jan Berzins, (R) Ana Ruiz.\n\n"
        "The two states signed the accord on Thursday."
    )
    assert any(d.reason == CAPTION for d in doc.dropped)  # the premise: the line is read as a caption
    assert "May 9, 2024" in " ".join(dating_texts(doc))
    assert "May 9, 2024" not in " ".join(s.text for s in doc.body)
