"""What can go wrong with one request, which failures are worth retrying, and how to explain each."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from summariser.engines.llm.guard import MAX_RESPONSE_BYTES, ResponseTooLarge
from summariser.engines.llm.providers import LLMSettings

MAX_ATTEMPTS = 3  # one call and at most two retries, for every retryable cause together
MAX_RETRY_AFTER = 30.0  # seconds; a server asking for longer is treated as down for this run
BACKOFF = 1.0  # seconds: the longest wait between attempts when the server names none (0.5 s, then 1 s)


class ContentFiltered(Exception):
    """The provider withheld the answer (finish_reason "content_filter"): not an empty record."""


class ArticleTimeout(Exception):
    """One article ran past its total deadline (`seconds`), however its attempts went."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within {seconds:g} s")
        self.seconds = seconds


def article_deadline(timeout: float) -> float:
    """Seconds one article may take in all: every attempt's deadline plus waits between them, each wait
    counted at most one --timeout (so `--timeout 5` bounds an article at 25 s, whatever the server does)."""
    return MAX_ATTEMPTS * timeout + (MAX_ATTEMPTS - 1) * min(MAX_RETRY_AFTER, max(timeout, BACKOFF))


def _caused_by(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    """The first exception of `kind` in the chain of causes and contexts, if any."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None or isinstance(seen, kind):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def retryable(exc: BaseException) -> bool:
    """Retry invalid output, timeouts, dropped connections, 429 and 5xx; never 400/401/403."""
    import openai

    if _caused_by(exc, ResponseTooLarge) is not None:
        return False
    if isinstance(exc, ValidationError | json.JSONDecodeError):
        return True
    if isinstance(exc, openai.APIConnectionError):  # includes timeouts and resets
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    return False


def wait(state: Any) -> float:
    """Honour Retry-After on 429/503; otherwise back off 0.5 s, 1 s."""
    import openai

    exc = state.outcome.exception() if state.outcome is not None else None
    if isinstance(exc, openai.APIStatusError):
        header = exc.response.headers.get("retry-after", "")
        try:
            return min(float(str(header)), MAX_RETRY_AFTER)
        except ValueError:
            pass
    return min(0.5 * 2.0 ** (int(state.attempt_number) - 1), BACKOFF)


def cut_off_answer(exc: BaseException) -> str | None:
    """The partial answer of a completion stopped by the token limit, or None for other errors."""
    if type(exc).__name__ != "IncompleteOutputException":
        return None
    completion = getattr(exc, "last_completion", None)
    try:
        return str(completion.choices[0].message.content or "")  # type: ignore[union-attr]
    except (AttributeError, IndexError):
        return ""


def _never_connected(exc: BaseException) -> bool:
    """Did the request fail before a connection existed (refused, no route, unknown host)?"""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if type(seen).__name__ == "ConnectError" or isinstance(seen, ConnectionRefusedError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def root_cause(exc: BaseException) -> BaseException:
    """Unwrap Instructor's retry exception to the API or parse error that ended the last attempt."""
    import openai

    known = (openai.APIError, ValidationError, json.JSONDecodeError, ContentFiltered, ArticleTimeout)
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            break
        if isinstance(seen, known) or type(seen).__name__ == "IncompleteOutputException":
            return seen
        seen = seen.__cause__ or seen.__context__
    return exc


def _slow(s: LLMSettings) -> str:
    """The flags that fix a timeout: more time, and for a local server one request at a time."""
    hint = f"raise --timeout (e.g. --timeout {max(600.0, s.timeout * 2):g})"
    if s.local and s.concurrency > 1:
        hint += f"; a local server answers one request at a time: --concurrency 1 (not {s.concurrency})"
    if s.local:
        hint += f" or lower --max-tokens (now {s.max_tokens})"
    return hint


def explain(s: LLMSettings, path: str, exc: BaseException) -> str:
    """One line naming the article, the cause and the fix."""
    import openai

    root = root_cause(exc)
    where = f"{path}: "
    if _caused_by(exc, ResponseTooLarge) is not None:
        return f"{where}{s.base_url} sent an answer over the {MAX_RESPONSE_BYTES:,}-byte limit; not retried"
    if isinstance(root, ContentFiltered):
        return f"{where}{s.base_url} withheld the answer (finish_reason content_filter); not cached"
    if isinstance(root, ArticleTimeout):
        return (
            f"{where}no complete answer from {s.base_url} within {root.seconds:g} s in all; raise --timeout"
        )
    if isinstance(root, openai.APITimeoutError):
        return (
            f"{where}no answer from {s.base_url} within {s.timeout:g} s ({MAX_ATTEMPTS} attempts); {_slow(s)}"
        )
    if isinstance(root, openai.APIConnectionError) and _never_connected(root):
        return (
            f"{where}cannot reach {s.base_url} ({MAX_ATTEMPTS} attempts); "
            "start the server or fix --base-url / OPENAI_BASE_URL"
        )
    if isinstance(root, openai.APIConnectionError):
        return f"{where}the connection to {s.base_url} was cut ({MAX_ATTEMPTS} attempts); try again later"
    if isinstance(root, openai.AuthenticationError | openai.PermissionDeniedError):
        return f"{where}{s.base_url} refused the key (HTTP {root.status_code}); check {s.key_env}"
    if isinstance(root, openai.RateLimitError):
        tries = f"{MAX_ATTEMPTS} attempts"
        return f"{where}rate-limited by {s.base_url} (HTTP 429, {tries}); lower --concurrency"
    if isinstance(root, openai.APIStatusError) and root.status_code >= 500:
        return f"{where}{s.base_url} answered HTTP {root.status_code} {MAX_ATTEMPTS} times; try again later"
    if isinstance(root, openai.APIStatusError):
        said = server_said(root)
        body = f" ({said[:240]})" if said else ""
        refused = f"{where}{s.base_url} refused the request (HTTP {root.status_code}){body}; not retried"
        return refused + _fix_400(said, s)
    if type(root).__name__ == "IncompleteOutputException":
        return f"{where}the model's answer was cut off at --max-tokens {s.max_tokens}; raise --max-tokens"
    if isinstance(root, ValidationError | json.JSONDecodeError):
        failed = f"the model's answer did not fit the schema after {MAX_ATTEMPTS} attempts ({_fields(root)})"
        return f"{where}{failed}; {_fix_schema(s)}"
    return f"{where}the llm engine failed ({type(root).__name__}: {str(root)[:160]})"


def server_said(exc: BaseException) -> str:
    """The message in an HTTP error's body ("maximum context length is 8192 tokens …"), or ""."""
    body = getattr(exc, "body", None)
    message = body.get("message") if isinstance(body, dict) else body if isinstance(body, str) else None
    return " ".join(str(message).split()) if message else ""


def _fix_400(said: str, s: LLMSettings) -> str:
    """The fix for a refusal that says the prompt is too long for the model's context."""
    if "context" not in said.casefold():
        return ""
    return (
        f"; start the server with a larger context (-c / --n_ctx) or lower --max-tokens (now {s.max_tokens})"
    )


def _fields(exc: ValidationError | json.JSONDecodeError) -> str:
    """Which fields of the answer failed and why (the first three), or where the JSON broke."""
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON: {exc.msg} at character {exc.pos}"
    errors = exc.errors()
    named = [f"{'.'.join(str(p) for p in e['loc']) or 'answer'}: {e['msg']}" for e in errors[:3]]
    more = f" and {len(errors) - 3} more" if len(errors) > 3 else ""
    return "; ".join(named)[:300] + more


def _fix_schema(s: LLMSettings) -> str:
    """The flag that makes the server enforce the schema, for the mode that let the model ignore it."""
    if s.mode in ("json", "tools"):
        return (
            f"--mode {s.mode} leaves the schema to the model: pass --mode json_object_schema (llama.cpp, or "
            "--model llamacpp/NAME) or --mode json_schema (vLLM, LM Studio) so the server enforces it"
        )
    return (
        f"the server enforced the schema (--mode {s.mode}) but the answers broke its limits; "
        "raise --max-tokens or use a larger model"
    )
