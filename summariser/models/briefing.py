"""The reconciled view of a set of articles: merged findings with their sources, conflicts, the rest."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from summariser.models.common import (
    ConflictKind,
    Evidence,
    Failure,
    GroundStatus,
    PathText,
    PointStatus,
    Short,
    Strict,
    Text,
    Usage,
)
from summariser.models.outcome import Event


class Source(Strict):
    """One input article as listed in the memo."""

    id: Short
    path: PathText = ""
    outlet: Short = ""
    title: Short = ""
    syndicated_with: list[str] = Field(default_factory=list)  # the first few copies, by id
    syndicated_copies: int = Field(default=0, ge=0)  # how many copies in all: the list stays short
    article_id: Short = ""
    hidden_characters: int = Field(default=0, ge=0)
    notes: list[Text] = Field(default_factory=list)
    usage: Usage | None = None
    date: Short = ""
    off_topic: bool = False  # shares almost nothing with the other articles; listed apart, not merged


class Citation(Strict):
    """A span of one source that backs a finding."""

    source: Short
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    status: GroundStatus = "exact"


class SourcedPoint(Strict):
    """A point merged across articles."""

    text: Text
    status: PointStatus
    sources: list[str]
    independent: int = 1
    evidence: list[Citation] = Field(default_factory=list)
    disputed: bool = False  # independent stories give this point opposite statuses (see `conflicts`)


class SourcedSignatory(Strict):
    """A signatory merged across articles."""

    name: Short
    role: Short = ""
    country: Short = ""
    document: Short = ""
    sources: list[str]
    variants: list[str] = Field(default_factory=list)
    independent: int = 1
    evidence: list[Citation] = Field(default_factory=list)


class QuoteVariant(Strict):
    """Another wording of the same quote, with what differs."""

    text: Text
    sources: list[str]
    kind: Literal["elided", "reworded", "truncated", "extended", "other-speaker"] = "reworded"
    speaker: Short = ""
    evidence: list[Citation] = Field(default_factory=list)
    copy_edit: bool = False  # a wording inside one syndicated story: an editor's change, not a disagreement


class SourcedQuote(Strict):
    """A quote merged across articles; `text` is the most verbatim version."""

    speaker: Short
    text: Text
    sources: list[str]
    variants: list[QuoteVariant] = Field(default_factory=list)
    independent: int = 1
    evidence: list[Citation] = Field(default_factory=list)


class SourcedIssue(Strict):
    """An open issue merged across articles."""

    topic: Text
    raised_by: Short = ""
    sources: list[str]
    independent: int = 1
    evidence: list[Citation] = Field(default_factory=list)


class Entity(Strict):
    """A person, country or institution under one canonical name, with every form the sources use."""

    name: Short
    kind: Literal["person", "country"]
    variants: list[Short] = Field(default_factory=list)


class Claim(Strict):
    """One side of a conflict: what a source says and where."""

    source: Short
    text: Text
    value: Short = ""
    evidence: Evidence
    sources: list[str] = Field(default_factory=list)


class Conflict(Strict):
    """Sources that disagree, with every side's words."""

    kind: ConflictKind
    summary: Text
    claims: list[Claim]
    basis: Text = ""  # why the sides are about the same thing (entity, measured thing, unit, scope, time)


class Unsupported(Strict):
    """An item no source text backs; reported, never used as a finding."""

    source: Short
    field: Short
    text: Text
    reason: Short = ""


class Weak(Unsupported):
    """An item matched only fuzzily below the finding threshold: shown with its score, never a finding."""

    score: float = Field(ge=0, le=100)


class Briefing(Strict):
    """The reconciled view of every article about one event."""

    bottom_line: Text = ""
    event: Event = Field(default_factory=Event)
    sources: list[Source]
    entities: list[Entity] = Field(default_factory=list)
    points: list[SourcedPoint] = Field(default_factory=list)
    signatories: list[SourcedSignatory] = Field(default_factory=list)
    quotes: list[SourcedQuote] = Field(default_factory=list)
    open_issues: list[SourcedIssue] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    unsupported: list[Unsupported] = Field(default_factory=list)
    weak: list[Weak] = Field(default_factory=list)
    failures: list[Failure] = Field(default_factory=list)
    engine: Short = "extractive"
    usage: Usage | None = None
    provenance: Text = ""  # engine, model, version, date, articles read
