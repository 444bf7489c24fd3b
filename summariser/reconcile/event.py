"""The event header from the articles: name, place and day by majority, never a repeated or cut token,
the day resolved against the articles' own dates."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from summariser.models import Event
from summariser.news import lexicon
from summariser.news.lexicon import DAYS, STOPWORDS

CUT = re.compile(
    r"(?:^(?:the|a|an)\s+\S+$)|(?:[-–](?:led|based|backed|hosted|run)$)|(?:\b(?:of|and|the|in|for)$)", re.I
)


def usable_name(name: str) -> bool:
    """A name that reads whole: not a determiner and one word ("The UN-led") nor ending mid-phrase."""
    n = " ".join(name.split())
    return bool(n) and not CUT.search(n) and n.casefold() not in STOPWORDS


def usable_place(place: str, name: str) -> bool:
    """A place that is neither the event's own name again ("BRICS in BRICS"), a title nor a code."""
    p = place.strip()
    if not p or any(ch.isdigit() for ch in p) or p.casefold() in lexicon.TITLE_SET:
        return False
    return p.casefold() not in name.casefold() and name.casefold() not in p.casefold()


def resolve_day(day: str, published: list[date]) -> str:
    """A weekday read against the articles' dates: the last such weekday on or before the usual date
    (of dates given equally often, the earliest: a story cannot report a day after it was dated)."""
    names = [d.casefold() for d in DAYS]
    if day.casefold() not in names or not published:
        return day
    counts = Counter(published)
    ref = min(counts, key=lambda d: (-counts[d], d))
    back = (ref.weekday() - names.index(day.casefold())) % 7
    when = ref - timedelta(days=back)
    return f"{DAYS[when.weekday()]} {when.day} {when:%B} {when.year}"


def header(events: list[Event], published: list[date]) -> Event:
    """Majority name, place and day across articles, each checked to read whole."""
    names = Counter(e.name for e in events if usable_name(e.name))
    name = names.most_common(1)[0][0] if names else ""
    places = Counter(e.location for e in events if usable_place(e.location, name))
    days = Counter(e.date for e in events if e.date)
    day = days.most_common(1)[0][0] if days else ""
    return Event(
        name=name,
        location=places.most_common(1)[0][0] if places else "",
        date=resolve_day(day, published) if day else "",
    )
