"""text/ruler.py: the attribute ruler's indexed matcher finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from summariser.text.nlp import model_name, pipeline
from summariser.text.ruler import IndexedMatcher, compile_ruler

# Words that start the model ruler's multi-word, regex, set and space patterns, among plain ones.
WORDS = [
    "ai", "n't", "gon", "na", "got", "ta", "let", "'s", "y'", "all", "nothin'", "there", "were", "is",
    "was", "are", "the", "envoy", "said", "they", "will", "sign", "a", "pact", "on", "Monday", "to",
    "talks", "have", "been", "US", "\u00a0", ",", ".", "I", "am", "not", "gonna", "wanna", "ca",
]  # fmt: skip


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline(model_name())


def ruler_of(nlp: Language) -> Any:
    """The pipeline's attribute ruler (typed loosely: its `match` is replaced on the instance)."""
    return nlp.get_pipe("attribute_ruler")


def spacy_match(ruler: AttributeRuler, doc: Any) -> list[tuple[int, int, int, int]]:
    """What the ruler matches with spaCy's own Matcher (the class method, past the instance's index)."""
    return list(AttributeRuler.match(ruler, doc))


def test_the_loaded_pipeline_uses_the_index(nlp: Language) -> None:
    assert isinstance(ruler_of(nlp).match, IndexedMatcher)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_the_index_finds_the_matchers_matches(nlp: Language, words: list[str]) -> None:
    doc = nlp(" ".join(words).replace(" \u00a0 ", "  "), disable=["attribute_ruler", "lemmatizer", "ner"])
    ruler = ruler_of(nlp)
    assert ruler.match(doc) == spacy_match(ruler, doc)


def test_sentences_get_the_same_tags_morphs_and_lemmas_as_with_spacys_matcher(nlp: Language) -> None:
    text = (
        "The envoys ain't leaving, and there's no deal yet.  Y'all know we're gonna sign it, "
        "she said; let's see whether nothin' changes by Monday."
    )
    fast = nlp(text)
    ruler = ruler_of(nlp)
    del ruler.match  # the class's own method, spaCy's Matcher
    try:
        slow = nlp(text)
    finally:
        ruler.match = compile_ruler(ruler)
    assert [(t.pos_, str(t.morph), t.lemma_) for t in fast] == [
        (t.pos_, str(t.morph), t.lemma_) for t in slow
    ]


def test_a_pattern_the_index_cannot_read_keeps_spacys_matcher() -> None:
    blank = Language()
    ruler = AttributeRuler(blank.vocab)
    ruler.add([[{"LOWER": "talks", "OP": "+"}]], {"LEMMA": "talk"})
    assert compile_ruler(ruler) is None
    ruler = AttributeRuler(blank.vocab)
    ruler.add([[{"LOWER": {"REGEX": "^envoys?$"}}, {"LOWER": "said"}]], {"LEMMA": "envoy"})
    ruler.add([[{"ORTH": "Talks"}]], {"LEMMA": "talk"})
    matcher = compile_ruler(ruler)
    assert matcher is not None
    doc = blank("Talks ended and the envoy said so , envoys said")
    assert matcher(doc) == spacy_match(ruler, doc)
    assert [(k, s, e) for k, _, s, e in matcher(doc)] == [(0, 4, 6), (0, 8, 10), (1, 0, 1)]
