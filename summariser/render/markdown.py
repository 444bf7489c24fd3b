"""The Markdown memo: the outline's sections as headings and lists, every word escaped."""

from __future__ import annotations

import re

from summariser.models import Briefing
from summariser.render.escape import md_code, md_inline, md_line_start
from summariser.render.outline import Cite, Label, Line, Outline, Part, Section, outline

CLOSING_HASHES = re.compile(r"(^|\s)(#+)$")  # would close an ATX heading and vanish
STYLE = {"name": "**{}**", "status": "*{}*", "kind": "*{}*"}  # how each label kind stands out


def briefing_markdown(b: Briefing) -> str:
    """Render the whole memo."""
    return outline_markdown(outline(b))


def outline_markdown(o: Outline) -> str:
    """Format an outline: the title, then each section in the outline's order."""
    title = CLOSING_HASHES.sub(r"\1\\\2", md_inline(o.title))
    out = [f"# {title}", ""]
    for section in o.sections:
        out += _section(section)
    return "\n".join(out)


def _section(s: Section) -> list[str]:
    """A section as a bold lead-in paragraph or as a heading with its list."""
    if s.lead:
        return [f"**{md_inline(s.title)}.** {_parts(s.lines[0])}", ""]
    lines = [f"## {md_inline(s.title)}", ""]
    for line in s.rows():
        lines += _item(line, 0)
    return [*lines, ""]


def _item(line: Line, depth: int) -> list[str]:
    """A list item and, indented under it, its sub-lines."""
    text = md_line_start(_parts(line))
    return [f"{'  ' * depth}- {text}", *(x for sub in line.sub for x in _item(sub, depth + 1))]


def _parts(line: Line) -> str:
    """One line's parts in order; citation marks are set off from the words before them by a space."""
    out = ""
    for part in line.parts:
        text = _part(part)
        if isinstance(part, Cite) and out and not out[-1].isspace() and out[-1] != "(":
            text = " " + text
        out += text
    return out


def _part(part: Part) -> str:
    """One part: escaped words, a styled label, or citation marks (which link nowhere)."""
    if isinstance(part, Cite):
        return "".join(f"[{md_inline(s)}]" for s in part.sources)
    if isinstance(part, Label):
        return md_code(part.text) if part.kind == "code" else STYLE[part.kind].format(md_inline(part.text))
    return md_inline(part.text)
