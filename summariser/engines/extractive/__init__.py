"""The extractive engine: deterministic, offline and fast; the default when no model is configured."""

from __future__ import annotations

from collections.abc import Sequence

from summariser.engines import Progress
from summariser.engines.cache import RecordCache, default_cache_dir
from summariser.engines.extractive import cache, workers
from summariser.engines.extractive.engine import NAME, extract
from summariser.models import Failure, SummitOutcome
from summariser.options import EngineOptions
from summariser.text.document import Document

__all__ = ["ExtractiveEngine", "extract"]


class ExtractiveEngine:
    """Reads each article on its own, one after another (it is CPU-bound and needs no endpoint)."""

    name = NAME

    def __init__(self, options: EngineOptions) -> None:
        self.options = options
        root = (options.cache_dir or default_cache_dir()) / "records"
        self.cache = RecordCache(root, options.use_cache)
        self.cached: set[int] = set()  # ids of the documents whose record came from the cache this run

    def extract_all(
        self, docs: Sequence[Document], progress: Progress | None = None
    ) -> list[SummitOutcome | Failure]:
        """One record per article, in order; articles read before come from the cache, unparsed."""
        keys = [cache.key(d) if self.cache.enabled else "" for d in docs]
        found = [self.cache.get(k) for k in keys]
        todo = [d for d, f in zip(docs, found, strict=True) if f is None]
        fresh = workers.records(todo) if todo else iter(())
        out: list[SummitOutcome | Failure] = []
        for doc, k, record in zip(docs, keys, found, strict=True):
            if record is None:
                record = next(fresh)
                self.cache.put(k, record)
            else:
                self.cached.add(id(doc))
            out.append(record)
            if progress is not None:
                progress(doc.path)
        return out
