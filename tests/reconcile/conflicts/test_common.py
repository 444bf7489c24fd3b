"""reconcile/conflicts/common.py: citation marks for summaries and the sentence behind a claim."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.reconcile.conflicts.common import MAX_CITES, cites, sentence_around

TEXT = "Talks opened early.\n\nThe accord was  signed on Thursday. Delegates then left."


def test_cites_marks_each_source_and_shortens_long_lists() -> None:
    assert cites(["1", "4"]) == "[1][4]"
    many = [str(i) for i in range(1, MAX_CITES + 4)]
    assert cites(many) == "".join(f"[{i}]" for i in range(1, MAX_CITES + 1)) + "[+3]"


def test_the_sentence_around_a_span_has_its_whitespace_collapsed() -> None:
    doc = from_text(TEXT)
    start = TEXT.index("Thursday")
    assert sentence_around(doc, start, start + 8) == "The accord was signed on Thursday."


def test_a_span_across_sentences_gets_them_all() -> None:
    doc = from_text(TEXT)
    start, end = TEXT.index("Thursday"), TEXT.index("then")
    assert sentence_around(doc, start, end) == "The accord was signed on Thursday. Delegates then left."


def test_a_span_outside_every_kept_sentence_is_shown_itself() -> None:
    doc = from_text("Share this article\n\nThe accord was signed.")
    assert sentence_around(doc, 0, 18) == "Share this article"
