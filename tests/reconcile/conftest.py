"""Builders for the reconciler's inputs: members and sourced items over small hand-written articles."""

from __future__ import annotations

from typing import TypeVar

from summariser.ingest.clean import from_text
from summariser.models import Evidence
from summariser.reconcile.members import Member, Sourced
from summariser.text.document import Document

T = TypeVar("T")


def evidence_in(source: str, part: str) -> Evidence:
    """Exact evidence of `part` in `source` (the start of the source when it is not there)."""
    start = source.find(part)
    if start < 0:
        return Evidence(start=0, end=0, status="unsupported", score=0.0)
    return Evidence(start=start, end=start + len(part), status="exact", score=100.0)


def member(
    sid: str, text: str, *, group: int | None = None, source: str | None = None, **extra: str
) -> Member:
    """One article's instance of an item; its own story group unless `group` says it is a copy."""
    article = source if source is not None else text
    doc = from_text(article, name=f"{sid}.txt")
    return Member(sid, int(sid) if group is None else group, text, evidence_in(article, text), doc, extra)


def sourced(sid: str, item: T, *, group: int | None = None, doc: Document | None = None) -> Sourced[T]:
    """Any item from source `sid` (its own story group unless `group` is given)."""
    return Sourced(sid, int(sid) if group is None else group, item, doc or from_text("x", name=f"{sid}.txt"))


def story(sid: str, text: str, group: int | None = None) -> Sourced[Document]:
    """A made-up article as a story of its own group (or of `group`), for detectors that read stories."""
    doc = from_text(text, name=f"{sid}.txt")
    return sourced(sid, doc, group=group, doc=doc)
