"""Helpers shared by the ingest tests."""

from __future__ import annotations

from summariser.text.document import Document


def assert_offsets_true(doc: Document) -> None:
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
