"""Quotation marks paired into passages: styles, nesting, paragraphs, names versus statements."""

from __future__ import annotations

from summariser.news.quotes import Passage, find_passages, is_statement, merge_split_quotes


def _passages(text: str) -> list[Passage]:
    """Passages of a text whose paragraphs are separated by blank lines."""
    spans, pos = [], 0
    for block in text.split("\n\n"):
        spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    return find_passages(text, spans)


def test_doubled_apostrophes_are_double_quotes() -> None:
    text = "''We have waited long enough for this,'' Ms. Kaur said."
    [p] = _passages(text)
    assert p.text == "We have waited long enough for this,"
    assert text[p.spans[0][0] : p.spans[0][1]] == p.text


def test_straight_single_quotes_pair_but_apostrophes_do_not() -> None:
    text = "The envoy's aide called it 'a deal the islands can't refuse' on Monday."
    [p] = _passages(text)
    assert p.text == "a deal the islands can't refuse"


def test_a_nested_quote_stays_inside_its_passage() -> None:
    text = "\"When they told me 'the ships will come back', I believed them,\" said Rosa Lindqvist."
    [p] = _passages(text)
    assert p.text.startswith("When they told me 'the ships")
    assert p.text.endswith("I believed them,")


def test_a_nested_quote_ending_the_passage_is_closed_across_a_space() -> None:
    text = '"He said he would be \'the boss,\' " said Ana Lima, a lawyer. "That is wrong."'
    first, second = _passages(text)
    assert first.text == "He said he would be 'the boss,'"
    assert second.text == "That is wrong."


def test_a_straight_mark_after_a_space_still_opens_a_quote() -> None:
    [p] = _passages('The minister said "we will sign next week" in Oslo.')
    assert p.text == "we will sign next week"


def test_a_quote_runs_on_into_a_paragraph_that_opens_with_a_mark() -> None:
    text = 'Rask said: "The first part does not close here.\n\n"The second part ends it." Then he left.'
    [p] = _passages(text)
    assert p.texts == ["The first part does not close here.", "The second part ends it."]
    assert len(p.spans) == 2


def test_an_unclosed_quote_not_continued_is_dropped() -> None:
    text = 'Rask said: "The first part never closes.\n\nThe next paragraph is narrative.'
    assert _passages(text) == []


def test_a_split_quote_joins_its_parts_as_written() -> None:
    text = '"The harbour is open," Rask said, "and the fleet can return."'
    passages = _passages(text)
    for p in passages:
        p.speaker = "Rask"
    [joined] = merge_split_quotes(passages, text)
    assert joined.text == "The harbour is open, and the fleet can return."
    assert len(joined.spans) == 2


def test_quoted_names_are_not_statements_but_quoted_fragments_are() -> None:
    named = 'They met under the "harbour of the brave" banner.'
    fragment = 'It was a "modest step toward a fairer sea" for everyone.'
    titled = 'It was a "Grand Northern Compact" of sorts.'
    assert not is_statement(_passages(named)[0], named)
    assert is_statement(_passages(fragment)[0], fragment)
    assert not is_statement(_passages(titled)[0], titled)


def test_a_title_cased_quote_in_a_plain_sentence_names_a_work() -> None:
    text = 'She set out her case in a memoir, "Harbours Without Lighthouses," published last spring.'
    assert not is_statement(_passages(text)[0], text)


def test_a_title_cased_quote_after_a_verb_of_saying_is_what_was_said() -> None:
    text = 'The banner over the quay said, "Fishermen Demand Fair Quotas Now."'
    assert is_statement(_passages(text)[0], text)


def test_in_a_title_cased_headline_the_capitals_say_nothing() -> None:
    text = 'Minister Vows "Every Harbour Will Reopen Soon" After Storm'
    assert is_statement(_passages(text)[0], text)
