"""The llm engine's cache key: a record is reused only for the same endpoint, model, prompt, schema and
article. Failures are never stored."""

from __future__ import annotations

import hashlib
import json
from functools import cache

from summariser._version import __version__
from summariser.engines.llm import prompts
from summariser.engines.llm.providers import LLMSettings
from summariser.engines.llm.schema import Draft


@cache
def schema_hash() -> str:
    """Hash of the schema the model fills; a schema change invalidates the cache."""
    text = json.dumps(Draft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def key(settings: LLMSettings, article_sha256: str) -> str:
    """Everything that can change a record: endpoint, model, mode, sampling, prompt, schema, article."""
    parts = {
        "base_url": settings.base_url,
        "model": settings.model,
        "mode": settings.mode,
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
        "prompt": prompts.version(),
        "schema": schema_hash(),
        "article": article_sha256,
        "version": __version__,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
