"""What every conflict detector shares: citation marks for summaries and the sentence behind a claim."""

from __future__ import annotations

from summariser.text.document import Document

MAX_CITES = 8  # a summary names a few sources; the claims carry the full lists


def cites(sids: list[str]) -> str:
    """Citation marks for a summary line, shortened when many sources agree."""
    more = f"[+{len(sids) - MAX_CITES}]" if len(sids) > MAX_CITES else ""
    return "".join(f"[{s}]" for s in sids[:MAX_CITES]) + more


def sentence_around(doc: Document, start: int, end: int) -> str:
    """The whole kept sentence(s) a span sits in, as one line (the span itself when none covers it)."""
    covering = [s for s in doc.sentences if s.end > start and s.start < max(end, start + 1)]
    if not covering:
        return " ".join(doc.text[start:end].split())
    return " ".join(doc.text[covering[0].start : covering[-1].end].split())
