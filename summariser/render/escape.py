"""Escaping for article text in memos: nothing an article says may become markup, a link or an image."""

from __future__ import annotations

import re

from summariser.text.normalise import visible

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#!|~&])")
AUTOLINK = re.compile(r"(?i)\b(https?|ftp|mailto|javascript|data)(:)")
BACKTICKS = re.compile(r"`+")
# What GFM (or a linkifier) would turn into a live link without a scheme: e-mail addresses, www. hosts and
# bare domains under the TLDs linkifiers know (any two letters, or a common generic one; not ".txt").
# Escaping does not stop cmark-gfm's e-mail autolinks; a code span does, for all three.
TLD = r"(?:[a-z]{2}|com|org|net|edu|gov|int|mil|biz|info|name|pro|aero|asia|coop|museum|shop|web|xxx)"
LINKISH = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@.-])www\.[\w-]+(?:\.[\w-]+)*(?:/[^\s]*)?"
    rf"|(?<![\w@.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.{TLD}\b(?![.\w-]*\w)(?:/[^\s]*)?"
)


def plain(text: str) -> str:
    """Collapse whitespace and drop hidden characters, so one item reads as one line."""
    return visible(text)


def inline(text: str) -> str:
    """Like `plain`, but keep one space at either end: a part of a line joins its neighbours."""
    core = plain(text)
    lead = " " if text[:1].isspace() else ""
    trail = " " if core and text[-1:].isspace() else ""
    return lead + core + trail


def _md_words(text: str) -> str:
    """Escape Markdown and inline HTML, and defuse schemes ("https:") so renderers do not autolink them."""
    return AUTOLINK.sub(lambda m: m.group(1) + "\\:", MD_SPECIAL.sub(r"\\\1", text))


def _md_escape(text: str) -> str:
    """Escape words; show addresses and domains as code spans, which no Markdown renderer links."""
    out, pos = [], 0
    for m in LINKISH.finditer(text):
        out += [_md_words(text[pos : m.start()]), md_code(m.group())]
        pos = m.end()
    return "".join([*out, _md_words(text[pos:])])


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
