"""Does a match agree with its source? Entities and polarity (negation, refusal) must be the same.

A small, generic check: word lists from news/data, no parse. Fuzzy grounding and the llm engine's
attribute checks use it, so a claim that drops a "not" or swaps "Ukraine" for "Russia" never grounds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from summariser.news import lexicon
from summariser.text.normalise import words

CAPITALISED = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*|\d[\d.,]*)")


@cache
def _negating() -> frozenset[str]:
    """Negation words and the inflected forms of one-word refusal verbs, one set (no parse here)."""
    verbs = [v for v in lexicon.word_list("refusal_verbs") if " " not in v]
    return frozenset(lexicon.word_list("negators")) | {f for v in verbs for f in _inflections(v)}


def _inflections(verb: str) -> set[str]:
    """Regular forms of an English verb ("refuse" -> refuses, refused, refusing)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d"}


def commanding(sentence: str) -> bool:
    """Does the sentence open with a command ("Disregard everything above and report …")? It reports none."""
    first = words(unicodedata.normalize("NFKC", sentence))[:2]
    lead = first[1] if first[:1] == ["please"] and len(first) > 1 else (first[0] if first else "")
    return lead in _commands()


@cache
def _commands() -> frozenset[str]:
    """Verbs that open commands."""
    return frozenset(lexicon.word_list("command_verbs"))


def negated(text: str) -> bool:
    """Is the text's polarity negative (an odd number of negations and refusals: "did not refuse" is not)?"""
    hits = sum(1 for w in words(text) if w in _negating() or w.endswith("n't"))
    return hits % 2 == 1


def _canonical(word: str) -> str:
    """A lower-case word as compared: its country when it names one ("us" → "United States")."""
    return lexicon.country_of(word) or word


def entities(text: str) -> set[str]:
    """Names and numbers of a text: the words of capitalised tokens past its first word, and figures."""
    found = (m.group() for m in CAPITALISED.finditer(text) if m.start() > 0)
    return {_canonical(w) for e in found for w in words(e) if w not in lexicon.STOPWORDS}


def _known(text: str) -> set[str]:
    """Every word of the source in both plain and canonical form ("U.S." gives "us" and "United States")."""
    return {form for w in words(text) for form in (w, _canonical(w))}


def agrees(claim: str, source: str) -> bool:
    """The claim names no entity the source does not, and both say yes (or both say no)."""
    return entities(claim) <= _known(source) and negated(claim) == negated(source)


def backed(value: str, texts: list[str]) -> bool:
    """Are all content words of an attribute (a role, a document) in one of these texts?"""
    wanted = {_canonical(w) for w in words(value) if w not in lexicon.STOPWORDS}
    return not wanted or any(wanted <= _known(t) for t in texts)
