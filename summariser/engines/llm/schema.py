"""What the model is asked to return: the SummitOutcome's content with sentence numbers, not offsets.

Offsets and grounding status are never trusted from a model; the llm engine computes them.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from summariser.models import PointStatus

_SCHEMAS: dict[str, dict[str, Any]] = {}
# Left out of the schema the model reads, since it is part of every prompt: titles repeat the keys,
# defaults repeat "required", descriptions repeat the system prompt, upper bounds only cost tokens.
# Pydantic still enforces every bound on the answer (and a violation is re-asked).
PROMPT_NOISE = frozenset({"title", "default", "description", "maxLength", "maxItems", "maximum"})
Short = Annotated[str, Field(max_length=200)]
Text = Annotated[str, Field(max_length=2000)]
# Every item must cite at least one sentence: that is what makes its claim checkable.
Cited = Annotated[list[Annotated[int, Field(ge=1, le=5000)]], Field(min_length=1, max_length=12)]


def compact(node: Any) -> Any:
    """The schema without PROMPT_NOISE (a property that happens to be named like one stays)."""
    if isinstance(node, dict):
        return {k: compact(v) for k, v in node.items() if k not in PROMPT_NOISE or isinstance(v, dict)}
    if isinstance(node, list):
        return [compact(v) for v in node]
    return node


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
        """Compact, and built once: Pydantic rebuilds it per call (~18 ms); Instructor asks per request."""
        key = repr((args, sorted(kwargs.items())))
        if key not in _SCHEMAS:
            _SCHEMAS[key] = compact(super().model_json_schema(*args, **kwargs))
        return copy.deepcopy(_SCHEMAS[key])

    event: DraftEvent = Field(default_factory=DraftEvent)
    quotes: list[DraftQuote] = Field(default_factory=list, max_length=30)
    signatories: list[DraftSignatory] = Field(default_factory=list, max_length=20)
    participants: list[DraftParticipant] = Field(default_factory=list, max_length=30)
    figures: list[DraftFigure] = Field(default_factory=list, max_length=20)
    points: list[DraftPoint] = Field(default_factory=list, max_length=20)
    open_issues: list[DraftIssue] = Field(default_factory=list, max_length=15)


TYPICAL_ITEMS = 4  # items per list in a typical answer; a longer one is cut off and re-asked shorter
SHORT_CHARS, TEXT_CHARS = 24, 160  # a typical name or label, a typical quoted sentence


def _example(model: type[BaseModel]) -> dict[str, Any]:
    """A typical answer for `model`, built from its fields, so the budget follows the schema."""
    out: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        kind = field.annotation
        item = getattr(kind, "__args__", (None,))[0]
        if isinstance(item, type) and issubclass(item, BaseModel):
            out[name] = [_example(item)] * TYPICAL_ITEMS
        elif isinstance(kind, type) and issubclass(kind, BaseModel):
            out[name] = _example(kind)
        elif name == "sentences":
            out[name] = [12, 13]
        else:
            long = any(getattr(m, "max_length", 0) == 2000 for m in field.metadata)
            out[name] = "x" * (TEXT_CHARS if long else SHORT_CHARS)
    return out


@cache
def answer_tokens() -> int:
    """Max tokens for a typical full answer: its JSON at ~4 chars a token, plus a quarter for spacing."""
    chars = len(json.dumps(_example(Draft)))
    return int(chars / 4 * 1.25 // 64 + 1) * 64
