"""evaluation/gold.py: the hand-written gold format is strict, so a typo fails instead of being ignored."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from summariser.evaluation.gold import GoldArticle, GoldConflict, GoldFigure, GoldSet


def test_a_minimal_gold_file_gets_empty_lists_and_version_1() -> None:
    gold = GoldSet.model_validate({"articles": [{"file": "a.txt"}]})
    assert gold.version == 1
    assert gold.conflicts == []
    assert gold.articles[0].quotes == [] and gold.articles[0].signatories == []


@pytest.mark.parametrize(
    "article",
    [
        {"file": "a.txt", "quote": []},  # misspelt field
        {"file": "a.txt", "quotes": [{"speaker": "Ines Varga"}]},  # quote without text
        {"file": "a.txt", "points": [{"text": "A ceasefire", "status": "signed"}]},  # not a status
        {"file": "a.txt", "signatories": [{"name": "Ines Varga", "refused": "perhaps"}]},
        {"file": "a.txt", "figures": [{"what": "ships", "low": 3}]},  # high must be given, even if null
    ],
    ids=["unknown-key", "quote-text", "point-status", "refused-flag", "figure-high"],
)
def test_mistakes_in_an_article_are_errors(article: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        GoldArticle.model_validate(article)


def test_an_unbounded_figure_has_a_null_high() -> None:
    fig = GoldFigure.model_validate({"what": "ships", "low": 3, "high": None})
    assert (fig.low, fig.high) == (3, None)


def test_a_conflict_needs_a_known_kind_and_at_least_one_identifying_word() -> None:
    assert GoldConflict(kind="count", about=["ships"]).about == ["ships"]
    with pytest.raises(ValidationError):
        GoldConflict.model_validate({"kind": "count", "about": []})
    with pytest.raises(ValidationError):
        GoldConflict.model_validate({"kind": "tone", "about": ["ships"]})
