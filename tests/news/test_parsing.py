"""Tokens found by article offset, person entities as article spans, and paragraphs parsed in pieces."""

from __future__ import annotations

import pytest

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


def test_entities_of_several_labels_come_in_one_pass_and_untagged_text_is_known() -> None:
    text = "Minister Hana Novak flew to Lisbon on Monday."
    index = ParseIndex(nlp.parse(from_text(text, name="p.txt")))
    spans = index.entities("GPE", "PERSON")
    assert spans == sorted(index.entities("GPE") + index.entities("PERSON"))
    assert {text[a:b] for a, b in index.entities("GPE")} == {"Lisbon"}
    assert index.untagged() == []


def test_text_past_the_parse_budget_is_known_as_untagged(monkeypatch: pytest.MonkeyPatch) -> None:
    quoted = 'Envoy Nils Rask said "the port is open" today.'
    monkeypatch.setattr(nlp, "PARSE_BUDGET", len(quoted.split()))  # room for the paragraph with a quote only
    text = f"{quoted}\n\nMinister Aino Lehto flew home to Oslo.\n"
    index = ParseIndex(nlp.parse(from_text(text, name="q.txt")))
    assert [text[a:b] for a, b in index.untagged()] == ["Minister Aino Lehto flew home to Oslo."]
    assert all(not (a <= text.index("Oslo") < b) for a, b in index.entities("GPE"))
