"""The extractive engine: deterministic, offline and fast; the default when no model is configured."""

from __future__ import annotations

from collections.abc import Sequence

from summariser.engines import Progress
from summariser.engines.extractive.engine import NAME, extract
from summariser.models import Failure, SummitOutcome
from summariser.options import EngineOptions
from summariser.text import nlp
from summariser.text.document import Document

__all__ = ["ExtractiveEngine", "extract"]


class ExtractiveEngine:
    """Reads each article on its own, one after another (it is CPU-bound and needs no endpoint)."""

    name = NAME

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def extract_all(
        self, docs: Sequence[Document], progress: Progress | None = None
    ) -> list[SummitOutcome | Failure]:
        """One record per article, in order."""
        out: list[SummitOutcome | Failure] = []
        for doc in nlp.parse_stream(docs):
            out.append(extract(doc))
            doc.parsed = None  # the record holds what was needed; keep memory flat on large sets
            if progress is not None:
                progress(doc.path)
        return out
