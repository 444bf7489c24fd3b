"""Finding spaCy tokens by offset into the article, over the paragraphs `text.nlp.parse` returns."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class ParsedParagraph(Protocol):
    """What this module needs of `text.nlp.Parsed`: where the paragraph starts, and its parse."""

    @property
    def start(self) -> int: ...

    @property
    def doc(self) -> Doc: ...


class ParseIndex:
    """Token lookup by article offset, so quote spans and name mentions meet the parse."""

    def __init__(self, parsed: Sequence[ParsedParagraph]) -> None:
        self.parsed = list(parsed)
        self._starts = [p.start for p in self.parsed]
        self._ends = [p.start + _length(p.doc) for p in self.parsed]
        self._offsets: dict[int, list[int]] = {}
        self._analysed: dict[int, bool] = {}
        self._by_doc = {id(p.doc): p for p in self.parsed}

    def entities(self, *labels: str) -> list[tuple[int, int]]:
        """Article spans, in order, of the parse's named entities with any of these labels ("PERSON")."""
        return [
            (p.start + e.start_char, p.start + e.end_char)
            for p in self.parsed
            if p.doc.has_annotation("ENT_IOB")  # tokens-only units have none; reading .ents walks them all
            for e in p.doc.ents
            if e.label_ in labels
        ]

    def verbs(self) -> frozenset[int]:
        """Article offsets of the words the tagger reads as verbs ("Taking", "Walking" opening a sentence)."""
        return frozenset(
            p.start + t.idx
            for p in self.parsed
            if p.doc.has_annotation("TAG")
            for t in p.doc
            if t.pos_ == "VERB"
        )

    def untagged(self) -> list[tuple[int, int]]:
        """Article spans the entity tagger did not read (tokens only, past the parse budget)."""
        return [
            (p.start, end)
            for p, end in zip(self.parsed, self._ends, strict=True)
            if not p.doc.has_annotation("ENT_IOB")
        ]

    def paragraph(self, pos: int) -> ParsedParagraph | None:
        """The parsed paragraph holding an article offset."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        return self.parsed[i] if pos < self._ends[i] else None

    def analysed(self, pos: int) -> bool:
        """Does the paragraph at an offset carry a dependency parse (not only tokens, past the budget)?"""
        p = self.paragraph(pos)
        if p is None:
            return False
        if p.start not in self._analysed:
            self._analysed[p.start] = p.doc.has_annotation("DEP")
        return self._analysed[p.start]

    def token_at(self, pos: int) -> Token | None:
        """The token covering (or the first one after) an article offset, within its paragraph."""
        p = self.paragraph(pos)
        if p is None:
            return None
        offsets = self._offsets.get(p.start)
        if offsets is None:
            offsets = self._offsets[p.start] = [t.idx for t in p.doc]
        i = max(0, bisect_right(offsets, pos - p.start) - 1)
        token = p.doc[i]
        if pos - p.start >= token.idx + len(token.text_with_ws) and i + 1 < len(p.doc):
            token = p.doc[i + 1]
        return token

    def offset(self, token: Token) -> int:
        """The article offset of a token."""
        return self.base(token) + token.idx

    def base(self, token: Token) -> int:
        """The article offset where a token's paragraph starts."""
        p = self.paragraph_of(token.doc)
        return p.start if p is not None else 0

    def paragraph_of(self, doc: Doc) -> ParsedParagraph | None:
        """The parsed paragraph whose analysis is `doc`."""
        return self._by_doc.get(id(doc))


def _length(doc: Doc) -> int:
    """The characters a Doc covers, read from its last token: `len(doc.text)` joins every token's text."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
