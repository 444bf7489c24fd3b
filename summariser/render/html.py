"""A self-contained HTML memo: each citation sits inline and opens its span, highlighted in its article.

Every article is embedded once, at the end, with every span the memo cites marked; a citation links to its
mark (`:target` highlights it, the browser's Back returns). No remote resource, no script, no live link or
image from any article: article text is escaped everywhere and a Content-Security-Policy forbids loading.
"""

from __future__ import annotations

from html import escape
from itertools import count

from summariser.models import Briefing, Citation
from summariser.render.escape import inline
from summariser.render.html_style import CSS
from summariser.render.outline import Cite, Label, Line, Outline, Part, Section, SourceRef, outline
from summariser.text.normalise import printable

# Nothing may load (no fonts, images, frames), no <base> may redirect the memo's links, no form may post.
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
PREVIEW = 100  # characters of the cited words shown when hovering a citation (the span is one click away)
TAGS = {"name": ("<b>", "</b>"), "status": ("<em>", "</em>"), "kind": ('<span class="kind">', "</span>")}


def _shown(text: str) -> str:
    """Article text as shown: escaped, without bidi controls, tag or zero-width characters or controls."""
    return escape(printable(text))


def _words(text: str) -> str:
    """Words of a line, escaped, keeping the space that joins them to their neighbours."""
    return escape(inline(text))


def span_id(c: Citation) -> str:
    """The id of a cited span's mark in its article (offsets make it unique and stable)."""
    return f"e-{c.source}-{c.start}-{c.end}"


class Cites:
    """Renders citation marks as inline links to their span, with the cited words on hover."""

    def __init__(self, o: Outline, texts: dict[str, str]) -> None:
        self.texts = texts
        self.names = {s.id: s.label for s in o.sources}
        self.counter = count(1)

    def links(self, cite: Cite) -> str:
        """One mark per cited source: a link to the highlighted span when the memo holds its article."""
        return "".join(self._mark(sid, cite.span(sid)) for sid in cite.sources)

    def _mark(self, sid: str, c: Citation | None) -> str:
        """A link to the span, or plain words when there is no span or no article to show it in."""
        name = escape(self.names.get(sid, ""), quote=True)
        if c is None:
            return f'<span class="c" title="{name}">[{escape(sid)}]</span>'
        title = escape(self._title(c), quote=True)
        if c.source not in self.texts:
            return f'<span class="c" title="{title}">[{escape(sid)}]</span>'
        n = next(self.counter)
        return f'<a class="c" id="c{n}" href="#{escape(span_id(c))}" title="{title}">[{escape(sid)}]</a>'

    def _title(self, c: Citation) -> str:
        """What hovering shows: the source, the offsets and status, and the cited words."""
        words = " ".join(printable(self.texts.get(c.source, "")[c.start : c.end]).split())
        words = words if len(words) <= PREVIEW else words[: PREVIEW - 1] + "…"
        head = f"[{c.source}] {self.names.get(c.source, '')} · chars {c.start}–{c.end}, {c.status}"
        return f"{head}: “{words}”" if words else head


def briefing_html(b: Briefing, texts: dict[str, str]) -> str:
    """Render the memo; `texts` maps source id to the article text the offsets index."""
    return outline_html(outline(b), texts)


def outline_html(o: Outline, texts: dict[str, str]) -> str:
    """Format an outline, then append every article once with the spans the memo cites highlighted."""
    cites = Cites(o, texts)
    parts = [f'<h1 id="top">{_words(o.title)}</h1>', _controls(o, texts)]
    parts += [_section(s, cites) for s in o.sections]
    shown = [s for s in o.sources if s.id in texts]
    if shown:
        articles = "".join(_article(s, texts[s.id], o) for s in shown)
        parts.append(
            f'<div class="articles"><h2 id="articles">Articles</h2>{articles}</div>'
            '<p class="print-only">The cited spans are highlighted in the articles of the HTML file.</p>'
        )
    return _page(_words(o.title), "\n".join(parts))


def _controls(o: Outline, texts: dict[str, str]) -> str:
    """Links to each section and to the articles: for the screen, never printed."""
    links = [f'<a href="#sec-{s.key}">{_words(s.title)}</a>' for s in o.sections if not s.lead]
    links += ['<a href="#articles">Articles</a>'] if any(s.id in texts for s in o.sources) else []
    return f'<nav class="controls">{" · ".join(links)}</nav>'


def _section(s: Section, cites: Cites) -> str:
    """A section as a lead-in paragraph or as a heading with its list."""
    if s.lead:
        return f'<p class="{s.key}"><b>{_words(s.title)}.</b> {_parts(s.lines[0], cites)}</p>'
    items = "".join(_item(line, cites) for line in s.lines)
    note = s.note()
    if note and s.folded:  # a reader opens the findings the memo's length left out
        folded = "".join(_item(line, cites) for line in s.folded)
        summary = f"<summary>… and {s.omitted} more {_words(s.noun)}</summary>"  # the fold is here
        items += f'<li class="more"><details>{summary}<ul>{folded}</ul></details></li>'
    elif note:
        items += f'<li class="more">{_parts(note, cites)}</li>'

    return f'<h2 id="sec-{s.key}">{_words(s.title)}</h2><ul class="{s.key}">{items}</ul>'


def _item(line: Line, cites: Cites) -> str:
    """A list item with its sub-lines (variants, each side of a conflict, notes) under it."""
    subs = "".join(f'<div class="variant">{_parts(sub, cites)}</div>' for sub in line.sub)
    return f"<li>{_parts(line, cites)}{subs}</li>"


def _parts(line: Line, cites: Cites) -> str:
    """One line's parts in order."""
    return "".join(_part(p, cites) for p in line.parts)


def _part(part: Part, cites: Cites) -> str:
    """One part: escaped words, a styled label, or citation marks that link to their evidence."""
    if isinstance(part, Cite):
        return cites.links(part)
    if isinstance(part, Label):
        if part.kind == "code":
            return f"<code>{escape(inline(part.text))}</code>"
        start, end = TAGS[part.kind]
        return f"{start}{_words(part.text)}{end}"
    return _words(part.text)


def marked(text: str, spans: list[Citation]) -> str:
    """The article escaped, each cited span in a <mark> with its id; a span crossing the end of another
    is cut there (marks must nest), so its mark still starts where its citations point."""
    out: list[str] = []
    pos, open_ends = 0, list[int]()
    for c in sorted({(c.start, c.end): c for c in spans}.values(), key=lambda c: (c.start, -c.end)):
        while open_ends and open_ends[-1] <= c.start:
            out += [_shown(text[pos : open_ends[-1]]), "</mark>"]
            pos = open_ends.pop()
        end = min([c.end, len(text), *open_ends[-1:]])
        if end <= c.start:
            continue
        out += [_shown(text[pos : c.start]), f'<mark id="{escape(span_id(c))}">']
        pos = c.start
        open_ends.append(end)
    while open_ends:
        out += [_shown(text[pos : open_ends[-1]]), "</mark>"]
        pos = open_ends.pop()
    return "".join([*out, _shown(text[pos:])])


def _article(ref: SourceRef, text: str, o: Outline) -> str:
    """The whole article, once, with every span the memo cites marked."""
    sid = escape(ref.id)
    head = f'<h3>[{sid}] {escape(ref.label)} <a class="back" href="#top">back to the memo</a></h3>'
    return f'<section class="src" id="src-{sid}">{head}<pre>{marked(text, o.spans(ref.id))}</pre></section>'


def _page(title: str, body: str) -> str:
    """Wrap the memo in a document that can load nothing from anywhere; `title` is already escaped."""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f'<meta name="viewport" content="width=device-width"><title>{title}</title>'
        f"<style>{CSS}</style></head><body>\n{body}\n</body></html>\n"
    )
