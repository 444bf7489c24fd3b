"""Calendar dates an article gives for things it refers to ("the treaty signed on 4 May 1998"), with the
words around them, so stories that date the same thing differently can be compared."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summariser.news.calendar import MONTH, MONTHS, month_number
from summariser.reconcile.members import content_words
from summariser.text.document import Document

DATE = re.compile(
    rf"\b(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}),?\s+(?P<y2>\d{{4}})\b"
    r"|\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y3>\d{4})\b",
    re.I,
)
CONTEXT_WORDS = 12  # words either side of a date that say what it dates


@dataclass(frozen=True)
class DateMention:
    """One full date in an article: its possible (month, day) readings, its year, words around it, span."""

    year: int
    readings: frozenset[tuple[int, int]]
    text: str
    start: int
    end: int
    context: frozenset[str]


def _readings(m: re.Match[str]) -> frozenset[tuple[int, int]]:
    """Every (month, day) a match can mean; a numeric date that could be day/month or month/day keeps both."""
    if m.group("m1"):
        return frozenset({(month_number(m.group("m1")), int(m.group("d1")))})
    if m.group("m2"):
        return frozenset({(month_number(m.group("m2")), int(m.group("d2")))})
    a, b = int(m.group("a")), int(m.group("b"))
    return frozenset(r for r in ((b, a), (a, b)) if 1 <= r[0] <= 12 and 1 <= r[1] <= 31)


def mentions(doc: Document) -> list[DateMention]:
    """Every full date in the article's kept body sentences, with the content words around it."""
    out = []
    for s in doc.body:
        for m in DATE.finditer(s.text):
            readings = _readings(m)
            if not readings:
                continue
            year = int(m.group("y1") or m.group("y2") or m.group("y3"))
            before = s.text[: m.start()].split()[-CONTEXT_WORDS:]
            after = s.text[m.end() :].split()[:CONTEXT_WORDS]
            context = content_words(" ".join(before + after))
            context = frozenset(w for w in context if not w.isdigit() and w not in MONTHS)
            start, end = s.start + m.start(), s.start + m.end()
            out.append(DateMention(year, readings, m.group(), start, end, context))
    return out
