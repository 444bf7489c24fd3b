"""What an article says in its own words, for telling a copy from an independent report.

Each body sentence is reduced to its own words, the words outside quotation marks: two outlets quoting
the same speech or declaration share its words without sharing a story, while a copy of a wire story
shares the reporter's sentences. Names and titles are facts every account of the event repeats, so a
sentence's weight counts only its other words, the reporter's wording around the facts. The quotations
are kept apart, in order, as weaker evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from summariser.news.quotes import find_passages, masked
from summariser.news.spans import QuoteSpans
from summariser.text.document import Document
from summariser.text.normalise import ACRONYM_RE, WORD_RE, words

MIN_OWN = 6  # a sentence with fewer words of its own ("he said on Monday") says nothing about copying
MIN_QUOTE = 4  # shorter quoted fragments are names and scare quotes, which any outlet repeats
QUOTE_GRAM = 5  # words in a row that, quoted by any article, are someone else's words wherever they appear


@dataclass(frozen=True)
class Prose:
    """An article's sentences of its own words and its quotations, each in order."""

    sentences: tuple[str, ...]  # own words of each sentence with enough of them, as printed, spaced
    sizes: tuple[int, ...]  # the weight of each sentence: its own words that are not capitalised
    quotes: tuple[str, ...] = ()  # words of each quoted passage, lower case, spaced
    quote_sizes: tuple[int, ...] = ()

    def only(self, keep: Sequence[bool]) -> Prose:
        """The same prose with only the sentences marked to keep."""
        return _sentences(self, [s.split() for s, k in zip(self.sentences, keep, strict=True) if k])

    def without(self, quoted: set[tuple[str, ...]]) -> Prose:
        """The prose without the words of runs some article quotes (a copy that lost its quote marks)."""
        return _sentences(self, [_unquoted(s.split(), quoted) for s in self.sentences])

    @property
    def total(self) -> int:
        """Weight of the whole article's own words."""
        return sum(self.sizes)

    @property
    def quoted(self) -> int:
        """Quoted words in the whole article."""
        return sum(self.quote_sizes)


def _sentences(p: Prose, own: list[list[str]]) -> Prose:
    """The prose with these sentences (as word lists), those with too few words left out."""
    kept = [w for w in own if len(w) >= MIN_OWN]
    return replace(p, sentences=tuple(" ".join(w) for w in kept), sizes=tuple(map(_plain, kept)))


def _plain(w: list[str]) -> int:
    """Words that are neither names nor titles (not capitalised)."""
    return sum(1 for x in w if not x[0].isupper())


def _words(text: str) -> list[str]:
    """Word tokens as printed ("U.S." as "US"), so names keep their capitals."""
    return [
        w.replace("’", "'") for w in WORD_RE.findall(ACRONYM_RE.sub(lambda m: m[0].replace(".", ""), text))
    ]


def prose(doc: Document) -> Prose:
    """The own words of every body sentence that has enough of them, and the quoted passages."""
    paragraphs = [(p.start, p.end) for p in doc.paragraphs if p.kind == "body"]
    passages = find_passages(doc.text, paragraphs)
    spans = QuoteSpans(s for p in passages for s in p.spans)
    own = [_words(masked(doc.text, s.start, s.end, spans)) for s in doc.body] or [_words(doc.text)]
    quoted = [w for w in (words(p.text) for p in passages) if len(w) >= MIN_QUOTE]
    return _sentences(Prose((), (), tuple(" ".join(w) for w in quoted), tuple(map(len, quoted))), own)


def quoted_runs(texts: Sequence[Prose]) -> set[tuple[str, ...]]:
    """Every run of QUOTE_GRAM words (lower case) inside a quotation of any of the articles."""
    out: set[tuple[str, ...]] = set()
    for p in texts:
        for q in p.quotes:
            w = q.split()
            out.update(tuple(w[i : i + QUOTE_GRAM]) for i in range(len(w) - QUOTE_GRAM + 1))
    return out


def _unquoted(w: list[str], quoted: set[tuple[str, ...]]) -> list[str]:
    """The words not covered by a quoted run."""
    low = [x.casefold() for x in w]
    covered = [False] * len(w)
    for i in range(len(w) - QUOTE_GRAM + 1):
        if tuple(low[i : i + QUOTE_GRAM]) in quoted:
            covered[i : i + QUOTE_GRAM] = [True] * QUOTE_GRAM
    return [x for x, c in zip(w, covered, strict=True) if not c]
