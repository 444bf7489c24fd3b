"""text/nlp.py: spaCy over the Document's own segmentation, loaded once; a bad model name is a ConfigError."""

from __future__ import annotations

import pytest

from summariser.errors import ConfigError
from summariser.ingest.clean import from_text
from summariser.text.document import Document
from summariser.text.nlp import (
    DEFAULT_MODEL,
    MODEL_ENV,
    _shares,
    model_name,
    parse,
    parse_all,
    parse_stream,
    pipeline,
)

TWO = "Fishing ministers from Chile and Peru met in Lima on Monday. They signed an accord on quotas."


def test_a_paragraph_keeps_the_documents_sentence_boundaries_and_offsets() -> None:
    doc = from_text("Coastal Accord\n\n" + TWO)
    (heading, body) = parse(doc)
    assert body.start == doc.paragraphs[1].start == len("Coastal Accord\n\n")
    sents = [(body.start + s.start_char, body.start + s.end_char) for s in body.doc.sents]
    assert sents == [(s.start, s.end) for s in doc.sentences if s.paragraph == 1]
    for token in body.doc:
        assert doc.text[body.start + token.idx :].startswith(token.text)
    assert heading.doc.text == "Coastal Accord"


def test_a_boundary_spacy_would_not_draw_is_kept() -> None:
    doc = from_text("Delegates met in Lima. and then they left.")
    assert len(doc.sentences) == 1  # a lower-case start does not begin a sentence for the segmenter
    assert len(list(parse(doc)[0].doc.sents)) == 1


def test_the_parse_is_computed_once_and_kept_on_the_document() -> None:
    doc = from_text(TWO)
    first = parse(doc)
    assert doc.parsed is first
    assert parse(doc) is first


def test_parse_all_parses_every_document() -> None:
    docs = [from_text(TWO), from_text("Envoys met in Quito.\n\nNo accord was signed.")]
    parse_all(docs)
    assert [len(d.parsed or []) for d in docs] == [1, 2]


def test_model_name_comes_from_the_environment_or_the_pinned_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert model_name() == DEFAULT_MODEL
    monkeypatch.setenv(MODEL_ENV, " en_core_web_md ")
    assert model_name() == "en_core_web_md"


def test_a_missing_model_is_a_config_error_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, "xx_no_such_pipeline")
    with pytest.raises(ConfigError, match=MODEL_ENV) as info:
        parse(from_text(TWO))
    assert "pip install xx-no-such-pipeline" in info.value.message


def test_units_past_the_budget_keep_the_documents_sentences_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("summariser.text.nlp.PARSE_BUDGET", 12)  # the first paragraph parsed, the rest not
    para = "Paragraph {} opens here. Its second sentence follows. A third ends it."
    text = "\n\n".join(para.format(n) for n in range(3))
    doc = from_text(text)
    for unit in parse(doc):
        sents = [(unit.start + s.start_char, unit.start + s.end_char) for s in unit.doc.sents]
        end = unit.start + len(unit.doc.text)
        assert sents == [(s.start, s.end) for s in doc.sentences if unit.start <= s.start < end]
    assert [u.doc.has_annotation("DEP") for u in parse(doc)] == [True, False, False]


def _reading(doc: Document) -> list[tuple[object, ...]]:
    """Every token attribute the rules read, paragraph by paragraph."""
    return [
        (
            u.start,
            t.idx,
            t.text,
            t.tag_,
            t.pos_,
            t.dep_,
            t.head.i,
            t.lemma_,
            t.ent_type_,
            t.ent_iob_,
            t.is_sent_start,
        )
        for u in parse(doc)
        for t in u.doc
    ]


def test_a_forked_helper_parses_exactly_as_this_process_does() -> None:
    text = "\n\n".join(
        f"Envoy {n} of Peru met Chile's minister in Lima. “We agreed,” she said." for n in range(9)
    )
    alone, helped = from_text(text), from_text(text)
    list(parse_stream([alone], processes=1))
    list(parse_stream([helped], processes=2))
    assert _reading(helped) == _reading(alone)


def test_shares_are_contiguous_cover_every_unit_and_balance_tokens() -> None:
    assert _shares([1] * 10, 2) == [(0, 5), (5, 10)]
    assert _shares([5, 1, 1, 1, 1, 1], 2) == [(0, 1), (1, 6)]
    assert _shares([3, 3, 3], 3) == [(0, 1), (1, 2), (2, 3)]
    assert _shares([], 2) == [(0, 0)]


def test_the_lemmatizers_word_lists_are_sets_and_lemmas_stay() -> None:
    nlp = pipeline(model_name())
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    assert all(isinstance(words, frozenset) for words in table.values())
    assert [t.lemma_ for t in nlp("The ministers were signing accords.")] == [
        "the",
        "minister",
        "be",
        "sign",
        "accord",
        ".",
    ]


def test_the_pinned_model_loads_without_its_disabled_sentence_recogniser() -> None:
    loaded = pipeline(DEFAULT_MODEL)
    assert "senter" not in loaded.component_names  # never run: the parser sets sentences
    assert {"tagger", "parser", "ner", "lemmatizer"} <= set(loaded.pipe_names)
