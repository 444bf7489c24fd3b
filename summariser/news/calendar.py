"""How news copy names the day of an event: a weekday, often followed by its calendar date ("Tuesday,
September 15", "Tuesday 15 September 2020"), which is explicit where a weekday alone must be resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from summariser.news.lexicon import DAYS, word_list

MONTHS = "january february march april may june july august september october november december".split()
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
ORDINAL = r"(?:st|nd|rd|th)?"
CALENDAR = (
    rf"(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}}){ORDINAL}(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}}){ORDINAL}\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>\d{{4}}))?"
)
WEEKDAY = re.compile(  # "Tuesday, September 15", "Wednesday (January 15)"
    rf"\b(?:on\s+)?(?P<day>{'|'.join(DAYS)})\b(?:['’]s)?(?:,?\s+\(?(?:(?i:{CALENDAR}))\b\)?)?"
)


@dataclass(frozen=True)
class Day:
    """A day as an article names it: the weekday, and the calendar date when the text gives one."""

    weekday: str
    month: int = 0
    day: int = 0
    year: int = 0


def month_number(name: str) -> int:
    """1-12 from a month's name or abbreviation ("Sept." is 9)."""
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name.casefold()[:3]))


DATED = re.compile(rf"(?i:{CALENDAR})")
ACT_VERBS = frozenset(word_list("dating_verbs"))  # "signed", "agreed", "met": the event's own act


def read_day(text: str) -> Day | None:
    """The weekday and calendar date a phrase like "Tuesday, September 15, 2020" names (or "July 14,
    2015", whose weekday the calendar gives), else None."""
    m = WEEKDAY.fullmatch(text.strip())
    if m is None:
        return _dated(text)
    weekday = DAYS[[d.casefold() for d in DAYS].index(m.group("day").casefold())]
    month = m.group("m1") or m.group("m2")
    if not month:
        return Day(weekday)
    day = int(m.group("d1") or m.group("d2"))
    year = int(m.group("y1") or m.group("y2") or 0)
    return Day(weekday, month_number(month), day, year) if 1 <= day <= 31 else Day(weekday)


def _dated(text: str) -> Day | None:
    """A full calendar date without its weekday ("July 14, 2015"), with the weekday it fell on."""
    m = DATED.fullmatch(text.strip())
    if m is None or not (m.group("y1") or m.group("y2")):
        return None
    try:
        when = date(
            int(m.group("y1") or m.group("y2")),
            month_number(m.group("m1") or m.group("m2")),
            int(m.group("d1") or m.group("d2")),
        )
    except ValueError:
        return None
    return Day(DAYS[when.weekday()], when.month, when.day, when.year)


def dates_an_act(text: str) -> bool:
    """Does the text hold a verb of the event's own act, so that a day it gives may date the event?"""
    return not ACT_VERBS.isdisjoint(re.findall(r"[a-z]+", text.casefold()))
