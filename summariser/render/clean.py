"""Show what the engines will see of an article: kept sentences with offsets, and dropped furniture."""

from __future__ import annotations

import json

from summariser.text.document import Document
from summariser.text.normalise import printable, visible


def clean_json(doc: Document) -> str:
    """The cleaning report as JSON (offsets into the decoded input text)."""
    data = doc.model_dump(exclude={"text"})
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def clean_text(doc: Document) -> str:
    """The cleaning report for a terminal."""
    lines = [f"# {visible(doc.path)}"]
    for key in ("title", "outlet", "location", "date", "encoding"):
        value = getattr(doc, key)
        if value:
            lines.append(f"{key}: {visible(value)}")
    lines += [f"note: {visible(n)}" for n in doc.notes]
    lines.append(f"\nkept ({len(doc.sentences)} sentences):")
    for s in doc.sentences:
        tag = " [heading]" if s.kind == "heading" else ""
        lines.append(f"  {s.start:>6}-{s.end:<6}{tag} {_one_line(s.text)}")
    lines.append(f"\ndropped ({len(doc.dropped)}):")
    for d in doc.dropped:
        lines.append(f"  {d.start:>6}-{d.end:<6} {d.reason}: {_one_line(d.text, 70)}")
    return printable("\n".join(lines)) + "\n"


def _one_line(text: str, width: int = 0) -> str:
    """Collapse whitespace (and optionally shorten) for a one-line listing."""
    flat = visible(text)
    return flat if not width or len(flat) <= width else flat[: width - 1] + "…"
