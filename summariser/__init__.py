"""summit-brief: grounded briefing memos from news coverage of one diplomatic event.

The public names are imported on first use, so `summarise --help` does not pay for the whole pipeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

from summariser import render as _formatters  # noqa: F401  the package first, so `render` below keeps its name
from summariser._version import __version__
from summariser.errors import SummariserError

if TYPE_CHECKING:
    from summariser.api import brief, extract, ground, run
    from summariser.models import Briefing, Evidence, SummitOutcome
    from summariser.pipeline import Run

__all__ = [
    "Briefing",
    "Evidence",
    "Run",
    "SummariserError",
    "SummitOutcome",
    "__version__",
    "brief",
    "extract",
    "ground",
    "render",
    "run",
]
_LAZY = {
    "extract": "summariser.api",
    "ground": "summariser.api",
    "brief": "summariser.api",
    "run": "summariser.api",
    "Run": "summariser.pipeline",
    "Briefing": "summariser.models",
    "Evidence": "summariser.models",
    "SummitOutcome": "summariser.models",
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is used."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'summariser' has no attribute {name!r}")


def render(
    result: Briefing | Run, format: str = "markdown", *, texts: Mapping[str, str] | None = None
) -> str:
    """The memo as "markdown", "html" or "json" (see `summariser.api.render`; imported on first call)."""
    from summariser.api import render as _render

    return _render(result, format, texts=texts)
