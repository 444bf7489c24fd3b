"""How the memo names its sources (outlet, date, title) and which articles are off the event's topic."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

from summariser.ingest.dates import iso_date
from summariser.reconcile.members import content_words
from summariser.text.document import Document

DOMAIN = re.compile(r"(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|net|org|co\.uk|news|tv|info|in|ge|gr|lu|eu))", re.I)
OFF_TOPIC = 0.2  # share of an article's names and rare words found in the others, below which it is off topic
MIN_FOR_TOPIC = 3  # with fewer articles there is no "rest of the set" to compare against
MIN_TOPIC_WORDS = 10  # an article naming fewer things is too short to judge


def parse_date(text: str) -> date | None:
    """A calendar date written in one of the usual news forms, or None."""
    found = iso_date(text)
    return date.fromisoformat(found) if found else None


def title_of(doc: Document) -> str:
    """The headline, unless what stands there is a date stamp or a one-word section label."""
    t = " ".join(doc.title.split())
    if not t or (parse_date(t) and len(t.split()) <= 6) or len(t.split()) < 3:
        return ""
    return t


def published(doc: Document) -> str:
    """The article's date (metadata header or HTML), else a date stamp standing where the title is."""
    d = parse_date(doc.date) or parse_date(doc.title if len(doc.title.split()) <= 6 else "")
    return d.isoformat() if d else doc.date


def outlet_of(doc: Document) -> str:
    """The outlet: HTML or masthead metadata, the credited agency, then a domain-like file name, else ""."""
    if doc.outlet or doc.agency:
        return doc.outlet or doc.agency
    m = DOMAIN.search(Path(doc.path).name)
    return m.group(1).casefold() if m else ""


def off_topic(docs: list[Document]) -> list[bool]:
    """Articles whose names and rarer words the other articles barely use: about something else."""
    if len(docs) < MIN_FOR_TOPIC:
        return [False] * len(docs)
    vocab = [_topic_words(d) for d in docs]
    df: Counter[str] = Counter(w for v in vocab for w in v)
    return [len(v) >= MIN_TOPIC_WORDS and sum(1 for w in v if df[w] > 1) / len(v) < OFF_TOPIC for v in vocab]


def _topic_words(doc: Document) -> frozenset[str]:
    """Capitalised words and numbers of the body: the names, places and figures a story is about."""
    names = {w for s in doc.body for w in re.findall(r"\b[A-Z][\w’'-]{2,}|\b\d[\d,.]*\b", s.text)}
    return frozenset(w.casefold() for w in names) & content_words(" ".join(names))
