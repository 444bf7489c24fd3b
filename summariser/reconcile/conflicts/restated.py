"""Restated-figure conflicts: one story quotes a statement, an independent story reports the same words
in reported speech with one figure changed ("doubled" against "tripled", 40 against 14)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from summariser.models import Claim, Conflict, Evidence
from summariser.news import figures, lexicon
from summariser.reconcile.conflicts.common import cites
from summariser.reconcile.members import Member, Sourced, content_words
from summariser.text.document import Document, Sentence
from summariser.text.normalise import words

MIN_WORDS = 8  # a shorter quote shares too little with a sentence to show it is the same statement
MIN_SHARED = 0.8  # share of the quote's content words the restating sentence must carry
MAX_SWAP = 2  # words on each side of the one change
MULTIPLIERS = frozenset(lexicon.word_list("multiplier_words"))
NUMBER_WORDS = frozenset(figures.UNITS) | frozenset(figures.TENS) | frozenset(figures.SCALES)
QUOTE_MARKS = '"“”«»'  # quoted words are compared as quotes, not as reported speech
SPEECH = re.compile(rf"\b(?:{lexicon.SPEECH_VERBS})\b", re.IGNORECASE)


def restated(quotes: list[list[Member]], stories: list[Sourced[Document]]) -> list[Conflict]:
    """Quotes whose words come back, one figure changed, in reported speech in an independent story."""
    speech = [(story, _reported(story.item)) for story in stories]
    out = []
    for members in quotes:
        groups = {m.group for m in members}
        said = _distinct(members)
        for story, sentences in speech:
            if story.group in groups or not sentences:
                continue
            found = next(filter(None, (_restatement(q, story, sentences) for q in said)), None)
            if found is not None:
                out.append(found)
                groups.add(story.group)
    return out


@dataclass(frozen=True)
class _Said:
    """One wording of a quote, tokenised once."""

    member: Member
    words: list[str]
    content: frozenset[str]


def _distinct(members: list[Member]) -> list[_Said]:
    """One member per wording, long enough to identify a statement and giving a figure."""
    by_text: dict[str, Member] = {}
    for m in sorted(members, key=lambda m: int(m.sid) if m.sid.isdigit() else 0):
        by_text.setdefault(m.text, m)
    out = []
    for m in by_text.values():
        ws = words(m.text)
        if len(ws) >= MIN_WORDS and any(map(_magnitude, ws)):
            out.append(_Said(m, ws, content_words(m.text)))
    return out


def _reported(doc: Document) -> list[tuple[Sentence, frozenset[str]]]:
    """The body sentences of a story that quote nothing, with their content words."""
    return [(s, content_words(s.text)) for s in doc.body if not any(ch in s.text for ch in QUOTE_MARKS)]


def _magnitude(word: str) -> bool:
    """A word that states a figure: digits, a number word or a multiple ("tripled")."""
    return any(c.isdigit() for c in word) or word in NUMBER_WORDS or word in MULTIPLIERS


def _restatement(
    said: _Said, story: Sourced[Document], sentences: list[tuple[Sentence, frozenset[str]]]
) -> Conflict | None:
    """The first sentence of `story` that restates the quote in reported speech with one figure changed."""
    for s, content in sentences:
        missing = said.content - content
        if len(missing) > MAX_SWAP or len(said.content) - len(missing) < MIN_SHARED * len(said.content):
            continue
        if not SPEECH.search(s.text):
            continue  # not reported speech
        swap = _one_swap(said.words, words(s.text))
        if swap is not None:
            return _conflict(said.member, story, s.start, s.end, swap)
    return None


def _one_swap(qwords: list[str], swords: list[str]) -> tuple[str, str] | None:
    """The quote's words found in order in the sentence except one figure swapped for another."""
    ops = SequenceMatcher(None, qwords, swords, autojunk=False).get_opcodes()
    inner = [op for op in ops if op[0] != "equal"]
    if ops and ops[0][0] == "insert":
        inner = inner[1:]
    if ops and ops[-1][0] == "insert":
        inner = inner[:-1]
    if len(inner) != 1 or inner[0][0] != "replace":
        return None
    _, a0, a1, b0, b1 = inner[0]
    said, restated = qwords[a0:a1], swords[b0:b1]
    if max(len(said), len(restated)) > MAX_SWAP:
        return None
    if not any(_magnitude(w) for w in said) or not any(_magnitude(w) for w in restated):
        return None
    return " ".join(said), " ".join(restated)


def _conflict(
    quote: Member, story: Sourced[Document], start: int, end: int, swap: tuple[str, str]
) -> Conflict:
    """The quote against its restatement, and why they are one statement."""
    said, changed = swap
    claims = [
        Claim(source=quote.sid, text=quote.text, value=said, evidence=quote.evidence, sources=[quote.sid]),
        Claim(
            source=story.sid,
            text=" ".join(story.item.text[start:end].split()),
            value=changed,
            evidence=Evidence(start=start, end=end, status="exact", score=100.0),
            sources=[story.sid],
        ),
    ]
    sides = f"“{said}” {cites([quote.sid])} vs “{changed}” {cites([story.sid])}"
    summary = f"A figure changes when a quote is restated: {sides}"
    basis = "the restating sentence reports the quoted words in the same order, only the figure differs"
    return Conflict(kind="count", summary=summary, claims=claims, basis=basis)
