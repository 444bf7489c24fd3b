"""A person taken up by a description with no name after it: "the former Spanish president" gives its post,
shifted in time, to the untitled person mentioned just before (a claim a tenure conflict can compare)."""

from __future__ import annotations

import re
from collections.abc import Callable

from summariser.news import lexicon
from summariser.news.names import UPPER, Person

DESCRIBED = re.compile(  # "the former Spanish president", with no name after it
    rf"\bthe\s+(?P<shift>{'|'.join(sorted(lexicon.TIME_SHIFTED_TITLES, key=len, reverse=True))})[\s-]+"
    rf"(?:(?P<adj>[A-Z][\w.'’-]*)\s+)?(?P<title>(?i:{lexicon.TITLE_RE}))\b(?![ \t]+[{UPPER}])"
)
WINDOW = 400  # characters back in which "the former president" takes up a person

Before = Callable[[int, int], list[tuple[int, int, Person]]]


def take_up(text: str, spans: list[tuple[int, int]], before: Before) -> None:
    """Give each description its person: the latest one mentioned shortly before with no title of their
    own and no other country. Only a description that shifts the post in time, which no one else in the
    story is likely to fit (`before(pos, window)`: the mentions before a position, latest first)."""
    for start, end in spans:
        for m in DESCRIBED.finditer(text, start, end):
            country = lexicon.country_of(m.group("adj") or "")
            if m.group("adj") and not country:
                continue  # "the former navy chief": not a country's post
            for _, _, person in before(m.start(), WINDOW):
                if not person.role and person.country in ("", country):
                    person.role, person.titled = f"{m.group('shift')} {m.group('title')}", m.span()
                    person.country = person.country or country
                    break
