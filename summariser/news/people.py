"""People in an article: names with titles and countries, surname mentions, and canonical forms."""

from __future__ import annotations

import re
import unicodedata
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

    @property
    def surname(self) -> str:
        """The token news copy uses on second reference."""
        return self.name.split()[-1]


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

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.people: dict[str, Person] = {}
        self._unconfirmed: set[str] = set()
        for start, end in spans:
            self._scan(start, end)
        self._confirm_by_surname(spans)
        self._collect_mentions(spans)

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

    def _consider(self, tokens: list[str], pos: int, role: str, country: str) -> None:
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
        self._add(name, role, country, evidence)

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

    def _collect_mentions(self, spans: list[tuple[int, int]]) -> None:
        """Record every occurrence of each person's full name or surname."""
        for person in self.people.values():
            forms = sorted({person.name, person.surname}, key=len, reverse=True)
            rx = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
            for s, e in spans:
                person.mentions.extend((m.start(), m.end()) for m in rx.finditer(self.text, s, e))
            person.mentions.sort()

    def resolve(self, mention: str) -> Person | None:
        """The registered person a name or surname refers to."""
        return self.people.get(surname_key(mention)) if mention.strip() else None

    def last_before(
        self, pos: int, window: int = 1200, exclude: list[tuple[int, int]] | None = None
    ) -> Person | None:
        """The person mentioned most recently before `pos`, outside `exclude` spans (for he/she)."""
        best: tuple[int, Person] | None = None
        for person in self.people.values():
            for s, _ in person.mentions:
                if not pos - window <= s < pos or (best is not None and s <= best[0]):
                    continue
                if not any(a <= s < b for a, b in exclude or ()):
                    best = (s, person)
        return best[1] if best else None

    def in_span(self, start: int, end: int) -> list[Person]:
        """People mentioned inside a span, in order of first mention."""
        found = []
        for person in self.people.values():
            first = next((s for s, e in person.mentions if start <= s and e <= end), None)
            if first is not None:
                found.append((first, person))
        return [p for _, p in sorted(found, key=lambda x: x[0])]
