"""The wire agency an article credits for its text: '(AFP)', '— AP', 'Reuters reported', 'By PTI'.

Only credits for the words: a photo credit ('REUTERS/Jane Doe', 'Photo: AP') says who took a picture,
not who wrote the story, and is not read.
"""

from __future__ import annotations

import re
from functools import cache

from summariser.news import lexicon


@cache
def _names() -> dict[str, str]:
    """Every written form of an agency (as printed and in capitals) -> its short name."""
    out: dict[str, str] = {}
    for line in lexicon.word_list("wire_agencies", "tsv"):
        short, _tab, rest = line.partition("\t")
        for form in (short, *(x.strip() for x in rest.split(",") if x.strip())):
            out[form] = out[form.upper()] = short.strip()
    return out


@cache
def _credit_re() -> re.Pattern[str]:
    """A credit: the name in brackets, after a dash ending a line, before 'reported' or after 'By'."""
    name = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    return re.compile(
        rf"""\((?P<a>{name})\)
        | (?:—|–|--?)\s*(?P<b>{name})\s*$
        | \b(?P<c>{name})\s+reported\b
        | ^\s*[Bb]y\s+(?P<d>{name})\s*$""",
        re.VERBOSE | re.MULTILINE,
    )


def agencies(text: str) -> frozenset[str]:
    """Short names of the agencies the text credits for its words."""
    names = _names()
    return frozenset(names[n] for m in _credit_re().finditer(text) for n in m.groups() if n)
