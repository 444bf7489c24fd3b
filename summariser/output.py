"""Where and in which format `brief` writes its memo: the format from --format or the -o suffix."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from summariser.errors import OutputError

if TYPE_CHECKING:
    from summariser.models import Briefing


class BriefFormat(StrEnum):
    """Output formats of `brief`."""

    markdown = "markdown"
    html = "html"
    json = "json"


SUFFIX_FORMATS = {
    ".html": BriefFormat.html,
    ".htm": BriefFormat.html,
    ".json": BriefFormat.json,
    ".md": BriefFormat.markdown,
    ".markdown": BriefFormat.markdown,
    ".txt": BriefFormat.markdown,
}


def output_format(output: Path | None, fmt: BriefFormat | None) -> BriefFormat:
    """The format to write: Markdown never lands in a .pdf, nor JSON in a .html."""
    suffix = output.suffix.lower() if output else ""
    implied = SUFFIX_FORMATS.get(suffix)
    if suffix and implied is None:
        known = ", ".join(SUFFIX_FORMATS)
        raise OutputError(f"{output}: cannot write {suffix} files; use one of {known} (or no extension)")
    if fmt is not None and implied is not None and implied is not fmt:
        raise OutputError(f"{output}: a {suffix} file cannot hold --format {fmt.value}; change one of them")
    return fmt or implied or BriefFormat.markdown


def render(briefing: Briefing, texts: dict[str, str], fmt: BriefFormat) -> str:
    """Render a Briefing in the chosen format."""
    if fmt is BriefFormat.json:
        return briefing.model_dump_json(indent=2) + "\n"
    if fmt is BriefFormat.html:
        from summariser.render.html import briefing_html

        return briefing_html(briefing, texts)
    from summariser.render.markdown import briefing_markdown

    return briefing_markdown(briefing)
