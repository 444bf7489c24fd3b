"""Clean decoded text into a Document: drop furniture and datelines, keep paragraphs and sentences."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Literal

from summariser.ingest import credits, furniture
from summariser.ingest.dates import iso_date
from summariser.text.document import INSTRUCTION_REASON, Document, Dropped, Paragraph, Sentence
from summariser.text.normalise import count_hidden, visible
from summariser.text.segment import TERMINAL_RE, looks_like_heading, paragraph_spans, sentence_spans


def from_text(text: str, *, name: str = "text", sha256: str = "", standfirst: bool = False) -> Document:
    """Clean already-decoded text into a Document; offsets index `text` itself. With `standfirst`, the
    first paragraph is the page's standfirst: shown as a heading, never the body's first paragraph."""
    ident = Path(name).stem if name not in ("-", "text") else name
    digest = sha256 or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    doc = Document(id=ident, path=name, text=text, sha256=digest, hidden_characters=count_hidden(text))
    if doc.hidden_characters:
        doc.notes.append(
            f"{name}: {doc.hidden_characters} hidden characters (zero-width/tag) found and ignored"
        )
    _segment(doc, standfirst)
    return doc


TEMPLATE_TAIL = re.compile(r"(?:\s*\{\{[^{}\n]{0,80}\}\})+\s*$")


def _segment(doc: Document, standfirst: bool = False) -> None:
    """Classify paragraphs, drop furniture, and split the rest into sentences."""
    text = doc.text
    scanner = furniture.FurnitureScanner()
    body_seen = False
    for para, (start, end) in enumerate(paragraph_spans(text)):
        start = _meta_prefix(doc, start, end)
        chunk = text[start:end]
        doc.outlet = doc.outlet or furniture.outlet_hint(chunk)
        reason = scanner.classify(chunk)
        if reason:
            doc.dropped.append(Dropped(start=start, end=end, text=chunk, reason=reason))
            _header_meta(doc, chunk)
            continue
        lead = standfirst and not doc.paragraphs
        kind: Literal["body", "heading"] = "heading" if lead or looks_like_heading(chunk) else "body"
        if kind == "heading" and not lead:
            doc.title = doc.title or (chunk.lstrip("# ").strip() if not body_seen else "")
        else:  # a dateline opens the story, which may come after captions kept as body paragraphs
            start = _dateline(doc, start, end, agency_only=body_seen)
        body_seen = body_seen or kind == "body"
        doc.paragraphs.append(Paragraph(index=para, start=start, end=end, kind=kind))
        for s, e in sentence_spans(text, start, end):
            e = _without_template(doc, s, e)
            if e <= s:
                continue
            if furniture.is_instruction(visible(text[s:e])):
                doc.dropped.append(Dropped(start=s, end=e, text=text[s:e], reason=INSTRUCTION_REASON))
                continue
            sentence = Sentence(
                index=len(doc.sentences), start=s, end=e, text=text[s:e], paragraph=para, kind=kind
            )
            doc.sentences.append(sentence)
    ignored = sum(1 for d in doc.dropped if d.reason == INSTRUCTION_REASON)
    if ignored:
        doc.notes.append(f"{doc.path}: {ignored} sentence(s) addressed to an AI model were ignored")


def _without_template(doc: Document, start: int, end: int) -> int:
    """Where a sentence ends once the page template's tags after it ("{{#promo}} {{/promo}}") are cut
    off: markup a scraper left in the text, not words of the story."""
    m = TEMPLATE_TAIL.search(doc.text, start, end) if doc.text.find("{{", start, end) >= 0 else None
    if m is None:  # most sentences: no tag, and no scan of every position for one
        return end
    doc.dropped.append(Dropped(start=m.start(), end=end, text=doc.text[m.start() : end], reason="template"))
    return len(doc.text[: m.start()].rstrip()) if m.start() > start else start


def _meta_prefix(doc: Document, start: int, end: int) -> int:
    """Drop a metadata prefix ("date 2024-05-02") from a line that goes on with prose (a standfirst, the
    lead paragraph: it ends with a stop), so that prose is read like any other paragraph."""
    m = furniture.META_HEADER.match(doc.text, start, end)
    rest = m.group("rest").strip() if m else ""
    if m is None or not (re.search(r"\w\w", rest) and TERMINAL_RE.search(rest)):
        return start  # nothing after it, or a headline: the line is metadata with a title
    at = m.start("rest")
    doc.dropped.append(Dropped(start=start, end=at, text=doc.text[start:at], reason="metadata header"))
    doc.date = doc.date or iso_date(m.group("date")) or m.group("date")
    return at


def _header_meta(doc: Document, chunk: str) -> None:
    """Take the date and headline from a dropped metadata header line, the agency from a credit line."""
    doc.agency = doc.agency or credits.credit_line(chunk)
    m = furniture.META_HEADER.match(chunk)
    if m:
        doc.date = doc.date or iso_date(m.group("date")) or m.group("date")
        rest = m.group("rest").strip()
        doc.title = doc.title or (rest if re.search(r"\w\w", rest) else "")


def _dateline(doc: Document, start: int, end: int, agency_only: bool = False) -> int:
    """Drop a leading dateline ("PARIS (AFP) --") and keep its place and agency; past the first body
    paragraph only the form naming an agency, which no sentence of copy opens with."""
    m = furniture.DATELINE.match(doc.text, start, end)
    if not m or m.end() >= end or (agency_only and not (m.group("place") and m.group("agency"))):
        return start
    doc.dropped.append(Dropped(start=start, end=m.end(), text=m.group(), reason="dateline"))
    agency = m.group("agency") or m.group("via") or ""
    doc.location = doc.location or (m.group("place") or "").title()
    doc.agency = doc.agency or agency
    doc.outlet = doc.outlet or agency
    return m.end()
