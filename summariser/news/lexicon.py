"""Closed word lists of news English: countries and demonyms, titles, speech verbs, cue phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    """A country with the forms news copy uses for it."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@cache
def countries() -> tuple[Country, ...]:
    """Countries from the packaged table (aliases include "UK", "Britain"; capitals "London")."""
    table = resources.files("summariser.news").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    out = []
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, demonyms, capitals = ([*line.split("\t"), "", "", ""])[:4]
        out.append(Country(name, _split(aliases), _split(demonyms), _split(capitals)))
    return tuple(out)


def _split(field: str) -> tuple[str, ...]:
    """Split a comma list of the table, dropping blanks."""
    return tuple(x.strip() for x in field.split(",") if x.strip())


@cache
def country_forms() -> dict[str, str]:
    """Map every name, alias and demonym (casefolded) to its canonical country."""
    forms: dict[str, str] = {}
    for c in countries():
        for form in (c.name, *c.aliases, *c.demonyms):
            forms[form.casefold()] = c.name
            forms[form.casefold().removeprefix("the ")] = c.name
    return forms


@cache
def capital_forms() -> dict[str, str]:
    """Map capitals (casefolded) to their country, for metonymy ("London said …")."""
    return {cap.casefold(): c.name for c in countries() for cap in c.capitals}


@cache
def country_of(word: str, *, capitals: bool = False) -> str:
    """Canonical country for a name, alias or demonym ("British" → "United Kingdom"), else ""."""
    key = re.sub(r"['’]s$", "", word.strip().casefold()).removeprefix("the ").strip()
    found = country_forms().get(key, "")
    if not found and capitals:
        found = capital_forms().get(key, "")
    return found


def word_list(name: str, suffix: str = "txt") -> tuple[str, ...]:
    """The entries of a packaged word list (`data/NAME.txt`): one per line, `#` comments ignored."""
    table = resources.files("summariser.news").joinpath(f"data/{name}.{suffix}").read_text(encoding="utf-8")
    return tuple(e for line in table.splitlines() if (e := line.split("#", 1)[0].strip(" \n")))


# Titles that precede or follow a person's name; longest first so "Prime Minister" beats "Minister".
TITLES = tuple(sorted(word_list("titles"), key=len, reverse=True))
TITLE_SET = frozenset(t.casefold() for t in TITLES)
TITLE_RE = "|".join(re.escape(t) for t in TITLES)
# Other names for one title, as news copy writes them ("PM" for "prime minister"): variant -> title.
TITLE_SYNONYMS = dict(line.split("\t") for line in word_list("title_synonyms", "tsv"))

# Words that move a title out of the present ("former president", "outgoing prime minister").
TIME_SHIFTED_TITLES = frozenset(word_list("time_shifted_titles"))


def title_forms(title: str) -> list[str]:
    """Every way copy writes one post ("secretary-general": "UN chief", "secretary general", ...)."""
    if not title.strip():
        return []
    key = TITLE_SYNONYMS.get(title.casefold().strip(), title.casefold().strip())
    return sorted({title.casefold().strip(), key, *(v for v, k in TITLE_SYNONYMS.items() if k == key)})


def same_title(a: str, b: str) -> bool:
    """Do two titles name one post, abbreviations and synonyms included ("PM", "prime minister")?"""
    x, y = a.casefold().strip(), b.casefold().strip()
    return TITLE_SYNONYMS.get(x, x) == TITLE_SYNONYMS.get(y, y)


# Verbs of saying, as they appear around quotes ("said Starmer", "Witkoff added:"), as one alternation.
SPEECH_VERBS = "|".join(word_list("speech_verbs"))
# Capitalised words that start organisations, places, events and documents rather than people.
NON_PERSON_WORDS = frozenset(word_list("non_person_words"))
# Conjunctions and prepositions: capitalised, they open a sentence, never a name ("Because Judge Varga").
CLAUSE_WORDS = frozenset(word_list("clause_words"))
# Function words left out when comparing the content of two texts.
STOPWORDS = frozenset(word_list("stopwords"))

# Family names written before the given name ("Xi Jinping"), as a tie-breaker to the article's usage.
FAMILY_FIRST = frozenset(word_list("family_name_first"))
# Honorifics and gendered titles, mapped to the pronoun they imply ("mrs." -> "f").
HONORIFICS = {w.rsplit(None, 1)[0].casefold(): w.rsplit(None, 1)[1] for w in word_list("honorifics")}
# Verbs of communication and cognition that report speech, by lemma ("say", "comment", "write").
SPEECH_LEMMAS = frozenset(word_list("speech_lemmas"))


def inflections(lemma: str) -> set[str]:
    """A regular verb's written forms ("underscore" -> underscored, underscores, underscoring)."""
    if lemma.endswith("e"):
        return {lemma, lemma + "d", lemma + "s", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        return {lemma, lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"}
    plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
    return {lemma, lemma + "ed", plural, lemma + "ing", lemma + lemma[-1] + "ed"}


# Written forms of every verb of saying: the listed irregular ones and the lemmas' regular inflections.
SPEECH_FORMS = "|".join(
    sorted({*word_list("speech_verbs"), *(f for w in SPEECH_LEMMAS for f in inflections(w))}, key=len)[::-1]
)
# Verbs of belief that report a view, overridden by a verb of saying above them ("believe", "fear").
BELIEF_LEMMAS = frozenset(word_list("belief_lemmas"))
# Nouns for organisations, documents and unnamed sources that can be quoted ("statement", "ministry").
SPEAKING_BODIES = frozenset(word_list("speaking_bodies"))

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
