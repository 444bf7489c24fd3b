"""Open matters a clause states: a step still to come ("needs to be approved", "will be negotiated"), a
decision put off, a matter the text leaves out ("does not address the border"), a division it records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser.news.agents import is_agreement, word_set
from summariser.news.polarity import has_lemma, negated

if TYPE_CHECKING:
    from spacy.tokens import Token


def pending(verb: Token, state: str) -> bool:
    """A step still to come ("needs to be approved", "will be negotiated", "still being ironed out"), a
    decision put off ("the vote was postponed"), or a matter the text leaves out ("does not address the
    border")."""
    if has_lemma(verb, "negotiation_verbs") and (state in ("intended", "obliged") or _ongoing(verb)):
        return True
    if state == "obliged" and (has_lemma(verb, "agreement_verbs") or has_lemma(verb, "negotiation_verbs")):
        return True
    if negated(verb) and _covers(verb):
        return any(c.dep_ == "nsubj" and is_agreement(c) for c in verb.children)
    if has_lemma(verb, "postponement_verbs") and not negated(verb):
        return True  # "a decision on tolls would be delayed": put off, so still open
    return _needed(verb) or _divided(verb)


def _covers(verb: Token) -> bool:
    """A verb by which a text deals with a matter, or a light verb with its noun ("makes no mention of")."""
    if has_lemma(verb, "coverage_verbs"):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in word_set("coverage_verbs") for c in verb.children)


def _divided(verb: Token) -> bool:
    """ "There were other views", "there was disagreement over the fund": the text records a division."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    for noun in (c for c in verb.children if c.dep_ in ("attr", "nsubj")):
        lemma = noun.lemma_.lower()
        if lemma in word_set("division_words"):
            return True
        differing = any(
            a.dep_ == "amod" and a.lower_ in word_set("differing_adjectives") for a in noun.children
        )
        if lemma in word_set("view_nouns") and differing:
            return True
    return False


def _ongoing(verb: Token) -> bool:
    """A progressive, or a verb marked as not yet done ("still", "yet")."""
    return verb.tag_ == "VBG" or any(c.lower_ in ("still", "yet") for c in verb.children)


def _needed(verb: Token) -> bool:
    """ "needs/has to be approved": a verb of need governing an agreement verb in the passive."""
    if verb.lemma_.lower() not in word_set("need_verbs"):
        return False
    return any(
        c.dep_ == "xcomp" and (has_lemma(c, "agreement_verbs") or has_lemma(c, "negotiation_verbs"))
        for c in verb.children
    )
