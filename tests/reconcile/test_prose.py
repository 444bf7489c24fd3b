"""reconcile/prose.py: an article's own words per sentence, its quotations apart."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.reconcile.prose import Prose, prose, quoted_runs

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
        "The island councils agreed on Friday to run a ferry between the two harbours twice a day"
    )
    assert not any("fishermen" in s for s in p.sentences)
    assert p.quotes == ("this is the link our fishermen have asked for since the old bridge fell",)


def test_headlines_short_sentences_and_short_quotes_are_left_out() -> None:
    p = prose(from_text(TEXT))
    assert not any("Ferry talks" in s for s in p.sentences), "the headline is not the story"
    assert not any("Mayor" in s for s in p.sentences), "'said Mayor Ilse Brand' is too little of its own"
    assert "a fair price" not in p.quotes
    assert len(p.sentences) == 2


def test_names_and_titles_do_not_weigh_only_the_wording_around_them() -> None:
    p = prose(from_text("Foreign Minister Ada Lind of Norway met Prime Minister Tom Ek on the quay at dawn."))
    assert p.sizes == (7,), "of, met, on, the, quay, at, dawn"
    assert p.total == 7


def test_only_keeps_the_marked_sentences_and_every_quotation() -> None:
    p = Prose(
        ("one two three four five six", "Seven eight nine ten eleven twelve"), (6, 5), ("a b c d",), (4,)
    )
    kept = p.only([False, True])
    assert kept.sentences == ("Seven eight nine ten eleven twelve",)
    assert (kept.total, kept.quoted) == (5, 4)


def test_words_quoted_by_another_article_are_not_this_ones_own() -> None:
    quoting = prose(from_text("“Every boat will carry a tracker from next spring,” the minister said."))
    unmarked = prose(
        from_text("The minister said every boat will carry a tracker from next spring, and crews agreed.")
    )
    left = unmarked.without(quoted_runs([quoting]))
    assert left.sentences == ("The minister said and crews agreed",)
    assert left.total == 5
