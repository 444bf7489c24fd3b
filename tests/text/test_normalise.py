"""Matching normalisation: the offset map always points back into the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summariser.text.normalise import _fold_ascii, _fold_chars, count_hidden, fold, possessive, words


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_ascii_fast_path_equals_the_general_path(text: str) -> None:
    assert _fold_ascii(text, case=True) == _fold_chars(text, case=True)
    assert _fold_ascii(text, case=False) == _fold_chars(text, case=False)


@given(st.text(max_size=200))
def test_every_folded_character_maps_into_the_original(text: str) -> None:
    f = fold(text)
    assert len(f.index) == len(f.text)
    assert all(0 <= i < len(text) for i in f.index)
    assert list(f.index) == sorted(f.index)


def test_quotes_dashes_ellipsis_and_hidden_characters() -> None:
    f = fold("“Peace”\u200b — now…")
    assert f.text == '"peace" - now...'
    assert count_hidden("a\u200bb\U000e0041c") == 2


def test_words_treat_dotted_acronyms_as_one() -> None:
    assert words("The U.S. and U.K. agreed") == ["the", "us", "and", "uk", "agreed"]


def test_a_plural_speaker_takes_the_apostrophe_alone() -> None:
    assert [possessive(n) for n in ("Ana Varga", "Leaders", "Most delegates")] == [
        "Ana Varga's",
        "Leaders'",
        "Most delegates'",
    ]
