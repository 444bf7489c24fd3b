"""reconcile/syndication.py: copies of one wire story are one group, however edited; groups partition."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from summariser.api import brief
from summariser.ingest.clean import from_text
from summariser.reconcile.alignment import align
from summariser.reconcile.prose import prose
from summariser.reconcile.syndication import MIN_SET_FOR_BOILERPLATE, SYNDICATED, copy_share, groups
from summariser.text.document import Document


@cache
def _doc(text: str) -> Document:
    return from_text(text, name="story.txt")


def _groups(*texts: str) -> list[int]:
    return groups([_doc(t) for t in texts])


WIRE = [
    "Ministers from nine island nations signed a fisheries accord in Port Mareva on Thursday, "
    "ending four years of quarrels over tuna quotas.",
    "The accord caps the yearly catch of each fleet and sets up a shared patrol service funded by "
    "licence fees from foreign trawlers.",
    "“We have stopped fighting over fish that none of us will have left in ten years,” said Lena Aru, "
    "the host nation's fisheries minister.",
    "Negotiators worked through the night before the signing, according to two delegates who asked not "
    "to be named because the talks were private.",
    "The last sticking point was how to count fish landed in foreign ports, which smaller states said "
    "had long been used to hide overfishing.",
    "Under the compromise, every landing will be logged by an inspector from a country other than the "
    "one whose flag the vessel flies.",
    "Environmental groups welcomed the caps but warned that the patrol service would need far more boats "
    "than the three promised so far.",
    "The accord must still be ratified by each parliament, and officials expect the first patrols to sail "
    "before the next tuna season.",
]
EDITED = [  # a copy editor's pass: words changed, a clause moved, a sentence split, the quote untouched
    "Ministers from nine island nations on Thursday signed a fisheries pact in Port Mareva, ending four "
    "years of disputes over tuna quotas.",
    "The pact caps the annual catch of each fleet and creates a shared patrol service paid for by licence "
    "fees from foreign trawlers.",
    WIRE[2],
    "Negotiators worked through the night before the signing. That is according to two delegates who "
    "asked not to be named because the talks were private.",
    "The final sticking point was how to count fish landed in foreign harbours, which smaller states said "
    "had long been used to hide overfishing.",
    "Under the compromise, an inspector from a country other than the vessel's flag state will log every "
    "landing.",
    "Environmental groups welcomed the limits but warned that the patrol service would need many more "
    "boats than the three promised so far.",
]
OWN_REPORT = [  # the same facts in the same order, written by another reporter
    "Nine Pacific island governments agreed on Thursday to limit tuna fishing after a marathon session in "
    "Port Mareva.",
    "Fisheries minister Lena Aru, who hosted the talks, said the deal would let the region's stocks recover "
    "within a decade.",
    "“We have stopped fighting over fish that none of us will have left in ten years,” she told reporters.",
    "Each fleet will be held to a yearly limit, and a joint patrol will be paid for by foreign trawlers "
    "through their licence fees.",
    "Conservation groups said three patrol boats would never be enough to police an ocean area larger than "
    "Europe.",
    "Parliaments in all nine countries must approve the accord before it takes effect next year.",
]


def _story(sentences: list[str], headline: str = "Island states sign tuna accord") -> str:
    return headline + "\n\n" + "\n\n".join(sentences) + "\n"


def test_a_copy_edited_sentence_by_sentence_joins_the_wire_story() -> None:
    assert _groups(_story(WIRE), _story(OWN_REPORT), _story(EDITED, "Tuna pact signed")) == [0, 1, 0]


def test_a_copy_trimmed_to_its_first_half_under_a_new_headline_joins() -> None:
    trimmed = _story(WIRE[:4], "Fisheries deal ends years of quarrels")
    assert _groups(_story(WIRE), trimmed) == [0, 0]


def test_a_reprint_with_local_paragraphs_is_measured_against_the_shorter() -> None:
    local = [f"Harbour master {name} said boats in the bay would be inspected from May." for name in "ABCDEF"]
    assert _groups(_story(WIRE[:4]), _story(WIRE[:4] + local, "Local view")) == [0, 0]


HEARING = [  # little of the reporter's own wording around long quotations
    "The board chair opened the hearing on Tuesday by warning that “the port cannot grow another metre "
    "without a new breakwater, a deeper channel and at least two more cranes on the eastern quay.”",
    "Her deputy told the panel that “every month of delay costs the town a shipping line, and once a line "
    "has gone to another port it never comes back to this one.”",
    "The union's delegate answered that “no crane will be built here by people who are paid less than the "
    "dockers who will work beside it for the next thirty years.”",
    "A ruling is due next month, after the board has heard the shipping lines and the fishermen.",
]


def test_a_copy_that_lost_its_quotation_marks_still_joins() -> None:
    bare = [s.replace("“", "").replace("”", "") for s in HEARING]
    assert _groups(_story(HEARING), _story(OWN_REPORT), _story(bare)) == [0, 1, 0]


def test_the_wires_first_paragraphs_followed_by_each_outlets_own_reporting_are_one_story() -> None:
    docks = "Ames Bo Cato Dee Eli Fay Gus Hal Ivo Jan Kai Lev".split()
    council = "Ira Jo Kit Lu Max Ned Olu Pia Quin Ros Sol Tam".split()
    first = WIRE[:3] + [
        f"Dock worker {n} said night shifts at berth {i} would end in March." for i, n in enumerate(docks)
    ]
    second = WIRE[:3] + [
        f"Councillor {n} asked whether the timetable for ferry route {i} could be printed larger."
        for i, n in enumerate(council)
    ]
    a, b = prose(_doc(_story(first))), prose(_doc(_story(second)))
    assert align(a, b).share(a, b) < SYNDICATED, "the shared wire part is a small share of either"
    assert _groups(_story(first), _story(second)) == [0, 0]


PRESSER = [  # a press conference: the reporter's account around three quotations
    "The harbour authority said on Monday that the new container terminal would open in April, two "
    "years later than first promised.",
    "“We underestimated how soft the seabed is, and every pile had to go twice as deep as the "
    "engineers planned,” said the authority's director, Mira Holt.",
    "The delay has added about a fifth to the cost of the project, which is paid for jointly by the "
    "state and two shipping companies.",
    "Holt said the first ships would be “smaller feeder vessels, not the giants everyone is waiting "
    "for” and that larger ones would follow in the summer.",
    "Dockers' leaders, who had threatened to strike over night shifts, welcomed the timetable but "
    "said talks on pay were not finished.",
    "“Nobody is going to unload a ship at three in the morning for the same money as at noon,” the "
    "union's spokesman said.",
    "The authority expects the terminal to handle half a million containers in its first full year of"
    " operation.",
]
SPUN = [  # the same story through a rewording tool: every sentence recast, the quotations kept
    "On Monday, the port's governing body announced that its new box terminal would start operating "
    "in April, a full two years behind the original schedule.",
    "“We underestimated how soft the seabed is, and every pile had to go twice as deep as the "
    "engineers planned,” Mira Holt, who heads the authority, stated.",
    "Because of the hold-up, the bill for the scheme, shared by the state and a pair of shipping "
    "firms, has grown by roughly one fifth.",
    "According to Holt, the earliest arrivals will be “smaller feeder vessels, not the giants "
    "everyone is waiting for”, with bigger ships coming in summer.",
    "Union leaders at the docks, who had warned of a walkout over night work, praised the schedule "
    "while noting that wage negotiations remained open.",
    "“Nobody is going to unload a ship at three in the morning for the same money as at noon,” a "
    "spokesman for the union stated.",
    "Half a million containers should pass through the terminal during its first complete year, the "
    "authority forecasts.",
]


def test_a_copy_reworded_sentence_by_sentence_keeps_the_quotations_and_joins() -> None:
    a, b = prose(_doc(_story(PRESSER))), prose(_doc(_story(SPUN)))
    found = align(a, b)
    assert found.share(a, b) < SYNDICATED, "too reworded for its prose alone to make it a copy"
    assert found.same_quotations(a, b) and found.run >= 3
    assert _groups(_story(PRESSER), _story(OWN_REPORT), _story(SPUN)) == [0, 1, 0]


def test_another_reporters_account_of_the_same_facts_stays_apart() -> None:
    assert _groups(_story(WIRE), _story(OWN_REPORT)) == [0, 1]


DECLARATION = [
    "The parties commit to keeping the catch of every species within limits set by independent scientists.",
    "No vessel shall fish in the waters of another party without a licence issued by that party.",
    "Disputes shall be settled by a panel of three judges named by the parties in turn.",
]


def test_two_stories_quoting_one_declaration_in_order_are_not_copies() -> None:
    first = _story(
        [
            "The declaration read out by the chair at the closing session set out three commitments.",
            f"“{DECLARATION[0]}” it said, in the passage delegates had fought over longest.",
            f"It went on: “{DECLARATION[1]}”",
            f"The text ended with a promise that “{DECLARATION[2]}”",
            "Observers said the wording was firmer than the drafts circulated earlier in the week.",
        ]
    )
    second = _story(
        [
            "Island leaders released a short statement as the summit closed late on Thursday evening.",
            f"“{DECLARATION[0]}” the statement began.",
            f"A second clause reads: “{DECLARATION[1]}”",
            f"Its last line says: “{DECLARATION[2]}”",
            "Trawler owners in the region had no immediate comment on the statement or its terms.",
        ]
    )
    assert _groups(first, second) == [0, 1]


LEFT = [
    "Delegates from 40 countries approved a river charter in Vienna on Friday after a week of talks.",
    "The charter obliges upstream states to warn their neighbours of any dam release two days ahead.",
    "Engineers said the warning network would cost less than the damage of a single spring flood.",
]
RIGHT = [
    "Delegates from 41 countries approved the river charter, according to the conference secretariat.",
    "Shipping firms had lobbied for years for common rules on dredging and on the marking of channels.",
    "Several landlocked states said they would press for a seat on the charter's governing board.",
]
TINY = [LEFT[0], RIGHT[1]]  # one sentence borrowed from each report


def test_a_tiny_piece_borrowing_a_sentence_from_each_of_two_stories_joins_neither() -> None:
    assert _groups(_story(LEFT), _story(RIGHT), _story(TINY, "Charter approved")) == [0, 1, 2]


def test_the_two_stories_disagreement_stays_a_conflict_despite_the_tiny_piece(tmp_path: Path) -> None:
    paths = []
    for name, sentences in (("left", LEFT), ("right", RIGHT), ("tiny", TINY)):
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(_story(sentences, "Charter approved"), encoding="utf-8")
    b = brief(paths, engine="extractive")
    assert all(not s.syndicated_with for s in b.sources)
    (conflict,) = [c for c in b.conflicts if c.kind == "count"]
    sides = {c.text: set(c.sources) for c in conflict.claims}
    assert sides == {"40 countries": {"1", "3"}, "41 countries": {"2"}}


def test_a_bridge_of_half_of_each_story_does_not_chain_them_into_one() -> None:
    bridge = _story(WIRE[4:] + RIGHT)
    labels = _groups(_story(WIRE), _story(RIGHT + LEFT), bridge)
    assert labels[0] != labels[1], "a piece copying half of each of two stories never makes them one"


def test_verbatim_copies_join_even_when_too_short_to_compare() -> None:
    assert _groups("Talks end.", "Talks end.", "Talks begin.") == [0, 0, 2]


def test_the_same_agency_credit_makes_a_smaller_shared_part_enough() -> None:
    ten = "harbour crane pilot barge quay tide buoy anchor mooring ballast".split()
    own = [" ".join(f"{w}{c}" for w in ten).capitalize() + "." for c in "abcdefghijkl"]
    nine = "violet maple ember frost lumen cobalt saffron amber willow".split()
    other = [" ".join(f"{c}{w}" for w in nine).capitalize() + " stood." for c in "mnopqrstu"]
    a, b = prose(_doc(" ".join(own))), prose(_doc(" ".join(own[:3] + other)))
    assert (a.total, b.total) == (108, 108), "nine words of each sentence weigh, the capitalised first not"
    assert copy_share(a, b) == 0.0, "three sentences of twelve: short of a third"
    assert copy_share(a, b, credited=True) == 27 / 108
    first, second = " ".join(own), " ".join(own[:3] + other)
    assert _groups(first, second) == [0, 1]
    assert _groups(f"{first}\n— AFP", f"PORT LENA (AFP) — {second}") == [0, 0]
    assert _groups(f"{first}\n— AFP", f"PORT LENA (AP) — {second}") == [0, 1], "two agencies, two stories"


def _dispatch(i: int) -> str:
    stock = (
        "This report is published under licence from the regional news agency and its partners. "
        "It may not be copied or sold without the written permission of the agency's editors."
    )
    return f"{stock} Dispatch {i} covers harbour {i} and quay {i} and pier {i} today."


def test_stock_phrasing_in_a_large_set_does_not_make_stories_one() -> None:
    few = [_dispatch(i) for i in range(3)]
    assert _groups(*few) == [0, 0, 0]  # in a small set, a long shared passage is a shared story
    many = [_dispatch(i) for i in range(MIN_SET_FOR_BOILERPLATE)]
    assert _groups(*many) == list(range(MIN_SET_FOR_BOILERPLATE))


POOL = [_story(WIRE), _story(EDITED), _story(OWN_REPORT), _story(LEFT), _story(LEFT).upper()]


def _partition(texts: list[str], labels: list[int]) -> set[frozenset[str]]:
    by_label: dict[int, set[str]] = {}
    for text, label in zip(texts, labels, strict=True):
        by_label.setdefault(label, set()).add(text)
    return {frozenset(v) for v in by_label.values()}


@given(
    st.lists(st.sampled_from(POOL), max_size=8).flatmap(
        lambda xs: st.tuples(st.just(xs), st.permutations(xs))
    )
)
def test_groups_are_a_partition_that_does_not_depend_on_input_order(
    pair: tuple[list[str], list[str]],
) -> None:
    texts, shuffled = pair
    labels = _groups(*texts)
    assert len(labels) == len(texts)
    assert all(labels[label] == label for label in labels), "a group is named by one of its members"
    assert _partition(texts, labels) == _partition(shuffled, _groups(*shuffled))
