"""Load articles (text, Markdown, HTML, stdin), decode them and split them into offset-true sentences."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summariser import furniture
from summariser.errors import InputError
from summariser.sentences import looks_like_heading, paragraph_spans, sentence_spans
from summariser.textnorm import count_hidden, visible

MAX_BYTES = 2_000_000  # 2 MB of text is ~300k words: far beyond any article, small enough to stay fast.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
INSTRUCTION_REASON = "instructions addressed to an AI model (ignored)"
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class Sentence(BaseModel):
    """A kept sentence; `text` is always `document.text[start:end]`."""

    model_config = ConfigDict(frozen=True)

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: Literal["body", "heading"] = "body"


class Dropped(BaseModel):
    """A span kept out of what engines see, with the reason."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    reason: str


class Document(BaseModel):
    """One article as the engines see it, with every offset pointing into `text`."""

    id: str
    path: str
    text: str
    sha256: str
    encoding: str = "utf-8"
    notes: list[str] = Field(default_factory=list)
    title: str = ""
    outlet: str = ""
    location: str = ""
    date: str = ""
    hidden_characters: int = 0
    sentences: list[Sentence] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list)

    @property
    def body(self) -> list[Sentence]:
        """Sentences of news text (not headings), the input of the engines."""
        return [s for s in self.sentences if s.kind == "body"]


def load(path: str | Path) -> Document:
    """Read, decode and clean one article; `-` reads standard input."""
    name = str(path)
    data = _read_stdin() if name == "-" else _read_file(Path(name))
    text, encoding, notes = decode(data, name)
    html = name != "-" and Path(name).suffix.lower() in HTML_SUFFIXES
    if html or (name == "-" and _looks_html(text)):
        text, meta = _html_main_text(text, name)
    else:
        meta = {}
    doc = from_text(text, name=name, sha256=hashlib.sha256(data).hexdigest())
    doc.encoding = encoding
    doc.notes = notes + doc.notes
    doc.title = doc.title or meta.get("title", "")
    doc.outlet = doc.outlet or meta.get("sitename", "")
    doc.date = doc.date or meta.get("date", "")
    return doc


def _read_file(path: Path) -> bytes:
    """Read a file, refusing what cannot be an article before reading it whole."""
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; pass the article files inside it (e.g. {path}/*.txt)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(_too_large(str(path), size))
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(f"{path}: permission denied; make it readable (chmod +r {path})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check the file") from None
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(str(path), len(data)))
    return data


def _read_stdin() -> bytes:
    """Read standard input up to the size cap."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(_too_large("-", len(data)))
    return data


def _too_large(name: str, size: int) -> str:
    """Message for input over the cap."""
    return (
        f"{name}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit for one article; "
        "split it into separate articles"
    )


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode bytes as UTF-8 (with or without BOM, or UTF-16/32 with BOM), else a detected legacy codec."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            text = _strict(data, codec, name)
            return _checked(text, name), codec, []
    if b"\x00" in data:
        raise InputError(f"{name}: looks binary (contains NUL bytes); pass a text, Markdown or HTML article")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8", []
    except UnicodeDecodeError:
        pass
    legacy = _detect_legacy(data)
    if legacy is None:
        raise InputError(
            f"{name}: not valid UTF-8 and no known encoding fits; convert it with "
            f"`iconv -f <encoding> -t UTF-8 {name}`"
        )
    text = data.decode(legacy, errors="replace")
    note = f"{name}: not valid UTF-8, decoded as {legacy}; re-save it as UTF-8 if characters look wrong"
    return _checked(text, name), legacy, [note]


def _strict(data: bytes, codec: str, name: str) -> str:
    """Decode with a BOM-announced codec, turning failure into a user-facing error."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(
            f"{name}: has a {codec} byte-order mark but is not valid {codec}; re-save it as UTF-8"
        ) from None


def _detect_legacy(data: bytes) -> str | None:
    """Guess a single-byte or CJK legacy codec; None when nothing plausible fits."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    return str(best.encoding)


def _checked(text: str, name: str) -> str:
    """Refuse empty and binary-looking text."""
    if not text.strip():
        raise InputError(f"{name}: is empty (no text to summarise); pass an article with text in it")
    controls = len(CONTROL_RE.findall(text))
    if controls > max(8, len(text) // 100):
        raise InputError(f"{name}: looks binary ({controls} control characters); pass a text article")
    return text


def _looks_html(text: str) -> bool:
    """Sniff HTML on standard input, where there is no file suffix."""
    return bool(re.match(r"\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", text, re.I))


def _html_main_text(html: str, name: str) -> tuple[str, dict[str, str]]:
    """Extract the main article text and metadata of an HTML page with trafilatura."""
    import trafilatura

    try:
        text = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
        )
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(
            f"{name}: HTML could not be parsed ({type(exc).__name__}); save the article as text"
        ) from None
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML; save the article body as .txt")
    found: dict[str, str] = {}
    if meta is not None:
        for key in ("title", "sitename", "date"):
            value = getattr(meta, key, None)
            if isinstance(value, str):
                found[key] = value
    return text, found


def from_text(text: str, *, name: str = "text", sha256: str = "") -> Document:
    """Clean already-decoded text into a Document; offsets index `text` itself."""
    ident = Path(name).stem if name not in ("-", "text") else name
    digest = sha256 or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    doc = Document(id=ident, path=name, text=text, sha256=digest, hidden_characters=count_hidden(text))
    if doc.hidden_characters:
        doc.notes.append(
            f"{name}: {doc.hidden_characters} hidden characters (zero-width/tag) found and ignored"
        )
    _segment(doc)
    return doc


def _segment(doc: Document) -> None:
    """Classify paragraphs, drop furniture, and split the rest into sentences."""
    text = doc.text
    scanner = furniture.FurnitureScanner()
    body_seen = False
    for para, (start, end) in enumerate(paragraph_spans(text)):
        chunk = text[start:end]
        doc.outlet = doc.outlet or furniture.outlet_hint(chunk)
        reason = scanner.classify(chunk)
        if reason:
            doc.dropped.append(Dropped(start=start, end=end, text=chunk, reason=reason))
            _header_meta(doc, chunk)
            continue
        kind: Literal["body", "heading"] = "heading" if looks_like_heading(chunk) else "body"
        if kind == "heading":
            doc.title = doc.title or (chunk.lstrip("# ").strip() if not body_seen else "")
        elif not body_seen:
            start = _dateline(doc, start, end)
        body_seen = body_seen or kind == "body"
        for s, e in sentence_spans(text, start, end):
            if furniture.INSTRUCTION.match(visible(text[s:e])):
                doc.dropped.append(Dropped(start=s, end=e, text=text[s:e], reason=INSTRUCTION_REASON))
                continue
            sentence = Sentence(
                index=len(doc.sentences), start=s, end=e, text=text[s:e], paragraph=para, kind=kind
            )
            doc.sentences.append(sentence)
    ignored = sum(1 for d in doc.dropped if d.reason == INSTRUCTION_REASON)
    if ignored:
        doc.notes.append(f"{doc.path}: {ignored} sentence(s) addressed to an AI model were ignored")


def _header_meta(doc: Document, chunk: str) -> None:
    """Take the date and headline from a dropped metadata header line."""
    m = furniture.META_HEADER.match(chunk)
    if m:
        doc.date = doc.date or m.group(1)
        doc.title = doc.title or m.group(2).strip()


def _dateline(doc: Document, start: int, end: int) -> int:
    """Drop a leading dateline ("PARIS (AFP) --") and keep its place and agency."""
    m = furniture.DATELINE.match(doc.text, start, end)
    if not m or m.end() >= end:
        return start
    doc.dropped.append(Dropped(start=start, end=m.end(), text=m.group(), reason="dateline"))
    doc.location = doc.location or m.group("place").title()
    doc.outlet = doc.outlet or (m.group("agency") or "")
    return m.end()
