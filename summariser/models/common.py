"""Types and building blocks every public contract shares: statuses, bounded strings, evidence."""

from __future__ import annotations

from typing import Annotated, Literal

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


class Usage(Strict):
    """Model usage for one article (or, on a Briefing, summed over all of them)."""

    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)
    requests: int = Field(default=0, ge=0)
    cached: int = Field(default=0, ge=0)
    seconds: float = Field(default=0.0, ge=0)


class Failure(Strict):
    """An article that could not be processed, and why."""

    path: PathText
    error: Text
    usage: Usage | None = None  # what the failed attempts cost (llm engine), counted by --stats
