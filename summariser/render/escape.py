"""Escaping for article text in memos: nothing an article says may become markup, a link or an image."""

from __future__ import annotations

import re

from summariser.text.normalise import visible

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#!|~&])")
AUTOLINK = re.compile(r"(?i)\b(https?|ftp|mailto|javascript|data)(:)")
BACKTICKS = re.compile(r"`+")


def plain(text: str) -> str:
    """Collapse whitespace and drop hidden characters, so one item reads as one line."""
    return visible(text)


def inline(text: str) -> str:
    """Like `plain`, but keep one space at either end: a part of a line joins its neighbours."""
    core = plain(text)
    lead = " " if text[:1].isspace() else ""
    trail = " " if core and text[-1:].isspace() else ""
    return lead + core + trail


def _md_escape(text: str) -> str:
    """Escape Markdown and inline HTML, and defuse bare URLs so renderers do not autolink them."""
    return AUTOLINK.sub(lambda m: m.group(1) + "\\:", MD_SPECIAL.sub(r"\\\1", text))


def md(text: str) -> str:
    """Escape one item for Markdown, as one line."""
    return _md_escape(plain(text))


def md_inline(text: str) -> str:
    """Escape one part of a Markdown line, keeping the space that joins it to its neighbours."""
    return _md_escape(inline(text))


def md_code(text: str) -> str:
    """A Markdown code span that shows `text` literally, whatever backticks it holds."""
    flat = plain(text)
    fence = "`" * (max((len(m) for m in BACKTICKS.findall(flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"
