"""The JSON Schema files in schemas/ are generated from the models and must not go stale."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from summariser.models import Evidence, Quote, SummitOutcome
from summariser.schemas import MODELS, schema_text
from tests.conftest import ROOT


@pytest.mark.parametrize("name", list(MODELS))
def test_schema_file_is_current(name: str) -> None:
    stored = (ROOT / "schemas" / f"{name}.json").read_text(encoding="utf-8")
    assert stored == schema_text(name), f"schemas/{name}.json is stale: run `make schemas`"


def test_contract_keys_are_in_the_schema() -> None:
    schema = json.loads(schema_text("summit_outcome"))
    assert set(schema["required"]) == {"article"}
    props = schema["properties"]
    for key in (
        "article",
        "event",
        "quotes",
        "signatories",
        "participants",
        "figures",
        "points",
        "open_issues",
    ):
        assert key in props
    evidence = schema["$defs"]["Evidence"]["properties"]
    assert {"start", "end", "status", "score"} <= set(evidence)
    assert schema["$defs"]["Evidence"]["properties"]["status"]["enum"] == [
        "exact",
        "normalised",
        "fuzzy",
        "unsupported",
    ]


def _evidence() -> Evidence:
    return Evidence(start=0, end=1, status="exact", score=100)


def test_unknown_keys_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Quote.model_validate({"speaker": "A", "text": "b", "evidence": _evidence(), "mood": "x"})


def test_lists_are_bounded() -> None:
    quote = {"speaker": "A", "text": "b", "evidence": _evidence().model_dump()}
    article = {"id": "a", "sha256": "0" * 64}
    SummitOutcome.model_validate({"article": article, "quotes": [quote] * 100})
    with pytest.raises(ValidationError, match="at most 100"):
        SummitOutcome.model_validate({"article": article, "quotes": [quote] * 500})


def test_engines_build_records_clipped_to_the_schema_bounds() -> None:
    quote = {"speaker": "A", "text": "b", "evidence": _evidence().model_dump()}
    article = {"id": "a", "sha256": "0" * 64}
    outcome = SummitOutcome.bounded(article=article, quotes=[Quote.model_validate(quote)] * 150)
    assert len(outcome.quotes) == 100
