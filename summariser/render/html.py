"""A self-contained HTML memo: every citation unfolds its article excerpt with the span highlighted.

No remote resource, no script, no live link or image from any article: article text is escaped
everywhere and a Content-Security-Policy forbids loading anything.
"""

from __future__ import annotations

from html import escape
from itertools import count

from summariser.models import Briefing, Citation, Conflict, Source, SourcedQuote
from summariser.render.escape import plain
from summariser.render.markdown import STATUS_HEADINGS

CSP = "default-src 'none'; style-src 'unsafe-inline'"  # nothing may load: no fonts, images, frames
CONTEXT = 320  # characters of article shown either side of a cited span
CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.bottom{background:#f4f6fa;padding:.8rem 1rem;border-left:4px solid #3b5bdb}
details.c{display:inline}details.c>summary{display:inline;cursor:pointer;color:#1c4fd8;font-size:.8em;
vertical-align:super;margin-left:1px;list-style:none}details.c>summary::-webkit-details-marker{display:none}
.variant{color:#555;font-size:.92em}.kind{font-variant:small-caps;color:#a61e4d}
.cite{display:block;border:1px solid #ccc;border-radius:6px;padding:.4rem .8rem;margin:.4rem 0;
background:#fffdf5;font-size:.92em}mark{background:#ffe066}.src:target{outline:3px solid #ffe066}
.src pre{white-space:pre-wrap;font:inherit}
.status{font-size:.8em;color:#666}.unsupported{color:#a61e4d}
"""


class Cites:
    """Renders citation marks that unfold, in place, the cited excerpt with its span highlighted."""

    def __init__(self, b: Briefing, texts: dict[str, str]) -> None:
        self.texts = texts
        self.names = {s.id: s.outlet or s.article_id or s.path for s in b.sources}
        self.counter = count(1)

    def links(self, citations: list[Citation], sources: list[str]) -> str:
        """One mark per cited source; clicking it shows the excerpt and a link to the whole article."""
        out = []
        for sid in sources:
            c = next((c for c in citations if c.source == sid), None)
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
        before = ("…" if a else "") + escape(text[a : c.start])
        after = escape(text[c.end : b]) + ("…" if b < len(text) else "")
        sid = escape(c.source)
        return (
            f'<span class="cite"><b>[{sid}] {escape(self.names.get(c.source, ""))}</b> '
            f'<span class="status">chars {c.start}–{c.end}, {escape(c.status)}</span> · '
            f'<a href="#src-{sid}">whole article</a><br>'
            f"{before}<mark>{escape(text[c.start : c.end])}</mark>{after}</span>"
        )


def briefing_html(b: Briefing, texts: dict[str, str]) -> str:
    """Render the memo; `texts` maps source id to the article text the offsets index."""
    cites = Cites(b, texts)
    ev = b.event
    head = escape(ev.name or "the event") + (
        " — " + escape(", ".join(x for x in (ev.location, ev.date) if x)) if ev.location or ev.date else ""
    )
    parts = [
        f"<h1>Briefing: {head}</h1>",
        f'<p class="bottom"><b>Bottom line.</b> {escape(plain(b.bottom_line))}</p>',
    ]
    for heading, statuses in STATUS_HEADINGS:
        tag = len(statuses) > 1
        items = [
            f"<li>{escape(p.status) + ': ' if tag else ''}{escape(plain(p.text))}"
            f"{cites.links(p.evidence, p.sources)}</li>"
            for p in b.points
            if p.status in statuses
        ]
        parts += _list(heading, items)
    parts += _list(
        "Signatories",
        [
            f"<li><b>{escape(s.name)}</b>{', ' + escape(s.role) if s.role and s.role != 'state' else ''}"
            f"{' — ' + escape(s.document) if s.document else ''}{cites.links(s.evidence, s.sources)}</li>"
            for s in b.signatories
        ],
    )
    parts += _list(
        "Open issues",
        [
            f"<li>{escape(plain(i.topic))}{' — raised by ' + escape(i.raised_by) if i.raised_by else ''}"
            f"{cites.links(i.evidence, i.sources)}</li>"
            for i in b.open_issues
        ],
    )
    parts += _list("Notable quotes", [_quote(q, cites) for q in b.quotes])
    parts += _list("Where sources disagree", [_conflict(c, cites) for c in b.conflicts])
    parts += _list(
        "Not supported by the sources",
        [
            f'<li class="unsupported">[{escape(u.source)}] {escape(u.field)}: “{escape(plain(u.text))}”</li>'
            for u in b.unsupported
        ],
    )
    parts += _list(
        "Articles that could not be processed",
        [f"<li>{escape(f.path)}: {escape(f.error)}</li>" for f in b.failures],
    )
    parts += _list("Sources", [_source(s) for s in b.sources])
    parts.append(
        "<h2>Articles</h2>"
        + "".join(_article(s.id, s.outlet or s.path, texts.get(s.id, ""), b) for s in b.sources)
    )
    return _page(head, "\n".join(parts))


def _list(title: str, items: list[str]) -> list[str]:
    """A section with a list, or nothing."""
    return [f"<h2>{escape(title)}</h2><ul>{''.join(items)}</ul>"] if items else []


def _quote(q: SourcedQuote, cites: Cites) -> str:
    """A quote with its variants."""
    lines = [f"<li><b>{escape(q.speaker)}</b>: “{escape(plain(q.text))}”{cites.links(q.evidence, q.sources)}"]
    for v in q.variants:
        who = f" as {escape(v.speaker)}'s" if v.kind == "other-speaker" else ""
        lines.append(
            f'<div class="variant"><span class="kind">{escape(v.kind)}</span>{who}: “{escape(plain(v.text))}”'
            f"{cites.links(v.evidence, v.sources)}</div>"
        )
    return "".join(lines) + "</li>"


def _conflict(c: Conflict, cites: Cites) -> str:
    """A disagreement with each side's words; the first source of each side links to its span."""
    sides = []
    for cl in c.claims:
        ev = cl.evidence
        link = cites.links(
            [Citation(source=cl.source, start=ev.start, end=ev.end, status=ev.status)], [cl.source]
        )
        others = "".join(f"[{escape(s)}]" for s in cl.sources if s != cl.source)
        sides.append(
            f'<div class="variant">{escape(cl.value)}: “{escape(plain(cl.text))}”{link}{others}</div>'
        )
    return f'<li><span class="kind">{escape(c.kind)}</span> {escape(plain(c.summary))}{"".join(sides)}</li>'


def _source(s: Source) -> str:
    """One numbered source line."""
    synd = (
        f" (same wire story as {', '.join('[' + escape(x) + ']' for x in s.syndicated_with)})"
        if s.syndicated_with
        else ""
    )
    hidden = f" — {s.hidden_characters} hidden characters found and ignored" if s.hidden_characters else ""
    title = f" — {escape(s.title)}" if s.title else ""
    label = escape(s.outlet or s.article_id)
    notes = "".join(
        f'<div class="variant">note: {escape(n.removeprefix(s.path + ": "))}</div>'
        for n in s.notes
        if "hidden characters" not in n
    )
    return f"<li>[{escape(s.id)}] {label}{title} · <code>{escape(s.path)}</code>{synd}{hidden}{notes}</li>"


def _article(sid: str, label: str, text: str, b: Briefing) -> str:
    """The whole article with every cited span highlighted (overlapping spans merged)."""
    spans = sorted(
        (c.start, c.end)
        for group in (
            [p.evidence for p in b.points],
            [s.evidence for s in b.signatories],
            [q.evidence for q in b.quotes],
            [v.evidence for q in b.quotes for v in q.variants],
            [i.evidence for i in b.open_issues],
        )
        for ev in group
        for c in ev
        if c.source == sid and c.end > c.start
    )
    merged: list[list[int]] = []
    for a, e in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([a, e])
    out, pos = [], 0
    for a, e in merged:
        out += [escape(text[pos:a]), "<mark>", escape(text[a:e]), "</mark>"]
        pos = e
    out.append(escape(text[pos:]))
    head = f"<h3>[{escape(sid)}] {escape(label)}</h3>"
    return f'<section class="src" id="src-{escape(sid)}">{head}<pre>{"".join(out)}</pre></section>'


def _page(title: str, body: str) -> str:
    """Wrap the memo in a document that can load nothing from anywhere."""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f'<meta name="viewport" content="width=device-width"><title>Briefing: {title}</title>'
        f"<style>{CSS}</style></head><body>\n{body}\n</body></html>\n"
    )
