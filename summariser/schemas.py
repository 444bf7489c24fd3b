"""JSON Schemas of the public models, generated so the files in `schemas/` can never drift unnoticed."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from summariser.atomic import write_atomic
from summariser.evaluation.gold import GoldSet
from summariser.models import Briefing, SummitOutcome

MODELS: dict[str, type[BaseModel]] = {"summit_outcome": SummitOutcome, "briefing": Briefing, "gold": GoldSet}


def schema_text(name: str) -> str:
    """Render one model's JSON Schema exactly as it is stored in `schemas/`."""
    return json.dumps(MODELS[name].model_json_schema(), indent=2, sort_keys=True) + "\n"


def write_schemas(directory: str | Path) -> list[Path]:
    """Regenerate every schema file in `directory`."""
    paths = []
    for name in MODELS:
        path = Path(directory) / f"{name}.json"
        write_atomic(path, schema_text(name))
        paths.append(path)
    return paths
