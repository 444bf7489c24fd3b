"""What a figure counts and the frame it belongs to, read from spaCy's parse.

"Twelve of the 92 countries attending chose not to sign": 12 counts countries in the frame "sign",
negated, while 92 counts countries in the frame "attend". "After 18 consecutive days of talks": days,
a unit, measuring talks. "The rebels freed 1,000 prisoners": prisoners, freed, by the rebels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from summariser.news import polarity
from summariser.news.figures import is_unit
from summariser.news.lexicon import word_list
from summariser.news.parsing import ParseIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

    Found = tuple[Token | None, str, str]  # the frame word, the preposition joining it, the count's role

# The count is an argument of the verb above ("lasted two hours", "fell 12 percent": npadvmod).
CORE = ("nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "npadvmod")
CURRENCIES = {"$": "dollar", "€": "euro", "£": "pound"}
OBJECTS = ("dobj", "dative", "pobj", "nsubjpass")  # roles in which the count undergoes the action
NUMBER_DEPS = ("nummod", "quantmod", "compound", "amod", "nmod", "appos")
TITLE_HEADS = frozenset({"head"})  # "heads of state": the complement belongs to the title, not a scope
YEAR = re.compile(r"(?:1[89]|20)\d\d")
HOPS = 4  # a counted noun further from its verb than this is not read as its argument


@dataclass(frozen=True)
class Reading:
    """A figure's measure as the sentence states it."""

    counted: str  # the counted noun's lemma; coordinated nouns joined: "state and organization"
    unit: bool  # the counted noun is a unit of measure (days, percent), measuring its frame
    frame: str  # the verb or noun the count belongs to, one name per frame ("take part", "talk")
    negated: bool  # "did not sign", "refused to sign"
    scope: tuple[str, ...]  # words narrowing the counted set ("new", "g20", "israeli"), sorted
    agent: str  # who does the frame's action when the count is its object ("rebel")
    time: str  # when the frame is dated to ("by 2030", "within 135 days")


@cache
def frames() -> dict[str, str]:
    """Lemma (with particle, object or preposition) → the frame it names."""
    return dict(line.split("\t") for line in word_list("count_frames", "tsv"))


@cache
def is_listed(frame: str) -> bool:
    """Is a frame one the word list names ("take part", "approve"), not a verb read as its own frame?"""
    return frame in frames().values()


@cache
def duration_verbs() -> frozenset[str]:
    """Verbs whose subject is what a duration measures."""
    return frozenset(word_list("duration_verbs"))


@cache
def duration_preps() -> frozenset[str]:
    """Prepositions after which an amount of time measures the verb above it."""
    return frozenset(word_list("duration_preps"))


@cache
def frame_preps() -> frozenset[str]:
    """Prepositions through which a counted noun belongs to the word above it."""
    return frozenset(word_list("frame_preps"))


def read(index: ParseIndex, start: int, end: int) -> Reading | None:
    """The measure of the figure spanning [start, end), or None where the parse does not say."""
    if not index.analysed(start):
        return None
    num = _numeral(index, start, end)
    if num is None:
        return None
    noun, anchor = _counted(num)
    if noun is None:
        return None
    unit = is_unit(noun.lemma_) or is_unit(noun.lower_) or noun.pos_ == "NUM"
    word, prep, role = _frame(noun, anchor, unit)
    if unit and word is not None:
        word = _what_lasts(word)
    return Reading(
        counted=" and ".join(_name(n) for n in [noun, *_coordinated(noun)]),
        unit=unit,
        frame=_frame_name(word, prep, unit) if word is not None else "",
        negated=word is not None and word.pos_ in ("VERB", "AUX") and _negated(word),
        scope=() if unit else _scope(noun),
        agent=_agent(word, role) if word is not None and not unit else "",
        time=_when(word, noun) if word is not None else "",
    )


def _numeral(index: ParseIndex, start: int, end: int) -> Token | None:
    """The figure's number: its numeric token that is no part of a bigger number ("Fifty-two" → "two")."""
    first = index.token_at(start)
    if first is None:
        return None
    base = index.base(first)
    tokens = [t for t in first.doc[first.i :] if base + t.idx < end]
    nums = [t for t in tokens if t.like_num or t.pos_ == "NUM"]
    inside = {t.i for t in nums}
    return next((t for t in nums if t.head.i not in inside or t.head.i == t.i), None)


def _counted(num: Token) -> tuple[Token | None, Token]:
    """The counted noun, and the token whose place in the sentence gives the frame.

    "18 days": days, both. "Twelve of the 92 countries chose": countries, counted where "Twelve" stands.
    "$4 billion": the number itself, in dollars.
    """
    if num.dep_ in NUMBER_DEPS and num.head.pos_ in ("NOUN", "PROPN"):
        return num.head, num.head
    if any(t.text in CURRENCIES for t in num.subtree):
        return num, num
    of = next((c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is not None and whole.pos_ == "NOUN":
        return whole, num
    return None, num


def _name(noun: Token) -> str:
    """What a counted token names: its lemma, or the currency of an amount ("$4 billion" → dollar)."""
    if noun.pos_ == "NUM":
        return next((CURRENCIES[t.text] for t in noun.subtree if t.text in CURRENCIES), noun.lower_)
    return noun.lemma_.casefold()


def _coordinated(noun: Token) -> list[Token]:
    """Common nouns counted together with this one ("16 states and organizations"): not a named one, nor one
    with a number of its own ("18 days of talks and four missed deadlines")."""
    return [
        c
        for c in noun.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and not any(n.dep_ == "nummod" for n in c.children)
    ]


def _frame(noun: Token, anchor: Token, unit: bool) -> Found:
    """The word the count belongs to, the preposition joining them ("cut to 8,000"), and the count's role."""
    if unit:
        measured = _of_complement(noun)
        if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN":
            measured = noun.head  # "a two-day summit"
        if measured is not None:
            return measured, "", ""
    if anchor.i == noun.i:
        clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and _subject_is(c, noun)), None)
        if clause is not None:
            return clause, "", "nsubj"
        # "missed deadlines", "participating countries"; a compound ("self-imposed") only describes them
        participle = next(
            (c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBN", "VBG") and not c.n_lefts),
            None,
        )
        if participle is not None:
            return participle, "", ""
    return _governor(anchor, duration_preps() if unit else frozenset())


def _of_complement(noun: Token) -> Token | None:
    """The noun after "of" ("days of talks" → talks)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _subject_is(clause: Token, noun: Token) -> bool:
    """Is the noun a clausal modifier's subject ("countries attending", "countries that took part")?"""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or all(s.tag_ in ("WDT", "WP") for s in subjects)


def _governor(token: Token, preps: frozenset[str]) -> Found:
    """The verb (or frame noun) whose argument the counted phrase is, up through "of", "from", "and"
    (and `preps`, for an amount of time: "ended after three hours")."""
    t = token
    for _ in range(HOPS):
        if t.dep_ in ("conj", "appos"):
            t = t.head
        elif t.dep_ in CORE and t.head.pos_ in ("VERB", "AUX"):
            return _content_verb(t.head), "", t.dep_
        elif t.dep_ == "pobj" and t.head.dep_ == "agent":
            return _content_verb(t.head.head), "", "nsubj"
        elif t.dep_ == "pobj" and (t.head.lower_ in frame_preps() or t.head.lower_ in preps):
            prep, above = t.head.lower_, t.head.head
            if above.pos_ in ("VERB", "AUX"):
                return _content_verb(above), prep, "pobj"
            if above.pos_ != "NOUN" or above.lemma_.casefold() in frames():
                return (above, "", "pobj") if above.pos_ == "NOUN" else (None, "", "")
            t = above
        else:
            break
    return None, "", ""


def _what_lasts(word: Token) -> Token:
    """What a duration measures when its verb only says how long ("the talks lasted three hours" → talks)."""
    if word.lemma_.casefold() not in duration_verbs():
        return word
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and word.dep_ == "relcl":
        subject = word.head  # "the meeting, which lasted three hours"
    return subject if subject is not None and subject.pos_ == "NOUN" else word


def _content_verb(verb: Token) -> Token:
    """The verb an auxiliary-like verb governs ("chose not to sign" → sign, "were expected to attend")."""
    for _ in range(2):
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if xcomp is None:
            break
        verb = xcomp
    return verb


def _frame_name(word: Token, prep: str, unit: bool) -> str:
    """One name per frame: as listed for the word with its particle, object or preposition, else the lemma."""
    lemma = word.lemma_.casefold()
    extras = [c.lower_ for c in word.children if c.dep_ in ("prt", "dobj")]
    # an amount of time measures what a verb's object names: "held talks for two hours"
    objects = [c.lemma_.casefold() for c in word.children if c.dep_ == "dobj" and unit]
    for key in [*(f"{lemma} {x}" for x in [*extras, prep] if x), lemma, *objects]:
        if key in frames():
            return frames()[key]
    return f"{lemma} {prep}" if prep in ("to", "from", "by") else lemma


def _negated(verb: Token) -> bool:
    """Is the frame's action denied or refused ("did not sign", "refused to sign", "chose not to sign")?"""
    return polarity.negated(verb) or polarity.refusal_governor(verb) is not None


def _scope(noun: Token) -> tuple[str, ...]:
    """Words narrowing the counted set: adjectives, names and nouns before it, its "of" complement."""
    words = []
    for c in noun.children:
        if (c.dep_ == "amod" and c.tag_ in ("JJ", "JJR", "JJS")) or c.dep_ in ("compound", "nmod"):
            words.append(c.lower_)
        elif c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.casefold() not in TITLE_HEADS:
            words += [p.lemma_.casefold() for p in c.children if p.dep_ == "pobj" and p.pos_ != "NUM"]
    return tuple(sorted(set(words)))


def _agent(word: Token, role: str) -> str:
    """Who does the frame's action when the count is its object ("the rebels freed 1,000 prisoners")."""
    if word.pos_ not in ("VERB", "AUX") or role not in OBJECTS:
        return ""
    verb = word
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
    if subject is not None and subject.dep_ == "agent":
        subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
    return subject.lemma_.casefold() if subject is not None and subject.pos_ != "PRON" else ""


def _when(word: Token, noun: Token) -> str:
    """When the frame's action is dated ("within 135 days", "by 2030"): numbered dates attached to it,
    not the counted phrase itself nor a bare day ("on Sunday"), which dates the report, not the count."""
    inside = {t.i for t in noun.subtree}
    attached: set[int] = set()
    for c in word.children:
        if c.dep_ in ("prep", "npadvmod", "advmod") and c.i not in inside:
            attached |= {t.i for t in c.subtree}
    found = {
        e.text.casefold()
        for e in word.doc.ents
        if e.label_ in ("DATE", "TIME")
        and e.start in attached
        and not any(t.i in inside for t in e)
        and any(t.like_num or YEAR.fullmatch(t.text) for t in e)
    }
    return "; ".join(sorted(found))
