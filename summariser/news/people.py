"""People in an article: names with titles and countries, surname mentions, and canonical forms."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from summariser.news import descriptions, lexicon
from summariser.news.names import (
    INITIAL,
    PARTICLE,
    POSSESSIVE,
    TOKEN,
    UPPER,
    Person,
    country_at,
    is_courtesy,
    is_particle,
    is_person_token,
    role_before,
    surname_key,
    title_at,
)
from summariser.news.spans import QuoteSpans

# Up to 16 capitalised words: a country, a long title and a long name ("… Minister Hamad bin Khalid …").
NAME_SEQ = re.compile(rf"{TOKEN}(?:\s+(?:{PARTICLE}\s+)*(?:{INITIAL}\s+)?{TOKEN}){{0,15}}")
SPEECH_AFTER = re.compile(rf"\s*,?\s*(?:who\s+)?(?:{lexicon.SPEECH_VERBS})\b")
NOT_TITLE = rf"(?!(?i:{lexicon.TITLE_RE})\b)"
POST_ROLE = re.compile(
    rf",\s+(?:the\s+)?(?:{NOT_TITLE}(?P<adj>{TOKEN})\s+)?(?P<role>(?i:{lexicon.TITLE_RE}))"
    rf"(?:\s+of\s+(?:the\s+)?(?P<of>{TOKEN}(?:\s+{TOKEN}){{0,3}}))?(?=\s*[,.;]|\s+(?:and|who)\b)"
)
LIST_BEFORE = re.compile(rf"(?P<prev>{TOKEN})\s*(?:,|\band)\s*$")


RUN = re.compile(r"\w+")


NEXT_WORD = re.compile(r"(?:['’]s?)?[ \t]+([A-Z][\w'’-]*)")  # the word after a name (and its possessive)


class PeopleFinder:
    """Collects the people of one text, then resolves surnames and pronouns against them."""

    def __init__(
        self,
        text: str,
        spans: list[tuple[int, int]],
        entities: Sequence[tuple[int, int]] = (),
        verbs: frozenset[int] = frozenset(),
    ) -> None:
        self.text = text
        self.verbs = verbs  # offsets of words the parse reads as verbs: no name starts with one
        self.people: dict[str, Person] = {}
        self._runs: dict[str, list[tuple[int, int, int]]] = {}  # word -> (start, sentence start, end)
        self._alone_counts: dict[str, int] = {}
        for start, end in spans:
            for m in RUN.finditer(text, start, end):
                self._runs.setdefault(m.group(), []).append((m.start(), start, end))
        self._unconfirmed: set[str] = set()
        for start, end in spans:
            self._scan(start, end)
        for start, end in entities:
            self._entity(start, end)
        self._confirm_by_surname(spans)
        self._order_names(spans)
        self._collect_mentions(spans)
        descriptions.take_up(self.text, spans, self.before)

    def _entity(self, start: int, end: int) -> None:
        """Register a tagger's person name ("Sultan Al Jaber") once titles and countries are stripped."""
        tokens = list(re.finditer(r"\S+", self.text[start:end]))
        first = next((i for i, t in enumerate(tokens) if is_person_token(t.group())), None)
        if first is None:
            return
        name: list[str] = []
        for t in tokens[first:]:
            word = t.group()
            inner = name and t is not tokens[-1] and re.fullmatch(INITIAL, word)  # "Carlos M Rivera"
            if not (re.fullmatch(TOKEN + r"(?:['’]s)?", word) or re.fullmatch(PARTICLE, word) or inner):
                break
            surname = t is tokens[-1] and not lexicon.country_of(t.group())  # "Theresa May", "Amy Pope"
            if not is_person_token(t.group()) and name and not surname:
                break
            name.append(t.group())
            if POSSESSIVE.search(t.group()):  # "Kim's aide": the name ends at the possessive
                break
        while name and re.fullmatch(PARTICLE, name[-1]):
            name.pop()
        at = start + tokens[first].start()
        said = len(name) == 1 and SPEECH_AFTER.match(self.text, at + len(name[0])) is not None
        if len(name) >= 2 or said:  # "Lindqvist said": a person the story names by surname alone
            self._consider(name, at, "", "", known=True)

    def _scan(self, start: int, end: int) -> None:
        """Find name sequences in one sentence, strip titles and countries, and register every person in them
        ("Kenya's Prime Minister Sheikh Omar Farsi and Foreign Minister Ana Ruiz" holds two)."""
        for m in NAME_SEQ.finditer(self.text, start, end):
            tokens = list(re.finditer(r"\S+", m.group()))
            words = [t.group() for t in tokens]
            country, role, i = "", "", 0
            while i < len(tokens):
                word = words[i]
                span = 0 if i and is_particle(words[i - 1]) else title_at(words, i)
                after_possessive = i > 0 and POSSESSIVE.search(words[i - 1]) and i + 1 < len(tokens)
                if span:
                    title = " ".join(words[i : i + span])
                    role = role if is_courtesy(title) else title
                    i += span
                    continue
                named = country_at(words, i)  # "Saudi Arabia", "New Zealand"
                if named:
                    country, i = named[0], i + named[1]
                    continue
                if not (is_person_token(word) or after_possessive):  # "Italy's Georgia Meloni"
                    country = lexicon.country_of(word) or country
                    i += 1
                    continue
                first = i
                while i + 1 < len(tokens) and (
                    is_person_token(words[i + 1]) or is_particle(words[i])  # "bin Sultan"
                ):
                    i += 1
                names = words[first : i + 1]
                self._consider(names, m.start() + tokens[first].start(), role, country)
                country, role, i = "", "", i + 1

    def _consider(self, tokens: list[str], pos: int, role: str, country: str, known: bool = False) -> None:
        """Register a candidate name when its context shows it is a person."""
        while tokens and pos in self.verbs:  # "Taking Archie outside is ...": a gerund, then the name
            pos = self.text.find(tokens[1], pos + len(tokens[0])) if len(tokens) > 1 else pos
            tokens = tokens[1:]
        if not tokens:
            return
        name = POSSESSIVE.sub("", " ".join(tokens))
        end = pos + len(" ".join(tokens))
        going_on = NEXT_WORD.match(self.text, end)
        if going_on and going_on.group(1).casefold() in lexicon.NON_PERSON_WORDS:
            return  # "River Pilots' Association", "the Ruiz Foundation": an organisation's name
        before = self.text[max(0, pos - 48) : pos]
        pre_adj, pre_role = role_before(before)
        post = POST_ROLE.match(self.text, end)
        titled: tuple[int, int] | None = None
        if pre_role:
            role = pre_role if pre_role.casefold().endswith(role.casefold()) else role  # "former ..." kept
            country = country or lexicon.country_of(pre_adj)
        if role:
            at = before.rfind(role.split()[0])
            titled = (pos - len(before) + at if at >= 0 else pos, end)
        if post:
            titled = titled or (pos, post.end())
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
        self._add(name, role, country, evidence or known, titled if role else None)

    def _add(
        self, name: str, role: str, country: str, confirmed: bool, titled: tuple[int, int] | None = None
    ) -> None:
        """Merge a name into the registry, keeping the fullest form and first role (and where it is given)."""
        key = surname_key(name)
        person = self.people.get(key)
        if person is None:
            self.people[key] = Person(name, role.strip(), country, titled=titled)
            if not confirmed:
                self._unconfirmed.add(key)
            return
        if len(name.split()) > len(person.name.split()):
            person.name = name
        if not person.role and role.strip():
            person.role, person.titled = role.strip(), titled
        person.country = person.country or country
        if confirmed:
            self._unconfirmed.discard(key)

    def _confirm_by_surname(self, spans: list[tuple[int, int]]) -> None:
        """Keep unconfirmed names only if their surname alone acts as a subject somewhere. A "surname" in
        capitals is an acronym ("Joy FM's morning show"): a station's or a firm's name, not a person's."""
        for key in list(self._unconfirmed):
            person = self.people[key]
            acronym = person.surname.isupper() and len(person.surname) > 1
            if len(person.name.split()) < 2 or acronym or not self._surname_speaks(person.surname, spans):
                del self.people[key]

    def _surname_speaks(self, surname: str, spans: list[tuple[int, int]]) -> bool:
        """Tell whether `surname` is the subject of a speech verb or a possessive anywhere."""
        rx = re.compile(rf"\b{re.escape(surname)}(?:['’]s\b|{SPEECH_AFTER.pattern})")
        return any(rx.match(self.text, at, e) for at, _, e in self._at(surname))

    def _order_names(self, spans: list[tuple[int, int]]) -> None:
        """Mark names written family name first ("Xi Jinping" is "Xi" later) and key them by it."""
        for person in self.people.values():
            parts = person.name.split()
            if len(parts) >= 2 and parts[0].isalpha() and is_person_token(parts[0]):
                first, last = (self._alone(parts[0], spans), self._alone(parts[-1], spans))
                listed = parts[0].casefold() in lexicon.FAMILY_FIRST
                person.family_first = first > last or (listed and first >= last)
        merged: dict[str, Person] = {}
        for person in self.people.values():
            key = surname_key(person.surname)
            other = merged.get(key)
            if other is None or len(person.name.split()) > len(other.name.split()):
                if other is not None and not person.role:
                    person.role, person.titled = other.role, other.titled
                if other is not None:
                    person.country = person.country or other.country
                merged[key] = person
        self.people = merged

    def _alone(self, word: str, spans: list[tuple[int, int]]) -> int:
        """How often a name part stands alone (not beside another capitalised word); once per word."""
        if word in self._alone_counts:  # a first name many people share is counted once
            return self._alone_counts[word]
        rx = re.compile(rf"(?<![\w’'-])\b{re.escape(word)}\b(?!\s+[{UPPER}])(?!-)")
        count = 0
        for at, s, e in self._at(word):
            if rx.match(self.text, at, e):
                before = self.text[max(s, at - 24) : at]
                count += not re.search(rf"[{UPPER}][\w'’-]*\s+$", before)
        self._alone_counts[word] = count
        return count

    def _at(self, word: str) -> list[tuple[int, int, int]]:
        """Where a word can start a match (its first run of letters), from an index built once, not a scan."""
        return self._runs.get(first.group(), []) if (first := RUN.match(word)) else []

    def _name_starts(self, person: Person, forms: list[str]) -> list[tuple[int, int]]:
        """Where the name or surname may start: found from the surname's places (first names are shared)."""
        off = 0 if person.family_first else len(person.name) - len(person.surname)
        if person.name[off : off + len(person.surname)] != person.surname:
            return sorted({(at, e) for f in forms for at, _, e in self._at(f)})
        return sorted({(at - d, e) for at, s, e in self._at(person.surname) for d in {0, off} if at - d >= s})

    def _collect_mentions(self, spans: list[tuple[int, int]]) -> None:
        """Record every occurrence of each person's full name or surname, and index them by offset."""
        for person in self.people.values():
            forms = sorted({person.name, person.surname}, key=len, reverse=True)
            rx = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
            reached = -1  # matches do not overlap, as with a scan from left to right
            for at, e in self._name_starts(person, forms):
                m = rx.match(self.text, at, e) if at >= reached else None
                if m:
                    person.mentions.append((m.start(), m.end()))
                    reached = m.end()
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
        skip = exclude if isinstance(exclude, QuoteSpans) else QuoteSpans(exclude or ())
        for s, _, person in self.before(pos, window):
            if not skip.covers(s):
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
