"""Canonical names across articles: one key per person, country or title, every surface form kept."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from summariser.models import Entity, SummitOutcome
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


class Names:
    """Collects every surface form seen for each key and picks the display form."""

    def __init__(self) -> None:
        self.forms: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, name: str) -> str:
        """Record a form; return its key."""
        key = entity_key(name)
        self.forms[key][name.strip()] += 1
        return key

    def display(self, key: str) -> str:
        """Fullest, then most frequent, form (countries show their canonical name)."""
        if key.startswith("country:"):
            return key.removeprefix("country:")
        forms = self.forms.get(key)
        if not forms:
            return key.split(":", 1)[-1]
        return max(forms, key=lambda f: (len(f.split()), forms[f], f))

    def entities(self) -> list[Entity]:
        """Every entity with more than one form, so an analyst sees which spellings were merged."""
        out = []
        for key, forms in sorted(self.forms.items()):
            variants = sorted(forms)
            if key.startswith("country:"):
                variants = sorted(set(variants) | {key.removeprefix("country:")})
            if len(variants) > 1:
                kind = "country" if key.startswith("country:") else "person"
                out.append(Entity(name=self.display(key), kind=kind, variants=variants[:50]))
        return out


def names_in(o: SummitOutcome) -> list[str]:
    """Every name form a record uses (signatories, speakers, participants, raisers of issues)."""
    return [
        *(s.name for s in o.signatories),
        *(q.speaker for q in o.quotes),
        *(p.name for p in o.participants),
        *(i.raised_by for i in o.open_issues if i.raised_by),
    ]
