"""Markdown view of one article's SummitOutcome (what `summarise extract --format markdown` prints)."""

from __future__ import annotations

from summariser.models import Evidence, Signatory, SummitOutcome
from summariser.render.escape import md


def _ev(e: Evidence) -> str:
    """Compact evidence tag: offsets and grounding status."""
    tag = f"{e.start}–{e.end} {e.status}"
    return tag + (", elided" if e.elided else "") + (", paraphrased" if e.paraphrased else "")


def _signatory(s: Signatory) -> str:
    """One signatory line: name, role, country, document, evidence."""
    line = md(s.name) + (f", {md(s.role)}" if s.role else "") + (f" ({md(s.country)})" if s.country else "")
    line += " — refused" if s.refused else ""
    line += f" — {md(s.document)}" if s.document else ""
    return f"{line} ({_ev(s.evidence)})"


def outcome_markdown(o: SummitOutcome) -> str:
    """Render every field of a record with its evidence."""
    a, ev = o.article, o.event
    lines = [f"# {md(a.title or a.id)}", ""]
    meta = [f"outlet: {md(a.outlet)}" if a.outlet else "", f"engine: {o.engine}"]
    meta += [f"event: {md(ev.name)}" if ev.name else "", f"where: {md(ev.location)}" if ev.location else ""]
    meta += [f"when: {md(ev.date)}" if ev.date else ""]
    lines += [" · ".join(m for m in meta if m), ""]
    if a.hidden_characters:
        lines += [f"> {a.hidden_characters} hidden characters found in the article and ignored.", ""]
    sections = [
        ("Points", [f"**{p.status}** {md(p.text)} ({_ev(p.evidence)})" for p in o.points]),
        ("Signatories", [_signatory(s) for s in o.signatories]),
        (
            "Quotes",
            [
                f"{md(q.speaker)}: “{md(q.text)}” ({_ev(q.evidence)}; speaker {q.speaker_check})"
                for q in o.quotes
            ],
        ),
        (
            "Figures",
            [
                f"{md(f.text)} → [{f.low}, {f.high if f.high is not None else '∞'}] {md(f.what)}"
                for f in o.figures
            ],
        ),
        (
            "Open issues",
            [f"{md(i.topic)}{' — ' + md(i.raised_by) if i.raised_by else ''}" for i in o.open_issues],
        ),
        ("Participants", [f"{md(p.name)}{', ' + md(p.role) if p.role else ''}" for p in o.participants]),
    ]
    for title, items in sections:
        if items:
            lines += [f"## {title}", "", *[f"- {i}" for i in items], ""]
    return "\n".join(lines)


def outcomes_text(outcomes: list[SummitOutcome], fmt: str) -> str:
    """Records as one JSON document (one record), JSON Lines (one record a line) or Markdown."""
    if fmt == "json":
        return "".join(o.model_dump_json(indent=2) + "\n" for o in outcomes)
    if fmt == "jsonl":
        return "".join(o.model_dump_json() + "\n" for o in outcomes)
    return "\n".join(outcome_markdown(o) for o in outcomes)
