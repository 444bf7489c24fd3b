"""reconcile/summary.py: the bottom line, built only from the briefing's findings."""

from __future__ import annotations

from summariser.models import (
    Briefing,
    Claim,
    Conflict,
    Event,
    Evidence,
    Failure,
    Source,
    SourcedIssue,
    SourcedPoint,
    SourcedSignatory,
    Unsupported,
)
from summariser.reconcile.summary import STATUS_ORDER, bottom_line, reading

EV = Evidence(start=0, end=1, status="exact", score=100.0)


def _conflict(kind: str) -> Conflict:
    claims = [
        Claim(source="1", text="one side", evidence=EV),
        Claim(source="2", text="other side", evidence=EV),
    ]
    return Conflict.model_validate({"kind": kind, "summary": "s", "claims": claims})


def test_an_empty_briefing_says_no_agreement_and_the_reading_counts_the_sources() -> None:
    b = Briefing(sources=[Source(id="1"), Source(id="2")])
    assert bottom_line(b) == "The event: no source reports an agreement."
    assert reading(b, 1) == "Read from 2 sources (1 independent): 0 agreed outcomes; 0 open issues."


def test_every_finding_is_summed_up_in_order() -> None:
    b = Briefing(
        event=Event(name="Harbour Summit", location="Gdansk", date="2026-05-04"),
        sources=[Source(id="1"), Source(id="2"), Source(id="3")],
        signatories=[
            SourcedSignatory(name="Ines Varga", country="Poland", document="Harbour Accord", sources=["1"]),
            SourcedSignatory(name="Poland", role="state", sources=["1"]),
            SourcedSignatory(name="Latvia", role="state", sources=["1"]),
            SourcedSignatory(name="Tomas Lund", document="Harbour Accord", sources=["2"]),
        ],
        points=[
            SourcedPoint(text="Joint patrols were agreed.", status="agreed", sources=["1"]),
            SourcedPoint(text="A shared fund", status="intended", sources=["2"]),
        ],
        open_issues=[SourcedIssue(topic="The quotas remain unresolved.", sources=["3"])],
        conflicts=[_conflict("quote"), _conflict("date"), _conflict("count")],
        unsupported=[Unsupported(source="2", field="quotes", text="x")],
        failures=[Failure(path="bad.txt", error="empty")],
    )
    assert bottom_line(b) == (
        "Harbour Summit in Gdansk (2026-05-04): Joint patrols were agreed. "
        "Ines Varga (Poland), Tomas Lund and Latvia signed the Harbour Accord. "
        "Still open: the quotas remain unresolved. "
        "s: one side vs other side."
    )
    assert reading(b, 2) == (
        "Read from 3 sources (2 independent): 1 agreed outcome; 1 open issue; "
        "1 item no source supports; 1 article could not be processed."
    )


def test_states_are_named_as_signatories_only_when_no_person_signed_for_them() -> None:
    b = Briefing(
        sources=[Source(id="1")],
        signatories=[SourcedSignatory(name="Poland", role="state", sources=["1"])],
    )
    assert "Poland signed." in bottom_line(b)


def test_signers_the_main_decision_already_names_are_not_named_again() -> None:
    b = Briefing(
        sources=[Source(id="1")],
        points=[
            SourcedPoint(text="Ines Varga and Tomas Lund signed the accord.", status="agreed", sources=["1"])
        ],
        signatories=[
            SourcedSignatory(name="Ines Varga", sources=["1"]),
            SourcedSignatory(name="Tomas Lund", sources=["1"]),
        ],
    )
    assert bottom_line(b) == "The event: Ines Varga and Tomas Lund signed the accord."


def test_status_order_puts_firm_outcomes_first() -> None:
    assert sorted(STATUS_ORDER, key=STATUS_ORDER.__getitem__) == [
        "agreed",
        "intended",
        "proposed",
        "dropped",
        "rejected",
    ]


def test_the_main_disagreement_is_a_fact_never_a_wording() -> None:
    quote = Conflict(
        kind="quote", summary="Words differ [1] vs [2]", claims=[Claim(source="1", text="x", evidence=EV)]
    )
    count = Conflict(
        kind="count",
        summary="Sources disagree on the number of ships: 4 ships [1]; 9 ships [2]",
        claims=[
            Claim(source="1", text="4 ships", evidence=EV),
            Claim(source="2", text="9 ships", evidence=EV),
        ],
    )
    assert "disagree" not in bottom_line(Briefing(sources=[Source(id="1")], conflicts=[quote]))
    line = bottom_line(Briefing(sources=[Source(id="1"), Source(id="2")], conflicts=[quote, count]))
    assert line.endswith("Sources disagree on the number of ships: 4 ships vs 9 ships.")
    assert "[1]" not in line


def test_the_lead_is_the_first_agreed_decision_and_never_a_disputed_one() -> None:
    points = [
        SourcedPoint(text="Quotas cut.", status="agreed", kind="decision", sources=["1", "2"], disputed=True),
        SourcedPoint(text="A shared fund is set up.", status="agreed", kind="provision", sources=["1"]),
        SourcedPoint(
            text="The states agreed joint patrols.", status="agreed", kind="decision", sources=["1"]
        ),
    ]
    b = Briefing(event=Event(name="Harbour Summit"), sources=[Source(id="1")], points=points)
    assert bottom_line(b) == "Harbour Summit: The states agreed joint patrols."


def test_the_main_open_question_is_not_the_main_decision_again() -> None:
    text = "The states agreed joint patrols but left the quotas unresolved."
    b = Briefing(
        sources=[Source(id="1")],
        points=[SourcedPoint(text=text, status="agreed", sources=["1"])],
        open_issues=[
            SourcedIssue(topic=text, sources=["1"]),
            SourcedIssue(topic="Fees remain unclear.", sources=["1"]),
        ],
    )
    assert bottom_line(b).endswith("Still open: Fees remain unclear.")


def test_a_figure_changed_in_a_restated_quote_is_named_by_the_figures() -> None:
    said = "With nine new routes, we have more than doubled the ferry traffic of last year"
    restated = Conflict(
        kind="count",
        summary="A figure changes when a quote is restated: “doubled” [1] vs “tripled” [2]",
        claims=[
            Claim(source="1", text=said, value="doubled", evidence=EV),
            Claim(source="2", text=said.replace("doubled", "tripled"), value="tripled", evidence=EV),
        ],
    )
    line = bottom_line(Briefing(sources=[Source(id="1"), Source(id="2")], conflicts=[restated]))
    assert line.endswith("A figure changes when a quote is restated: doubled vs tripled.")
