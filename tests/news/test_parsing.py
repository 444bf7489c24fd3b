"""Tokens found by article offset, person entities as article spans, and the prose-length guard."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.news.parsing import ParseIndex, prose_parse


def test_tokens_by_offset_across_paragraphs() -> None:
    text = "Envoy Nils Rask spoke first.\n\nMinister Aino Lehto replied at length.\n"
    index = ParseIndex(prose_parse(from_text(text)))
    pos = text.index("Lehto")
    token = index.token_at(pos + 2)
    assert token is not None and token.text == "Lehto"
    assert index.offset(token) == pos
    assert index.token_at(len(text) + 10) is None


def test_entities_are_article_spans() -> None:
    text = "The talks were calm.\n\nLater, John Miller met Maria Lopez in Oslo.\n"
    index = ParseIndex(prose_parse(from_text(text)))
    names = {text[a:b] for a, b in index.entities("PERSON")}
    assert {"John Miller", "Maria Lopez"} <= names


def test_an_overlong_paragraph_is_not_parsed() -> None:
    assert prose_parse(from_text("the delegates met and talked " * 1000)) == []
    assert prose_parse(from_text("The delegates met and talked.")) != []
