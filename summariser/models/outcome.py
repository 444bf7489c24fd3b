"""One article's record: everything it says about the event, each item pinned to its source span."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from summariser.models.common import (
    MAX_FIGURES,
    MAX_ISSUES,
    MAX_PEOPLE,
    MAX_POINTS,
    MAX_QUOTES,
    Evidence,
    PathText,
    PointStatus,
    Short,
    SpeakerCheck,
    Strict,
    Text,
    Usage,
)


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
    reason: Short = ""  # why, in plain words, when the item was set aside for what its sentence says


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
