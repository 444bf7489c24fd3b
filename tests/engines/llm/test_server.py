"""engines/llm/server.py against the loopback stub: a local server's model name and context are asked once."""

from __future__ import annotations

from pathlib import Path

import pytest

from summariser.api import extract
from summariser.cli import main
from summariser.engines.llm.server import overflow
from summariser.errors import ConfigError, EngineError
from summariser.ingest.clean import from_text
from summariser.options import EngineOptions
from tests.stub_server import Script, StubServer, overflow_message, serve

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
SERVED = "/models/tinychat-1b-instruct.Q4_K_M.gguf"


def _opts(server: StubServer, model: str = "tinychat-1b", **kw: object) -> EngineOptions:
    base: dict[str, object] = {
        "engine": "llm",
        "model": model,
        "base_url": server.base_url,
        "use_cache": False,
    }
    return EngineOptions(**{**base, "mode": "json", **kw})  # type: ignore[arg-type]


def _long_article(sentences: int) -> str:
    """An article of many distinct sentences, written for this test."""
    return " ".join(
        f"Delegates from region {n} reviewed clause {n} of the draft." for n in range(1, sentences + 1)
    )


def test_a_wrong_model_name_on_a_single_model_server_is_refused_before_any_request() -> None:
    with serve(Script(models=[SERVED])) as server:
        with pytest.raises(ConfigError) as info:
            extract(_long_article(2), engine="llm", options=_opts(server, model="llamacpp/qwen-7b"))
        assert server.script.requests == 0
    message = info.value.message
    assert "serves only '/models/tinychat-1b-instruct.Q4_K_M.gguf'" in message
    assert "pass --model llamacpp/tinychat-1b-instruct.Q4_K_M" in message


def test_a_name_that_is_part_of_the_served_file_is_the_served_model() -> None:
    with serve(Script(models=[SERVED])) as server:
        outcome = extract(_long_article(2), engine="llm", options=_opts(server))
        assert server.script.gets[0] == "/v1/models"
    assert outcome.points


def test_a_wrong_name_on_the_cli_is_exit_2_and_writes_no_memo(tmp_path: Path) -> None:
    memo = tmp_path / "memo.md"
    with serve(Script(models=[SERVED])) as server:
        args = [
            "brief",
            "tests/fixtures/nairobi/a_lakeside_daily.txt",
            "--model",
            "wrong-model",
            "-o",
            str(memo),
        ]
        assert main([*args, "--base-url", server.base_url]) == 2
    assert not memo.exists()


def test_an_article_longer_than_the_context_it_tells_is_trimmed_before_the_first_request() -> None:
    doc = from_text(_long_article(400))
    with serve(Script(context=4096)) as server:
        outcome = extract(doc, engine="llm", options=_opts(server, max_tokens=256))
        assert server.script.requests == 1  # no request was wasted on the whole article
        sent = server.script.bodies[0]["messages"][-1]["content"]
    assert "[1] Delegates from region 1 " in sent
    assert "[400] " not in sent
    assert outcome.usage is not None and outcome.usage.requests == 1
    assert any(n.startswith("the model read sentences 1-") and "of 400" in n for n in doc.notes)


def test_a_context_told_only_by_the_refusal_trims_the_article_and_asks_again() -> None:
    doc = from_text(_long_article(400))
    with serve(Script(context=4096, tell_context=False)) as server:
        outcome = extract(doc, engine="llm", options=_opts(server, max_tokens=256))
        assert server.script.requests == 2
    assert outcome.points and outcome.points[0].evidence.status == "exact"
    assert any("context of 4096 tokens" in n for n in doc.notes)


def test_an_article_that_cannot_fit_shows_what_the_server_said_and_the_fix() -> None:
    with serve(Script(context=600, tell_context=False)) as server, pytest.raises(EngineError) as info:
        extract(_long_article(40), engine="llm", options=_opts(server, max_tokens=700))
    message = info.value.message
    assert "maximum context length is 600 tokens" in message  # the server's own words
    assert "--n_ctx" in message and "lower --max-tokens (now 700)" in message


def test_the_overflow_is_read_from_both_servers_wordings() -> None:
    assert overflow(overflow_message(8192, 11972)) == (8192, 11972)
    llama_cpp = (
        "the request (9000 tokens) exceeds the available context size (4096 tokens), try increasing it"
    )
    assert overflow(llama_cpp) == (4096, 9000)
    assert overflow("bad request") is None
