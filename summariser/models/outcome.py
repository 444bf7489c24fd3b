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


class Measured(Strict):
    """What a figure measures, as its sentence's parse states it: two figures are comparable only when
    they count the same thing in the same frame, scope and time ("92 countries took part" and "93
    countries attending" are; "80 countries signed" and "12 did not sign" are not)."""

    counted: Short  # the counted noun's lemma ("country", "day"); coordinated nouns joined with "and"
    unit: bool = False  # the counted noun is a unit (days, percent) measuring the frame ("days of talks")
    frame: Short = ""  # the verb or noun the count belongs to, one name per frame ("take part", "talk")
    negated: bool = False  # the frame is denied or refused ("did not sign")
    scope: list[Short] = Field(default_factory=list, max_length=20)  # words narrowing the set ("new")
    agent: Short = ""  # who does the frame's action when the count is its object ("rebel")
    time: Short = ""  # when the frame is dated to ("by 2030", "within 135 days")


class Figure(Strict):
    """A count with its hedge kept as an interval; `high` is None when unbounded."""

    what: Short
    low: float | None = None
    high: float | None = None
    hedge: Short = ""
    text: Short
    evidence: Evidence
    measured: Measured | None = None  # None when no parse read it (the llm engine, text past the budget)


class Point(Strict):
    """An outcome of the event and how firm it is."""

    text: Text
    status: PointStatus
    evidence: Evidence
    kind: Short = ""  # decision | provision | commitment | proposal | refusal | removal ("" when not read)
    predicate: Short = ""  # the verb the outcome rests on, by lemma ("agree", "release")
    agent: Short = ""  # who acts in the clause, as the sentence words it


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
