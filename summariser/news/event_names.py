"""How news copy names an event: "the summit of the Coalition of the Willing", "the Abraham Accords",
"COP28 summit", "the G-20 leaders". Shared by the extractive engine and the header's vote, which falls
back on these when no record names the event."""

from __future__ import annotations

import re

from summariser.news import lexicon
from summariser.text.hints import may_hold

EVENT_NAME = re.compile(
    r"""(?:meeting|summit|gathering|conference|talks)(?:\s+yet)?\s+of\s+the\s+(?:so-called\s+)?["“]?
        (?P<a>[A-Za-z][\w'’ -]{2,60}?)["”]?(?=\s+(?:in|on|at)\b|[,.;])
      | \b(?:the|a)\s+["“](?P<b>[^"”]{3,60})["”]\s+(?:summit|meeting|conference|talks)
      | \b(?P<c>(?:[A-Z][\w'’-]+\s+){1,5})(?:Summit|Conference|Forum)\b
      | \b(?P<d>(?:[A-Z][\w'’-]+\s+){1,4}(?:Accords|Treaty|Pact))\b""",
    re.VERBOSE,
)
ACRONYM_EVENT = re.compile(  # "COP28 summit", "the G-20 leaders", "AUKUS pact": a name made of capitals
    r"\b(?P<name>[A-Z]{2,}(?:-?\d{1,2})?|[A-Z]-?\d{1,2})\s+(?:[a-z]+\s+)?(?:(?i:summit|conference|talks|meeting|"
    r"leaders|declaration|pact|deal|agreement|partnership|accord|communiqu[eé]))\b"
)


# A word each pattern above needs (case aside): a sentence with none names no event (most of a long text).
NEEDED = (
    "summit", "meeting", "gathering", "conference", "talks", "forum", "accord", "treaty", "pact", "leaders",
    "declaration", "deal", "agreement", "partnership", "communiqu",
)  # fmt: skip


def event_names(text: str) -> list[str]:
    """Every name a sentence gives the event, as written."""
    if not may_hold(text, NEEDED):
        return []
    out = [
        " ".join((m.group("a") or m.group("b") or m.group("c") or m.group("d") or "").split())
        for m in EVENT_NAME.finditer(text)
    ]
    out += [
        m.group("name")
        for m in ACRONYM_EVENT.finditer(text)
        if not lexicon.country_of(m.group("name")) and m.group("name").casefold() not in lexicon.TITLE_SET
    ]
    return [n for n in out if n]
