"""Shared fixtures: the seed articles and the cassette policy of DESIGN.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


ENGINE_VARS = (
    "SUMMARISER_MODEL",
    "OPENAI_BASE_URL",
    "OPENAI_API_KEY",
    "SUMMARISER_CACHE_DIR",
    "XDG_CACHE_HOME",
)


@pytest.fixture(autouse=True)
def _clean_engine_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test sees the developer's model, key or cache; each gets an empty cache directory."""
    for var in ENGINE_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    """Match on everything including the body; keep no secrets and no stray headers."""
    return {
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "filter_headers": [
            "authorization",
            "api-key",
            "x-api-key",
            "cookie",
            "openai-organization",
            "openai-project",
        ],
        "before_record_response": _keep_content_type,
        "record_on_exception": False,
        "decode_compressed_response": True,
    }


def _keep_content_type(response: dict[str, Any]) -> dict[str, Any]:
    """Drop every response header but content-type (set-cookie, request ids, org names)."""
    headers = response.get("headers", {})
    response["headers"] = {k: v for k, v in headers.items() if k.lower() == "content-type"}
    return response


@pytest.fixture(scope="session")
def vcr_cassette_dir() -> str:
    """Cassettes live at the top of the repository, not beside the tests."""
    return str(ROOT / "cassettes")


def seed(prefix: str) -> Path:
    """The seed article whose file name starts with `prefix` (e.g. "000")."""
    return next(p for p in SEEDS if p.name.startswith(prefix))
