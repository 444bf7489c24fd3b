"""The event header from the articles: name, place and day by majority, never a repeated or cut token,
the day resolved against the articles' own dates."""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from datetime import date, timedelta

from summariser.ingest.furniture import CAPTION
from summariser.models import Event
from summariser.news import lexicon
from summariser.news.calendar import DATED, MONTHS, Day, dates_an_act, month_number, read_day
from summariser.news.event_names import event_names
from summariser.news.lexicon import DAYS, STOPWORDS
from summariser.text.document import Document

YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
EVENT_NOUNS = frozenset((*lexicon.word_list("meeting_nouns"), *lexicon.word_list("agreement_nouns")))
LATER = frozenset({"will", "next", "upcoming", "scheduled"})  # a day set for the future dates no act yet
NEAR_DAYS = 183  # a date given without a year is read within half a year of the articles' usual date

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
    if not name.strip():  # with no name there is nothing for the place to repeat
        return True
    return p.casefold() not in name.casefold() and name.casefold() not in p.casefold()


def resolve_day(day: str, published: list[date], years: Counter[int] | None = None) -> str:
    """A day as the articles name it, as a calendar date. A date the text gives with the weekday wins
    when the weekday agrees (its year from the text, else the one nearest the articles' usual date);
    a weekday alone is the last such day on or before the usual date (of dates given equally often,
    the earliest: a story cannot report a day after it was dated)."""
    named = read_day(day)
    if named is None:
        return day
    counts = Counter(published)
    ref = min(counts, key=lambda d: (-counts[d], d)) if counts else None
    given = _calendar(named, ref) or (_in_years(named, years) if ref is None and years else None)
    if given is not None:
        return _written(given)
    if named.month and not named.year and ref is None:
        return f"{named.weekday} {named.day} {MONTHS[named.month - 1].capitalize()}"  # no year to check it in
    if ref is None:
        return named.weekday
    return _written(ref - timedelta(days=(ref.weekday() - DAYS.index(named.weekday)) % 7))


def _calendar(named: Day, ref: date | None) -> date | None:
    """The calendar date the text gives, in a year where its weekday is the one named; None without one."""
    if not named.month:
        return None
    years = [named.year] if named.year else ([ref.year, ref.year - 1, ref.year + 1] if ref else [])
    fits = []
    for year in years:
        with contextlib.suppress(ValueError):
            fits.append(date(year, named.month, named.day))

    def distance(d: date) -> int:
        return abs((d - ref).days) if ref else 0

    # a year in which the weekday fits only by chance, far from the articles' dates, is not the one meant
    fits = [d for d in fits if DAYS[d.weekday()] == named.weekday and distance(d) <= NEAR_DAYS]
    return min(fits, key=distance, default=None)


def _in_years(named: Day, years: Counter[int]) -> date | None:
    """With no publication date: the date in the year the articles mention most where the weekday named
    falls on that date (the weekday confirms the year)."""
    for year, _ in years.most_common():
        with contextlib.suppress(ValueError):
            when = date(named.year or year, named.month, named.day)
            if DAYS[when.weekday()] == named.weekday:
                return when
    return None


def dating_texts(doc: Document) -> list[str]:
    """What may date the event in one article: its body and its photo captions (left out of the memo,
    but a caption says when its picture was taken: "… in Washington on June 27, 2025")."""
    return [*(s.text for s in doc.body), *(d.text for d in doc.dropped if d.reason == CAPTION)]


def mentioned_years(texts: list[str]) -> Counter[int]:
    """How many articles mention each year: the story's own year is the one most of them name."""
    return Counter(y for t in texts for y in {int(m) for m in YEAR.findall(t)})


def dated_acts(sentences: list[list[str]]) -> Counter[tuple[int, int, int]]:
    """Calendar dates (month, day, year or 0) beside an act of the event ("signed on November 20"), counted
    once per article: a weekday alone is dated by the one of them it falls on."""
    out: Counter[tuple[int, int, int]] = Counter()
    for article in sentences:
        found = set()
        for text in filter(_dates_event, article):
            for m in DATED.finditer(text):
                year = int(m.group("y1") or m.group("y2") or 0)
                day = int(m.group("d1") or m.group("d2"))
                found.add((month_number(m.group("m1") or m.group("m2")), day, year))
        out.update(found)
    return out


def _dates_event(text: str) -> bool:
    """Does a sentence tell of an act or a meeting that has taken place ("signed on", "the talks on")?"""
    said = set(re.findall(r"[a-z]+", text.casefold()))
    return (dates_an_act(text) or not EVENT_NOUNS.isdisjoint(said)) and LATER.isdisjoint(said)


def _by_act(weekday: str, dated: Counter[tuple[int, int, int]], years: Counter[int]) -> str:
    """The date, among those given beside an act of the event, that falls on the weekday named; of
    several, the latest (the acts a story recalls are older than the one it reports)."""
    year = years.most_common(1)[0][0] if years else 0
    fits = []
    for month, day, given in dated:
        with contextlib.suppress(ValueError):
            when = date(given or year, month, day)
            if DAYS[when.weekday()] == weekday:
                fits.append(when)
    return _written(max(fits)) if fits else ""


def _written(when: date) -> str:
    """A date as the memo's header writes it."""
    return f"{DAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1].capitalize()} {when.year}"


def mentioned_names(articles: list[list[str]]) -> Counter[str]:
    """How many articles name the event each way ("COP28", "Abraham Accords"), for a header no record
    names (a model may leave the event's name empty)."""
    out: Counter[str] = Counter()
    for sentences in articles:
        out.update({n.casefold(): n for text in sentences for n in event_names(text)}.values())
    return out


def header(
    events: list[Event],
    published: list[date],
    years: Counter[int] | None = None,
    bodies: list[list[str]] | None = None,
) -> Event:
    """Majority name, place and day across articles, each checked to read whole. The articles' body
    sentences (`bodies`) are read only when the records leave the name empty or the day unplaced."""
    name = _majority_name([e.name for e in events if usable_name(e.name)])
    if not name and bodies:
        name = _majority_name([n for n in mentioned_names(bodies).elements() if usable_name(n)])
    places = _merged(Counter(e.location for e in events if usable_place(e.location, name)))
    day = _majority_day([e.date for e in events if e.date])
    resolved = resolve_day(day, published, years) if day else ""
    if resolved in DAYS and bodies and years:  # a weekday the articles' own dates could not place
        resolved = _by_act(resolved, dated_acts(bodies), years) or resolved
    return Event(name=name, location=places.most_common(1)[0][0] if places else "", date=resolved)


def _majority_name(names: list[str]) -> str:
    """The name most articles use, counted by its capitalised words ("Israel–Hamas ceasefire" and
    "Israel–Hamas deal" vote together), in the form most of them write."""
    by: dict[frozenset[str], list[str]] = {}
    for n in names:
        by.setdefault(
            frozenset(w.casefold() for w in re.findall(r"[\w'’]+", n) if not w.islower()), []
        ).append(n)
    if not by:
        return ""
    forms = max(by.values(), key=len)  # the first of equals, as articles were given
    return Counter(forms).most_common(1)[0][0]


def _majority_day(days: list[str]) -> str:
    """The day most articles name, counted by weekday ("Tuesday" and "Tuesday, September 15" agree), in
    the fullest form an article gives it."""
    if not days:
        return ""
    by: dict[str, list[str]] = {}
    for d in days:
        named = read_day(d)
        by.setdefault(named.weekday if named else d, []).append(d)
    forms = max(by.values(), key=len)  # the first of equals, as articles were given
    return max(forms, key=len)


def _merged(places: Counter[str]) -> Counter[str]:
    """Votes for a short form count for the fuller name it ends ("Delhi" for "New Delhi")."""
    out: Counter[str] = Counter()
    for place, n in places.items():
        fuller = [p for p in places if p != place and p.casefold().endswith(" " + place.casefold())]
        out[max(fuller, key=places.__getitem__) if fuller else place] += n
    return out
