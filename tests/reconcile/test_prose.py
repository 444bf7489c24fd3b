"""reconcile/prose.py: an article's own words per sentence, its quotations apart."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.reconcile.prose import Prose, prose

TEXT = (
    "Ferry talks end in a deal\n\n"
    "The island councils agreed on Friday to run a ferry between the two harbours twice a day.\n\n"
    "“This is the link our fishermen have asked for since the old bridge fell,” said Mayor Ilse Brand.\n\n"
    "Officials said on Friday that crossings would start in June.\n\n"
    "She called it “a fair price”."
)


def test_quoted_words_are_kept_apart_from_the_reporters_own() -> None:
    p = prose(from_text(TEXT))
    assert p.sentences[0] == (
        "the island councils agreed on friday to run a ferry between the two harbours twice a day"
    )
    assert not any("fishermen" in s for s in p.sentences)
    assert p.quotes == ("this is the link our fishermen have asked for since the old bridge fell",)


def test_headlines_short_sentences_and_short_quotes_are_left_out() -> None:
    p = prose(from_text(TEXT))
    assert not any("ferry talks" in s for s in p.sentences), "the headline is not the story"
    assert not any("mayor" in s for s in p.sentences), "'said Mayor Ilse Brand' is too little of its own"
    assert "a fair price" not in p.quotes
    assert p.total == sum(p.sizes) == 17 + 10


def test_only_keeps_the_marked_sentences_and_every_quotation() -> None:
    p = Prose(
        ("one two three four five six", "seven eight nine ten eleven twelve"), (6, 6), ("a b c d",), (4,)
    )
    kept = p.only([False, True])
    assert kept.sentences == ("seven eight nine ten eleven twelve",)
    assert (kept.total, kept.quoted) == (6, 4)
