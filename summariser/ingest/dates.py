"""Publication dates as pages and wire copy write them ("2023-11-07", "Nov 8, 2023", "Thursday, 21 April
2022"), read to `YYYY-MM-DD`; and the date a page labels as its publication date ("Published: …")."""

from __future__ import annotations

import re
from datetime import date

from summariser.news.calendar import MONTH, month_number
from summariser.news.lexicon import DAYS

ISO = r"(?P<y0>\d{4})-(?P<m0>\d{2})-(?P<d0>\d{2})"
WRITTEN = (
    rf"(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}),?\s+(?P<y2>\d{{4}})"
)
WEEKDAY = rf"(?:{'|'.join(DAYS)}|(?:mon|tue|wed|thu|fri|sat|sun)\.?)"
DATE = re.compile(rf"(?i:{ISO}|(?:{WEEKDAY},?\s+)?(?:{WRITTEN}))(?![\d-])")
CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?,?\s+)?"  # "22:31 EDT, 26 September 2020"
LABELLED = re.compile(
    rf"(?i:\b(?:first\s+)?(?:published|posted|written)(?:\s+on)?\s*:?\s*){CLOCK}(?=\S)",
)


def iso_date(text: str) -> str:
    """The first calendar date written in `text`, as YYYY-MM-DD ("" when there is none)."""
    m = DATE.search(text)
    return _iso(m) if m else ""


def _iso(m: re.Match[str]) -> str:
    """A matched date as YYYY-MM-DD, "" when it names no real day."""
    g = m.groupdict()
    year = g["y0"] or g["y1"] or g["y2"]
    month = int(g["m0"]) if g["m0"] else month_number(g["m1"] or g["m2"])
    day = g["d0"] or g["d1"] or g["d2"]
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return ""


def labelled_date(text: str) -> str:
    """The first date the text labels as when the piece was published, posted or written."""
    for label in LABELLED.finditer(text):
        m = DATE.match(text, label.end())
        if m and (found := _iso(m)):
            return found
    return ""
