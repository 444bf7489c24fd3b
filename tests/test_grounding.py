"""Grounding: exact, normalised, elided, fuzzy and unsupported, always with offsets into the source."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from summariser import grounding
from summariser.grounding import check_speaker, ground
from summariser.models import Evidence
from tests.conftest import seed

SOURCE = seed("000").read_text(encoding="utf-8")
STARMER = (
    "We can only get to a peace deal if Putin is ready to make compromises. "
    "Putin is not showing he is ready for peace"
)


def test_exact_match_slices_back() -> None:
    e = ground("This only hardens our resolve", SOURCE, "quote")
    assert e.status == "exact"
    assert SOURCE[e.start : e.end] == "This only hardens our resolve"


def test_quote_marks_case_and_spacing_normalise() -> None:
    e = ground("“this  ONLY hardens   our resolve”", SOURCE, "quote")
    assert e.status == "normalised"
    assert SOURCE[e.start : e.end] == "This only hardens our resolve"


def test_curly_apostrophe_and_dash_variants_normalise() -> None:
    src = "He said the U.S.-led mechanism wasn't ready — yet."
    e = ground("the U.S.–led mechanism wasn’t ready - yet", src, "claim")
    assert e.status == "normalised"
    assert src[e.start : e.end] == "the U.S.-led mechanism wasn't ready — yet"


def test_silent_elision_comes_back_as_two_spans_marked_elided() -> None:
    e = ground(STARMER, SOURCE, "quote")
    assert e.elided is True
    assert len(e.spans) == 2
    first, second = (SOURCE[s.start : s.end] for s in e.spans)
    assert first.endswith("ready to make compromises")
    assert second == "Putin is not showing he is ready for peace"
    assert "And so we have to be frank" in SOURCE[e.spans[0].end : e.spans[1].start]


def test_marked_ellipsis_is_two_spans_but_not_elided() -> None:
    marked = STARMER.replace(". Putin", " … Putin")
    e = ground(marked, SOURCE, "quote")
    assert e.status in ("exact", "normalised")
    assert len(e.spans) == 2
    assert e.elided is False


def test_split_by_attribution_is_not_an_elision() -> None:
    src = '"It is a line," she said, "that our grandchildren will thank us for."'
    e = ground("It is a line that our grandchildren will thank us for.", src, "quote")
    assert len(e.spans) == 2
    assert e.elided is False


def test_short_quotes_must_match_after_normalisation() -> None:
    assert ground("This only hardened our resolve", SOURCE, "quote").status == "unsupported"


def test_long_quote_with_a_typo_is_fuzzy_and_a_rewording_is_paraphrased() -> None:
    typo = ground("robust security guarantees for a solid and lasting peeace", SOURCE, "quote")
    assert typo.status == "fuzzy"
    assert typo.score >= grounding.QUOTE_FUZZY
    assert not typo.paraphrased
    reworded = ground("robust security guarantee for a solid and durable peace", SOURCE, "quote")
    assert reworded.status in ("fuzzy", "unsupported")
    assert reworded.status == "unsupported" or reworded.paraphrased


def test_claims_ground_by_content_word_coverage() -> None:
    e = ground("The allies agreed to set up a US-Ukraine-Coalition coordination cell in Paris", SOURCE)
    assert e.status == "fuzzy"
    assert "coordination cell in Paris" in SOURCE[e.start : e.end]


def test_invented_claims_and_quotes_are_unsupported() -> None:
    assert ground("Zelensky said Russia had won the war and Ukraine would surrender.", SOURCE).status == (
        "unsupported"
    )
    assert ground("I will never sign anything put before me today", SOURCE, "quote").status == "unsupported"


def test_speaker_check() -> None:
    good = ground("This only hardens our resolve", SOURCE, "quote")
    assert check_speaker("Keir Starmer", good, SOURCE) == "attributed"
    merz = ground("We will certainly have to make compromises", SOURCE, "quote")
    assert check_speaker("Friedrich Merz", merz, SOURCE) == "attributed"
    assert check_speaker("Emmanuel Macron", merz, SOURCE) == "mismatch"
    assert check_speaker("Boris Invented", merz, SOURCE) == "mismatch"


def test_speaker_check_reads_family_name_first_and_possessives() -> None:
    source = (
        "The talks ended late. “The river is wide enough for both banks to prosper,” Wu told the mayor. "
        "Later, Ana Ruiz’s office said in a statement that it hoped “the details will be settled tonight.”"
    )
    river = ground("The river is wide enough for both banks to prosper", source, "quote")
    assert check_speaker("Wu Lihua", river, source) == "attributed"  # family name first, as written
    assert check_speaker("Lihua Wu", river, source) == "attributed"
    assert check_speaker("Chen Lihua", river, source) == "mismatch"  # a given name shared is not enough
    details = ground("the details will be settled tonight", source, "quote")
    assert check_speaker("Ana Ruiz", details, source) == "attributed"  # "Ruiz's office said"


def _check_slice(e: Evidence, src: str) -> None:
    assert 0 <= e.start <= e.end <= len(src)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_every_substring_grounds_exact_at_its_own_offsets(data: st.DataObject) -> None:
    src = data.draw(st.text(min_size=1, max_size=300))
    i = data.draw(st.integers(0, len(src) - 1))
    j = data.draw(st.integers(i + 1, len(src)))
    piece = src[i:j]
    assume(piece.strip(grounding.STRIP_CHARS) == piece)
    e = ground(piece, src)
    assert e.status == "exact"
    assert src[e.start : e.end] == piece
    assert src.find(piece) == e.start


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=6), min_size=2, max_size=12),
    style=st.sampled_from(["curly", "spaces", "case", "nbsp"]),
)
def test_quote_and_whitespace_variants_ground_normalised(words: list[str], style: str) -> None:
    text = "'" + " ".join(words) + "'"
    src = "Before. She said " + text + " today."
    variant = {
        "curly": text.replace("'", "’"),
        "spaces": "  ".join(text.split(" ")),
        "case": text.upper(),
        "nbsp": text.replace(" ", "\u00a0"),
    }[style]
    e2 = ground(variant + " today", src)
    assert e2.status == ("exact" if variant == text else "normalised")
    _check_slice(e2, src)
    assert src[e2.end - 5 : e2.end] == "today"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["quota", "fleet", "treaty", "ocean", "mining"]), min_size=6, max_size=12))
def test_sentences_absent_from_the_source_are_unsupported(words: list[str]) -> None:
    sentence = "Zebras " + " ".join(words) + " xylophone marmalade."
    e = ground(sentence, SOURCE)
    assert e.status == "unsupported"
    assert (e.start, e.end) == (0, 0)


HARBOUR = (
    "The US will continue to support Ukraine, the secretary said. "
    "Talks also touched on the Russian military build-up near the border. "
    "The sides did not agree on a ceasefire."
)


def test_fuzzy_claims_never_stitch_words_from_two_sentences() -> None:
    e = ground("The US will continue to support the Russian military", HARBOUR)
    assert e.status == "unsupported"


def test_a_claim_whose_parts_sit_in_two_sentences_does_not_ground_as_elided() -> None:
    e = ground("The US will continue to support the Russian military build-up", HARBOUR)
    assert e.status == "unsupported"
    quote = ground(
        "The US will continue to support Ukraine … the Russian military build-up", HARBOUR, "quote"
    )
    assert quote.status == "exact" and len(quote.spans) == 2  # a quote with a marked elision still may


def test_a_fuzzy_claim_must_keep_the_sources_negation() -> None:
    assert ground("The sides agree on a ceasefire at the border", HARBOUR).status == "unsupported"
    kept = ground("The sides did not agree on a ceasefire at the border", HARBOUR)
    assert kept.status == "fuzzy"
    assert HARBOUR[kept.start : kept.end] == "The sides did not agree on a ceasefire."


def test_a_fuzzy_claim_must_name_the_sources_entities() -> None:
    assert ground("The US will continue to support Moldova, the secretary said", HARBOUR).status == (
        "unsupported"
    )
    assert ground("The US will continue to support Ukraine, a secretary said", HARBOUR).status == "fuzzy"


def test_coverage_only_matches_are_weak_and_close_alignments_are_not() -> None:
    loose = ground("Sides did not agree on a ceasefire or prisoners", HARBOUR)
    close = ground("The sides did not agree on any ceasefire line", HARBOUR)
    assert (loose.status, close.status) == ("fuzzy", "fuzzy")
    assert grounding.is_weak(loose)
    assert not grounding.is_weak(close)


def test_a_pronoun_with_any_verb_of_saying_takes_up_a_name_a_few_sentences_back() -> None:
    text = (
        "Minister Ilse Varga opened the session. Delegates argued for hours. The hall emptied at noon. "
        '"This is only a start," she underscored, pointing to the map.'
    )
    ev = ground("This is only a start", text, "quote")
    assert check_speaker("Ilse Varga", ev, text) == "attributed"


def test_they_takes_up_a_group_named_two_sentences_back() -> None:
    text = (
        "The ministers said their ports would open in spring. "
        '"We choose trade over suspicion," they said. '
        '"We will keep the lanes open," they said.'
    )
    ev = ground("We will keep the lanes open", text, "quote")
    assert check_speaker("Ministers", ev, text) == "attributed"


def test_a_speaker_called_by_another_name_for_their_post_is_attributed() -> None:
    text = (
        'Ines Moreau opened the session. Delegates argued. "Every harbour must stay open," the UN chief said.'
    )
    ev = ground("Every harbour must stay open", text, "quote")
    assert check_speaker("Ines Moreau", ev, text) == "mismatch"  # the name is two sentences away
    assert check_speaker("Ines Moreau", ev, text, aliases=["un chief"]) == "attributed"
    other = text.replace("the UN chief said", "UN chief Eva Lind said")
    assert (
        check_speaker(
            "Ines Moreau", ground("Every harbour must stay open", other, "quote"), other, aliases=["un chief"]
        )
        == "mismatch"
    )
