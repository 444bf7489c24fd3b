"""Canonical names across articles: one key per person, country or title, every surface form kept."""

from __future__ import annotations

import re

from summariser.news import lexicon
from summariser.news.names import surname_key

# Titles that cannot both be true of one person at one time; synonyms map to one form.
ROLE_SYNONYMS = lexicon.TITLE_SYNONYMS
EXCLUSIVE_ROLES = frozenset(lexicon.word_list("exclusive_titles"))


def person_key(name: str) -> str:
    """Key of a person across spellings (Zelensky/Zelenskyy, with or without first name)."""
    return "person:" + surname_key(name)


def country_key(text: str) -> str:
    """Key of a country across forms (Britain/UK/London, US/Washington), or "" if not a country."""
    found = lexicon.country_of(text, capitals=True)
    return "country:" + found if found else ""


def entity_key(name: str) -> str:
    """Country key when the name is a country, else person key."""
    return country_key(name) or person_key(name)


def role_key(role: str) -> str:
    """Comparable form of a title, "" for titles that say nothing exclusive (envoy, leader, aide)."""
    r = re.sub(r"\s+", " ", role.casefold().strip(" ,."))
    r = re.sub(r"^(?:special|acting|interim|current) ", "", r)
    r = ROLE_SYNONYMS.get(r, r)
    return r if r in EXCLUSIVE_ROLES else ""
