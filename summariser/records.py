"""Helpers every engine shares: the article header of a record and the grounding gate for items."""

from __future__ import annotations

from summariser.documents import Document
from summariser.grounding import Kind, ground
from summariser.models import ArticleMeta, Evidence, Span

GROUNDED = frozenset({"exact", "normalised"})


def article_meta(doc: Document) -> ArticleMeta:
    """Identity of the article, as every record carries it."""
    return ArticleMeta(
        id=doc.id[:200],
        title=doc.title[:200],
        outlet=doc.outlet[:200],
        sha256=doc.sha256,
        path=doc.path[:1000],
        published=doc.date[:200],
        hidden_characters=doc.hidden_characters,
    )


def span_evidence(doc: Document, start: int, end: int) -> Evidence:
    """Evidence for a span the engine read directly from the text: exact by construction."""
    return Evidence(start=start, end=end, status="exact", score=100.0)


def parts_evidence(spans: list[tuple[int, int]]) -> Evidence:
    """Exact evidence made of several spans (a quote split by an attribution)."""
    return Evidence(
        start=spans[0][0],
        end=spans[-1][1],
        status="exact",
        score=100.0,
        spans=[Span(start=s, end=e) for s, e in spans] if len(spans) > 1 else [],
    )


def verified(doc: Document, text: str, kind: Kind = "claim") -> Evidence:
    """Ground an item's text against its own article (the gate every engine's items pass)."""
    return ground(text, doc.text, kind)
