"""text/loading.py: the pipeline loads with the tokenizer spaCy's own load gives, and registries stay live."""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace
from typing import Any

import catalogue
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from srsly import msgpack

from summariser.text import loading
from summariser.text.nlp import DEFAULT_MODEL, UNUSED, pipeline

PIECES = [
    "Mr.",
    "U.S.",
    "can't",
    "they'll",
    "(EU)",
    "3.5%",
    "$40bn",
    "e-mail",
    "https://un.org/a?b=1",
    "co-operation",
    "“Yes,”",
    "she",
    "said.",
    "Dr",
    "Jan.",
    "1st",
    "—",
    "o'clock",
    "N.Y.",
    "don’t",
]


@cache
def _reference() -> Language:
    return spacy.load(DEFAULT_MODEL, exclude=UNUSED[DEFAULT_MODEL])


def _tokens(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    return [(t.text, t.idx, t.whitespace_) for t in nlp.tokenizer(text)]


def test_the_tokenizer_built_once_holds_what_spacys_own_load_holds() -> None:
    ours: Any = pipeline(DEFAULT_MODEL).tokenizer
    theirs: Any = _reference().tokenizer
    assert ours.to_bytes(exclude=["vocab"]) == theirs.to_bytes(exclude=["vocab"])
    assert len(ours.rules) > 1000  # the saved special cases, not the empty start


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.sampled_from([" ", "", "\n"]))
def test_text_is_tokenized_as_spacys_own_load_tokenizes_it(words: list[str], gap: str) -> None:
    text = gap.join(words)
    assert _tokens(pipeline(DEFAULT_MODEL), text) == _tokens(_reference(), text)


def test_a_pipeline_with_a_tokenizer_of_its_own_keeps_it() -> None:
    calls: list[dict[str, Any]] = []
    stand_in = SimpleNamespace(load=lambda name, **kw: calls.append(kw), util=spacy.util)
    loading.load(stand_in, "xx_custom_pipeline", ["senter"])
    loading.load(stand_in, "en_core_web_md", [])
    assert calls[0] == {"exclude": ["senter"], "config": {}}
    assert calls[1]["config"] == {"nlp": {"tokenizer": {"@tokenizers": loading.EMPTY_TOKENIZER}}}


def test_decoders_are_looked_up_again_once_a_new_one_is_registered() -> None:
    decoders = msgpack.msgpack_decoders
    with loading.steady_decoders():
        first = decoders.get_all()
        assert decoders.get_all() is first
        decoders.register("summariser_test_decoder", func=lambda obj, chain=None: obj)
        try:
            assert "summariser_test_decoder" in decoders.get_all()
        finally:
            catalogue.REGISTRY.pop(("srsly", "msgpack_decoders", "summariser_test_decoder"))
    assert "get_all" not in vars(decoders)  # the registry's own method is back
    assert "summariser_test_decoder" not in decoders.get_all()
