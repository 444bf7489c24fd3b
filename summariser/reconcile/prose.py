"""What an article says in its own words, for telling a copy from an independent report.

Each body sentence is reduced to its own words, the words outside quotation marks: two outlets quoting
the same speech or declaration share its words without sharing a story, while a copy of a wire story
shares the reporter's sentences. The quotations are kept apart, in order, as weaker evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from summariser.news.quotes import find_passages, masked
from summariser.news.spans import QuoteSpans
from summariser.text.document import Document
from summariser.text.normalise import words

MIN_OWN = 6  # a sentence with fewer words of its own ("he said on Monday") says nothing about copying
MIN_QUOTE = 4  # shorter quoted fragments are names and scare quotes, which any outlet repeats


@dataclass(frozen=True)
class Prose:
    """An article's sentences of its own words and its quotations, each in order, words normalised."""

    sentences: tuple[str, ...]  # own words of each sentence with enough of them, joined by spaces
    sizes: tuple[int, ...]  # own words per sentence
    quotes: tuple[str, ...] = ()  # words of each quoted passage, joined by spaces
    quote_sizes: tuple[int, ...] = ()

    def only(self, keep: Sequence[bool]) -> Prose:
        """The same prose with only the sentences marked to keep."""
        pairs = [(s, n) for s, n, k in zip(self.sentences, self.sizes, keep, strict=True) if k]
        return replace(self, sentences=tuple(s for s, _n in pairs), sizes=tuple(n for _s, n in pairs))

    @property
    def total(self) -> int:
        """Own words in the whole article."""
        return sum(self.sizes)

    @property
    def quoted(self) -> int:
        """Quoted words in the whole article."""
        return sum(self.quote_sizes)


def prose(doc: Document) -> Prose:
    """The own words of every body sentence that has enough of them, and the quoted passages."""
    paragraphs = [(p.start, p.end) for p in doc.paragraphs if p.kind == "body"]
    passages = find_passages(doc.text, paragraphs)
    spans = QuoteSpans(s for p in passages for s in p.spans)
    own = [words(masked(doc.text, s.start, s.end, spans)) for s in doc.body] or [words(doc.text)]
    kept = [w for w in own if len(w) >= MIN_OWN]
    quoted = [w for w in (words(p.text) for p in passages) if len(w) >= MIN_QUOTE]
    return Prose(
        tuple(" ".join(w) for w in kept),
        tuple(len(w) for w in kept),
        tuple(" ".join(w) for w in quoted),
        tuple(len(w) for w in quoted),
    )
