"""What the model is asked to return: the SummitOutcome's content with sentence numbers, not offsets.

Offsets and grounding status are never trusted from a model; the llm engine computes them.
"""

from __future__ import annotations

import copy
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from summariser.models import PointStatus

_SCHEMAS: dict[str, dict[str, Any]] = {}
Short = Annotated[str, Field(max_length=200)]
Text = Annotated[str, Field(max_length=2000)]
# Every item must cite at least one sentence: that is what makes its claim checkable.
Cited = Annotated[list[Annotated[int, Field(ge=1, le=5000)]], Field(min_length=1, max_length=12)]


class DraftModel(BaseModel):
    """Strict: unknown keys are a validation error, which triggers a re-ask."""

    model_config = ConfigDict(extra="forbid")


class DraftEvent(DraftModel):
    """The event as the article names it."""

    name: Short = ""
    location: Short = ""
    date: Short = ""


class DraftQuote(DraftModel):
    """Words copied from the article, and who the article says spoke them."""

    speaker: Short
    text: Text
    sentences: Cited


class DraftSignatory(DraftModel):
    """Someone the article says signed (or refused to sign)."""

    name: Short
    role: Short = ""
    country: Short = ""
    document: Short = ""
    refused: bool = False
    sentences: Cited


class DraftParticipant(DraftModel):
    """Someone the article places at the event."""

    name: Short
    role: Short = ""
    country: Short = ""


class DraftFigure(DraftModel):
    """A count as written, with its hedge."""

    what: Short
    value: float | None = None
    hedge: Short = ""
    text: Short
    sentences: Cited


class DraftPoint(DraftModel):
    """An outcome of the event."""

    text: Text
    status: PointStatus
    sentences: Cited


class DraftIssue(DraftModel):
    """Something still unresolved."""

    topic: Text
    raised_by: Short = ""
    sentences: Cited


class Draft(DraftModel):
    """One article's extraction as the model returns it (lists bounded so output stays small)."""

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Pydantic rebuilds the schema on every call (about 18 ms); Instructor asks once per request."""
        key = repr((args, sorted(kwargs.items())))
        if key not in _SCHEMAS:
            _SCHEMAS[key] = super().model_json_schema(*args, **kwargs)
        return copy.deepcopy(_SCHEMAS[key])

    event: DraftEvent = Field(default_factory=DraftEvent)
    quotes: list[DraftQuote] = Field(default_factory=list, max_length=30)
    signatories: list[DraftSignatory] = Field(default_factory=list, max_length=20)
    participants: list[DraftParticipant] = Field(default_factory=list, max_length=30)
    figures: list[DraftFigure] = Field(default_factory=list, max_length=20)
    points: list[DraftPoint] = Field(default_factory=list, max_length=20)
    open_issues: list[DraftIssue] = Field(default_factory=list, max_length=15)
