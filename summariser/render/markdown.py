"""The Markdown memo: bottom line first, then findings, disagreements, the unsupported, and sources."""

from __future__ import annotations

from collections.abc import Sequence

from summariser.models import Briefing, Conflict, PointStatus, SourcedPoint
from summariser.render.escape import md, md_cited

MAX_PER_SECTION = 12  # the memo is one page to forward; the JSON keeps everything
STATUS_HEADINGS: list[tuple[str, tuple[PointStatus, ...]]] = [
    ("Agreed outcomes", ("agreed",)),
    ("Intended or proposed", ("intended", "proposed")),
    ("Dropped or rejected", ("dropped", "rejected")),
]


def cites(sources: Sequence[str]) -> str:
    """Citation marks like [2][4]."""
    return "".join(f"[{s}]" for s in sources)


def _support(independent: int, sources: Sequence[str]) -> str:
    """How many independent stories back a finding, when that is not obvious from the marks."""
    return f" — {independent} independent" if independent != len(sources) else ""


def _capped(lines: list[str], what: str) -> list[str]:
    """Keep the memo short; say how many more items the JSON holds."""
    if len(lines) <= MAX_PER_SECTION:
        return lines
    return [
        *lines[:MAX_PER_SECTION],
        f"- … and {len(lines) - MAX_PER_SECTION} more {what} (see `--format json`)",
    ]


def _section(title: str, lines: list[str]) -> list[str]:
    """A heading with its lines, or nothing when there are none."""
    return [f"## {title}", "", *lines, ""] if lines else []


def _points(points: list[SourcedPoint], statuses: tuple[PointStatus, ...]) -> list[str]:
    """Point lines of the given statuses, best-supported first."""
    chosen = [p for p in points if p.status in statuses]
    chosen.sort(key=lambda p: -p.independent)
    tag = len(statuses) > 1
    return [
        f"- {'*' + p.status + '* ' if tag else ''}{md(p.text)} {cites(p.sources)}"
        f"{_support(p.independent, p.sources)}"
        for p in chosen
    ]


def _conflict(c: Conflict) -> list[str]:
    """A disagreement and every side's words."""
    lines = [f"- **{c.kind}**: {md_cited(c.summary)}"]
    for claim in c.claims:
        value = f" ({md(claim.value)})" if claim.value else ""
        lines.append(f"  - {cites(claim.sources or [claim.source])}{value}: “{md(claim.text)}”")
    return lines


def briefing_markdown(b: Briefing) -> str:
    """Render the whole memo."""
    ev = b.event
    title = md(ev.name) if ev.name else "the event"
    place = ", ".join(md(x) for x in (ev.location, ev.date) if x)
    out = [
        f"# Briefing: {title}{' — ' + place if place else ''}",
        "",
        f"**Bottom line.** {md(b.bottom_line)}",
        "",
    ]
    for heading, statuses in STATUS_HEADINGS:
        out += _section(heading, _capped(_points(b.points, statuses), "outcomes"))
    out += _section(
        "Signatories",
        [
            f"- **{md(s.name)}**{', ' + md(s.role) if s.role and s.role != 'state' else ''}"
            f"{' (' + md(s.country) + ')' if s.country and s.country != s.name else ''}"
            f"{' — ' + md(s.document) if s.document else ''} {cites(s.sources)}"
            f"{_support(s.independent, s.sources)}"
            for s in b.signatories
        ],
    )
    out += _section(
        "Open issues",
        _capped(
            [
                f"- {md(i.topic)}{' — raised by ' + md(i.raised_by) if i.raised_by else ''}"
                f" {cites(i.sources)}"
                for i in b.open_issues
            ],
            "issues",
        ),
    )
    out += _section("Notable quotes", _capped(_quotes(b), "quotes"))
    out += _section("Where sources disagree", [line for c in b.conflicts for line in _conflict(c)])
    out += _section(
        "Not supported by the sources",
        [f"- [{u.source}] {md(u.field)}: “{md(u.text)}”" for u in b.unsupported],
    )
    out += _section(
        "Articles that could not be processed", [f"- {md(f.path)}: {md(f.error)}" for f in b.failures]
    )
    out += _section("Sources", _sources(b))
    return "\n".join(out)


def _quotes(b: Briefing) -> list[str]:
    """Each quote in its most verbatim form, with the variants other outlets printed."""
    lines = []
    for q in b.quotes:
        lines.append(f"- **{md(q.speaker)}**: “{md(q.text)}” {cites(q.sources)}")
        for v in q.variants:
            who = f" as {md(v.speaker)}'s" if v.kind == "other-speaker" else ""
            lines.append(f"  - {v.kind}{who} {cites(v.sources)}: “{md(v.text)}”")
    return lines


def _sources(b: Briefing) -> list[str]:
    """Numbered sources, syndicated copies grouped, hidden characters reported."""
    lines = []
    for s in b.sources:
        label = md(s.outlet or s.article_id or s.path)
        title = f" — {md(s.title)}" if s.title else ""
        synd = f" (same wire story as {cites(s.syndicated_with)})" if s.syndicated_with else ""
        hidden = (
            f" — {s.hidden_characters} hidden characters found and ignored" if s.hidden_characters else ""
        )
        lines.append(f"{s.id}. {label}{title} · `{md(s.path)}`{synd}{hidden}")
        lines += [
            f"   - note: {md(n.removeprefix(s.path + ': '))}" for n in s.notes if "hidden characters" not in n
        ]
    return lines
