"""The library calls: `extract` one article, `ground` a claim; the engine is chosen here, not in core."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from summariser.documents import Document, from_text, load
from summariser.errors import ConfigError, EngineError
from summariser.models import Evidence, Failure, SummitOutcome
from summariser.providers import EngineOptions, configured_model, merged

ENGINES = ("auto", "extractive", "llm")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")
NO_MODEL_NOTE = (
    "no model configured: using the offline extractive engine "
    "(set SUMMARISER_MODEL or pass --model, e.g. openai/gpt-4o-mini, to use an LLM)"
)
log = logging.getLogger("summariser")


def document(path_or_text: str | Path) -> Document:
    """Load a path (or `-`), or clean a string of article text that is not a path."""
    if isinstance(path_or_text, Path):
        return load(path_or_text)
    value = str(path_or_text)
    looks_like_path = value == "-" or os.path.exists(value) or value.lower().endswith(ARTICLE_SUFFIXES)
    if "\n" not in value and len(value) < 1024 and looks_like_path:
        return load(value)
    return from_text(value)


def choose_engine(options: EngineOptions) -> tuple[str, str]:
    """(engine, note): "auto" means llm when a model is configured, else extractive with a note saying so."""
    if options.engine not in ENGINES:
        raise ConfigError(f"unknown engine {options.engine!r}; choose one of: {', '.join(ENGINES)}")
    if options.engine != "auto":
        return options.engine, ""
    return ("llm", "") if configured_model(options) else ("extractive", NO_MODEL_NOTE)


def run_engine(
    docs: list[Document], options: EngineOptions, progress: Callable[[str], None] | None = None
) -> list[SummitOutcome | Failure]:
    """Extract every document with the chosen engine; the llm engine runs them concurrently."""
    engine, note = choose_engine(options)
    if note:
        log.info(note)
    if engine == "llm":
        from summariser.engines import llm
        from summariser.providers import resolve

        return llm.Runner(resolve(options), progress).run(docs)
    from summariser.engines import extractive

    out: list[SummitOutcome | Failure] = []
    for doc in docs:
        out.append(extractive.extract(doc))
        if progress is not None:
            progress(doc.path)
    return out


def extract(
    path_or_text: str | Path | Document,
    engine: str = "auto",
    *,
    model: str | None = None,
    options: EngineOptions | None = None,
) -> SummitOutcome:
    """One SummitOutcome for one article, every item grounded in it (or marked unsupported)."""
    doc = path_or_text if isinstance(path_or_text, Document) else document(path_or_text)
    opts = merged(options, engine, model)
    result = run_engine([doc], opts)[0]
    if isinstance(result, Failure):
        raise EngineError(result.error)
    return result


def ground(text: str, source: str) -> Evidence:
    """Where `text` sits in `source`, and how faithfully (exact, normalised, fuzzy or unsupported)."""
    from summariser.grounding import ground as _ground

    return _ground(text, source)
