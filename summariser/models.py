"""Pydantic models for the public JSON contracts: one `SummitOutcome` per article, one `Briefing` per set."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

GroundStatus = Literal["exact", "normalised", "fuzzy", "unsupported"]
PointStatus = Literal["agreed", "intended", "proposed", "dropped", "rejected"]
SpeakerCheck = Literal["attributed", "mismatch", "unknown"]
ConflictKind = Literal["count", "quote", "attribution", "role", "date", "claim"]


def _clip(limit: int) -> BeforeValidator:
    """Cut an over-long string to its bound: a record keeps the start of a runaway field, not an error."""
    return BeforeValidator(lambda v: v[:limit] if isinstance(v, str) else v)


Short = Annotated[str, _clip(200), Field(max_length=200)]
Text = Annotated[str, _clip(4000), Field(max_length=4000)]
PathText = Annotated[str, _clip(1000), Field(max_length=1000)]

# Bounds keep a runaway model (or a pathological article) from producing unbounded records.
MAX_QUOTES = 100
MAX_PEOPLE = 100
MAX_FIGURES = 60
MAX_POINTS = 60
MAX_ISSUES = 40


class Strict(BaseModel):
    """Shared config: unknown keys are an error, so a drifting producer fails loudly."""

    model_config = ConfigDict(extra="forbid")


class Span(Strict):
    """A half-open character range into the original decoded text of an article."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Evidence(Strict):
    """Where an item sits in its source and how faithfully it matches."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    status: GroundStatus
    score: float = Field(ge=0, le=100)
    spans: list[Span] = Field(default_factory=list, max_length=8)
    elided: bool = False
    paraphrased: bool = False


class ArticleMeta(Strict):
    """Identity of the article a record came from."""

    id: Short
    title: Short = ""
    outlet: Short = ""
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    path: PathText = ""
    published: Short = ""
    hidden_characters: int = Field(default=0, ge=0)


class Event(Strict):
    """What the coverage is about, as far as the article says."""

    name: Short = ""
    location: Short = ""
    date: Short = ""
    date_evidence: Evidence | None = None


class Quote(Strict):
    """Words put in someone's mouth, with the check of whether the article attributes them so."""

    speaker: Short
    text: Text
    evidence: Evidence
    speaker_check: SpeakerCheck = "unknown"


class Participant(Strict):
    """A person or delegation present at the event."""

    name: Short
    role: Short = ""
    country: Short = ""
    evidence: Evidence | None = None


class Signatory(Strict):
    """Someone the article says signed (or refused to sign) a document."""

    name: Short
    role: Short = ""
    country: Short = ""
    document: Short = ""
    evidence: Evidence
    refused: bool = False


class Figure(Strict):
    """A count with its hedge kept as an interval; `high` is None when unbounded."""

    what: Short
    low: float | None = None
    high: float | None = None
    hedge: Short = ""
    text: Short
    evidence: Evidence


class Point(Strict):
    """An outcome of the event and how firm it is."""

    text: Text
    status: PointStatus
    evidence: Evidence


class OpenIssue(Strict):
    """Something the article says is still unresolved."""

    topic: Text
    raised_by: Short = ""
    evidence: Evidence


class Attribute(Strict):
    """A value a model gave an item that its grounding sentence does not back (e.g. "signatories.role")."""

    field: Short
    text: Text


class Usage(Strict):
    """Model usage for one article (or, on a Briefing, summed over all of them)."""

    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)
    requests: int = Field(default=0, ge=0)
    cached: int = Field(default=0, ge=0)
    seconds: float = Field(default=0.0, ge=0)


class SummitOutcome(Strict):
    """Everything one article says about the event, each item pinned to its source span."""

    @classmethod
    def bounded(cls, **fields: Any) -> SummitOutcome:
        """Build a record keeping at most each list's schema bound (a long article keeps its first items)."""
        for name, value in fields.items():
            limit = next(
                (m.max_length for m in cls.model_fields[name].metadata if hasattr(m, "max_length")), None
            )
            if isinstance(value, list) and limit is not None:
                fields[name] = value[:limit]
        return cls(**fields)

    article: ArticleMeta
    event: Event = Field(default_factory=Event)
    quotes: list[Quote] = Field(default_factory=list, max_length=MAX_QUOTES)
    signatories: list[Signatory] = Field(default_factory=list, max_length=MAX_PEOPLE)
    participants: list[Participant] = Field(default_factory=list, max_length=MAX_PEOPLE)
    figures: list[Figure] = Field(default_factory=list, max_length=MAX_FIGURES)
    points: list[Point] = Field(default_factory=list, max_length=MAX_POINTS)
    open_issues: list[OpenIssue] = Field(default_factory=list, max_length=MAX_ISSUES)
    unsupported_attributes: list[Attribute] = Field(default_factory=list, max_length=400)
    engine: Short = "extractive"
    usage: Usage | None = None


class Source(Strict):
    """One input article as listed in the memo."""

    id: Short
    path: PathText = ""
    outlet: Short = ""
    title: Short = ""
    syndicated_with: list[str] = Field(default_factory=list)
    article_id: Short = ""
    hidden_characters: int = Field(default=0, ge=0)
    notes: list[Text] = Field(default_factory=list)
    usage: Usage | None = None


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


class Unsupported(Strict):
    """An item no source text backs; reported, never used as a finding."""

    source: Short
    field: Short
    text: Text


class Weak(Unsupported):
    """An item matched only fuzzily below the finding threshold: shown with its score, never a finding."""

    score: float = Field(ge=0, le=100)


class Failure(Strict):
    """An article that could not be processed, and why."""

    path: PathText
    error: Text


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
