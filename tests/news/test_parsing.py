"""Tokens found by article offset, person entities as article spans, and paragraphs parsed in pieces."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.news.parsing import ParseIndex
from summariser.text import nlp


def test_tokens_by_offset_across_paragraphs() -> None:
    text = "Envoy Nils Rask spoke first.\n\nMinister Aino Lehto replied at length.\n"
    index = ParseIndex(nlp.parse(from_text(text)))
    pos = text.index("Lehto")
    token = index.token_at(pos + 2)
    assert token is not None and token.text == "Lehto"
    assert index.offset(token) == pos
    assert index.token_at(len(text) + 10) is None


def test_entities_are_article_spans() -> None:
    text = "The talks were calm.\n\nLater, John Miller met Maria Lopez in Oslo.\n"
    index = ParseIndex(nlp.parse(from_text(text)))
    names = {text[a:b] for a, b in index.entities("PERSON")}
    assert {"John Miller", "Maria Lopez"} <= names


def test_an_overlong_paragraph_is_found_in_its_parsed_pieces() -> None:
    text = "the delegates met and talked " * 1000 + "and Nils Rask spoke"
    index = ParseIndex(nlp.parse(from_text(text)))
    assert len(index.parsed) >= 2
    token = index.token_at(text.index("Rask"))
    assert token is not None and token.text == "Rask"
