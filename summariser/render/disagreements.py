"""A disagreement as the memo shows it: its kind and summary (words and citation marks split once, so no
formatter un-escapes a mark), why the sides are comparable, and each side's words."""

from __future__ import annotations

import re

from summariser.models import Citation, Claim, Conflict
from summariser.render.digest import CLAIM_WORDS, opening
from summariser.render.parts import Cite, Label, Line, Part, Text
from summariser.text.normalise import visible

MARK = re.compile(r"\[([^\[\]\s]{1,200})\]")  # a citation mark as the reconciler writes it: [2]
QUOTED = re.compile(r"“[^”]*(?:”|$)")  # quoted words in a summary: article text, never a citation


def _claim_span(cl: Claim) -> Citation:
    """The span one side of a conflict rests on, in its first source."""
    ev = cl.evidence
    return Citation(source=cl.source, start=ev.start, end=ev.end, status=ev.status)


def _claim(cl: Claim, words: int = CLAIM_WORDS) -> Line:
    """One side of a disagreement: its value, its words, every source that says so."""
    value = f"{visible(cl.value)}: " if cl.value else ""
    shown = opening(cl.text, words)
    return Line((Text(f"{value}“{shown}”"), Cite(tuple(cl.sources or [cl.source]), (_claim_span(cl),))))


def conflict_line(c: Conflict, words: int = CLAIM_WORDS) -> Line:
    """A disagreement: its kind, the reconciler's summary, then every side's words."""
    head = (Label(c.kind, "kind"), Text(": "), *summary_parts(c))
    basis = (Line((Text(f"why comparable: {visible(c.basis)}"),)),) if c.basis else ()
    return Line(head, (*basis, *(_claim(cl, words) for cl in c.claims)))


def summary_parts(c: Conflict) -> tuple[Part, ...]:
    """Split a conflict summary once into words and citations, so no formatter ever un-escapes a mark."""
    text = visible(c.summary)
    spans = {cl.source: _claim_span(cl) for cl in reversed(c.claims)}  # a source's first claim wins
    parts: list[Part] = []
    pos = 0
    for start, end, sids in _mark_runs(text, {s for cl in c.claims for s in (cl.source, *cl.sources)}):
        parts += [Text(text[pos:start])] if start > pos else []
        parts.append(Cite(tuple(sids), tuple(spans[s] for s in dict.fromkeys(sids) if s in spans)))
        pos = end
    return (*parts, Text(text[pos:])) if pos < len(text) else tuple(parts)


def _mark_runs(text: str, allowed: set[str]) -> list[tuple[int, int, list[str]]]:
    """Runs of adjacent marks that name one of `allowed`, outside quoted words (article text forges none)."""
    quoted = [m.span() for m in QUOTED.finditer(text)]
    runs: list[tuple[int, int, list[str]]] = []
    for m in MARK.finditer(text):
        if m.group(1) not in allowed or any(a <= m.start() < e for a, e in quoted):
            continue
        if runs and runs[-1][1] == m.start():
            runs[-1] = (runs[-1][0], m.end(), [*runs[-1][2], m.group(1)])
        else:
            runs.append((m.start(), m.end(), [m.group(1)]))
    return runs
