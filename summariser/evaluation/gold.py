"""The gold file format for `summarise eval`: what a careful reader expects from each article and set."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from summariser.models import ConflictKind, PointStatus


class GoldModel(BaseModel):
    """Strict, so a typo in a hand-written gold file is an error, not a silently ignored key."""

    model_config = ConfigDict(extra="forbid")


class GoldQuote(GoldModel):
    """An attributed statement: the words (or their opening) and the speaker."""

    speaker: str
    text: str


class GoldSignatory(GoldModel):
    """A person or state that signed (or refused to)."""

    name: str
    refused: bool = False


class GoldFigure(GoldModel):
    """A count as an interval; `high` null when unbounded."""

    what: str
    low: float | None
    high: float | None
    text: str = ""


class GoldPoint(GoldModel):
    """An outcome and its status."""

    text: str
    status: PointStatus


class GoldIssue(GoldModel):
    """An open issue: its key words, and who raised it when the article says."""

    topic: str
    raised_by: str = ""


class GoldArticle(GoldModel):
    """Expectations for one article, found among the evaluated files by its file name."""

    file: str
    quotes: list[GoldQuote] = Field(default_factory=list)
    signatories: list[GoldSignatory] = Field(default_factory=list)
    figures: list[GoldFigure] = Field(default_factory=list)
    points: list[GoldPoint] = Field(default_factory=list)
    open_issues: list[GoldIssue] = Field(default_factory=list)


class GoldConflict(GoldModel):
    """A disagreement the set holds: its kind and words that identify it in the summary or claims."""

    kind: ConflictKind
    about: list[str] = Field(min_length=1)


class GoldSet(GoldModel):
    """A whole gold file."""

    version: int = 1
    description: str = ""
    articles: list[GoldArticle]
    conflicts: list[GoldConflict] = Field(default_factory=list)
