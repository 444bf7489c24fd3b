"""Send articles to an OpenAI-compatible endpoint through Instructor: concurrency, retries, cache.

The model sees numbered sentences between nonce-tagged markers and answers with sentence numbers;
`outcome.to_outcome` grounds the answer in the article.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable, Sequence
from typing import Any

from summariser.engines.cache import RecordCache
from summariser.engines.llm import cache, prompts
from summariser.engines.llm.faults import (
    MAX_ATTEMPTS,
    ArticleTimeout,
    ContentFiltered,
    article_deadline,
    cut_off_answer,
    explain,
    retryable,
    wait,
)
from summariser.engines.llm.guard import GuardedClient
from summariser.engines.llm.outcome import NAME, to_outcome
from summariser.engines.llm.providers import LLMSettings, api_key
from summariser.engines.llm.schema import Draft
from summariser.errors import ConfigError
from summariser.models import Failure, SummitOutcome, Usage
from summariser.redact import redact
from summariser.text.document import Document
from summariser.text.normalise import visible

__all__ = ["NAME", "Runner", "messages"]
Progress = Callable[[str], None]


def messages(doc: Document, nonce: str) -> list[dict[str, str]]:
    """System and user messages: rules, then the article as numbered sentences between nonce markers."""
    lines = [f"[{i}] {visible(s.text)}" for i, s in enumerate(doc.body, 1)]
    block = f"<<<ARTICLE-{nonce}>>>\n" + "\n".join(lines) + f"\n<<<END-{nonce}>>>"
    return [
        {"role": "system", "content": prompts.load("extract.system.md").fill(NONCE=nonce)},
        {"role": "user", "content": prompts.load("extract.user.md").fill(ARTICLE=block)},
    ]


def _mode(settings: LLMSettings) -> Any:
    """The Instructor mode for a backend (llama.cpp gets JSON mode plus the schema in response_format)."""
    import instructor

    return {
        "tools": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "json": instructor.Mode.JSON,
        "json_object_schema": instructor.Mode.JSON,
    }[settings.mode]


def _extra_body(settings: LLMSettings) -> dict[str, Any] | None:
    """llama.cpp-style servers constrain decoding with {"type": "json_object", "schema": …}."""
    if settings.mode != "json_object_schema":
        return None
    return {"response_format": {"type": "json_object", "schema": grammar_schema(Draft.model_json_schema())}}


BOUNDS = frozenset({"maxItems", "maxLength", "maximum", "minimum"})


def grammar_schema(node: Any) -> Any:
    """The schema without upper bounds: llama.cpp expands each into grammar rules and gives up on large
    ones ("exceeds sane defaults"); Pydantic still enforces every bound on the answer."""
    if isinstance(node, dict):
        return {k: grammar_schema(v) for k, v in node.items() if k not in BOUNDS}
    if isinstance(node, list):
        return [grammar_schema(v) for v in node]
    return node


class Runner:
    """Extracts many articles concurrently against one endpoint, with a cache and per-article failures."""

    def __init__(self, settings: LLMSettings, progress: Progress | None = None) -> None:
        self.settings = settings
        self.cache = RecordCache(settings.cache_dir / "records", settings.use_cache)
        self.progress = progress

    def run(self, docs: Sequence[Document]) -> list[SummitOutcome | Failure]:
        """Process every article; the order of results is the order of `docs`."""
        return asyncio.run(self._run(docs))

    async def _run(self, docs: Sequence[Document]) -> list[SummitOutcome | Failure]:
        """Open one client, then extract under a semaphore of `concurrency`."""
        import openai

        key = api_key(self.settings)
        client = openai.AsyncOpenAI(
            api_key=key,
            base_url=self.settings.base_url,
            timeout=self.settings.timeout,
            max_retries=0,
            http_client=GuardedClient(deadline=self.settings.timeout),
        )
        gate = asyncio.Semaphore(self.settings.concurrency)
        try:
            return list(await asyncio.gather(*(self._one(client, gate, doc) for doc in docs)))
        finally:
            await client.close()

    async def _one(self, client: Any, gate: asyncio.Semaphore, doc: Document) -> SummitOutcome | Failure:
        """One article: from the cache, or from the model and then grounded; failures are returned."""
        k = cache.key(self.settings, doc.sha256)
        cached = self.cache.get(k)
        if cached is not None:
            self._tick(doc)
            return cached.model_copy(update={"usage": Usage(cached=1)})  # this run spent nothing on it
        usage = Usage()
        async with gate:
            started = time.perf_counter()
            try:
                draft = await self._within(article_deadline(self.settings.timeout), client, doc, usage)
            except ConfigError:
                raise
            except Exception as exc:  # every failure of one article is reported, never raised
                self._tick(doc)
                return Failure(path=doc.path, error=redact(explain(self.settings, doc.path, exc)))
            usage.seconds = round(time.perf_counter() - started, 3)
        # Grounding is CPU work: a worker thread lets the loop send the next requests meanwhile.
        outcome = await asyncio.to_thread(to_outcome, draft, doc, usage)
        await asyncio.to_thread(self.cache.put, k, outcome)
        self._tick(doc)
        return outcome

    async def _within(self, seconds: float, client: Any, doc: Document, usage: Usage) -> Draft:
        """Ask for one article under its total deadline, whatever the attempts and waits add up to."""
        try:
            async with asyncio.timeout(seconds):
                return await self._ask(client, doc, usage)
        except TimeoutError:
            raise ArticleTimeout(seconds) from None

    def _tick(self, doc: Document) -> None:
        """Report progress for one finished article."""
        if self.progress is not None:
            self.progress(doc.path)

    async def _ask(self, client: Any, doc: Document, usage: Usage) -> Draft:
        """Call the model through Instructor with our retry policy, summing usage over attempts."""
        import instructor

        ic = instructor.from_openai(client, mode=_mode(self.settings))

        def on_request(*_args: Any, **_kwargs: Any) -> None:
            usage.requests += 1

        finish: list[str] = [""]

        def on_response(response: Any, *_args: Any, **_kwargs: Any) -> None:
            choices = getattr(response, "choices", None) or [None]
            finish[0] = str(getattr(choices[0], "finish_reason", "") or "")
            u = getattr(response, "usage", None)
            usage.prompt_tokens += int(getattr(u, "prompt_tokens", 0) or 0)
            usage.completion_tokens += int(getattr(u, "completion_tokens", 0) or 0)

        ic.on("completion:kwargs", on_request)
        ic.on("completion:response", on_response)
        chat = messages(doc, secrets.token_hex(8))
        while True:
            left = MAX_ATTEMPTS - usage.requests
            try:
                draft = await self._create(ic, chat, left)
            except Exception as exc:
                cut = cut_off_answer(exc)
                if cut is None or left <= 1:
                    raise
                # A truncated answer is invalid JSON: re-ask once more for a shorter one.
                chat = [*chat, {"role": "assistant", "content": cut}, {"role": "user", "content": _shorter()}]
                continue
            if finish[0] == "content_filter":  # withheld, not empty: never a valid (or cached) record
                raise ContentFiltered()
            return draft

    async def _create(self, ic: Any, chat: list[dict[str, str]], attempts: int) -> Draft:
        """One Instructor call with our retry policy over at most `attempts` requests."""
        from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

        retrying = AsyncRetrying(
            stop=stop_after_attempt(attempts), retry=retry_if_exception(retryable), wait=wait, reraise=True
        )
        kwargs: dict[str, Any] = {
            "model": self.settings.model,
            "messages": chat,
            "response_model": Draft,
            "max_retries": retrying,
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_tokens,
        }
        extra = _extra_body(self.settings)
        if extra:
            kwargs["extra_body"] = extra
        result: Draft = await ic.chat.completions.create(**kwargs)
        return result


def _shorter() -> str:
    """The re-ask sent after an answer cut off at the token limit."""
    return prompts.load("shorter.user.md").text.strip()
