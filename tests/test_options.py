"""options.py: explicit arguments win over options; the model is read from the environment at call time."""

from __future__ import annotations

import dataclasses

import pytest

from summariser.options import EngineOptions, configured_model, merged


def test_merged_without_options_takes_the_arguments() -> None:
    assert merged(None, "extractive", None) == EngineOptions(engine="extractive")


def test_merged_keeps_every_other_option_and_the_options_model_unless_one_is_given() -> None:
    base = EngineOptions(engine="llm", model="ollama/llama3.1", timeout=5.0, concurrency=1)
    kept = merged(base, "auto", None)
    assert (kept.engine, kept.model, kept.timeout, kept.concurrency) == ("auto", "ollama/llama3.1", 5.0, 1)
    assert merged(base, "llm", "openai/gpt-4o-mini").model == "openai/gpt-4o-mini"
    assert base.model == "ollama/llama3.1", "merged must not change the caller's options"


def test_configured_model_prefers_the_option_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert configured_model(EngineOptions()) == ""
    monkeypatch.setenv("SUMMARISER_MODEL", "  ollama/qwen2.5  ")
    assert configured_model(EngineOptions()) == "ollama/qwen2.5"
    assert configured_model(EngineOptions(model="openai/gpt-4o-mini")) == "openai/gpt-4o-mini"


def test_options_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        EngineOptions().engine = "llm"  # type: ignore[misc]
