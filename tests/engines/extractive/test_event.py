"""engines/extractive/event.py: the article's event day in its fullest form, with its evidence."""

from __future__ import annotations

from summariser.engines.extractive.event import event_of
from summariser.ingest.clean import from_text

TEXT = (
    "Port deal reached\n\n"
    "Ministers from six coastal states met on Thursday to settle the ferry dispute.\n\n"
    "The talks, held on Thursday, May 2, ended with a signed protocol.\n\n"
    "A follow-up meeting is planned for Monday.\n"
)


def test_the_most_named_weekday_is_kept_with_the_date_one_mention_gives() -> None:
    doc = from_text(TEXT, name="a.txt")
    event = event_of(doc.body, "")
    assert event.date == "Thursday, May 2"
    assert event.date_evidence is not None
    assert doc.text[event.date_evidence.start : event.date_evidence.end] == "Thursday, May 2"


def test_a_weekday_outside_sentences_about_the_event_is_not_its_day() -> None:
    doc = from_text(
        "Port deal\n\nThe ferry ran late on Sunday.\n\nMinisters signed the accord on Thursday.\n",
        name="b.txt",
    )
    assert event_of(doc.body, "").date == "Thursday"


def test_a_possessive_weekday_is_the_weekday() -> None:
    doc = from_text("Port deal\n\nThursday's summit ended with a signed protocol.\n", name="c.txt")
    assert event_of(doc.body, "").date == "Thursday"


ROLE_BEFORE_MEETING = (
    "Port deal\n\nThe Coastguard meeting agreed a protocol. Coastguard talks resume next week.\n\n"
    "The summit in Tallinn ended late.\n"
)


def test_with_the_taggers_places_a_role_before_meeting_is_not_the_venue() -> None:
    doc = from_text(ROLE_BEFORE_MEETING, name="d.txt")
    tallinn = doc.text.index("Tallinn")
    assert event_of(doc.body, "", [(tallinn, tallinn + len("Tallinn"))]).location == "Tallinn"


def test_without_the_taggers_places_the_pattern_alone_decides() -> None:
    doc = from_text(ROLE_BEFORE_MEETING, name="d.txt")
    assert event_of(doc.body, "").location == "Coastguard"


def test_a_known_capital_needs_no_tag() -> None:
    doc = from_text("Port deal\n\nThe ministers' summit in Lisbon ended late.\n", name="e.txt")
    assert event_of(doc.body, "", []).location == "Lisbon"


def _name(text: str) -> str:
    """The event name the extractive engine gives a made-up article."""
    from summariser.engines.extractive.engine import extract

    return extract(from_text(text, name="n.txt")).event.name


def test_the_sides_the_opening_names_together_name_the_event() -> None:
    text = (
        "Norway and Iceland sign fishing deal\n\n"
        "Norway and Iceland agreed on Friday to share the herring quota, ending a decade of quarrels.\n"
    )
    assert _name(text) == "Norway–Iceland fishing deal"  # the sides from the body, the deal from the headline


def test_a_list_of_who_attended_is_not_the_sides() -> None:
    text = "Ministers met in Oslo\n\nThe talks drew envoys including Maria Lund, Peter Holm and Ana Ruiz.\n"
    assert "–" not in _name(text)


def test_a_deal_named_by_one_side_or_place_names_the_event() -> None:
    text = "The Iceland fishing deal was reached in Oslo on Friday.\n\nThe text runs to nine pages.\n"
    assert _name(text) == "Iceland fishing deal"


def test_a_name_the_article_repeats_wins_over_the_sides() -> None:
    text = (
        "Norway and Iceland agreed to share the herring quota.\n\n"
        "The NORFISH pact was signed in Oslo. Critics of the NORFISH pact say it came late.\n"
    )
    assert _name(text) == "NORFISH"


def test_with_no_weekday_a_full_date_beside_the_act_is_the_day() -> None:
    doc = from_text("Port deal\n\nIn 2015 talks began. The ministers signed the accord on May 2, 2016.\n")
    assert event_of(doc.body, "").date == "May 2, 2016"


def test_a_date_that_only_stands_near_an_act_does_not_date_the_event() -> None:
    text = "Port deal\n\nThe plan was set out on May 2, 2016, after which the ministers endorsed it.\n"
    assert event_of(from_text(text).body, "").date == ""


def test_a_name_met_once_or_twice_further_down_is_another_occasion() -> None:
    text = (
        "Norway and Iceland agreed on Friday to share the herring quota in a new fishing deal.\n\n"
        "The quota takes effect in June.\n\n"
        "Their ministers first met at the Arctic Summit in 2009. The Arctic Summit of that year failed.\n"
    )
    assert _name(text) == "Norway–Iceland fishing deal"


def test_a_hyphenated_modifier_is_not_the_subject_of_the_meeting() -> None:
    text = "Norway and Iceland held a high-level summit on Friday over the herring quota.\n"
    assert _name(text) == "Norway–Iceland summit"


def test_a_meeting_set_for_another_occasion_does_not_name_the_event() -> None:
    text = "Envoys end talks without a deal\n\nThe envoys hinted at a future Bergen meeting on quotas.\n"
    assert "Bergen" not in _name(text)


def test_a_meeting_in_a_named_place_is_named_by_it() -> None:
    text = "Ministers wrapped up a summit in Oslo on Friday without a deal on quotas.\n"
    assert _name(text) == "Oslo summit"
