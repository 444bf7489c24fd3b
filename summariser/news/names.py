"""The shape of a personal name in English news copy: name tokens, particles, a title just before,
and keys that survive spelling variants; shared by the people finder, grounding and the reconciler."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from summariser.news import lexicon

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
TOKEN = rf"(?:[{UPPER}][\w'’-]*[\w]|[{UPPER}]\.)"
INITIAL = r"[B-HJ-Z]"  # a middle initial written without its stop ("Carlos M Rivera"); not "A" or "I"
PARTICLE = r"(?:von|van|der|den|de|da|di|du|bin|al|le|la|del|dos|ter)"
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
    titled: tuple[int, int] | None = None  # where the article gives the role with the name

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
def is_person_token(tok: str) -> bool:
    """A capitalised token that may be part of a personal name."""
    bare = POSSESSIVE.sub("", tok)
    low = bare.casefold()
    return (
        low not in lexicon.NON_PERSON_WORDS
        and low not in lexicon.CLAUSE_WORDS
        and not lexicon.country_of(bare, capitals=True)
        and not is_title(low)
    )


WORDS_RE = re.compile(r"[\w.'’-]+")
COURTESY = frozenset(w.rstrip(".") for w in lexicon.word_list("courtesy_titles"))  # "Dr.", "Sheikh": no post
# A sentence's first word, maybe an article or possessive and one more word, before a title ("Through a ").
OPENING_PHRASE = re.compile(
    r"[.!?;:\n\"“]\s*(\w+)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w.'’-]+\s+)?$", re.I
)


def role_before(text: str) -> tuple[str, str]:
    """(adjective, title) ending `text` ("French President", "the UK prime minister,"), else ("", "")."""
    stripped = text.rstrip()
    comma = stripped.endswith(",")
    if comma:
        stripped = stripped[:-1].rstrip()
    if not stripped or not (stripped[-1].isalnum() or stripped[-1] == "."):
        return "", ""
    tokens = WORDS_RE.findall(stripped[-48:])
    for k in range(min(4, len(tokens)), 0, -1):
        cand = " ".join(tokens[-k:]).casefold()
        if is_title(cand):
            post = _post_before(stripped, cand) if is_courtesy(cand) else ("", "")
            if post[1]:
                return post  # "Foreign Minister Dr.": the post stands before the courtesy title
            if comma and _governed(stripped[: stripped.casefold().rfind(cand)]):
                return "", ""  # "Through a spokesperson, X said": the spokesperson is not X's post
            adj = tokens[-k - 1] if len(tokens) > k and _adjacent(stripped, tokens[-k - 1], k) else ""
            title = " ".join(tokens[-k:])
            front = tokens[: len(tokens) - k]
            if front and lexicon.country_of(front[-1]):  # "former French President"
                front = front[:-1]
            shifted = front and _past_or_future(front[-1]) and not _next_in_time(stripped, title)
            return adj, f"{front[-1]} {title}" if shifted else title
    return "", ""


def is_title(words: str) -> bool:
    """Are the words (lower case) a title, or its plural ("prime minister", "ministers")?"""
    return words in lexicon.TITLE_SET or words.removesuffix("s") in lexicon.TITLE_SET


def is_courtesy(words: str) -> bool:
    """Are the words a courtesy title ("Dr.", "Sheikh", "His Excellency"): no post, never a role?"""
    return words.casefold().rstrip(".") in COURTESY


def _post_before(text: str, courtesy: str) -> tuple[str, str]:
    """The (adjective, title) before a courtesy title that ends `text`, else ("", "")."""
    cut = text.casefold().rfind(courtesy)
    return role_before(text[:cut]) if cut > 0 else ("", "")


def _adjacent(text: str, adj: str, k: int) -> bool:
    """Is the word before a k-word title beside it ("French President"), not across a comma or a stop
    ("peace in Norland, President X")?"""
    title_at = len(text)
    for _ in range(k):
        title_at = len(text[:title_at].rstrip())
        title_at = max(text.rfind(" ", 0, title_at), text.rfind("\n", 0, title_at)) + 1
    if not text[:title_at].rstrip().endswith(adj):
        return False
    return not adj.endswith(".") or adj.count(".") > 1  # "U.S. President", not "in Norland. President"


def _governed(before_title: str) -> bool:
    """Does a preposition opening the sentence govern the title ("Through a spokesperson, X said")? Then
    the title is a phrase of its own, not an apposition: "hosted by the president, X," keeps X's post."""
    m = OPENING_PHRASE.search(before_title)
    return m is not None and m.group(1).casefold() in lexicon.CLAUSE_WORDS


def _next_in_time(text: str, title: str) -> bool:
    """ "…, then President X": "then" after a clause's end tells what came next, not a post once held."""
    tail = rf"then\s+(?:[\w.'’-]+\s+)?{re.escape(title)}$"
    return re.search(rf"(?:^|[,;.:]|\b(?:and|but))\s*{tail}", text, re.IGNORECASE) is not None


def _past_or_future(word: str) -> bool:
    """A word that moves a title out of the present ("former", "outgoing"): not the post held now."""
    return word.casefold().rstrip("-") in lexicon.TIME_SHIFTED_TITLES


def is_particle(word: str) -> bool:
    """A name particle ("bin", "al", "von"): the word after it is a name, even one that is also a title."""
    return bool(re.fullmatch(PARTICLE, word, re.IGNORECASE))


def country_at(words: list[str], i: int) -> tuple[str, int] | None:
    """A country named in two or three words from `words[i]` on, and how many words it takes."""
    for k in (3, 2):
        if i + k <= len(words) and (country := lexicon.country_of(" ".join(words[i : i + k]))):
            return country, k
    return None


def title_at(words: list[str], i: int) -> int:
    """How many words from `i` on make a title ("Prime Minister", "national security adviser"), else 0."""
    for k in range(min(4, len(words) - i), 0, -1):
        cand = " ".join(POSSESSIVE.sub("", w) for w in words[i : i + k]).casefold()
        if is_title(cand) or is_courtesy(cand):
            return k
    return 0
