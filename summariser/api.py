"""The library calls: `extract` one article, `brief` several, `render` the memo, `ground` a claim."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from summariser import engines, pipeline
from summariser.errors import ConfigError, EngineError
from summariser.ingest.clean import from_text
from summariser.ingest.load import load
from summariser.models import Briefing, Evidence, Failure, SummitOutcome
from summariser.options import EngineOptions, merged
from summariser.text.document import Document

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")
FORMATS = ("markdown", "html", "json")
log = logging.getLogger("summariser")


def document(path_or_text: str | Path) -> Document:
    """Load a path (or `-`), or clean a string of article text that is not a path."""
    if isinstance(path_or_text, Path):
        return load(path_or_text)
    value = str(path_or_text)
    looks_like_path = value == "-" or os.path.exists(value) or value.lower().endswith(ARTICLE_SUFFIXES)
    if "\n" not in value and len(value) < 1024 and looks_like_path:
        return load(value)
    return from_text(value)


def _note(options: EngineOptions) -> None:
    """Log once which engine runs when the choice was automatic and no model is set."""
    _, note = engines.choose(options)
    if note:
        log.info(note)


def extract(
    path_or_text: str | Path | Document,
    engine: str = "auto",
    *,
    model: str | None = None,
    options: EngineOptions | None = None,
) -> SummitOutcome:
    """One SummitOutcome for one article, every item grounded in it (or marked unsupported)."""
    doc = path_or_text if isinstance(path_or_text, Document) else document(path_or_text)
    opts = merged(options, engine, model)
    _note(opts)
    result = pipeline.extract_all([doc], opts)[0].result
    if isinstance(result, Failure):
        raise EngineError(result.error)
    return result


def brief(
    paths: Sequence[str | Path],
    engine: str = "auto",
    progress: Callable[[str], None] | None = None,
    *,
    model: str | None = None,
    options: EngineOptions | None = None,
) -> Briefing:
    """Reconcile every readable article into one Briefing; unreadable ones are listed as failures."""
    return run(paths, engine, progress, model=model, options=options).briefing


def run(
    paths: Sequence[str | Path],
    engine: str = "auto",
    progress: Callable[[str], None] | None = None,
    *,
    model: str | None = None,
    options: EngineOptions | None = None,
) -> pipeline.Run:
    """Like `brief`, but keep every article's Document too, which the HTML memo needs to show spans."""
    opts = merged(options, engine, model)
    _note(opts)
    return pipeline.run(paths, opts, progress)


def render(
    result: Briefing | pipeline.Run, format: str = "markdown", *, texts: Mapping[str, str] | None = None
) -> str:
    """The memo as Markdown, HTML or JSON; HTML shows each cited span in its article, from `texts`
    (source id -> article text) or from a `Run`'s documents; without either it lists no articles."""
    if isinstance(result, pipeline.Run):
        texts = {sid: doc.text for sid, doc in result.documents().items()} if texts is None else texts
        result = result.briefing
    if format == "json":
        return result.model_dump_json(indent=2) + "\n"
    if format == "html":
        from summariser.render.html import briefing_html

        return briefing_html(result, dict(texts or {}))
    if format in ("markdown", "md"):
        from summariser.render.markdown import briefing_markdown

        return briefing_markdown(result)
    raise ConfigError(f"unknown memo format {format!r}; choose one of: {', '.join(FORMATS)}")


def ground(text: str, source: str) -> Evidence:
    """Where `text` sits in `source`, and how faithfully (exact, normalised, fuzzy or unsupported)."""
    from summariser.grounding import ground as _ground

    return _ground(text, source)
