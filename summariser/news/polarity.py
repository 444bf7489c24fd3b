"""Polarity of a reported action from spaCy's parse: done, negated, refused, intended or only possible.

"X signed" is a fact; "X has not signed", "No deal was signed" are negated; "X refused to sign",
"X stopped short of signing" are refusals; "X will sign", "X is expected to sign" are intentions;
"X could sign" is a possibility. Read from the verb's own dependents (neg, aux, subject and object
determiners) and from the verb that governs it (refusal verbs, infinitive complements).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Literal

from summariser.news.lexicon import word_list
from summariser.text.document import Document
from summariser.text.nlp import Parsed, parse

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Polarity = Literal["affirmed", "negated", "refused", "intended", "proposed", "obliged"]

ARGUMENTS = ("nsubj", "nsubjpass", "dobj")
# Characters; a longer "paragraph" is no news copy (a dump, a minified page) and would take minutes to parse.


def analysis(doc: Document) -> list[Parsed]:
    """spaCy's parse of the article (very long inputs are analysed within a budget, see text.nlp)."""
    return parse(doc)


def sentences(parsed: list[Parsed]) -> dict[int, tuple[int, Span]]:
    """Each parsed sentence by its start offset in the article, with its paragraph's offset."""
    return {unit.start + s.start_char: (unit.start, s) for unit in parsed for s in unit.doc.sents}


@cache
def lemmas(name: str) -> frozenset[str]:
    """A packaged one-lemma-a-line word list as a set."""
    return frozenset(word_list(name))


@cache
def modals() -> dict[str, Polarity]:
    """Modal auxiliary → what it makes of the action it governs."""
    out: dict[str, Polarity] = {}
    for entry in word_list("modals"):
        word, status = entry.split("\t")
        out[word] = "intended" if status == "intended" else "proposed" if status == "proposed" else "obliged"
    return out


def has_lemma(token: Token, name: str) -> bool:
    """Is the token's lemma in a word list, with the particle a two-word entry asks for ("rule out")?"""
    for entry in lemmas(name):
        head, _, particle = entry.partition(" ")
        if token.lemma_.lower() != head:
            continue
        if not particle or any(c.lower_ == particle for c in token.children):
            return True
    return False


def negated(verb: Token) -> bool:
    """A "not"/"never" on the verb, or "no"/"nobody"/"neither" opening its subject or object."""
    negators = lemmas("negators")
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in negators):
            return True
        if child.dep_ in ARGUMENTS and (
            child.lower_ in negators or any(d.dep_ == "det" and d.lower_ in negators for d in child.children)
        ):
            return True
    return False


def modality(verb: Token) -> Polarity | None:
    """What the verb's modal auxiliary ("will", "could") makes of it, if it has one."""
    table = modals()
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in table:
            return table[child.lower_]
    return None


def refusal_governor(verb: Token) -> Token | None:
    """A refusal verb governing this one ("refused to sign", "stopped short of signing")."""
    token = verb
    for _ in range(3):
        if token.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "advmod", "acomp") or token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and has_lemma(token, "refusal_verbs"):
            return token
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("prep",):
            return None
    return None


def own_modality(verb: Token) -> Polarity | None:
    """The modal of the verb, or of the first conjunct it shares its subject and auxiliaries with."""
    return modality(verb) or modality(_own(verb))


def _own(verb: Token) -> Token:
    """The verb whose auxiliaries count: the first conjunct when a conjunct has no subject of its own."""
    token = verb
    while token.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in token.children):
        token = token.head
    return token


def polarity(verb: Token) -> Polarity:
    """Is the action the verb reports done, negated, refused, only intended or only possible?"""
    governor = refusal_governor(verb)
    if governor is not None:
        return "negated" if negated(governor) else "refused"
    own = _own(verb)
    modal = modality(own)
    if negated(own) or negated(verb):
        return "refused" if modal == "intended" else "negated"
    if modal is not None:
        return modal
    if _unrealised(own):
        return "intended"
    return "affirmed"


def _unrealised(verb: Token) -> bool:
    """An infinitive, or a gerund with no subject ("expected to sign", "ahead of signing"): no act."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        return verb.head.lower_ not in lemmas("completed_preps")
    return False
