"""The prompt's fixed cost: rules plus schema stay within budget, and say each thing once."""

from __future__ import annotations

import json

import pytest

from bench.llm_concurrency import OVERHEAD_TARGET, fixed_chars
from summariser.api import extract
from summariser.engines.llm import prompts
from summariser.engines.llm.schema import Draft
from summariser.options import EngineOptions
from tests.conftest import ROOT
from tests.stub_server import Script, serve

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
ARTICLE = ROOT / "tests" / "fixtures" / "nairobi" / "a_lakeside_daily.txt"


@pytest.mark.parametrize("mode", ["json", "json_object_schema"])
def test_prompt_overhead_is_within_budget(mode: str) -> None:
    with serve(Script()) as server:
        opts = EngineOptions(engine="llm", model="stub", base_url=server.base_url, mode=mode, use_cache=False)
        extract(ARTICLE, engine="llm", options=opts)
        body = server.script.bodies[0]
    assert '"open_issues"' in body["messages"][0]["content"]  # the schema is part of what is measured
    assert fixed_chars(body) / 4 <= OVERHEAD_TARGET  # chars / 4: see bench/llm_concurrency.py
    assert "[1] " not in body["messages"][0]["content"]


def test_schema_the_model_reads_has_no_titles_defaults_or_descriptions() -> None:
    text = json.dumps(Draft.model_json_schema())
    for noise in ('"title"', '"default"', '"description"', '"maxLength"'):
        assert noise not in text, noise
    assert '"required"' in text and '"minItems"' in text


def test_no_rule_is_said_twice() -> None:
    system = prompts.load("extract.system.md").text
    user = prompts.load("extract.user.md").text
    lines = [ln.strip("- ").lower() for ln in (system + user).splitlines() if len(ln.strip()) > 20]
    assert len(lines) == len(set(lines))
    assert "sentence" not in user.lower()  # citing sentences is a rule of the system prompt only
