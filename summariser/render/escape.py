"""Escaping for article text in memos: nothing an article says may become markup, a link or an image."""

from __future__ import annotations

import re

from summariser.text.normalise import visible

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#!|~&])")
CITATION = re.compile(r"\\\[(\d{1,4})\\\]")
AUTOLINK = re.compile(r"(?i)\b(https?|ftp|mailto|javascript|data)(:)")


def plain(text: str) -> str:
    """Collapse whitespace and drop hidden characters, so one item reads as one line."""
    return visible(text)


def md(text: str) -> str:
    """Escape Markdown and inline HTML, and defuse bare URLs so renderers do not autolink them."""
    escaped = MD_SPECIAL.sub(r"\\\1", plain(text))
    return AUTOLINK.sub(lambda m: m.group(1) + "\\:", escaped)


def md_cited(text: str) -> str:
    """Escape like `md`, but let the memo's own citation marks ([2]) through (they link nowhere)."""
    return CITATION.sub(r"[\1]", md(text))
