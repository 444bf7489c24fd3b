"""Quoted words that belong to the reporter's sentence: modifiers of its nouns, short turns of phrase."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.news.parsing import ParseIndex
from summariser.news.phrases import is_phrase, quote_tokens
from summariser.text import nlp


def _check(text: str) -> bool:
    doc = from_text(text)
    index = ParseIndex(nlp.parse(doc))
    open_pos = doc.text.index('"')
    return is_phrase(index, open_pos, doc.text.index('"', open_pos + 1))


def test_a_quoted_modifier_before_the_reporters_noun() -> None:
    assert _check('The mayor said the port wants "cleaner and quieter" ferries next year.\n')


def test_a_short_quoted_prepositional_phrase() -> None:
    assert _check('The minister expects a new fishing treaty "over the horizon" but gave no date.\n')


def test_a_quoted_noun_phrase_as_the_complement_is_a_statement() -> None:
    assert not _check('The mayor said the harbour was "a place of second chances" for the town.\n')


def test_a_longer_prepositional_phrase_is_kept() -> None:
    assert not _check('The envoy said that "in the weeks to come" the talks would resume.\n')


def test_a_full_quoted_clause_is_a_statement() -> None:
    assert not _check('"We will reopen the northern quay," said harbour master Ines Paredes.\n')


def test_quote_tokens_are_the_words_between_the_marks() -> None:
    doc = from_text('Officials called it "a fair and open process" on Monday.\n')
    index = ParseIndex(nlp.parse(doc))
    start = doc.text.index('"')
    words = [t.text for t in quote_tokens(index, start, doc.text.index('"', start + 1))]
    assert words == ["a", "fair", "and", "open", "process"]
