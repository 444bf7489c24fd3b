"""What a local server says about itself: the model it serves and its context, asked once per run.

A local OpenAI-compatible server (llama.cpp, LM Studio, Ollama) usually serves one model whatever name a
request carries, and refuses a prompt longer than its context with a 400 that says both numbers. Asking
first lets a wrong model name be refused before it reaches the memo's provenance, and an article be cut
to the context before the first request instead of after it.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from summariser.engines.llm.providers import LLMSettings
from summariser.errors import ConfigError
from summariser.redact import redact

PROBE_SECONDS = 10.0  # a server that cannot list its models this fast is asked nothing more
# The 400 of an over-long prompt, as OpenAI, vLLM and llama-cpp-python word it, and as llama.cpp does.
OVERFLOW = (
    re.compile(r"maximum context length is (?P<context>\d+) tokens.*?requested (?P<asked>\d+) tokens", re.S),
    re.compile(r"\((?P<asked>\d+) tokens\) exceeds the available context size \((?P<context>\d+) tokens\)"),
)


@dataclass(frozen=True)
class ServerInfo:
    """The models a server lists and the context it runs with (None when it does not say)."""

    models: tuple[str, ...] = ()
    context: int | None = None


async def probe(http: Any, settings: LLMSettings) -> ServerInfo:
    """Ask a local server for its models (/v1/models) and context (llama.cpp's /props); silence is fine."""
    if not settings.local:
        return ServerInfo()
    try:
        async with asyncio.timeout(min(PROBE_SECONDS, settings.timeout)):
            listed = await _json(http, f"{settings.base_url}/models")
            props = await _json(http, f"{settings.base_url.removesuffix('/v1')}/props")
    except TimeoutError:
        return ServerInfo()
    data = listed.get("data")
    models = (
        tuple(str(m.get("id", "")) for m in data if isinstance(m, dict)) if isinstance(data, list) else ()
    )
    settings_of = props.get("default_generation_settings")
    n_ctx = settings_of.get("n_ctx") if isinstance(settings_of, dict) else None
    return ServerInfo(models, int(n_ctx) if isinstance(n_ctx, int) and n_ctx > 0 else None)


async def _json(http: Any, url: str) -> dict[str, Any]:
    """A GET answered with a JSON object, or {} for anything else (404, no server, not JSON)."""
    try:
        response = await http.get(url, headers={"Accept": "application/json"})
        body = response.json() if response.status_code == 200 else {}
    except Exception:  # a probe never fails the run: the completion request will say what is wrong
        return {}
    return body if isinstance(body, dict) else {}


def check_model(settings: LLMSettings, info: ServerInfo) -> None:
    """Refuse a model name a single-model server does not serve: the memo would name the wrong model."""
    if len(info.models) != 1 or _same(settings.model, info.models[0]):
        return
    served = info.models[0]
    stem = PurePosixPath(served).name.removesuffix(".gguf")
    prefix = "" if settings.provider == "custom" else f"{settings.provider}/"
    raise ConfigError(
        f"--model {prefix}{settings.model}: the server at {redact(settings.base_url)} serves only "
        f"{served!r}; pass --model {prefix}{stem} so the memo names the model that answers"
    )


def _same(asked: str, served: str) -> bool:
    """Is the asked name the served model, its file name, or a part of its file name ("qwen2.5-3b")?"""
    a, s = asked.casefold(), served.casefold()
    return a == s or a in PurePosixPath(s).name


def overflow(message: str) -> tuple[int, int] | None:
    """(context, tokens asked) from a server's "prompt too long" message, or None for any other 400."""
    for pattern in OVERFLOW:
        m = pattern.search(message)
        if m:
            return int(m["context"]), int(m["asked"])
    return None
