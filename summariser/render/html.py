"""A self-contained HTML memo: every citation unfolds its article excerpt with the span highlighted.

No remote resource, no script, no live link or image from any article: article text is escaped
everywhere and a Content-Security-Policy forbids loading anything.
"""

from __future__ import annotations

from html import escape
from itertools import count

from summariser.models import Briefing, Citation
from summariser.render.escape import inline
from summariser.render.outline import Cite, Label, Line, Outline, Part, Section, SourceRef, outline
from summariser.text.normalise import printable

CSP = "default-src 'none'; style-src 'unsafe-inline'"  # nothing may load: no fonts, images, frames
CONTEXT = 320  # characters of article shown either side of a cited span
CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.bottom{background:#f4f6fa;padding:.8rem 1rem;border-left:4px solid #3b5bdb}
details.c{display:inline-block}details.c>summary{display:inline;cursor:pointer;color:#1c4fd8;font-size:.8em;
vertical-align:super;margin-left:1px;list-style:none}details.c>summary::-webkit-details-marker{display:none}
.variant{color:#555;font-size:.92em}.kind{font-variant:small-caps;color:#a61e4d}
.cite{display:block;border:1px solid #ccc;border-radius:6px;padding:.4rem .8rem;margin:.4rem 0;
background:#fffdf5;font-size:.92em}mark{background:#ffe066}.src:target{outline:3px solid #ffe066}
.src pre{white-space:pre-wrap;font:inherit}
.status{font-size:.8em;color:#666}.unsupported{color:#a61e4d}.more{color:#666}
"""
TAGS = {"name": ("<b>", "</b>"), "status": ("<em>", "</em>"), "kind": ('<span class="kind">', "</span>")}


def _shown(text: str) -> str:
    """Article text as shown: escaped, without bidi controls, tag or zero-width characters or controls."""
    return escape(printable(text))


def _words(text: str) -> str:
    """Words of a line, escaped, keeping the space that joins them to their neighbours."""
    return escape(inline(text))


class Cites:
    """Renders citation marks that unfold, in place, the cited excerpt with its span highlighted."""

    def __init__(self, o: Outline, texts: dict[str, str]) -> None:
        self.texts = texts
        self.names = {s.id: s.label for s in o.sources}
        self.counter = count(1)

    def links(self, cite: Cite) -> str:
        """One mark per cited source; clicking it shows the excerpt and a link to the whole article."""
        out = []
        for sid in cite.sources:
            c = cite.span(sid)
            if c is None:
                out.append(f'<span class="c">[{escape(sid)}]</span>')
                continue
            n = next(self.counter)
            out.append(
                f'<details class="c" id="c{n}"><summary>[{escape(sid)}]</summary>{self._panel(c)}</details>'
            )
        return "".join(out)

    def _panel(self, c: Citation) -> str:
        """The excerpt around a citation with the span highlighted, and a link to the whole article."""
        text = self.texts.get(c.source, "")
        a, b = max(0, c.start - CONTEXT), min(len(text), c.end + CONTEXT)
        before = ("…" if a else "") + _shown(text[a : c.start])
        after = _shown(text[c.end : b]) + ("…" if b < len(text) else "")
        sid = escape(c.source)
        return (
            f'<span class="cite"><b>[{sid}] {escape(self.names.get(c.source, ""))}</b> '
            f'<span class="status">chars {c.start}–{c.end}, {escape(c.status)}</span> · '
            f'<a href="#src-{sid}">whole article</a><br>'
            f"{before}<mark>{_shown(text[c.start : c.end])}</mark>{after}</span>"
        )


def briefing_html(b: Briefing, texts: dict[str, str]) -> str:
    """Render the memo; `texts` maps source id to the article text the offsets index."""
    return outline_html(outline(b), texts)


def outline_html(o: Outline, texts: dict[str, str]) -> str:
    """Format an outline, then append every article with the spans the memo cites highlighted."""
    cites = Cites(o, texts)
    parts = [f"<h1>{_words(o.title)}</h1>", *(_section(s, cites) for s in o.sections)]
    cited = o.spans_by_source()
    parts.append("<h2>Articles</h2>" + "".join(_article(s, texts.get(s.id, ""), cited) for s in o.sources))
    return _page(_words(o.title), "\n".join(parts))


def _section(s: Section, cites: Cites) -> str:
    """A section as a lead-in paragraph or as a heading with its list."""
    if s.lead:
        return f'<p class="{s.key}"><b>{_words(s.title)}.</b> {_parts(s.lines[0], cites)}</p>'
    items = "".join(_item(line, cites) for line in s.lines)
    note = s.note()
    items += f'<li class="more">{_parts(note, cites)}</li>' if note else ""
    return f'<h2>{_words(s.title)}</h2><ul class="{s.key}">{items}</ul>'


def _item(line: Line, cites: Cites) -> str:
    """A list item with its sub-lines (variants, each side of a conflict, notes) under it."""
    subs = "".join(f'<div class="variant">{_parts(sub, cites)}</div>' for sub in line.sub)
    return f"<li>{_parts(line, cites)}{subs}</li>"


def _parts(line: Line, cites: Cites) -> str:
    """One line's parts in order."""
    return "".join(_part(p, cites) for p in line.parts)


def _part(part: Part, cites: Cites) -> str:
    """One part: escaped words, a styled label, or citation marks that unfold their evidence."""
    if isinstance(part, Cite):
        return cites.links(part)
    if isinstance(part, Label):
        if part.kind == "code":
            return f"<code>{escape(inline(part.text))}</code>"
        start, end = TAGS[part.kind]
        return f"{start}{_words(part.text)}{end}"
    return _words(part.text)


def _article(ref: SourceRef, text: str, cited: dict[str, list[Citation]]) -> str:
    """The whole article with every span the memo cites highlighted (overlapping spans merged)."""
    merged: list[list[int]] = []
    for a, e in sorted((c.start, c.end) for c in cited.get(ref.id, []) if c.end > c.start):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([a, e])
    out, pos = [], 0
    for a, e in merged:
        out += [_shown(text[pos:a]), "<mark>", _shown(text[a:e]), "</mark>"]
        pos = e
    out.append(_shown(text[pos:]))
    sid = escape(ref.id)
    head = f"<h3>[{sid}] {escape(ref.label)}</h3>"
    return f'<section class="src" id="src-{sid}">{head}<pre>{"".join(out)}</pre></section>'


def _page(title: str, body: str) -> str:
    """Wrap the memo in a document that can load nothing from anywhere; `title` is already escaped."""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f'<meta name="viewport" content="width=device-width"><title>{title}</title>'
        f"<style>{CSS}</style></head><body>\n{body}\n</body></html>\n"
    )
