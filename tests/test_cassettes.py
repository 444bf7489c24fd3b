"""Cassettes hold no secret and no stray header; they were recorded against the llama.cpp server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

CASSETTES = sorted((ROOT / "cassettes").glob("*.yaml"))
SECRET = re.compile(
    r"sk-[A-Za-z0-9]|bearer |authorization|set-cookie|openai-organization|openai-project|api-key", re.I
)


def test_there_are_cassettes_to_replay() -> None:
    assert len(CASSETTES) >= 3


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.stem)
def test_no_secret_in_any_cassette(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    hit = SECRET.search(text)
    assert hit is None, f"{path.name}: {hit.group() if hit else ''}"


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.stem)
def test_only_content_type_is_kept_from_responses(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for interaction in data["interactions"]:
        assert set(interaction["response"]["headers"]) <= {"content-type", "Content-Type"}
        # the OpenAI API under /v1/, and llama.cpp's /props at the root, which the engine asks once
        assert interaction["request"]["uri"].startswith(
            ("http://127.0.0.1:8765/v1/", "http://127.0.0.1:8765/props")
        )


def test_the_scanner_catches_a_leak(tmp_path: Path) -> None:
    leaked = "headers:\n  Authorization:\n  - Bearer sk-live-1234567890\n"
    assert SECRET.search(leaked)
