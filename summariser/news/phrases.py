"""Quoted words that belong to the reporter's own sentence rather than report a statement.

Two shapes, read from the parse: the quote is a modifier standing before a noun of the reporter's
("wants 'leaner and faster' ferries"), or it is a bare prepositional phrase of a few words, a turn of
phrase ("an accord 'down the road'"); neither says what anyone said.
"""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from summariser.news.parsing import ParseIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod", "poss"}
NOUNS = {"NOUN", "PROPN"}
SHORT_PHRASE = 3  # words; a prepositional phrase this short is a turn of phrase, not a statement


def quote_tokens(index: ParseIndex, open_pos: int, close_pos: int) -> list[Token]:
    """The word tokens between two quotation marks, when the parse holds them in one paragraph."""
    first = index.token_at(open_pos + 1)
    if first is None:
        return []
    base = index.base(first)
    out = list(takewhile(lambda t: base + t.idx < close_pos, first.doc[first.i :]))  # tokens are in order
    if not out or base + out[-1].idx + len(out[-1].text) < close_pos - 1:
        return []  # the quote runs past this paragraph's parse
    return [t for t in out if not t.is_punct]


def is_phrase(index: ParseIndex, open_pos: int, close_pos: int) -> bool:
    """Is the quote a pre-modifier of the reporter's noun, or a short prepositional phrase?"""
    if not index.analysed(open_pos + 1):
        return False  # tokens only (past the parse budget): no dependency can make it either
    tokens = quote_tokens(index, open_pos, close_pos)
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1:
        return False
    root = roots[0]
    before_noun = root.dep_ in MODIFIER_DEPS and root.head.pos_ in NOUNS and root.head.i > max(inside)
    short_pp = root.pos_ == "ADP" and root.dep_ == "prep" and len(tokens) <= SHORT_PHRASE
    return before_noun or short_pp
