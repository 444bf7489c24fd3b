"""The one Document that travels from ingest to render: text, paragraphs, sentences, metadata.

Every offset here indexes `Document.text`, the original decoded input, so `text[start:end]` is evidence.
Stages read these spans; none re-splits the text.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

INSTRUCTION_REASON = "instructions addressed to an AI model (ignored)"  # never evidence for anything


class Sentence(BaseModel):
    """A kept sentence; `text` is always `document.text[start:end]`."""

    model_config = ConfigDict(frozen=True)

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: Literal["body", "heading"] = "body"


class Paragraph(BaseModel):
    """A kept paragraph (or headline); its sentences point back to it by index."""

    model_config = ConfigDict(frozen=True)

    index: int
    start: int
    end: int
    kind: Literal["body", "heading"] = "body"


class Dropped(BaseModel):
    """A span kept out of what engines see, with the reason."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    reason: str


class Document(BaseModel):
    """One article as the engines see it, with every offset pointing into `text`."""

    id: str
    path: str
    text: str
    sha256: str
    encoding: str = "utf-8"
    notes: list[str] = Field(default_factory=list)
    title: str = ""
    outlet: str = ""
    agency: str = ""  # the news agency or source the text credits ("Reuters", "PTI"), beside the outlet
    location: str = ""
    date: str = ""
    hidden_characters: int = 0
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list)

    _parsed: list[Any] | None = PrivateAttr(default=None)
    _spans: tuple[tuple[int, int], list[tuple[int, int]]] | None = PrivateAttr(default=None)

    @property
    def parsed(self) -> list[Any] | None:
        """spaCy's analysis per kept paragraph (see `text.nlp`), once something asked for it."""
        return self._parsed

    @parsed.setter
    def parsed(self, value: list[Any] | None) -> None:
        self._parsed = value

    @property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of every kept sentence, headings included: what grounding aligns against.

        Kept until the sentence list changes, since every grounded item asks for it.
        """
        key = (id(self.sentences), len(self.sentences))
        if self._spans is None or self._spans[0] != key:
            self._spans = (key, [(s.start, s.end) for s in self.sentences])
        return self._spans[1]

    @property
    def body(self) -> list[Sentence]:
        """Sentences of news text (not headings), the input of the engines."""
        return [s for s in self.sentences if s.kind == "body"]
