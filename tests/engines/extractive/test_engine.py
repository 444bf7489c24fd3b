"""engines/extractive/engine.py: participants carry the evidence of where the article names them."""

from __future__ import annotations

from summariser.engines.extractive.engine import extract
from summariser.ingest.clean import from_text
from summariser.models import SummitOutcome

CAPTION = (
    "Harbour accord signed\n\n"
    "Icelandic President Ines Varga, left, and Foreign Minister Pavel Oster of Norway during the signing "
    "ceremony in Reykjavik on Tuesday.\n"
)


def test_a_photo_caption_places_people_at_the_event_with_their_titles_as_evidence() -> None:
    doc = from_text(CAPTION, name="a.txt")
    people = {p.name: p for p in extract(doc).participants}
    varga = people["Ines Varga"]
    assert (varga.role, varga.country) == ("President", "Iceland")
    assert varga.evidence is not None
    assert doc.text[varga.evidence.start : varga.evidence.end] == "President Ines Varga"


SUBHEADED = (
    "Harbour charter signed\n\n"
    "The charter was signed in Gdansk on Monday after 11 days of talks.\n\n"
    "Nine delegations did not sign the charter\n\n"
    "Envoys said the text would be published on Friday.\n\n"
    "Updated 14 min ago\n"
)


def test_figures_carry_what_they_measure_and_a_heading_counts_only_in_a_listed_frame() -> None:
    doc = from_text(SUBHEADED, name="a.txt")
    assert [s.kind for s in doc.sentences if "Nine" in s.text or "14 min" in s.text] == [
        "heading",
        "heading",
    ]
    figures = {f.text: f.measured for f in extract(doc).figures}
    assert sorted(figures) == ["11 days of talks", "Nine delegations"]
    days, refusers = figures["11 days of talks"], figures["Nine delegations"]
    assert days is not None and (days.counted, days.unit, days.frame) == ("day", True, "talk")
    assert refusers is not None and (refusers.frame, refusers.negated) == ("approve", True)


def test_a_compound_sentence_whose_clauses_differ_in_status_gives_one_point_each() -> None:
    text = (
        "Ferry accord signed\n\n"
        "Norland and Sudmark signed a ferry accord on Monday, and it is planned to open two new routes "
        "within a month.\n"
    )
    points = extract(from_text(text, name="p.txt")).points
    assert [(p.status, p.text) for p in points] == [
        ("agreed", "Norland and Sudmark signed a ferry accord on Monday"),
        ("intended", "it is planned to open two new routes within a month."),
    ]


def test_a_reported_clause_stays_with_the_sentence_it_is_reported_in() -> None:
    text = (
        "Ferry talks\n\n"
        "Sudmark's envoys expressed regret, stating that they would not accept a toll on the ferry.\n"
    )
    assert len(extract(from_text(text, name="q.txt")).points) <= 1


def test_an_open_issue_phrase_in_an_apposition_does_not_make_the_decision_open() -> None:
    text = "Ferry levy\n\nThe levy, long a sticking point in the talks, was approved by all delegations.\n"
    outcome = extract(from_text(text, name="r.txt"))
    assert [p.status for p in outcome.points] == ["agreed"] and outcome.open_issues == []


def test_key_issues_a_text_lays_out_are_its_content_not_open_issues() -> None:
    text = (
        "Port declaration\n\n"
        "The Riga charter sets out the key issues for the decade: safe lanes and lower tolls.\n\n"
        "The key issue of the northern border remains unresolved.\n"
    )
    outcome = extract(from_text(text, name="s.txt"))
    border = "The key issue of the northern border remains unresolved."
    assert [i.topic for i in outcome.open_issues] == [border]
    assert [p.status for p in outcome.points] == ["agreed"]


def test_with_and_a_subject_doing_something_is_a_clause_of_its_own() -> None:
    text = (
        "Ferry accord signed\n\n"
        "Norland and Sudmark signed a ferry accord on Monday, with both states pledging to lower the tolls.\n"
    )
    points = extract(from_text(text, name="t.txt")).points
    assert [(p.status, p.text) for p in points] == [
        ("agreed", "Norland and Sudmark signed a ferry accord on Monday"),
        ("intended", "both states pledging to lower the tolls."),
    ]


def test_an_open_clause_whose_subject_names_nothing_is_shown_in_its_sentence() -> None:
    text = (
        "Border talks\n\n"
        "Ruiz told her counterpart there were no plans to close the border, but at some point, "
        "the matter needs to be settled, an aide said.\n\n"
        "The envoys said the ferry tolls still need to be agreed.\n"
    )
    topics = [i.topic for i in extract(from_text(text, name="u.txt")).open_issues]
    assert topics[0].startswith("Ruiz told her counterpart there were no plans to close the border")
    assert topics[1] == "the ferry tolls still need to be agreed."  # it names what is open: its clause alone


def one_sentence(sentence: str) -> SummitOutcome:
    """The record of an article of one sentence under a headline."""
    return extract(from_text(f"Ferry talks\n\n{sentence}\n", name="w.txt"))


def statuses(sentence: str) -> list[str]:
    """The statuses of the points an article of one sentence states."""
    return [p.status for p in one_sentence(sentence).points]


def test_one_partys_statement_is_its_words_and_a_joint_one_the_events_text() -> None:
    alone = "Fisheries minister Ana Ruiz released a statement from the talks, calling the accord a win."
    assert statuses(alone) == []
    assert statuses("The three ministers released a statement on the ferry accord.") == ["agreed"]
    joint = "Fisheries minister Ana Ruiz released a joint statement on the ferry accord."
    assert statuses(joint) == ["agreed"]
    assert statuses("Fisheries minister Ana Ruiz released the final declaration of the talks.") == ["agreed"]


def test_what_one_partys_statement_notes_is_its_words_and_a_joint_statements_the_events() -> None:
    text = (
        "Ferry talks\n\n"
        "Fisheries minister Ana Ruiz released a statement from the talks on Monday, "
        "calling the accord a win.\n\n"
        "The statement noted that the negotiators worked through the night to secure the quotas.\n\n"
        "It added that the ferry lanes would open at once.\n\n"
        "The three ministers later released a joint statement. "
        "The joint statement said the tolls will be lowered.\n"
    )
    points = [p.text for p in extract(from_text(text, name="x.txt")).points]
    assert points == [
        "The three ministers later released a joint statement.",
        "The joint statement said the tolls will be lowered.",
    ]


def test_a_deal_struck_or_a_toll_cut_by_a_measure_is_not_a_point_taken_out() -> None:
    assert statuses("A ferry deal was struck on Sunday after long talks.") == ["agreed"]
    assert statuses("Under the accord, ferry tolls will be cut by a third.") != ["dropped"]
    assert statuses("The reference to ferry tolls was cut from the final text.") == ["dropped"]
    assert statuses("The clause on ferry tolls was struck by the delegates.") == ["dropped"]


def test_an_issue_the_agreement_leaves_open_is_raised_by_no_one() -> None:
    sentence = (
        "The accord does not address the 'buffer zone' but calls for Sudmark to end its 'defensive measures'."
    )
    assert [i.raised_by for i in one_sentence(sentence).open_issues] == [""]


def test_a_clause_opening_on_a_quotation_keeps_its_opening_mark() -> None:
    sentence = (
        "The envoy called the talks “useful,” noting that “several issues” had been agreed upon "
        "with Norland, though she gave no details."
    )
    assert [p.text for p in one_sentence(sentence).points] == [
        "“several issues” had been agreed upon with Norland, though she gave no details."
    ]
