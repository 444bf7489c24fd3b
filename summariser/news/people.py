"""People in an article: names with titles and countries, surname mentions, and canonical forms."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from summariser.news import lexicon

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
TOKEN = rf"(?:[{UPPER}][\w'’-]*[\w]|[{UPPER}]\.)"
PARTICLE = r"(?:von|van|der|den|de|da|di|du|bin|al|le|la|del|dos|ter)"
NAME_SEQ = re.compile(rf"{TOKEN}(?:\s+(?:{PARTICLE}\s+)*{TOKEN}){{0,5}}")
SPEECH_AFTER = re.compile(rf"\s*,?\s*(?:who\s+)?(?:{lexicon.SPEECH_VERBS})\b")
NOT_TITLE = rf"(?!(?i:{lexicon.TITLE_RE})\b)"
POST_ROLE = re.compile(
    rf",\s+(?:the\s+)?(?:{NOT_TITLE}(?P<adj>{TOKEN})\s+)?(?P<role>(?i:{lexicon.TITLE_RE}))"
    rf"(?:\s+of\s+(?:the\s+)?(?P<of>{TOKEN}(?:\s+{TOKEN}){{0,3}}))?(?=\s*[,.;]|\s+(?:and|who)\b)"
)
LIST_BEFORE = re.compile(rf"(?P<prev>{TOKEN})\s*(?:,|\band)\s*$")
POSSESSIVE = re.compile(r"['’]s$")


@dataclass
class Person:
    """One person as an article names them, with every mention's span."""

    name: str
    role: str = ""
    country: str = ""
    mentions: list[tuple[int, int]] = field(default_factory=list)
    family_first: bool = False
    gender: str = ""

    @property
    def surname(self) -> str:
        """The token news copy uses on second reference (the first one for "Xi Jinping")."""
        parts = self.name.split()
        return parts[0] if self.family_first else parts[-1]


@lru_cache(maxsize=8192)
def fold_name(name: str) -> str:
    """Accent-, case- and punctuation-insensitive key for a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z ]", "", plain.casefold()).strip()


@lru_cache(maxsize=8192)
def surname_key(name: str) -> str:
    """Key that survives transliteration variants: Zelensky/Zelenskyy/Zelenskiy, Medvedev/Medvedew."""
    last = fold_name(name).split()[-1] if fold_name(name) else ""
    last = re.sub(r"(?:iy|yy|y|i)$", "y", last)
    return re.sub(r"(.)\1+", r"\1", last)


@lru_cache(maxsize=8192)
def _is_person_token(tok: str) -> bool:
    """A capitalised token that may be part of a personal name."""
    bare = POSSESSIVE.sub("", tok)
    low = bare.casefold()
    return (
        low not in lexicon.NON_PERSON_WORDS
        and not lexicon.country_of(bare, capitals=True)
        and low not in lexicon.TITLE_SET
        and low.removesuffix("s") not in lexicon.TITLE_SET
    )


WORDS_RE = re.compile(r"[\w.'’-]+")


def role_before(text: str) -> tuple[str, str]:
    """(adjective, title) ending `text` ("French President", "the UK prime minister,"), else ("", "")."""
    stripped = text.rstrip()
    if stripped.endswith(","):
        stripped = stripped[:-1].rstrip()
    if not stripped or not (stripped[-1].isalnum() or stripped[-1] == "."):
        return "", ""
    tokens = WORDS_RE.findall(stripped[-48:])
    for k in range(min(4, len(tokens)), 0, -1):
        cand = " ".join(tokens[-k:]).casefold()
        if cand in lexicon.TITLE_SET or cand.removesuffix("s") in lexicon.TITLE_SET:
            adj = tokens[-k - 1] if len(tokens) > k else ""
            return adj, " ".join(tokens[-k:])
    return "", ""


class PeopleFinder:
    """Collects the people of one text, then resolves surnames and pronouns against them."""

    def __init__(
        self, text: str, spans: list[tuple[int, int]], entities: Sequence[tuple[int, int]] = ()
    ) -> None:
        self.text = text
        self.people: dict[str, Person] = {}
        self._unconfirmed: set[str] = set()
        for start, end in spans:
            self._scan(start, end)
        for start, end in entities:
            self._entity(start, end)
        self._confirm_by_surname(spans)
        self._order_names(spans)
        self._collect_mentions(spans)

    def _entity(self, start: int, end: int) -> None:
        """Register a tagger's person name ("Sultan Al Jaber") once titles and countries are stripped."""
        tokens = list(re.finditer(r"\S+", self.text[start:end]))
        first = next((i for i, t in enumerate(tokens) if _is_person_token(t.group())), None)
        if first is None:
            return
        name: list[str] = []
        for t in tokens[first:]:
            if not (re.fullmatch(TOKEN + r"(?:['’]s)?", t.group()) or re.fullmatch(PARTICLE, t.group())):
                break
            surname = t is tokens[-1] and not lexicon.country_of(t.group())  # "Theresa May", "Amy Pope"
            if not _is_person_token(t.group()) and name and not surname:
                break
            name.append(t.group())
            if POSSESSIVE.search(t.group()):  # "Kim's aide": the name ends at the possessive
                break
        while name and re.fullmatch(PARTICLE, name[-1]):
            name.pop()
        if len(name) >= 2:
            self._consider(name, start + tokens[first].start(), "", "", known=True)

    def _scan(self, start: int, end: int) -> None:
        """Find name sequences in one sentence, strip titles and countries, and register people."""
        for m in NAME_SEQ.finditer(self.text, start, end):
            tokens = list(re.finditer(r"\S+", m.group()))
            country, first = "", 0
            for i, t in enumerate(tokens):
                word = t.group()
                after_possessive = i > 0 and POSSESSIVE.search(tokens[i - 1].group()) and i + 1 < len(tokens)
                if _is_person_token(word) or after_possessive:  # "Italy's Georgia Meloni"
                    first = i
                    break
                country = lexicon.country_of(word) or country
            else:
                continue
            role = role_before(m.group()[: tokens[first].start()])[1]
            name_tokens = [tokens[first].group()]
            for t in tokens[first + 1 :]:
                if not _is_person_token(t.group()):
                    break
                name_tokens.append(t.group())
            self._consider(name_tokens, m.start() + tokens[first].start(), role, country)

    def _consider(self, tokens: list[str], pos: int, role: str, country: str, known: bool = False) -> None:
        """Register a candidate name when its context shows it is a person."""
        if not tokens:
            return
        name = POSSESSIVE.sub("", " ".join(tokens))
        end = pos + len(" ".join(tokens))
        before = self.text[max(0, pos - 48) : pos]
        pre_adj, pre_role = role_before(before)
        post = POST_ROLE.match(self.text, end)
        if pre_role:
            role = role or pre_role
            country = country or lexicon.country_of(pre_adj)
        if post:
            role = role or post.group("role")
            country = country or lexicon.country_of(post.group("adj") or "")
            country = country or lexicon.country_of(post.group("of") or "")
        possessive = re.search(rf"({TOKEN})['’]s\s+$", before)
        if possessive and not country:
            country = lexicon.country_of(possessive.group(1))
        evidence = bool(role or country) or bool(SPEECH_AFTER.match(self.text, end))
        listed = LIST_BEFORE.search(before)
        if listed and self.resolve(listed.group("prev")) is not None:
            evidence = True
        if len(tokens) == 1 and not (role and not pre_role):
            evidence = evidence and bool(role)
        self._add(name, role, country, evidence or known)

    def _add(self, name: str, role: str, country: str, confirmed: bool) -> None:
        """Merge a name into the registry, keeping the fullest form and first role."""
        key = surname_key(name)
        person = self.people.get(key)
        if person is None:
            self.people[key] = Person(name, role.strip(), country)
            if not confirmed:
                self._unconfirmed.add(key)
            return
        if len(name.split()) > len(person.name.split()):
            person.name = name
        person.role = person.role or role.strip()
        person.country = person.country or country
        if confirmed:
            self._unconfirmed.discard(key)

    def _confirm_by_surname(self, spans: list[tuple[int, int]]) -> None:
        """Keep unconfirmed names only if their surname alone acts as a subject somewhere."""
        for key in list(self._unconfirmed):
            person = self.people[key]
            if len(person.name.split()) < 2 or not self._surname_speaks(person.surname, spans):
                del self.people[key]

    def _surname_speaks(self, surname: str, spans: list[tuple[int, int]]) -> bool:
        """Tell whether `surname` is the subject of a speech verb or a possessive anywhere."""
        rx = re.compile(rf"\b{re.escape(surname)}(?:['’]s\b|{SPEECH_AFTER.pattern})")
        return any(rx.search(self.text, s, e) for s, e in spans)

    def _order_names(self, spans: list[tuple[int, int]]) -> None:
        """Mark names written family name first ("Xi Jinping" is "Xi" later) and key them by it."""
        for person in self.people.values():
            parts = person.name.split()
            if len(parts) >= 2 and parts[0].isalpha() and _is_person_token(parts[0]):
                first, last = (self._alone(parts[0], spans), self._alone(parts[-1], spans))
                listed = parts[0].casefold() in lexicon.FAMILY_FIRST
                person.family_first = first > last or (listed and first >= last)
        merged: dict[str, Person] = {}
        for person in self.people.values():
            key = surname_key(person.surname)
            other = merged.get(key)
            if other is None or len(person.name.split()) > len(other.name.split()):
                if other is not None:
                    person.role, person.country = person.role or other.role, person.country or other.country
                merged[key] = person
        self.people = merged

    def _alone(self, word: str, spans: list[tuple[int, int]]) -> int:
        """How often a name part stands alone (not beside another capitalised word) in the text."""
        rx = re.compile(rf"(?<![\w’'-])\b{re.escape(word)}\b(?!\s+[{UPPER}])(?!-)")
        count = 0
        for s, e in spans:
            for m in rx.finditer(self.text, s, e):
                before = self.text[max(s, m.start() - 24) : m.start()]
                count += not re.search(rf"[{UPPER}][\w'’-]*\s+$", before)
        return count

    def _collect_mentions(self, spans: list[tuple[int, int]]) -> None:
        """Record every occurrence of each person's full name or surname, and index them by offset."""
        for person in self.people.values():
            forms = sorted({person.name, person.surname}, key=len, reverse=True)
            rx = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
            for s, e in spans:
                person.mentions.extend((m.start(), m.end()) for m in rx.finditer(self.text, s, e))
            person.mentions.sort()
            person.gender = person.gender or self._gender(person)
        self._index = sorted((s, e, p) for p in self.people.values() for s, e in p.mentions)
        self._starts = [s for s, _, _ in self._index]

    def _gender(self, person: Person) -> str:
        """The pronoun an honorific or gendered title before a mention implies ("Mr. X" -> m)."""
        for s, _ in person.mentions:
            words = self.text[max(0, s - 24) : s].casefold().split()
            for k in (2, 1):
                found = lexicon.HONORIFICS.get(" ".join(words[-k:])) if len(words) >= k else None
                if found:
                    return found
        return ""

    def resolve(self, mention: str) -> Person | None:
        """The registered person a name or surname refers to."""
        return self.people.get(surname_key(mention)) if mention.strip() else None

    def at(self, start: int, end: int) -> Person | None:
        """The person a mention overlapping [start, end) names, the last one if several."""
        i = bisect_left(self._starts, end)
        while i > 0:
            i -= 1
            s, e, person = self._index[i]
            if e > start:
                return person
            if s < start - 200:
                break
        return None

    def before(self, pos: int, window: int = 1200) -> list[tuple[int, int, Person]]:
        """Mentions starting in the `window` characters before `pos`, the latest first."""
        lo, hi = bisect_left(self._starts, pos - window), bisect_left(self._starts, pos)
        return self._index[lo:hi][::-1]

    def last_before(
        self, pos: int, window: int = 1200, exclude: list[tuple[int, int]] | None = None
    ) -> Person | None:
        """The person mentioned most recently before `pos`, outside `exclude` spans (for he/she)."""
        skip = sorted(exclude or ())
        starts = [a for a, _ in skip]
        for s, _, person in self.before(pos, window):
            k = bisect_right(starts, s) - 1
            if k < 0 or not skip[k][0] <= s < skip[k][1]:
                return person
        return None

    def in_span(self, start: int, end: int) -> list[Person]:
        """People mentioned inside a span, in order of first mention."""
        found: list[Person] = []
        for i in range(bisect_left(self._starts, start), bisect_left(self._starts, end)):
            _s, e, person = self._index[i]
            if e <= end and person not in found:
                found.append(person)
        return found
