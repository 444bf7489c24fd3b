"""Main text and metadata of an HTML page, through trafilatura."""

from __future__ import annotations

import re

from summariser.errors import InputError


def looks_html(text: str) -> bool:
    """Sniff HTML on standard input, where there is no file suffix."""
    return bool(re.match(r"\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", text, re.I))


def html_main_text(html: str, name: str) -> tuple[str, dict[str, str]]:
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
