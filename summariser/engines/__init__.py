"""Engines fill one SummitOutcome per article; callers pick one by name from this registry.

A new engine is one module with a class following `Engine`, plus one line in `ENGINES`. Engine modules
are imported only when chosen, so the extractive default never pays for the llm engine's imports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Protocol

from summariser.errors import ConfigError
from summariser.models import Failure, SummitOutcome
from summariser.options import EngineOptions, configured_model
from summariser.text.document import Document

Progress = Callable[[str], None]
# name -> "module:factory"; the factory takes the run's options and returns an Engine.
ENGINES = {
    "extractive": "summariser.engines.extractive:ExtractiveEngine",
    "llm": "summariser.engines.llm:LLMEngine",
}
NO_MODEL_NOTE = (
    "no model configured: using the offline extractive engine "
    "(set SUMMARISER_MODEL or pass --model, e.g. openai/gpt-4o-mini, to use an LLM)"
)


class Engine(Protocol):
    """What every engine offers: one record per article, failures returned rather than raised."""

    name: str

    def extract_all(
        self, docs: Sequence[Document], progress: Progress | None = None
    ) -> list[SummitOutcome | Failure]:
        """One result per document, in order."""
        ...


def names() -> tuple[str, ...]:
    """Every engine a user may ask for, "auto" first."""
    return ("auto", *ENGINES)


def choose(options: EngineOptions) -> tuple[str, str]:
    """(engine, note): "auto" means llm when a model is configured, else extractive with a note saying so."""
    if options.engine not in names():
        raise ConfigError(f"unknown engine {options.engine!r}; choose one of: {', '.join(names())}")
    if options.engine != "auto":
        return options.engine, ""
    return ("llm", "") if configured_model(options) else ("extractive", NO_MODEL_NOTE)


def create(options: EngineOptions) -> Engine:
    """Build the engine the options name (or "auto" picks)."""
    name, _ = choose(options)
    module, _, factory = ENGINES[name].partition(":")
    engine: Engine = getattr(import_module(module), factory)(options)
    return engine
