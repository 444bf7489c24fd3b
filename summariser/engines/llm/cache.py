"""A disk cache of validated records, so re-running a brief makes no requests. Failures are never stored."""

from __future__ import annotations

import contextlib
import hashlib
import json
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from summariser._version import __version__
from summariser.atomic import write_atomic
from summariser.engines.llm import prompts
from summariser.engines.llm.providers import LLMSettings
from summariser.engines.llm.schema import Draft
from summariser.errors import OutputError
from summariser.models import SummitOutcome


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


class RecordCache:
    """Validated SummitOutcome records on disk, one JSON file per key."""

    def __init__(self, root: Path, enabled: bool = True) -> None:
        self.root = root
        self.enabled = enabled

    def _path(self, k: str) -> Path:
        """Where a key's record lives (two-level fan-out keeps directories small)."""
        return self.root / k[:2] / f"{k}.json"

    def get(self, k: str) -> SummitOutcome | None:
        """The cached record, or None (a missing, unreadable or stale file is a miss)."""
        if not self.enabled:
            return None
        try:
            return SummitOutcome.model_validate_json(self._path(k).read_text(encoding="utf-8"))
        except (OSError, ValidationError, ValueError):
            return None

    def put(self, k: str, outcome: SummitOutcome) -> None:
        """Store a validated record; a cache that cannot be written never fails the run."""
        if not self.enabled:
            return
        with contextlib.suppress(OutputError):
            write_atomic(self._path(k), outcome.model_dump_json())
