"""Credit lines that name the source of a story: "(Reuters)", "By PTI", a line that says only "AFP",
"Provided by The Guardian", "Courtesy of Forests News". The credited name is the article's agency."""

from __future__ import annotations

import re
from functools import cache

from summariser.news.lexicon import word_list

NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z0-9][\w&.'’-]*){0,5}"
# A line that credits a named source for the text as a whole, and says nothing else.
CREDIT = re.compile(
    rf"^\W*(?i:provided\s+by|courtesy(?:\s+of)?|syndicated\s+(?:from|by)|distributed\s+by|republished\s+from)"
    rf"\s*:?\s+(?P<name>{NAME})\s*\.?\s*$"
)
BY = re.compile(r"^\W*(?i:by|source|from)\s*:?\s+(?P<name>.+?)\s*\.?\s*$")
TRIM = " \t.,;:()[]—–-|/"


@cache
def _agencies() -> dict[str, str]:
    """Agency names (casefolded) to their usual spelling."""
    return {a.casefold(): a for a in word_list("news_agencies")}


def agency_named(name: str) -> str:
    """The agency a name is ("reuters", "(AFP)") or "" when it names none."""
    return _agencies().get(name.strip(TRIM).casefold(), "")


def credit_line(line: str) -> str:
    """The source a short line credits: "Provided by X", "By PTI", "AFP" or "AFP/Reuters" alone; else ""."""
    text = " ".join(line.split())
    m = CREDIT.match(text)
    if m:
        return m.group("name").strip(TRIM)
    m = BY.match(text)
    if m and agency_named(m.group("name")):
        return agency_named(m.group("name"))
    names = [n for n in re.split(r"\s*(?:/|,|\band\b|&)\s*", text.strip(TRIM)) if n]
    found = [agency_named(n) for n in names]
    return found[0] if found and all(found) else ""
