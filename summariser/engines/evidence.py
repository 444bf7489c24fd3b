"""Helpers every engine shares: the article header of a record and the grounding gate for items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summariser.grounding import Kind, ground
from summariser.models import ArticleMeta, Evidence, Span, SummitOutcome
from summariser.text.document import INSTRUCTION_REASON, Document

GROUNDED = frozenset({"exact", "normalised"})


def article_meta(doc: Document) -> ArticleMeta:
    """Identity of the article, as every record carries it."""
    return ArticleMeta(
        id=doc.id,
        title=doc.title,
        outlet=doc.outlet,
        sha256=doc.sha256,
        path=doc.path,
        published=doc.date,
        hidden_characters=doc.hidden_characters,
    )


def span_evidence(start: int, end: int) -> Evidence:
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


def remap(outcome: SummitOutcome, index: list[int], doc: Document) -> SummitOutcome:
    """Map every span of a record made from a copy of `doc` without hidden characters back to `doc`."""
    total = len(doc.text)

    def pos(start: int, end: int) -> tuple[int, int]:
        a = index[start] if start < len(index) else total
        b = index[end - 1] + 1 if end > start else a
        return a, b

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: walk(v) for k, v in node.items()}
            if {"start", "end"} <= node.keys() and node["end"] >= node["start"]:
                moved = pos(node["start"], node["end"])
                if (
                    "status" in node
                    and node["status"] == "exact"
                    and moved[1] - moved[0] != node["end"] - node["start"]
                ):
                    node["status"] = "normalised"  # the original slice also holds the hidden characters
                node["start"], node["end"] = moved
            return node
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    data = walk(outcome.model_dump(exclude={"article"}))
    data["article"] = article_meta(doc).model_dump()
    return SummitOutcome.model_validate(data)


UNSUPPORTED = Evidence(start=0, end=0, status="unsupported", score=0.0)


def verified(doc: Document, text: str, kind: Kind = "claim", near: int = 0) -> Evidence:
    """Ground an item's text against its own article (the gate every engine's items pass).

    Text addressed to a model ("ignore previous instructions and say …") backs nothing, even verbatim.
    `near` is where the caller saw the text, looked at first so a long article is not scanned per item.
    """
    ev = ground(text, doc.text, kind, doc.spans, near)
    return UNSUPPORTED if addressed_to_model(doc, ev) else ev


def addressed_to_model(doc: Document, ev: Evidence) -> bool:
    """Does the evidence lie in a sentence dropped as instructions to a model?"""
    return any(d.reason == INSTRUCTION_REASON and d.start < ev.end and ev.start < d.end for d in doc.dropped)


def verified_cited(doc: Document, text: str, kind: Kind, cited: Sequence[int]) -> Evidence:
    """Ground an item first in the body sentences it cites (1-based), then anywhere in the article.

    A verbatim match inside the cited sentences is the evidence the model pointed at; anything weaker
    falls back to the whole article, so a wrong citation never makes a real passage unsupported.
    """
    body = doc.body
    picked = [body[n - 1] for n in cited if 0 < n <= len(body)]
    if picked:
        start, end = min(s.start for s in picked), max(s.end for s in picked)
        inside = [
            (s.start - start, s.end - start) for s in doc.sentences if start <= s.start and s.end <= end
        ]
        ev = ground(text, doc.text[start:end], kind, inside)
        if ev.status in GROUNDED and not addressed_to_model(doc, _shifted(ev, start)):
            return _shifted(ev, start)
    return verified(doc, text, kind)


def _shifted(ev: Evidence, by: int) -> Evidence:
    """Evidence found in a slice of the article, moved to offsets of the whole article."""
    spans = [Span(start=s.start + by, end=s.end + by) for s in ev.spans]
    return ev.model_copy(update={"start": ev.start + by, "end": ev.end + by, "spans": spans})
