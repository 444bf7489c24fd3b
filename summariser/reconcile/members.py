"""What the reconciler compares: one article's record, and one article's instance of a merged item."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

from summariser.models import Citation, Evidence, Source, SummitOutcome
from summariser.news.lexicon import STOPWORDS
from summariser.text.document import Document
from summariser.text.normalise import fold, words

T = TypeVar("T")


@dataclass
class Record:
    """One article that made it through extraction: its source entry, document and record."""

    source: Source
    doc: Document
    outcome: SummitOutcome

    @property
    def text(self) -> str:
        """The article text every offset of the record indexes."""
        return self.doc.text


@dataclass
class Member:
    """One article's instance of a merged item; `group` is its syndication group (one story)."""

    sid: str
    group: int
    text: str
    evidence: Evidence
    doc: Document
    extra: dict[str, str] = field(default_factory=dict)


def citations(members: list[Member]) -> list[Citation]:
    """Citations of a merged item, one per member."""
    return [
        Citation(source=m.sid, start=m.evidence.start, end=m.evidence.end, status=m.evidence.status)
        for m in members
    ]


def sids_of(members: list[Member]) -> list[str]:
    """The distinct source ids of some members, in source order."""
    return sorted({m.sid for m in members}, key=int)


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Lower-case content words (stop words dropped) for overlap measures."""
    return frozenset(w for w in words(text) if w not in STOPWORDS and len(w) > 1)


STEM_LENGTH = 7  # letters kept: "territory"/"territorial", "negotiated"/"negotiations" share them


def stem(word: str) -> str:
    """A rule-based stem of a content word, so "agreed"/"agrees"/"agreement", plurals and derived forms
    ("territorial"/"territory") compare equal."""
    for suffix in ("ments", "ment", "ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word[:STEM_LENGTH]


@lru_cache(maxsize=65536)
def stems(text: str) -> frozenset[str]:
    """Content-word stems of a text, the unit of meaning the clusterer compares."""
    return frozenset(stem(w.replace("-", "")) for w in content_words(text))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two word sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


CONTRACTIONS = [
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"\bi'm\b"), "i am"),
]


@lru_cache(maxsize=65536)
def same_words(text: str) -> str:
    """Comparable form of a quote: folded, contractions spelled out ("we'll" = "we will"), and closing
    punctuation ignored ("opposite," = "opposite."): outlets change these without changing the words."""
    folded = fold(text).text
    for rx, full in CONTRACTIONS:
        folded = rx.sub(full, folded)
    return folded.strip(" .,;:!?")


@dataclass(frozen=True)
class Sourced(Generic[T]):
    """Any item with the source it came from, that source's story group, and its document."""

    sid: str
    group: int
    item: T
    doc: Document
