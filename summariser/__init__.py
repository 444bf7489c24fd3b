"""summit-brief: grounded briefing memos from news coverage of one diplomatic event."""

from __future__ import annotations

from summariser.errors import SummariserError
from summariser.models import Briefing, Evidence, SummitOutcome

__all__ = ["Briefing", "Evidence", "SummariserError", "SummitOutcome", "__version__"]
__version__ = "0.1.0"
