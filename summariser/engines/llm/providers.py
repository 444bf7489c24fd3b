"""Which model, where, how: provider set-up (keys, base URL, mode) kept apart from request mapping.

The environment is read when a run starts, never at import; keys are only ever read, never stored.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from summariser.engines.cache import default_cache_dir
from summariser.errors import ConfigError
from summariser.options import EngineOptions, configured_model

MODES = ("tools", "json_schema", "json", "json_object_schema")


@dataclass(frozen=True)
class Provider:
    """Defaults of one kind of OpenAI-compatible backend."""

    base_url: str
    mode: str
    key_env: str
    needs_key: bool
    local: bool = False  # one request at a time on the user's own CPU or GPU


@dataclass(frozen=True)
class Pace:
    """Request defaults for a kind of server: what a local server needs differs from a hosted API's."""

    concurrency: int
    tokens_per_second: float | None  # None: a fixed timeout, not one sized to the answer
    timeout: float = 60.0


HOSTED = Pace(concurrency=4, tokens_per_second=None)
# A local server (llama.cpp, Ollama, LM Studio) answers one request at a time, and a CPU writes ~5 tokens/s:
# the timeout covers reading the prompt plus writing the longest answer allowed.
LOCAL = Pace(concurrency=1, tokens_per_second=5.0, timeout=60.0)
HOSTED_MAX_TOKENS = 2048

# llama.cpp's server rejects response_format type json_schema but takes {"type":"json_object","schema":…}.
PROVIDERS = {
    "openai": Provider("https://api.openai.com/v1", "tools", "OPENAI_API_KEY", True),
    "ollama": Provider("http://localhost:11434/v1", "json", "OLLAMA_API_KEY", False, local=True),
    "llamacpp": Provider("http://127.0.0.1:8080/v1", "json_object_schema", "LLAMACPP_API_KEY", False, True),
    "vllm": Provider("http://localhost:8000/v1", "json_schema", "VLLM_API_KEY", False),
    "lmstudio": Provider("http://localhost:1234/v1", "json_schema", "LMSTUDIO_API_KEY", False, local=True),
}
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})


@dataclass(frozen=True)
class LLMSettings:
    """A resolved llm configuration (holds the name of the key's variable, never the key)."""

    provider: str
    model: str
    base_url: str
    mode: str
    key_env: str
    needs_key: bool
    local: bool
    temperature: float
    timeout: float
    max_tokens: int
    concurrency: int
    use_cache: bool
    cache_dir: Path
    mode_given: bool = False  # the user chose --mode: it is never switched for them


def resolve(options: EngineOptions) -> LLMSettings:
    """Turn options plus environment into settings; raise ConfigError naming what to set."""
    model = configured_model(options)
    if not model:
        raise ConfigError(
            "the llm engine needs a model: pass --model (e.g. openai/gpt-4o-mini) or set SUMMARISER_MODEL"
        )
    base_url = options.base_url or os.environ.get("OPENAI_BASE_URL", "")
    if base_url:
        checked_url(base_url)
    provider, model_name = named_provider(model, bool(base_url))
    spec = PROVIDERS.get(provider, Provider(base_url, "json", "OPENAI_API_KEY", False, _loopback(base_url)))
    mode = options.mode or spec.mode
    if mode not in MODES:
        raise ConfigError(f"unknown --mode {mode!r}; choose one of: {', '.join(MODES)}")
    url = (base_url or spec.base_url).rstrip("/")
    local = spec.local or _loopback(url)
    concurrency, timeout, max_tokens = paced(options, local)
    return LLMSettings(
        provider=provider,
        model=model_name,
        base_url=url,
        mode=mode,
        key_env=spec.key_env,
        needs_key=spec.needs_key and not options.base_url and not os.environ.get("OPENAI_BASE_URL"),
        local=local,
        temperature=options.temperature,
        timeout=timeout,
        max_tokens=max_tokens,
        concurrency=concurrency,
        use_cache=options.use_cache,
        cache_dir=options.cache_dir or default_cache_dir(),
        mode_given=bool(options.mode),
    )


def named_provider(model: str, has_base_url: bool) -> tuple[str, str]:
    """(provider, model name) as the user wrote them: articles only ever go where the user said.

    Without a base URL the prefix must be a known provider; with one, a prefix that is not a provider is
    part of the model's name ("org/model" on vLLM), unless it looks like a misspelt provider.
    """
    prefix, _, rest = model.partition("/")
    name = prefix.casefold()
    if name in PROVIDERS and rest:
        return name, rest
    near = difflib.get_close_matches(name, PROVIDERS, n=1, cutoff=0.75) if rest else []
    if has_base_url and not near:
        return "custom", model
    known = ", ".join(f"{p}/NAME" for p in PROVIDERS)
    hint = f"did you mean {near[0]}/{rest}? " if near else ""
    what = (
        f"unknown provider {prefix!r} in --model {model!r}"
        if rest
        else f"--model {model!r} names no provider"
    )
    raise ConfigError(
        f"{what}; {hint}write one of {known}, or pass --base-url (or OPENAI_BASE_URL) for another server"
    )


def _loopback(url: str) -> bool:
    """Is the endpoint on this machine (so most likely one local model answering one request at a time)?"""
    return (urlsplit(url).hostname or "") in LOOPBACK


def paced(options: EngineOptions, local: bool) -> tuple[int, float, int]:
    """Concurrency, timeout and max tokens: the caller's values, else the defaults for this kind of server."""
    from summariser.engines.llm.schema import answer_tokens

    pace = LOCAL if local else HOSTED
    max_tokens = options.max_tokens
    if max_tokens is None:
        max_tokens = answer_tokens() if local else HOSTED_MAX_TOKENS
    timeout = options.timeout
    if timeout is None:
        speed = pace.tokens_per_second
        timeout = pace.timeout + (max_tokens / speed if speed else 0.0)
    concurrency = pace.concurrency if options.concurrency is None else options.concurrency
    if concurrency < 1 or timeout <= 0 or max_tokens < 1:
        raise ConfigError("--concurrency, --timeout and --max-tokens must be greater than 0")
    return concurrency, timeout, max_tokens


def checked_url(url: str) -> str:
    """Refuse a base URL the HTTP client cannot use (bad scheme, no host, bad port) in one line."""
    from summariser.redact import redact

    fix = "pass e.g. --base-url http://127.0.0.1:8080/v1 (or fix OPENAI_BASE_URL)"
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a port that is not a number in range
    except ValueError as exc:
        raise ConfigError(f"--base-url {redact(url)!r} is not a valid URL ({exc}); {fix}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"--base-url {redact(url)!r} is not an http(s) URL with a host; {fix}")
    return url


def api_key(settings: LLMSettings) -> str:
    """Read the key at call time; a missing required key names the variable and the flag."""
    key = os.environ.get(settings.key_env) or os.environ.get("OPENAI_API_KEY", "")
    if settings.needs_key and not key:
        raise ConfigError(
            f"no API key for {settings.provider}: set {settings.key_env} in the environment "
            "(keys are never taken as flags), or use --base-url / OPENAI_BASE_URL for a server needing none"
        )
    return key or "no-key-needed"
