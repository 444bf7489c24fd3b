"""text/segment.py: paragraphs and sentences (abbreviations, initials, acronyms, quotes, run-ons)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser.text.segment import looks_like_heading, paragraph_spans, sentence_spans


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gen. Alexus G. Grynkewich attended. He spoke.",
            ["Gen. Alexus G. Grynkewich attended.", "He spoke."],
        ),
        ("Dr. Jones met Mr. Smith. They agreed.", ["Dr. Jones met Mr. Smith.", "They agreed."]),
        (
            "Troops from the U.S. Army came. The U.K. agreed.",
            ["Troops from the U.S. Army came.", "The U.K. agreed."],
        ),
        ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
        ('"We agree." Then he left.', ['"We agree."', "Then he left."]),
        ("“It is done,” she said. “Now we wait.”", ["“It is done,” she said.", "“Now we wait.”"]),
        (
            "under US leadership.A joint statement said so.",
            ["under US leadership.", "A joint statement said so."],
        ),
        ("Prices rose 3.5 percent. Markets fell.", ["Prices rose 3.5 percent.", "Markets fell."]),
        ("- The US will lead. It will monitor.", ["The US will lead.", "It will monitor."]),
        ("Is it over? No. It is not!", ["Is it over?", "No.", "It is not!"]),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_paragraphs_split_on_lines_but_rejoin_hard_wrapped_prose() -> None:
    text = (
        "Press Conference Summary\n"
        "At the concluding press conference, summit participants described the event as an\n"
        "important step toward peace.\n\n"
        "Second paragraph."
    )
    paras = [text[s:e] for s, e in paragraph_spans(text)]
    assert paras == [
        "Press Conference Summary",
        "At the concluding press conference, summit participants described the event as an\n"
        "important step toward peace.",
        "Second paragraph.",
    ]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("'Critical issue'", True),
        ("Press Conference Summary", True),
        ("# Summit ends", True),
        ("Zelensky expressed satisfaction over the outcome.", False),
        ("The document consists of five main points:", False),
        ("“This only hardens our resolve,” he added.", False),
    ],
)
def test_headings(text: str, heading: bool) -> None:
    assert looks_like_heading(text) is heading


@given(
    st.lists(
        st.sampled_from(
            ["Gen. A. Ruiz met Dr. Lund.", " ", "\n", "“We agree,” he said. ", "U.S. ", "No. 4 ", "ok?"]
        ),
        max_size=12,
    )
)
def test_sentence_spans_are_ordered_stripped_slices_of_their_paragraph(parts: list[str]) -> None:
    text = "".join(parts)
    for start, end in paragraph_spans(text):
        last = start
        for s, e in sentence_spans(text, start, end):
            assert last <= s < e <= end
            assert text[s:e] == text[s:e].strip()
            last = e


@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_any_line_ending_gives_the_same_paragraphs_and_sentences(ending: str) -> None:
    lf = "Harbour talks end\n\nMinisters met on Monday. They signed an accord.\n\nThe port reopens in June."
    other = lf.replace("\n", ending)

    def pieces(text: str) -> list[str]:
        return [text[s:e] for p0, p1 in paragraph_spans(text) for s, e in sentence_spans(text, p0, p1)]

    assert pieces(other) == pieces(lf)
    assert pieces(other)[0] == "Harbour talks end"
