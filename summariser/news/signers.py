"""Names of signers: the people a signing's phrases name (the people finder's, then spaCy's), else states."""

from __future__ import annotations

import re

from summariser.news import lexicon
from summariser.news.names import role_before
from summariser.news.people import PeopleFinder
from summariser.news.signing import Signing


def names(text: str, found: Signing, finder: PeopleFinder) -> list[tuple[str, str, str]]:
    """People named in the signer phrases (known people, then spaCy's), or else the countries named there."""
    people: dict[str, tuple[str, str, str]] = {}
    for start, end in found.signers:
        for p in finder.in_span(start, end):
            if not _part_of_place(text, p.name, start, end):
                people.setdefault(p.name, (p.name, p.role, p.country))
    for start, end in found.persons:
        name = text[start:end]
        known = finder.resolve(name)
        if known is not None:
            people.setdefault(known.name, (known.name, known.role, known.country))
        elif _plausible_name(name) and not _continues_known(text, finder, start, end):
            adjective, title = role_before(text[max(0, start - 48) : start])
            people.setdefault(name, (name, title, lexicon.country_of(adjective)))
    if people:
        return list(people.values())
    found_states: list[tuple[str, str, str]] = []
    for start, end in found.signers:
        for m in STATE.finditer(text, start, end):
            country = lexicon.country_of(m.group())
            if country and country not in [f[0] for f in found_states]:
                found_states.append((country, "state", country))
    return found_states


def _part_of_place(text: str, name: str, start: int, end: int) -> bool:
    """Is a "name" the start of a country's name in the span ("United Arab" of "United Arab Emirates")?"""
    for m in re.finditer(re.escape(name) + r"((?:\s+[A-Z][\w'’-]*){1,3})", text[start:end]):
        words = m.group(1).split()
        if any(lexicon.country_of(" ".join([name, *words[:k]])) for k in range(1, len(words) + 1)):
            return True
    return False


STATE = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def _continues_known(text: str, finder: PeopleFinder, start: int, end: int) -> bool:
    """Does a span overlap or directly continue a name the people finder already knows?"""
    for person in finder.people.values():
        for a, b in person.mentions:
            if (a < end and start < b) or (b <= start and NAME_GAP.fullmatch(text[b:start])):
                return True
    return False


NAME_GAP = re.compile(r"[ \w.'’-]{0,16}")


def _plausible_name(name: str) -> bool:
    """A spaCy PERSON of two or more words, none of them a title, place or other non-name word."""
    words = name.split()
    return (
        len(words) >= 2
        and not name.isupper()
        and not any(
            w.casefold() in lexicon.NON_PERSON_WORDS
            or w.casefold() in lexicon.TITLE_SET
            or lexicon.country_of(w, capitals=True)
            for w in words
        )
    )
