"""summit-brief: grounded briefing memos from news coverage of one diplomatic event."""

from __future__ import annotations

from summariser.api import extract, ground
from summariser.briefing import brief
from summariser.errors import SummariserError
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
__version__ = "0.1.0"
