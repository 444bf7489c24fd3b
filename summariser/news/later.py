"""Whether what a clause provides is still to come: an act set for a later date ("within two months", "by
2030"), or an aim rather than an act ("the need to limit warming", "a goal of tripling")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser.news.agents import YEAR, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


def provided(verb: Token, year: int | None = None) -> str:
    """A provision's status: agreed, or intended when it sets its act for a later date or states an aim."""
    return "intended" if scheduled(verb, year) or aims(verb) else "agreed"


def scheduled(verb: Token, year: int | None = None) -> bool:
    """Is the act the clause agrees set for a later date ("reopen embassies within two months", "net zero
    by 2050", "later this month", a year after the event's: "as soon as 2027")? A span of time it lasts
    ("for ten years") is not a date to come; a condition ("if it violates the deal") is no schedule."""
    for t in _own(verb):
        if (t.dep_ == "mark" and t.lower_ in ("if", "unless")) or t.ent_type_ != "DATE":
            continue
        if any(
            a.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in a.children) for a in t.ancestors
        ):
            continue
        head = t.head if t.head.ent_type_ != "DATE" else t.head.head
        words = {x.lower_ for x in t.head.subtree} if t.head.ent_type_ == "DATE" else {t.lower_}
        if head.lower_ in word_set("deadline_preps") or words & word_set("future_time_words"):
            return True
        if year is not None and YEAR.fullmatch(t.text) and int(t.text) > year:
            return True
    return False


def _own(verb: Token) -> list[Token]:
    """The words of a verb's own clause: a clause conjoined to it ("…, and the ferries will sail within a
    month") or a relative clause in it ("signed a deal that would see troops leave within 90 days") has
    its own time."""
    conjoined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    relative = [t for t in verb.subtree if t.dep_ == "relcl"]
    apart = {t.i for c in conjoined + relative for t in c.subtree}
    return [t for t in verb.subtree if t.i not in apart]


def aims(verb: Token) -> bool:
    """Does the clause state an aim rather than an act ("reaffirms the need to limit warming", "sets a goal
    of tripling renewables")? The act it names is still to come."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in word_set("intention_nouns") and _to_come(obj):
            return True
    return False


def _to_come(noun: Token) -> bool:
    """An infinitive or "of" with a gerund after a noun ("need to limit", "goal of tripling")."""
    infinitive = any(
        c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children
    )
    gerund = any(p.lower_ == "of" and any(g.tag_ == "VBG" for g in p.children) for p in noun.children)
    return infinitive or gerund
