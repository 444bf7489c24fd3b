"""Per-provider defaults: a local server gets one request at a time, a timeout sized to the answer."""

from __future__ import annotations

import httpx2
import openai
import pytest

from summariser.engines.llm.faults import explain
from summariser.engines.llm.providers import HOSTED_MAX_TOKENS, resolve
from summariser.engines.llm.schema import answer_tokens
from summariser.errors import ConfigError
from summariser.options import EngineOptions


@pytest.mark.parametrize("model", ["llamacpp/qwen", "ollama/llama3.1", "lmstudio/phi"])
def test_local_servers_get_one_request_at_a_time_and_time_to_answer(model: str) -> None:
    s = resolve(EngineOptions(engine="llm", model=model))
    assert s.local
    assert s.concurrency == 1
    assert s.max_tokens == answer_tokens() < HOSTED_MAX_TOKENS
    assert s.timeout >= s.max_tokens / 5  # a CPU writing ~5 tokens a second finishes in time


def test_any_server_on_this_machine_counts_as_local() -> None:
    s = resolve(EngineOptions(engine="llm", model="m", base_url="http://localhost:9999/v1"))
    assert (s.local, s.concurrency) == (True, 1)


def test_hosted_apis_keep_the_fast_defaults() -> None:
    s = resolve(EngineOptions(engine="llm", model="openai/gpt-4o-mini"))
    assert (s.local, s.concurrency, s.timeout, s.max_tokens) == (False, 4, 60.0, HOSTED_MAX_TOKENS)


def test_explicit_values_win() -> None:
    opts = EngineOptions(engine="llm", model="llamacpp/q", concurrency=3, timeout=9.0, max_tokens=100)
    s = resolve(opts)
    assert (s.concurrency, s.timeout, s.max_tokens) == (3, 9.0, 100)


@pytest.mark.parametrize(("field", "value"), [("concurrency", 0), ("timeout", -1.0), ("max_tokens", 0)])
def test_invalid_values_are_refused(field: str, value: float) -> None:
    with pytest.raises(ConfigError, match="must be greater than 0"):
        resolve(EngineOptions(engine="llm", model="llamacpp/q", **{field: value}))  # type: ignore[arg-type]


def _timeout() -> openai.APITimeoutError:
    return openai.APITimeoutError(request=httpx2.Request("POST", "http://127.0.0.1:8080/v1/chat/completions"))


def test_a_timeout_on_a_local_server_names_the_flags_that_fix_it() -> None:
    s = resolve(EngineOptions(engine="llm", model="llamacpp/q", concurrency=4, timeout=60.0))
    message = explain(s, "a.txt", _timeout())
    assert message.startswith("a.txt: no answer from http://127.0.0.1:8080/v1 within 60 s")
    assert "--timeout 600" in message
    assert "--concurrency 1 (not 4)" in message
    assert f"--max-tokens (now {s.max_tokens})" in message


def test_a_timeout_on_a_hosted_api_only_asks_for_more_time() -> None:
    s = resolve(EngineOptions(engine="llm", model="openai/gpt-4o-mini", timeout=400.0))
    message = explain(s, "a.txt", _timeout())
    assert message.endswith("raise --timeout (e.g. --timeout 800)")


@pytest.mark.parametrize("key", ["", "sk-test-not-a-real-key"])
def test_a_misspelt_provider_is_an_error_that_names_the_nearest(
    key: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from summariser.cli import main

    monkeypatch.setenv("OPENAI_API_KEY", key)
    with pytest.raises(ConfigError) as info:
        resolve(EngineOptions(engine="llm", model="lamacpp/tinymodel"))
    assert "unknown provider 'lamacpp'" in info.value.message
    assert "did you mean llamacpp/tinymodel?" in info.value.message
    assert "openai/NAME, ollama/NAME, llamacpp/NAME, vllm/NAME, lmstudio/NAME" in info.value.message
    article = "tests/fixtures/nairobi/a_lakeside_daily.txt"
    assert main(["extract", article, "--model", "lamacpp/tinymodel"]) == 2  # before any request is made
    assert "did you mean llamacpp/tinymodel?" in capsys.readouterr().err


def test_a_model_without_a_provider_or_a_url_goes_nowhere() -> None:
    with pytest.raises(ConfigError, match="names no provider; write one of openai/NAME"):
        resolve(EngineOptions(engine="llm", model="gpt-4o-mini"))


def test_with_a_base_url_a_prefix_that_is_no_provider_is_part_of_the_name() -> None:
    s = resolve(
        EngineOptions(engine="llm", model="acme-labs/tiny-7b", base_url="http://gpu-box.example:8000/v1")
    )
    assert (s.provider, s.model, s.base_url) == (
        "custom",
        "acme-labs/tiny-7b",
        "http://gpu-box.example:8000/v1",
    )
    with pytest.raises(ConfigError, match="did you mean ollama/tiny"):
        resolve(EngineOptions(engine="llm", model="olama/tiny", base_url="http://127.0.0.1:11434/v1"))
