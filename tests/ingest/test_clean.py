"""Loading and cleaning: offsets stay true, furniture goes, news text stays, bad input is refused clearly."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summariser.errors import InputError, SummariserError
from summariser.ingest.clean import from_text
from summariser.ingest.load import MAX_BYTES, load
from summariser.text.document import Document
from tests.conftest import SEEDS, seed

# Furniture paragraphs of each seed, by their opening words, written by reading the files.
FURNITURE = {
    "000": [
        "Support The Moscow Times!",
        "Ukraine's President Volodymyr Zelensky (L) is greeted",
        "Sign up for our free weekly newsletter",
        "Our weekly newsletter contains",
        "Subscribers agree to the Privacy Policy",
        "A Message from The Moscow Times:",
        "Dear readers,",
        "We are facing unprecedented challenges.",
        "These actions are direct attempts",
        "We, the journalists of The Moscow Times",
        "Your support, no matter how small",
        "By supporting The Moscow Times",
        "Once",
        "Monthly",
        "Annual",
        "Continue",
        "paiment methods",
        "Not ready to support today?",
        "Remind me later.",
        "Read more",
    ],
    "001": ["date 2026-01-07 Paris declaration"],
    "002": [
        "Newsinc24 Team",
        "Related Items",
        "India, France must work together",
        "EAM Jaishankar meets IEA",
        "At least 5 killed, 23 injured",
    ],
    "003": [],
    "004": ["#France #ready #deploy"],
}


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines of a seed (one paragraph per line), list bullets ("- ") excluded."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    return [(s + 2 if text.startswith("- ", s) else s, e) for s, e in spans]


def _covered(doc: Document) -> set[int]:
    """Character positions inside kept sentences."""
    return {i for s in doc.sentences for i in range(s.start, s.end)}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_kept_sentence_slices_back_to_the_original(path: Path) -> None:
    doc = load(path)
    original = path.read_text(encoding="utf-8")
    assert doc.text == original
    assert doc.sentences, "a seed produced no sentences"
    for s in doc.sentences:
        assert original[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_furniture_is_dropped_and_every_news_paragraph_survives(path: Path) -> None:
    doc = load(path)
    text = doc.text
    covered = _covered(doc)
    furniture = FURNITURE[path.name[:3]]
    found_furniture = 0
    for start, end in _paragraphs(text):
        para = text[start:end].strip()
        chars = {i for i in range(start, end) if not text[i].isspace()}
        if any(para.startswith(f) for f in furniture):
            found_furniture += 1
            assert not chars & covered, f"furniture kept: {para[:60]!r}"
        else:
            dateline = {i for d in doc.dropped if d.reason == "dateline" for i in range(d.start, d.end)}
            missing = chars - covered - dateline
            assert not missing, f"news text lost from: {para[:60]!r}"
    assert found_furniture == len(furniture), "a listed furniture paragraph was not seen"


def test_dateline_and_header_give_outlet_place_and_date() -> None:
    doc = load(seed("001"))
    assert doc.outlet == "AFP"
    assert doc.location == "Paris"
    assert doc.date == "2026-01-07"
    assert doc.title == "Paris declaration shows intent that UK, France would deploy troops"
    assert doc.body[0].text.startswith("US and Ukrainian officials")
    assert [d.reason for d in doc.dropped] == ["metadata header", "dateline"]


def test_mastheads_and_signoffs_name_the_outlet() -> None:
    assert load(seed("000")).outlet == "The Moscow Times"
    assert load(seed("002")).outlet == "Newsinc24"


def test_headings_are_kept_but_not_body() -> None:
    doc = load(seed("000"))
    headings = [s.text for s in doc.sentences if s.kind == "heading"]
    assert headings == [
        "Western Allies Agree Ukraine Guarantees After Paris 'Progress'",
        "'Critical issue'",
        "'Hardens our resolve'",
    ]
    assert doc.title == headings[0]
    assert all(s.kind == "body" for s in doc.body)


def test_generic_furniture_in_an_unseen_layout() -> None:
    text = (
        "LONDON (Reuters) - Ministers from 12 countries agreed a fisheries pact on Friday.\n\n"
        "The pact takes effect in March.\n\n"
        "Photo: Jane Doe/Reuters\n\n"
        "By Anna Smith and Tom Jones\n\n"
        "You may also like:\n\n"
        "Ten things to know about fishing quotas\n\n"
        "Why the pact matters\n\n"
        "Share this article\n\n"
        "© 2026 Example News. All rights reserved.\n"
    )
    doc = from_text(text, name="pact.txt")
    kept = [s.text for s in doc.sentences]
    assert kept == [
        "Ministers from 12 countries agreed a fisheries pact on Friday.",
        "The pact takes effect in March.",
    ]
    assert doc.outlet == "Reuters" and doc.location == "London"
    reasons = [d.reason for d in doc.dropped]
    assert reasons == [
        "dateline",
        "photo caption or credit",
        "byline or sign-off",
        "related-links list",
        "related-links list",
        "related-links list",
        "share or navigation link",
        "byline or sign-off",
    ]


def test_hidden_characters_are_counted_and_do_not_break_offsets() -> None:
    text = "The leaders\u200b signed the accord.\U000e0069\U000e0067 It takes effect\u2060 today."
    doc = from_text(text)
    assert doc.hidden_characters == 4
    assert any("hidden characters" in n for n in doc.notes)
    assert [text[s.start : s.end] for s in doc.sentences] == [s.text for s in doc.sentences]
    assert len(doc.sentences) == 2


def test_utf8_bom_is_removed_and_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Leaders met in Oslo. They signed.")
    doc = load(path)
    assert doc.encoding == "utf-8-sig"
    assert doc.text.startswith("Leaders")
    assert [s.text for s in doc.sentences] == ["Leaders met in Oslo.", "They signed."]


def test_legacy_encoding_is_decoded_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(
        "Le président a signé l’accord à Genève. Les ministres étaient présents.".encode("cp1252")
    )
    doc = load(path)
    assert "président" in doc.text and "Genève" in doc.text
    assert doc.notes and "not valid UTF-8" in doc.notes[0] and str(path) in doc.notes[0]


def test_html_main_text_is_extracted_without_scripts_or_navigation(tmp_path: Path) -> None:
    body = " ".join(
        f"<p>Paragraph {i}: the delegates of the northern alliance debated the accord at length "
        f"and agreed on item {i} after long talks in the capital.</p>"
        for i in range(6)
    )
    page = (
        "<html><head><title>Accord reached - Example Times</title><style>p{color:red}</style>"
        "<script>var secret='do not show';</script></head><body><nav><a href='/'>Home</a>"
        "<a href='/world'>World</a></nav><article><h1>Accord reached</h1>" + body + "</article>"
        "<footer>Subscribe to our newsletter</footer><script>track()</script></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = load(path)
    assert "do not show" not in doc.text and "track()" not in doc.text and "color:red" not in doc.text
    assert sum("the delegates of the northern alliance" in s.text for s in doc.sentences) == 6
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\t \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 text", "looks binary"),
    ],
    ids=["empty", "whitespace", "binary-nul", "binary-controls"],
)
def test_bad_content_is_refused_with_the_file_named(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load(path)
    assert expected in info.value.message and str(path) in info.value.message


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="limit") as info:
        load(path)
    assert "split it" in info.value.message


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load(tmp_path)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "koi8-r", "shift_jis"]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(text=st.text(max_size=400), encoding=st.sampled_from(ENCODINGS), junk=st.binary(max_size=12))
def test_any_text_in_any_encoding_loads_or_fails_cleanly(
    tmp_path: Path, text: str, encoding: str, junk: bytes
) -> None:
    data = text.encode(encoding, errors="replace") + junk
    path = tmp_path / "fuzz.txt"
    path.write_bytes(data)
    try:
        doc = load(path)
    except SummariserError:
        return
    _assert_offsets_true(doc)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=600))
def test_cleaning_any_text_keeps_offsets_true(text: str) -> None:
    try:
        doc = from_text(text)
    except SummariserError:
        return
    _assert_offsets_true(doc)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                'He said: "We agreed." ',
                "U.S. Gen. A. B. Smith met Dr. Jones.",
                "\n\n",
                "\n",
                "Related Items\n",
                "#a #b\n",
                "PARIS (AFP) -- ",
                "\u200b",
                "Dear readers,\n",
                "“Quoted,” she said. ",
                "- item one\n",
                "Headline Here\n",
                "leadership.A joint",
            ]
        ),
        max_size=25,
    )
)
def test_cleaning_news_like_fragments_keeps_offsets_true(parts: list[str]) -> None:
    text = "".join(parts)
    if not text.strip():
        return
    _assert_offsets_true(from_text(text))


def _assert_offsets_true(doc: Document) -> None:
    """Every kept and dropped span slices back, spans are ordered and kept never overlaps dropped."""
    last = 0
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start : s.end] == s.text
        assert s.start >= last
        last = s.end
    dropped = {i for d in doc.dropped for i in range(d.start, d.end)}
    for d in doc.dropped:
        assert doc.text[d.start : d.end] == d.text
    assert not dropped & {i for s in doc.sentences for i in range(s.start, s.end)}
