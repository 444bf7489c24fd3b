"""What a caller may set about a run: the engine, the model and how to reach it (read at run time)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class EngineOptions:
    """Everything a caller may set about the engine; None means "from the environment or default"."""

    engine: str = "auto"
    model: str | None = None
    base_url: str | None = None
    mode: str | None = None
    temperature: float = 0.0
    timeout: float | None = None  # None: per provider (engines/llm/providers.py: local servers get longer)
    max_tokens: int | None = None
    concurrency: int | None = None
    use_cache: bool = True
    cache_dir: Path | None = None


def merged(options: EngineOptions | None, engine: str, model: str | None) -> EngineOptions:
    """Options for a library call: explicit `engine` and `model` arguments win over `options`."""
    base = options or EngineOptions()
    return replace(base, engine=engine, model=model or base.model)


def configured_model(options: EngineOptions) -> str:
    """The model asked for by flag or SUMMARISER_MODEL, or ""."""
    return (options.model or os.environ.get("SUMMARISER_MODEL", "")).strip()
