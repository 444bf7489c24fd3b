"""text/document.py: the one Document; body versus headings, sentence spans, the parse kept on it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from summariser.text.document import Document, Paragraph, Sentence


def _doc() -> Document:
    text = "Harbour Talks End\nEnvoys met in Gdansk. They agreed a timetable."
    return Document(
        id="t",
        path="t.txt",
        text=text,
        sha256="0" * 64,
        paragraphs=[
            Paragraph(index=0, start=0, end=17, kind="heading"),
            Paragraph(index=1, start=18, end=64),
        ],
        sentences=[
            Sentence(index=0, start=0, end=17, text=text[0:17], paragraph=0, kind="heading"),
            Sentence(index=1, start=18, end=39, text=text[18:39], paragraph=1),
            Sentence(index=2, start=40, end=64, text=text[40:64], paragraph=1),
        ],
    )


def test_body_leaves_out_headings() -> None:
    assert [s.text for s in _doc().body] == ["Envoys met in Gdansk.", "They agreed a timetable."]


def test_spans_cover_every_kept_sentence_in_order_headings_included() -> None:
    doc = _doc()
    assert doc.spans == [(0, 17), (18, 39), (40, 64)]
    assert [doc.text[s:e] for s, e in doc.spans] == [s.text for s in doc.sentences]


def test_the_parse_starts_empty_is_kept_and_never_serialised() -> None:
    doc = _doc()
    assert doc.parsed is None
    doc.parsed = ["analysis"]
    assert doc.parsed == ["analysis"]
    assert "parsed" not in doc.model_dump() and "_parsed" not in doc.model_dump()


def test_sentences_are_frozen() -> None:
    with pytest.raises(ValidationError):
        _doc().sentences[0].start = 5  # type: ignore[misc]


def test_mutable_defaults_are_not_shared_between_documents() -> None:
    a = Document(id="a", path="a", text="x", sha256="0" * 64)
    b = Document(id="b", path="b", text="y", sha256="0" * 64)
    a.notes.append("a note")
    assert b.notes == []
