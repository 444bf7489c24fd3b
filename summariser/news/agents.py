"""Who acts in a clause and when: its subject, whether that is a party to the event or the agreement
itself, and whether the clause is set before the event (background)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summariser.news.lexicon import word_list
from summariser.news.polarity import lemmas

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@cache
def word_set(name: str) -> frozenset[str]:
    """A word list as lower-case entries."""
    return frozenset(w.casefold() for w in word_list(name))


def is_agreement(token: Token) -> bool:
    """An agreement, its text or a part of it ("the deal", "the declaration", "the terms of the accord",
    "the first phase")."""
    if agreement_word(token):
        return True
    if token.lemma_.lower() not in word_set("agreement_parts"):
        return False
    return any(agreement_word(t) for t in token.subtree) or any(c.dep_ == "amod" for c in token.children)


def agreement_word(token: Token) -> bool:
    """A noun naming an agreement or its text."""
    return agreement_noun(token.lemma_.lower())


def agreement_noun(word: str) -> bool:
    """A word (lower case, base form) naming an agreement or its text ("deal", "statement")."""
    return word in lemmas("agreement_nouns") or word in lemmas("document_nouns")


def issued(document: Token, verb: Token) -> bool:
    """Does the verb issue an agreement or the event's text, not one party's own words? A statement is the
    event's when joint ("a joint statement") or issued by the parties together ("the leaders", "X and Y")."""
    if not agreement_word(document):
        return False
    if document.lemma_.lower() not in word_set("own_statement_nouns"):
        return True
    if joint(document):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is None or plural(subj)


def joint(noun: Token) -> bool:
    """Is the noun marked as the parties' together ("a joint statement", "the trilateral declaration")?"""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in word_set("joint_modifiers") for c in noun.children
    )


def plural(token: Token) -> bool:
    """A plural noun, or one coordinated with others ("Varga and Lind")."""
    return token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in token.children)


def issues_statement(sentence: Span) -> bool | None:
    """Does the sentence issue one party's own statement (True), the event's (False), or none (None)?"""
    for verb in (t for t in sentence if t.lemma_.lower() in word_set("object_bound_verbs")):
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in word_set("own_statement_nouns"):
                return not issued(c, verb)
    return None


def statement_speaks(verb: Token) -> bool:
    """Is the verb's subject "it" or a statement not marked as the event's ("The statement noted ...")?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ == "it":
        return subj is not None
    return subj.lemma_.lower() in word_set("own_statement_nouns") and not joint(subj)


def subject(verb: Token) -> str:
    """The words of the verb's subject (its head's, for a conjunct or complement without one)."""
    token = verb
    for _ in range(3):
        subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return " ".join(t.text for t in subj.subtree)
        if token.dep_ not in ("conj", "xcomp") or token.head is token:
            break
        token = token.head
    return ""


def party(verb: Token) -> bool:
    """Is the acting subject a party to the event (a state, a leader, a delegation, the meeting, its text)
    rather than a commentator? A passive or a subjectless clause counts: the parties are implied."""
    token = verb
    for _ in range(3):
        subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return party_word(subj)
        if token.dep_ not in ("conj", "xcomp") or token.head is token:
            return True
        token = token.head
    return True


def party_word(head: Token) -> bool:
    """A name, a pronoun, a party noun or the agreement: anything but a commentator noun ("Twelve of the
    countries" is read by its "of" part)."""
    if head.pos_ in ("NUM", "DET", "ADJ") or head.lemma_.lower() in (
        "most",
        "many",
        "some",
        "several",
        "all",
    ):
        part = next(
            (o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None
        )
        if part is not None:
            return party_word(part)
        return head.pos_ == "NUM"  # "80 supported the declaration": a count of parties
    if head.ent_type_ in ("PERSON", "GPE", "NORP", "ORG", "FAC") or head.pos_ in ("PROPN", "PRON"):
        return True
    lemma = head.lemma_.lower()
    if lemma in word_set("commentator_nouns"):
        return False
    return (
        lemma in word_set("party_nouns")
        or is_agreement(head)
        or any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in head.children)
    )


def background(verb: Token, year: int | None, told: bool = False) -> bool:
    """Set before the event: a pluperfect outside reported speech, or an earlier year in its frame."""
    if not told and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return True
    if any(c.lower_ in word_set("habitual_adverbs") for c in verb.children):
        return True  # "has repeatedly opposed": a standing position, not what the event decided
    if year is None:
        return False
    for c in verb.children:
        if c.dep_ in ("prep", "npadvmod", "advmod") or c.ent_type_ == "DATE":
            text = " ".join(t.text for t in c.subtree if t.ent_type_ == "DATE")
            if any(int(y) < year for y in YEAR.findall(text)):
                return True
    return False
