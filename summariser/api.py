"""The library calls: `extract` one article, `ground` a claim; engines are chosen here, not in core."""

from __future__ import annotations

import os
from pathlib import Path

from summariser.documents import Document, from_text, load
from summariser.errors import ConfigError
from summariser.models import Evidence, SummitOutcome

ENGINES = ("auto", "extractive")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")


def document(path_or_text: str | Path) -> Document:
    """Load a path (or `-`), or clean a string of article text that is not a path."""
    if isinstance(path_or_text, Path):
        return load(path_or_text)
    value = str(path_or_text)
    looks_like_path = value == "-" or os.path.exists(value) or value.lower().endswith(ARTICLE_SUFFIXES)
    if "\n" not in value and len(value) < 1024 and looks_like_path:
        return load(value)
    return from_text(value)


def extract(path_or_text: str | Path | Document, engine: str = "auto") -> SummitOutcome:
    """One SummitOutcome for one article, every item grounded in it."""
    doc = path_or_text if isinstance(path_or_text, Document) else document(path_or_text)
    return _engine_run(doc, engine)


def _engine_run(doc: Document, engine: str) -> SummitOutcome:
    """Dispatch to an engine by name."""
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    from summariser.engines import extractive

    return extractive.extract(doc)


def ground(text: str, source: str) -> Evidence:
    """Where `text` sits in `source`, and how faithfully (exact, normalised, fuzzy or unsupported)."""
    from summariser.grounding import ground as _ground

    return _ground(text, source)
