"""Read an article from a file or standard input, refusing what cannot be one, and clean it."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from summariser.errors import InputError
from summariser.ingest.clean import from_text
from summariser.ingest.decode import decode
from summariser.text.document import Document

if TYPE_CHECKING:
    from summariser.ingest.pagemeta import PageMeta

MAX_BYTES = 2_000_000  # 2 MB of text is ~300k words: far beyond any article, small enough to stay fast.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
ARTICLE_SUFFIXES = HTML_SUFFIXES | {".txt", ".md", ".markdown"}


def is_folder(item: str | Path) -> bool:
    """Is this input a folder? A name the OS refuses (too long, unreadable) is not: `load` says why."""
    try:
        return str(item) != "-" and Path(item).is_dir()
    except OSError:
        return False


def expand(inputs: Sequence[str | Path]) -> list[str | Path]:
    """Replace each directory by the article files directly inside it, sorted by name; keep the rest."""
    out: list[str | Path] = []
    for item in inputs:
        path = Path(item)
        if not is_folder(item):
            out.append(item)
            continue
        found = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
        if not found:
            kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
            raise InputError(f"{path}: no article files inside ({kinds}); pass a folder that holds some")
        out += [p for p in found if not p.name.startswith(".")]
    return out


def load(path: str | Path) -> Document:
    """Read, decode and clean one article; `-` reads standard input."""
    name = str(path)
    data = _read_stdin() if name == "-" else _read_file(Path(name))
    text, encoding, notes = decode(data, name)
    page = _page(text, name)
    text = page[0] if page else text
    meta = page[1] if page else None
    digest = hashlib.sha256(data).hexdigest()
    doc = from_text(text, name=name, sha256=digest, standfirst=bool(meta and meta.standfirst))
    doc.encoding = encoding
    doc.notes = notes + doc.notes
    _page_meta(doc, meta)
    return doc


def _page(text: str, name: str) -> tuple[str, PageMeta] | None:
    """A web page's article text and metadata, or None for plain text (which never imports the HTML
    reader: a brief of text files does not pay for it)."""
    html = name != "-" and Path(name).suffix.lower() in HTML_SUFFIXES
    if not html and name != "-":
        return None
    from summariser.ingest.html import html_main_text, looks_html

    return html_main_text(text, name) if html or looks_html(text) else None


def _page_meta(doc: Document, meta: PageMeta | None) -> None:
    """What the page's markup says wins over what the text suggests (a "Posted on" line is no headline)."""
    if meta is not None:
        doc.title = meta.title or doc.title
        doc.agency = meta.agency or doc.agency
        doc.date = meta.date or doc.date
    doc.outlet = (meta.outlet if meta else "") or doc.outlet or doc.agency


def _read_file(path: Path) -> bytes:
    """Read a file, refusing what cannot be an article before reading it whole."""
    try:
        if not path.exists():
            raise InputError(f"{path}: no such file; check the path")
        if path.is_dir():
            raise InputError(f"{path}: is a directory; pass the article files inside it (e.g. {path}/*.txt)")
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
