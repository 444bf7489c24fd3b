"""The llm engine: Instructor over any OpenAI-compatible endpoint; every returned item is grounded here."""

from __future__ import annotations

from collections.abc import Sequence

from summariser.engines import Progress
from summariser.engines.llm.providers import resolve
from summariser.engines.llm.runner import NAME, Runner
from summariser.models import Failure, SummitOutcome
from summariser.options import EngineOptions
from summariser.text.document import Document

__all__ = ["LLMEngine"]


class LLMEngine:
    """Sends articles concurrently to one endpoint; settings are resolved (and checked) when built."""

    name = NAME

    def __init__(self, options: EngineOptions) -> None:
        self.settings = resolve(options)

    def extract_all(
        self, docs: Sequence[Document], progress: Progress | None = None
    ) -> list[SummitOutcome | Failure]:
        """One record or failure per article, in order (the runner parses them while the model answers)."""
        return Runner(self.settings, progress).run(docs)
