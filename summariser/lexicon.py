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
    table = resources.files("summariser").joinpath("data/countries.tsv").read_text(encoding="utf-8")
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


# Titles that precede or follow a person's name; longest first so "Prime Minister" beats "Minister".
TITLES = tuple(
    sorted(
        """president|vice president|prime minister|deputy prime minister|chancellor|foreign minister|
        defence minister|defense minister|minister|foreign secretary|defence secretary|secretary of state|
        secretary general|secretary-general|secretary|special envoy|envoy|special representative|
        representative|leader|king|queen|crown prince|prince|princess|emperor|premier|ambassador|
        spokesperson|spokesman|spokeswoman|commander|general|gen.|admiral|army chief|chief|chairman|
        chairwoman|chair|director|director-general|high representative|commissioner|speaker|senator|
        governor|mayor|sheikh|emir|sultan|son-in-law|daughter|adviser|advisor|aide|negotiator|
        official|head|foreign policy chief|national security adviser|pope|cardinal|chief negotiator|
        deputy|mediator|delegate|lawmaker|MP|MEP|president-elect|taoiseach|first minister|
        supreme leader|crown princess|host|dr.|mr.|mrs.|ms.|sir|dame|lord|lady""".replace("\n", "").split(
            "|"
        ),
        key=len,
        reverse=True,
    )
)
TITLE_SET = frozenset(t.strip().casefold() for t in TITLES if t.strip())
TITLE_RE = "|".join(re.escape(t.strip()) for t in TITLES if t.strip())

# Verbs of saying, as they appear around quotes ("said Starmer", "Witkoff added:").
SPEECH_VERBS = (
    r"said|says|say|added|adds|told|tells|noted|notes|stated|states|warned|warns|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|insisted|insists|declared|declares|announced|announces|explained|"
    r"argued|claimed|claims|acknowledged|ackowledged|conceded|remarked|wrote|writes|tweeted|posted|"
    r"replied|responded|asked|urged|hailed|praised|promised|pledged|vowed|suggested|admitted|"
    r"confirmed|recalled|continued|concluded|observed|cautioned|complained|predicted|reiterated|"
    r"repeated|maintained|mentioned|countered|pointed out|made it clear|made clear|expressed|"
    r"welcomed|thanked|feared|fears|believes|believed|agreed|described|called|saying|adding|noting|"
    r"warning|thanking|telling|insisting|stressing|arguing|calling|according\s+to"
)

# Capitalised words that start organisations, places, events and documents rather than people.
NON_PERSON_WORDS = frozenset(
    """palace|ministry|office|council|union|nations|house|coalition|war|forces|force|army|navy|
    commission|declaration|party|agency|times|news|street|square|summit|group|bank|fund|
    organization|organisation|alliance|government|parliament|assembly|committee|department|court|
    republic|kingdom|states|sea|ocean|region|monday|tuesday|wednesday|thursday|friday|saturday|
    sunday|january|february|march|april|may|june|july|august|september|october|november|december|
    airport|university|institute|centre|center|foundation|association|federation|conference|
    treaty|accord|agreement|pact|protocol|charter|communique|statement|plan|initiative|program|
    programme|mission|operation|security|guarantees|allies|western|european|eastern|northern|
    southern|international|national|global|world|press|media|reuters|afp|ap|tass|bbc|cnn|
    armed|defence|defense|foreign|state|secretary|general|prime|minister|president|chancellor|
    special|envoy|leader|white|kremlin|elysee|élysée|downing|pentagon|capitol|nato|eu|un|g7|g20|
    the|a|an|and|of|for|in|on|at|to|but|after|before|following|while|when|if|as|with|by|from|
    this|that|these|those|it|he|she|they|we|i|his|her|their|our|its|there|however|meanwhile|
    additionally|also|both|all|some|many|several|most|more|other|top|senior|new|old|first|last|
    members|member|officials|official|leaders|countries|country|troops|army|chiefs|chief|
    multinational|coalition|willing|west|east|north|south|mr|mrs|ms|dr|gen|sir|lord""".replace("\n", " ")
    .replace("|", " ")
    .split()
)

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
