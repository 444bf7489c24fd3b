"""reconcile/conflicts/counts.py: hedged figures of one counted thing that cannot both be true."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser.api import extract
from summariser.ingest.clean import from_text
from summariser.models import Conflict, Evidence, Figure, Measured
from summariser.news.hedges import interval
from summariser.reconcile.conflicts.counts import category, counts, measure, qualifiers
from summariser.reconcile.members import Sourced
from tests.reconcile.conftest import evidence_in, sourced

EV = Evidence(start=0, end=1, status="exact", score=100.0)
UNSUPPORTED = Evidence(start=0, end=0, status="unsupported", score=0.0)


def _fig(
    sid: str,
    text: str,
    value: float,
    hedge: str = "",
    *,
    what: str = "countries",
    group: int | None = None,
    evidence: Evidence = EV,
) -> Sourced[Figure]:
    low, high = interval(value, hedge)
    figure = Figure(what=what, low=low, high=high, hedge=hedge, text=text, evidence=evidence)
    return sourced(sid, figure, group=group)


ABOUT_30 = _fig("1", "about 30 countries", 30, "about")


def test_about_30_and_35_conflict() -> None:
    (conflict,) = counts([ABOUT_30, _fig("2", "35 countries", 35)])
    assert conflict.kind == "count"
    assert [(c.text, c.value, c.sources) for c in conflict.claims] == [
        ("about 30 countries", "[27, 33]", ["1"]),
        ("35 countries", "[35, 35]", ["2"]),
    ]
    assert conflict.summary == (
        "Sources disagree on the number of countries: about 30 countries [1]; 35 countries [2]"
    )


def test_more_than_two_dozen_and_35_agree() -> None:
    two_dozen = _fig("1", "more than two dozen nations", 24, "more than", what="nations")
    assert counts([two_dozen, _fig("2", "35 countries", 35)]) == []


def test_sides_from_one_syndicated_story_do_not_conflict() -> None:
    copies = [_fig("1", "about 30 countries", 30, "about", group=1), _fig("2", "35 countries", 35, group=1)]
    assert counts(copies) == []


def test_a_side_given_by_several_sources_lists_them_all() -> None:
    (conflict,) = counts([_fig("3", "35 countries", 35), ABOUT_30, _fig("2", "35 countries", 35)])
    assert sorted(c.sources for c in conflict.claims) == [["1"], ["2", "3"]]


def test_different_things_are_not_compared() -> None:
    assert counts([ABOUT_30, _fig("2", "35 leaders", 35, what="leaders")]) == []


def test_vague_figures_are_not_compared() -> None:
    assert (
        counts(
            [
                _fig("1", "3 troops", 3, what="troops"),
                _fig("2", "several thousand troops", 3000, "several", what="troops"),
            ]
        )
        == []
    )


def test_durations_whose_frame_is_unknown_are_not_compared() -> None:
    assert (
        counts([_fig("1", "about 30 days", 30, "about", what="days"), _fig("2", "35 days", 35, what="days")])
        == []
    )


def test_ungrounded_figures_are_not_compared() -> None:
    assert counts([ABOUT_30, _fig("2", "35 countries", 35, evidence=UNSUPPORTED)]) == []


@pytest.mark.parametrize(
    ("what", "cat"),
    [
        ("nations", "countries"),
        ("delegations", "countries"),
        ("heads of state or government", "leaders"),
        ("French troops", "troops"),
        ("percent of output", "percent of output"),
        ("ferries", "ferry"),
    ],
)
def test_category(what: str, cat: str) -> None:
    assert category(what) == cat


FIGURE = st.builds(
    lambda sid, value, hedge, group: _fig(
        str(sid), f"{hedge} {value} countries".strip(), value, hedge, group=group
    ),
    st.integers(1, 6),
    st.integers(2, 60),
    st.sampled_from(["", "about", "more than", "at least", "fewer than", "up to"]),
    st.integers(1, 3),
)
Side = tuple[str, str, tuple[str, ...]]


def _sides(figures: list[Sourced[Figure]]) -> set[Side]:
    return {(c.text, c.value, tuple(c.sources)) for conflict in counts(figures) for c in conflict.claims}


@given(st.lists(FIGURE, max_size=6).flatmap(lambda xs: st.tuples(st.just(xs), st.permutations(xs))))
def test_count_conflicts_are_symmetric_in_the_order_of_claims(
    pair: tuple[list[Sourced[Figure]], list[Sourced[Figure]]],
) -> None:
    figures, shuffled = pair
    assert _sides(figures) == _sides(shuffled)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("members", "five members"), ("invited guests", "six invited guests")),
        (("new members", "six new members"), ("members", "eleven members")),
        (("Arab nations", "two Arab nations"), ("countries", "three countries")),
        (("percent of GDP", "40 percent of GDP"), ("percent of population", "45 percent of population")),
        (("members of the bloc", "five members of the bloc"), ("members", "nine members")),
    ],
)
def test_unlike_quantities_are_never_compared(left: tuple[str, str], right: tuple[str, str]) -> None:
    a = _fig("1", left[1], 5, what=left[0])
    b = _fig("2", right[1], 11, what=right[0])
    assert counts([a, b]) == []


def test_heads_of_state_compare_with_leaders() -> None:
    (conflict,) = counts(
        [
            _fig("1", "20 heads of state", 20, what="heads of state"),
            _fig("2", "31 leaders", 31, what="leaders"),
        ]
    )
    assert "leaders" in conflict.basis


def test_figures_in_different_units_are_not_compared() -> None:
    a_text, b_text = (
        "Warming is capped at 1.5 degrees Celsius.",
        "Warming is capped at 2.7 degrees Fahrenheit.",
    )
    a = Sourced("1", 1, _fig("1", "1.5 degrees", 1.5, what="degrees").item, from_text(a_text, name="1.txt"))
    b = Sourced("2", 2, _fig("2", "2.7 degrees", 2.7, what="degrees").item, from_text(b_text, name="2.txt"))
    a = Sourced("1", 1, a.item.model_copy(update={"evidence": evidence_in(a_text, "1.5 degrees")}), a.doc)
    b = Sourced("2", 2, b.item.model_copy(update={"evidence": evidence_in(b_text, "2.7 degrees")}), b.doc)
    assert measure(a).unit == "celsius"
    assert counts([a, b]) == []


def test_values_one_article_gives_both_of_are_not_a_disagreement() -> None:
    both = [_fig("1", "2 countries", 2), _fig("1", "3 countries", 3), _fig("2", "2 countries", 2)]
    assert counts(both) == []


def test_a_count_conflict_says_why_the_sides_are_comparable() -> None:
    (conflict,) = counts([ABOUT_30, _fig("2", "35 countries", 35)])
    assert conflict.basis == "each side counts countries, nothing narrower, in another story"


def test_qualifiers() -> None:
    assert qualifiers("new members") == frozenset({"new"})
    assert qualifiers("members of the bloc") == frozenset({"bloc"})
    assert qualifiers("heads of state or government") == frozenset()


def _measured(sid: str, text: str, value: float, frame: str, **read: str) -> Sourced[Figure]:
    figure = _fig(sid, text, value, what="prisoners").item
    measured = Measured(counted="prisoner", frame=frame, **read)
    return sourced(sid, figure.model_copy(update={"measured": measured}))


def test_counts_done_by_different_sides_are_not_compared() -> None:
    rebels = _measured("1", "400 prisoners", 400, "release", agent="rebel")
    army = _measured("2", "2,000 prisoners", 2000, "release", agent="army")
    assert counts([rebels, army]) == []
    unnamed = _measured("3", "900 prisoners", 900, "release")  # names no side: compared with each
    found = counts([rebels, army, unnamed])
    assert sorted([c.text for c in conflict.claims] for conflict in found) == [
        ["400 prisoners", "900 prisoners"],
        ["900 prisoners", "2,000 prisoners"],
    ]


def test_counts_dated_differently_are_not_compared() -> None:
    first = _measured("1", "400 prisoners", 400, "release", time="within 30 days")
    later = _measured("2", "2,000 prisoners", 2000, "release", time="within 14 months")
    assert counts([first, later]) == []


def test_counts_in_different_frames_are_not_compared() -> None:
    freed, held = (
        _measured("1", "400 prisoners", 400, "release"),
        _measured("2", "900 prisoners", 900, "hold"),
    )
    assert counts([freed, held]) == []
    denied = _measured("2", "900 prisoners", 900, "release").item
    denied = denied.model_copy(
        update={"measured": Measured(counted="prisoner", frame="release", negated=True)}
    )
    assert counts([freed, sourced("2", denied)]) == []


def _extracted(*articles: str) -> list[Conflict]:
    """The count conflicts between articles of one sentence or two each, read by the extractive engine."""
    figures = []
    for n, text in enumerate(articles, 1):
        doc = from_text(f"Harbour talks\n\n{text}", name=f"{n}.txt")
        figures += [sourced(str(n), f, doc=doc) for f in extract(doc, engine="extractive").figures]
    return counts(figures)


@pytest.mark.parametrize(
    ("articles", "sides"),
    [
        (  # participants: "took part" and "attending" are one frame
            (
                "Delegations from 41 countries took part in the talks.",
                "Of the 42 countries attending, 30 backed it.",
            ),
            ["41 countries", "42 countries"],
        ),
        (  # those that did not sign, a part of a set against a headcount
            (
                "Seven of the 41 countries at the talks refused to sign the charter.",
                "Eight delegations did not sign.",
            ),
            ["Seven of the 41 countries", "Eight delegations"],
        ),
        (  # days of talks, whatever the talks are called
            (
                "The charter came after 11 days of negotiations.",
                "The charter came after 12 straight days of talks.",
            ),
            ["11 days of negotiations", "12 straight days of talks"],
        ),
        (  # missed deadlines
            ("The mediators missed five deadlines.", "The charter follows six missed deadlines."),
            ["five deadlines", "six missed deadlines"],
        ),
        (  # hedged durations that exclude each other
            ("The envoys talked for more than two hours.", "The meeting lasted nearly two hours."),
            ["nearly two hours", "more than two hours"],
        ),
        (  # one approval however it is worded
            (
                "Envoys from 150 nations adopted the text.",
                "The talks ended in a consensus among 153 countries.",
            ),
            ["150 nations", "153 countries"],
        ),
        (  # money
            ("Donors pledged $4 billion for the fund.", "Donors pledged $5 billion for the fund."),
            ["$4 billion", "$5 billion"],
        ),
        (  # percentages
            ("Catches fell 12 percent.", "Catches fell 15 percent."),
            ["12 percent", "15 percent"],
        ),
    ],
)
def test_each_kind_of_measure_conflicts_with_itself(articles: tuple[str, str], sides: list[str]) -> None:
    (conflict,) = _extracted(*articles)
    assert [c.text for c in conflict.claims] == sides


@pytest.mark.parametrize(
    "articles",
    [
        ("Forty countries signed the pact.", "Fifty countries attended the summit."),  # signed vs attended
        ("The raid killed 30 fighters.", "The army released 45 fighters."),  # killed vs released
        ("The bloc admitted six new members.", "The bloc admitted nine applicants."),  # members vs applicants
        ("The rebels will free 400 prisoners.", "The government will release 2,000 prisoners."),  # two sides
        ("All troops will leave within 14 months.", "The first troops will leave within 135 days."),  # phases
        ("The envoys talked for two hours.", "The meeting lasted more than two hours."),  # compatible hedges
        ("The army will free up to 500 prisoners.", "The army will free 450 prisoners."),  # within "up to"
        (  # one limit in two units, in one article and alone in another
            "Warming is to be held to 1.5 degrees Celsius (2.7 degrees Fahrenheit).",
            "Warming is to be held to 1.5 degrees Celsius.",
        ),
        ("The talks took 14 days.", "The talks took two weeks."),  # the same span in other units
    ],
)
def test_unlike_or_compatible_measures_never_conflict(articles: tuple[str, str]) -> None:
    assert _extracted(*articles) == []


def test_a_count_conflict_names_the_frame_in_its_summary_and_basis() -> None:
    (conflict,) = _extracted("Nine of the 40 countries chose not to sign.", "Eleven countries did not sign.")
    assert conflict.summary.startswith("Sources disagree on the number of countries (not approve):")
    assert conflict.basis == "each side counts countries (not approve), nothing narrower, in another story"
