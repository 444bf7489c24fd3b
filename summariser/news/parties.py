"""Who an event is between, as a story's opening names them: states, groups or leaders joined by a
conjunction ("Israel and Hamas agreed", "Biden, Xi meet"), and the kind of event or deal they made."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from summariser.news.agents import word_set
from summariser.news.polarity import lemmas

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PARTY_LABELS = ("PERSON", "GPE", "ORG")  # not "Democrats and Republicans": groups of people, no sides
MOST = 3  # "Israel, the UAE and Bahrain": more reads as a list of attendees, not the sides of a deal
Surname = Callable[["Token"], str]


def parties(sentence: Span, surname: Surname) -> list[str]:
    """The first run of two or more coordinated names in a sentence, as news copy shortens them."""
    for t in sentence:
        if t.dep_ != "conj" or not _named(t) or not _named(t.head) or not _acting(t.head):
            continue
        run = [t.head, *(c for c in t.head.conjuncts if _named(c))]
        names = list(dict.fromkeys(_short(x, surname) for x in sorted(run, key=lambda x: x.i)))
        return names if 2 <= len(names) <= MOST else []
    return []


def _acting(token: Token) -> bool:
    """Names that act together ("X and Y agreed") or between which something is ("a deal between X and
    Y"), not a list of who attended."""
    return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.lower_ == "between")


def _named(token: Token) -> bool:
    """A named state, group or person, not a place the story was filed from or an outlet."""
    return token.ent_type_ in PARTY_LABELS and token.lower_ not in word_set("news_agencies")


def _short(token: Token, surname: Surname) -> str:
    """A person by the name used on second reference; a state or group by its whole name."""
    if token.ent_type_ == "PERSON":
        return surname(token)
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    words = [t for t in entity if t.pos_ != "DET"] if entity is not None else [token]
    return " ".join(t.text for t in words) or token.text


def named_event(sentence: Span) -> str:
    """A deal or meeting named by one side or place ("Iran nuclear deal", "the Gaza ceasefire", "the
    summit in Geneva"), not one on another occasion ("a future Bergen meeting")."""
    for t in sentence:
        kind = _kind(t)
        if not kind:
            continue
        owner = next((c for c in t.children if c.dep_ in ("compound", "nmod", "poss") and _named(c)), None)
        owner = owner or _held_in(t)
        if owner is not None:
            return f"{owner.text} {kind}"
    return ""


def _held_in(noun: Token) -> Token | None:
    """The named place a meeting is held in ("the summit in Geneva")."""
    places = (p for c in noun.children if c.lower_ == "in" for p in c.children if p.dep_ == "pobj")
    return next((p for p in places if p.ent_type_ in ("GPE", "LOC")), None)


def event_noun(sentence: Span) -> str:
    """The deal or meeting a sentence is about ("ceasefire", "peace deal", "summit"), with a noun naming
    its subject ("nuclear deal" keeps "nuclear" only as a compound noun would)."""
    return next((k for t in sentence if (k := _kind(t))), "")


def _whole(token: Token) -> bool:
    """A word standing on its own, not the end of a hyphenated modifier ("high-level summit")."""
    return token.i == 0 or token.nbor(-1).text not in "-–"


def _kind(t: Token) -> str:
    """The noun of a deal or meeting with a noun just before it naming its subject ("peace deal")."""
    lemma = t.lemma_.lower()  # a deal or a meeting, not a text ("the statement said")
    if t.pos_ != "NOUN" or not (lemma in lemmas("agreement_nouns") or lemma in word_set("meeting_nouns")):
        return ""
    if any(c.lower_ in word_set("other_occasion_words") for c in t.children):
        return ""  # "a future meeting", "a possible deal": not the occasion reported
    before = [
        c.lower_
        for c in t.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == t.i - 1 and _whole(c)
    ]
    return " ".join([*before, t.lemma_.lower()])
