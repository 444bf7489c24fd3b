"""The event one article reports: its name, place and day, by majority over the article's mentions; a
day named with its calendar date ("Tuesday, September 15") is kept whole, being explicit."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from summariser.engines.evidence import span_evidence
from summariser.models import Event
from summariser.news import lexicon
from summariser.news.agents import word_set
from summariser.news.calendar import CALENDAR, WEEKDAY
from summariser.news.event_names import event_names
from summariser.text.document import Sentence

EVENT_PLACES = (  # tried one by one: as one alternation, "The summit in X" would match "The summit"
    re.compile(  # "the deal struck in Dubai", "talks held in the city of Geneva", "signed at the White House"
        r"\b(?:summit|meeting|talks|conference|gathering|signing|coalition|signed|negotiations|ceremony|"
        r"agreement|deal|accord|declaration|reached|struck|held|hosted|adopted)\b[^.]{0,40}?\b(?:in|at)\s+"
        r"(?:the\s+(?:city\s+of\s+)?)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    ),
    re.compile(
        r"\b(?:to|in)\s+(?P<place>[A-Z][\w'’-]+)\s+for\s+the\s+(?:[\w-]+\s+){0,3}(?:summit|talks|meeting|conference)"
    ),
    re.compile(r"\b(?P<place>[A-Z][\w'’-]+)\s+(?:summit|talks|meeting|conference)\b"),
)
OPENING = 2  # the first body sentences, where a story names its event
OPENING_WEIGHT = 3  # a name in the opening counts as three mentions further down
EVENT_WORDS = re.compile(
    r"\b(?:summit|meeting|talks|signed|agreed|gathered|conference|communiq[uú]e|declaration)\b", re.IGNORECASE
)


def event_of(
    body: list[Sentence],
    dateline_place: str,
    tagged: Sequence[tuple[int, int]] | None = None,
    between: str = "",
) -> Event:
    """The event's name, place and day, by majority over the article's mentions. With the tagger's place
    spans (`tagged`), a candidate place must be one of them or a country or capital the lexicon knows.
    `between`: the sides the opening names ("Israel–Hamas ceasefire"), the name unless the article
    names the event in its opening or three times (a name met once or twice in the body may be another
    occasion recalled: "the Harbour Summit of 2009")."""
    names: Counter[str] = Counter()
    places: Counter[str] = Counter()
    forms: dict[str, str] = {}
    for k, s in enumerate(body):
        for name in event_names(s.text):
            names[name.casefold()] += OPENING_WEIGHT if k < OPENING else 1
            forms.setdefault(name.casefold(), name)
        found = {
            (s.start + m.start("place"), m.group("place")) for rx in EVENT_PLACES for m in rx.finditer(s.text)
        }
        for at, place in sorted(found):  # each mention once, whichever patterns find it
            if place.casefold() in lexicon.NON_PERSON_WORDS or not _a_place(place, at, tagged):
                continue
            if not lexicon.country_of(place) or lexicon.capital_forms().get(place.casefold()):
                places[place] += 1
    top, count = names.most_common(1)[0] if names else ("", 0)
    name = forms.get(top, "") if count >= OPENING_WEIGHT or not between else between
    if dateline_place:
        places[dateline_place] += 2  # the dateline names where the story was filed: usually the venue
    place = places.most_common(1)[0][0] if places else ""
    day, where = _day(body)
    return Event(name=name, location=place, date=day, date_evidence=span_evidence(*where) if where else None)


def _a_place(word: str, at: int, tagged: Sequence[tuple[int, int]] | None) -> bool:
    """A capitalised word after "summit in" is a place if the lexicon or the tagger says so ("Sherpa
    meeting" names a role); `tagged` also holds text the tagger did not read, where the pattern decides."""
    if tagged is None or lexicon.country_of(word, capitals=True):
        return True
    return any(a <= at < b for a, b in tagged)


def _day(body: list[Sentence]) -> tuple[str, tuple[int, int] | None]:
    """The weekday most mentioned beside the event's words, in its fullest form (with the calendar date
    when one mention gives it), and where that form stands."""
    days: list[tuple[str, str, int, int]] = []  # (weekday, as written, start, end)
    for s in body:
        if EVENT_WORDS.search(s.text):
            for m in WEEKDAY.finditer(s.text):
                end = m.end() if m.group("m1") or m.group("m2") else m.end("day")  # not "Tuesday's"
                written = " ".join(s.text[m.start("day") : end].split())
                days.append((m.group("day").casefold(), written, s.start + m.start("day"), s.start + end))
    if not days:
        return _dated_act(body)
    weekday = Counter(d for d, _, _, _ in days).most_common(1)[0][0]
    mine = [d for d in days if d[0] == weekday]
    _, written, start, end = max(mine, key=lambda d: len(d[1]))  # the fullest; the first of equals
    return written, (start, end)


def _dated_act(body: list[Sentence]) -> tuple[str, tuple[int, int] | None]:
    """With no weekday: the first full calendar date an act of the event is dated by ("struck a deal on
    July 14, 2015"); a date that only stands near such a verb may date something else."""
    for s in body:
        for m in _act_on_date().finditer(s.text):
            if m.group("y1") or m.group("y2"):
                return m.group("date"), (s.start + m.start("date"), s.start + m.end("date"))
    return "", None


@cache
def _act_on_date() -> re.Pattern[str]:
    """A verb of the event's act, a few words of its object, then "on" and a calendar date."""
    verbs = "|".join(sorted(word_set("dating_verbs")))
    return re.compile(rf"(?i:\b(?:{verbs})\b)[^.,;:“”\"]{{0,40}}?\bon\s+(?P<date>(?i:{CALENDAR}))")
