"""summit-brief: grounded briefing memos from news coverage of one diplomatic event.

The public names are imported on first use, so `summarise --help` does not pay for the whole pipeline.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from summariser._version import __version__
from summariser.errors import SummariserError

if TYPE_CHECKING:
    from summariser.api import brief, extract, ground
    from summariser.models import Briefing, Evidence, SummitOutcome

__all__ = [
    "Briefing",
    "Evidence",
    "SummariserError",
    "SummitOutcome",
    "__version__",
    "brief",
    "extract",
    "ground",
]
_LAZY = {
    "extract": "summariser.api",
    "ground": "summariser.api",
    "brief": "summariser.api",
    "Briefing": "summariser.models",
    "Evidence": "summariser.models",
    "SummitOutcome": "summariser.models",
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is used."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'summariser' has no attribute {name!r}")
