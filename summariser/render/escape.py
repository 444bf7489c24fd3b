"""Escaping for article text in memos: nothing an article says may become markup, a link or an image."""

from __future__ import annotations

import re

from summariser.text.normalise import visible

# Escape only what would become markup, so the memo reads cleanly in a terminal: always \ ` * [ ] ~ ^;
# `_` not inside a word (port_one stays); `<` opening a tag or autolink; `&` opening an entity.
MD_SPECIAL = re.compile(r"[\\`*\[\]~^]|(?<![^\W_])_|_(?![^\W_])|<(?=[A-Za-z/!?])|&(?=#?\w+;)")
# What GitHub, pandoc, a linkifier or a terminal would turn into a live link: URLs (protocol-relative ones
# too: "//localhost/x"), e-mail addresses, www. hosts and bare domains in any case and script under the TLDs
# linkifiers know: any two letters ("IO", "рф"), a common generic one, or a punycode one ("xn--p1ai"); not
# ".txt". Escaping does not stop cmark-gfm's e-mail autolinks; a code span stops them all.
TLD = (
    r"(?:[^\W\d_]{2}|xn--[a-z0-9-]+"
    r"|com|org|net|edu|gov|int|mil|biz|info|name|pro|aero|asia|coop|museum|shop|web|xxx)"
)
LABEL = r"[^\W_](?:[^\W_]|-)*"  # letters and digits of any script, hyphens inside
LINKISH = re.compile(
    r"(?i:\b(?:https?|ftp)://|\bmailto:(?=\S))\S*"
    r"|(?<![\w:/])//[\w.-]+(?::\d+)?(?:/\S*)?"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@.-])(?i:www)\.[\w-]+(?:\.[\w-]+)*(?:/\S*)?"
    rf"|(?<![\w@.-]){LABEL}(?:\.{LABEL})*\.(?i:{TLD})\b(?![.\w-]*\w)(?:/\S*)?"
)
TRAILING = ".,;:!?'\")]}’”"  # punctuation after a URL belongs to the sentence
LINE_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|(\d{1,9})([.)])(?=\s|$))")
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
    """Escape Markdown and inline HTML; show URLs and addresses as code, which nothing autolinks."""
    out, pos = [], 0
    for m in LINKISH.finditer(text) if any(c in text for c in ".:/") else ():
        link = m.group().rstrip(TRAILING)
        out += [MD_SPECIAL.sub(r"\\\g<0>", text[pos : m.start()]), md_code(link)]
        pos = m.start() + len(link)
    return "".join([*out, MD_SPECIAL.sub(r"\\\g<0>", text[pos:])])


def md_line_start(line: str) -> str:
    """Escape what would make a line a heading, quote, list or rule (the text of a list item, a title)."""
    m = LINE_START.match(line)
    if m is None:
        return line
    if m.group(3):  # "1." -> "1\.": a number, not a new list
        return line[: m.start(4)] + "\\" + line[m.start(4) :]
    return line[: m.start(2)] + "\\" + line[m.start(2) :]


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
