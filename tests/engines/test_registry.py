"""engines/__init__.py: the registry picks an engine by name; "auto" means llm only with a model."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from summariser import engines
from summariser.engines import NO_MODEL_NOTE, Progress, choose, create, names
from summariser.errors import ConfigError
from summariser.models import Failure, SummitOutcome
from summariser.options import EngineOptions
from summariser.text.document import Document


class EchoEngine:
    """A third engine, registered only by the test that needs it."""

    name = "echo"

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def extract_all(
        self, docs: Sequence[Document], progress: Progress | None = None
    ) -> list[SummitOutcome | Failure]:
        """Fail every document, politely."""
        return [Failure(path=d.path, error="echo") for d in docs]


def test_an_unknown_engine_is_a_config_error_listing_every_name() -> None:
    with pytest.raises(ConfigError) as info:
        choose(EngineOptions(engine="abstractive"))
    assert info.value.message == "unknown engine 'abstractive'; choose one of: auto, extractive, llm"


def test_auto_without_a_model_is_extractive_with_a_note() -> None:
    assert choose(EngineOptions()) == ("extractive", NO_MODEL_NOTE)
    assert "SUMMARISER_MODEL" in NO_MODEL_NOTE and "--model" in NO_MODEL_NOTE


def test_auto_with_a_model_is_llm(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose(EngineOptions(model="ollama/llama3.1")) == ("llm", "")
    monkeypatch.setenv("SUMMARISER_MODEL", "openai/gpt-4o-mini")
    assert choose(EngineOptions()) == ("llm", "")


def test_a_named_engine_needs_no_note() -> None:
    assert choose(EngineOptions(engine="extractive", model="ollama/llama3.1")) == ("extractive", "")


def test_create_builds_the_chosen_engine_with_the_options() -> None:
    options = EngineOptions(concurrency=2)
    engine = create(options)
    assert engine.name == "extractive"
    assert getattr(engine, "options", None) is options


def test_a_registered_third_engine_is_created_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(engines.ENGINES, "echo", f"{__name__}:EchoEngine")
    assert names() == ("auto", "extractive", "llm", "echo")
    engine = create(EngineOptions(engine="echo"))
    assert isinstance(engine, EchoEngine)
    doc = Document(id="a", path="a.txt", text="x", sha256="0" * 64)
    assert engine.extract_all([doc]) == [Failure(path="a.txt", error="echo")]
