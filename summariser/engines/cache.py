"""A disk cache of validated records, shared by the engines: re-running a brief on articles already read
repeats no work. Each engine builds its own key from everything that can change its record."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from pydantic import ValidationError

from summariser.atomic import write_atomic
from summariser.errors import OutputError
from summariser.models import SummitOutcome


def default_cache_dir() -> Path:
    """SUMMARISER_CACHE_DIR, else $XDG_CACHE_HOME/summit-brief, else ~/.cache/summit-brief."""
    explicit = os.environ.get("SUMMARISER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summit-brief"


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
