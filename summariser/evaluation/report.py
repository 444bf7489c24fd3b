"""What an evaluation found: counts per field and article, and the report as plain data."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

FIELDS = ("quotes", "signatories", "figures", "points", "open_issues")


@dataclass
class Score:
    """Counts for one field; precision, recall and F1 derive from them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, other: Score) -> None:
        """Accumulate another article's counts."""
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched

    @property
    def precision(self) -> float:
        """Share of extracted items that match gold."""
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items found."""
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleReport:
    """Per-article figures."""

    file: str
    scores: dict[str, Score]
    speaker_right: int = 0
    status_right: int = 0
    grounded: int = 0
    items: int = 0
    tokens: int = 0
    seconds: float = 0.0
    cached: bool = False  # read from the record cache: no extraction time to report
    error: str = ""


@dataclass
class Report:
    """The whole evaluation."""

    engine: str
    articles: list[ArticleReport] = field(default_factory=list)
    conflicts: Score = field(default_factory=Score)
    false_conflicts: list[str] = field(default_factory=list)
    conflicts_note: str = ""

    def total(self, name: str) -> Score:
        """A field's counts summed over articles."""
        out = Score()
        for a in self.articles:
            out.add(a.scores[name])
        return out

    def to_json(self) -> dict[str, Any]:
        """Plain data for `--format json`."""
        fields = {}
        for name in FIELDS:
            s = self.total(name)
            fields[name] = {
                "gold": s.gold,
                "predicted": s.predicted,
                "matched": s.matched,
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "f1": round(s.f1, 3),
            }
        quotes, points = self.total("quotes"), self.total("points")
        items = sum(a.items for a in self.articles)
        return {
            "engine": self.engine,
            "fields": fields,
            "speaker_accuracy": round(sum(a.speaker_right for a in self.articles) / quotes.matched, 3)
            if quotes.matched
            else None,
            "point_status_accuracy": round(sum(a.status_right for a in self.articles) / points.matched, 3)
            if points.matched
            else None,
            "grounding_rate": round(sum(a.grounded for a in self.articles) / items, 3) if items else None,
            "conflicts": {
                "note": self.conflicts_note,
                "gold": self.conflicts.gold,
                "found": self.conflicts.matched,
                "recall": round(self.conflicts.recall, 3),
                "false": self.false_conflicts,
            },
            "articles": [
                {
                    "file": a.file,
                    "tokens": a.tokens,
                    "seconds": round(a.seconds, 3),
                    "cached": a.cached,
                    "error": a.error,
                    **{
                        n: {"matched": s.matched, "gold": s.gold, "predicted": s.predicted}
                        for n, s in a.scores.items()
                    },
                }
                for a in self.articles
            ],
        }


def report_json(report: Report) -> str:
    """The report as JSON text."""
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"
