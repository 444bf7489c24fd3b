"""The library calls: `extract` one article, `brief` several, `render` the memo, `ground` a claim."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from summariser import engines, pipeline
from summariser.errors import ArgumentTypeError, ConfigError, EngineError
from summariser.ingest.clean import from_text
from summariser.ingest.load import load
from summariser.models import Briefing, Evidence, Failure, SummitOutcome
from summariser.options import EngineOptions, merged
from summariser.text.document import Document

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")
log = logging.getLogger("summariser")


def _type_error(call: str, wanted: str, got: object) -> ArgumentTypeError:
    """A clear error for an argument of the wrong type, naming the call and what it takes."""
    return ArgumentTypeError(f"{call}() takes {wanted}, not {type(got).__name__}")


def document(path_or_text: str | Path) -> Document:
    """Load a path (or `-`), or clean a string of article text that is not a path."""
    if not isinstance(path_or_text, str | Path):
        raise _type_error("document", "a path or a string of article text", path_or_text)
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
    if not isinstance(path_or_text, str | Path | Document):
        raise _type_error("extract", "a path, a string of article text or a Document", path_or_text)
    doc = path_or_text if isinstance(path_or_text, Document) else document(path_or_text)
    opts = merged(options, engine, model)
    _note(opts)
    result = pipeline.extract_all([doc], opts)[0].result
    if isinstance(result, Failure):
        raise EngineError(result.error)
    return result


def brief(
    paths: Sequence[str | Path | Document],
    engine: str = "auto",
    progress: Callable[[str], None] | None = None,
    *,
    model: str | None = None,
    options: EngineOptions | None = None,
) -> Briefing:
    """Reconcile every readable article into one Briefing; unreadable ones are listed as failures."""
    return run(paths, engine, progress, model=model, options=options).briefing


def run(
    paths: Sequence[str | Path | Document],
    engine: str = "auto",
    progress: Callable[[str], None] | None = None,
    *,
    model: str | None = None,
    options: EngineOptions | None = None,
) -> pipeline.Run:
    """Like `brief`, but keep every article's Document too, which the HTML memo needs to show spans."""
    if isinstance(paths, str | bytes | Path) or not isinstance(paths, Sequence):
        raise _type_error("brief", 'a list of paths (e.g. brief(["a.txt"]))', paths)
    for item in paths:
        if not isinstance(item, str | Path | Document):
            raise _type_error("brief", "paths as str or Path (or Documents)", item)
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
    from summariser.output import BriefFormat
    from summariser.output import render as rendered

    names = [f.value for f in BriefFormat]
    name = "markdown" if format == "md" else format
    if name not in names:
        raise ConfigError(f"unknown memo format {format!r}; choose one of: {', '.join(names)}")
    return rendered(result, dict(texts or {}), BriefFormat(name))


def ground(text: str, source: str) -> Evidence:
    """Where `text` sits in `source`, and how faithfully (exact, normalised, fuzzy or unsupported)."""
    for value in (text, source):
        if not isinstance(value, str):
            raise _type_error("ground", "two strings (text, source)", value)
    from summariser.grounding import ground as _ground

    return _ground(text, source)
