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
from summariser.reconcile.summary import STATUS_ORDER, bottom_line

EV = Evidence(start=0, end=1, status="exact", score=100.0)


def _conflict(kind: str) -> Conflict:
    claim = Claim(source="1", text="x", evidence=EV)
    return Conflict.model_validate({"kind": kind, "summary": "s", "claims": [claim, claim]})


def test_an_empty_briefing_says_how_many_sources_and_nothing_else() -> None:
    b = Briefing(sources=[Source(id="1"), Source(id="2")])
    assert bottom_line(b, 1) == (
        "The event: no source reports an agreed outcome. "
        "Read from 2 sources (1 independent): 0 agreed outcomes; 0 open issue(s)."
    )


def test_every_finding_is_summed_up_in_order() -> None:
    b = Briefing(
        event=Event(name="Harbour Summit", location="Gdansk", date="2026-05-04"),
        sources=[Source(id="1"), Source(id="2"), Source(id="3")],
        signatories=[
            SourcedSignatory(name="Ines Varga", document="Harbour Accord", sources=["1"]),
            SourcedSignatory(name="Poland", role="state", sources=["1"]),
            SourcedSignatory(name="Tomas Lund", document="Harbour Accord", sources=["2"]),
        ],
        points=[
            SourcedPoint(text="Joint patrols", status="agreed", sources=["1"]),
            SourcedPoint(text="A shared fund", status="intended", sources=["2"]),
        ],
        open_issues=[SourcedIssue(topic="quotas", sources=["3"])],
        conflicts=[_conflict("date"), _conflict("count"), _conflict("count")],
        unsupported=[Unsupported(source="2", field="quotes", text="x")],
        failures=[Failure(path="bad.txt", error="empty")],
    )
    assert bottom_line(b, 2) == (
        "Harbour Summit in Gdansk (2026-05-04): Joint patrols. "
        "Ines Varga and Tomas Lund signed the Harbour Accord. "
        "Main disagreement: s. "
        "Read from 3 sources (2 independent): 1 agreed outcome; 1 open issue(s); "
        "1 item(s) no source supports; 1 article(s) could not be processed."
    )


def test_states_are_named_as_signatories_only_when_no_person_signed() -> None:
    b = Briefing(
        sources=[Source(id="1")],
        signatories=[SourcedSignatory(name="Poland", role="state", sources=["1"])],
    )
    assert "Poland signed." in bottom_line(b, 1)


def test_status_order_puts_firm_outcomes_first() -> None:
    assert sorted(STATUS_ORDER, key=STATUS_ORDER.__getitem__) == [
        "agreed",
        "intended",
        "proposed",
        "dropped",
        "rejected",
    ]


def test_the_main_disagreement_is_the_most_basic_kind_without_its_marks() -> None:
    quote = Conflict(
        kind="quote", summary="Words differ [1] vs [2]", claims=[Claim(source="1", text="x", evidence=EV)]
    )
    count = Conflict(
        kind="count",
        summary="Sources disagree on the number of ships: 4 ships [1]; 9 ships [2]",
        claims=[Claim(source="1", text="x", evidence=EV, sources=["1"])],
    )
    b = Briefing(sources=[Source(id="1"), Source(id="2")], conflicts=[quote, count])
    line = bottom_line(b, 2)
    assert "Main disagreement: sources disagree on the number of ships: 4 ships; 9 ships." in line
    assert "[1]" not in line


def test_the_lead_is_the_agreed_outcome_most_stories_report_and_never_a_disputed_one() -> None:
    points = [
        SourcedPoint(text="A shared fund.", status="agreed", sources=["1"], independent=1),
        SourcedPoint(
            text="The states agreed joint patrols.", status="agreed", sources=["1", "2"], independent=2
        ),
        SourcedPoint(
            text="Quotas cut.", status="agreed", sources=["1", "2", "3"], independent=3, disputed=True
        ),
    ]
    b = Briefing(event=Event(name="Harbour Summit"), sources=[Source(id="1")], points=points)
    assert bottom_line(b, 3).startswith("Harbour Summit: the states agreed joint patrols. ")
