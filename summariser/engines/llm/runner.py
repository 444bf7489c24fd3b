"""Send articles to an OpenAI-compatible endpoint through Instructor: concurrency, retries, cache.

The model sees numbered sentences between markers and answers with sentence numbers; `outcome.to_outcome`
grounds the answer in the article. What a request carries is built in `request.py`.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError

from summariser.engines.cache import RecordCache
from summariser.engines.llm import cache, server
from summariser.engines.llm.faults import (
    MAX_ATTEMPTS,
    ArticleTimeout,
    ContentFiltered,
    article_deadline,
    cut_off_answer,
    explain,
    retryable,
    root_cause,
    server_said,
    wait,
)
from summariser.engines.llm.guard import GuardedClient
from summariser.engines.llm.outcome import NAME, to_outcome
from summariser.engines.llm.providers import LLMSettings, api_key
from summariser.engines.llm.request import (
    extra_body,
    fitting,
    instructor_mode,
    messages,
    prompt_chars,
    shorter,
)
from summariser.engines.llm.schema import Draft
from summariser.errors import ConfigError
from summariser.models import Failure, SummitOutcome, Usage
from summariser.redact import redact
from summariser.text import nlp
from summariser.text.document import Document

__all__ = ["NAME", "Runner"]
Progress = Callable[[str], None]
ENFORCING = "json_object_schema"  # the mode a local server that ignored the schema is switched to


class Runner:
    """Extracts many articles concurrently against one endpoint, with a cache and per-article failures."""

    def __init__(self, settings: LLMSettings, progress: Progress | None = None) -> None:
        self.settings = settings
        self.cache = RecordCache(settings.cache_dir / "records", settings.use_cache)
        self.progress = progress
        self.mode = settings.mode  # may move once to ENFORCING when the server ignores the schema
        self.context: int | None = None  # the server's context in tokens, once it has said
        self.rate: float | None = None  # tokens per prompt character, as the server counted them

    def run(self, docs: Sequence[Document]) -> list[SummitOutcome | Failure]:
        """Process every article; the order of results is the order of `docs`."""
        return asyncio.run(self._run(docs))

    async def _run(self, docs: Sequence[Document]) -> list[SummitOutcome | Failure]:
        """Ask a local server what it serves, then extract under a semaphore while spaCy parses aside."""
        import openai

        key = api_key(self.settings)
        http = GuardedClient(deadline=self.settings.timeout)
        client = openai.AsyncOpenAI(
            api_key=key,
            base_url=self.settings.base_url,
            timeout=self.settings.timeout,
            max_retries=0,
            http_client=http,
        )
        try:
            info = await server.probe(http, self.settings)
            server.check_model(self.settings, info)
            self.context = info.context
            # Grounding reads the parse; parsing meanwhile costs an article no waiting for its answer.
            parsed = asyncio.ensure_future(asyncio.to_thread(nlp.parse_all, docs))
            gate = asyncio.Semaphore(self.settings.concurrency)
            return list(await asyncio.gather(*(self._one(client, gate, doc, parsed) for doc in docs)))
        finally:
            await client.close()

    async def _one(
        self, client: Any, gate: asyncio.Semaphore, doc: Document, parsed: asyncio.Future[None]
    ) -> SummitOutcome | Failure:
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
                usage.seconds = round(time.perf_counter() - started, 3)
                self._tick(doc)
                return Failure(
                    path=doc.path, error=redact(explain(self.settings, doc.path, exc)), usage=usage
                )
            usage.seconds = round(time.perf_counter() - started, 3)
        await parsed
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
        """Ask until an answer fits, within MAX_ATTEMPTS requests: re-ask a cut-off answer for a shorter
        one, switch a server that ignores the schema to one that enforces it, trim an over-long article."""
        keep = self._fits(doc)
        chat = messages(doc, keep)
        while True:
            mode, left = self.mode, MAX_ATTEMPTS - usage.requests
            finish: list[str] = [""]
            try:
                draft = await self._create(self._patched(client, mode, usage, finish), mode, chat, left)
            except Exception as exc:
                if left <= 1:
                    raise
                cut = cut_off_answer(exc)
                if self._switched(exc, mode, doc):
                    chat = messages(doc, keep)
                elif cut is not None:  # a truncated answer is invalid JSON: re-ask for a shorter one
                    chat = [
                        *chat,
                        {"role": "assistant", "content": cut},
                        {"role": "user", "content": shorter()},
                    ]
                elif (trimmed := self._trimmed(exc, doc, chat, keep)) is not None:
                    keep, chat = trimmed, messages(doc, trimmed)
                else:
                    raise
                continue
            if finish[0] == "content_filter":  # withheld, not empty: never a valid (or cached) record
                raise ContentFiltered()
            return draft

    def _patched(self, client: Any, mode: str, usage: Usage, finish: list[str]) -> Any:
        """An Instructor client in `mode` that counts every request and sums the tokens it cost."""
        import instructor

        ic = instructor.from_openai(client, mode=instructor_mode(mode))

        def on_request(*_args: Any, **_kwargs: Any) -> None:
            usage.requests += 1

        def on_response(response: Any, *_args: Any, **_kwargs: Any) -> None:
            choices = getattr(response, "choices", None) or [None]
            finish[0] = str(getattr(choices[0], "finish_reason", "") or "")
            u = getattr(response, "usage", None)
            usage.prompt_tokens += int(getattr(u, "prompt_tokens", 0) or 0)
            usage.completion_tokens += int(getattr(u, "completion_tokens", 0) or 0)

        ic.on("completion:kwargs", on_request)
        ic.on("completion:response", on_response)
        return ic

    async def _create(self, ic: Any, mode: str, chat: list[dict[str, str]], attempts: int) -> Draft:
        """One Instructor call with our retry policy over at most `attempts` requests."""
        from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

        def again(exc: BaseException) -> bool:  # the first invalid answer may mean switching mode instead
            return retryable(exc) and not (self._may_switch(mode) and _invalid(exc))

        retrying = AsyncRetrying(
            stop=stop_after_attempt(attempts), retry=retry_if_exception(again), wait=wait, reraise=True
        )
        kwargs: dict[str, Any] = {
            "model": self.settings.model,
            "messages": chat,
            "response_model": Draft,
            "max_retries": retrying,
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_tokens,
        }
        extra = extra_body(mode)
        if extra:
            kwargs["extra_body"] = extra
        result: Draft = await ic.chat.completions.create(**kwargs)
        return result

    def _may_switch(self, mode: str) -> bool:
        """Plain JSON mode on a local server whose mode the user left to us: it may ignore the schema."""
        return mode == "json" and self.settings.local and not self.settings.mode_given

    def _switched(self, exc: BaseException, mode: str, doc: Document) -> bool:
        """Move the run to ENFORCING at the first answer that ignored the schema (once), saying so: an
        invalid one, or one cut off at --max-tokens (unbound by a schema, a small model rambles on)."""
        if not (self._may_switch(mode) and (_invalid(exc) or cut_off_answer(exc) is not None)):
            return False
        if self.mode == mode:
            self.mode = ENFORCING
            doc.notes.append(
                f"{redact(self.settings.base_url)} ignored the schema in --mode json, so this run switched "
                f"to --mode {ENFORCING}; pass it (or --model llamacpp/NAME) to save the first request"
            )
        return True

    def _fits(self, doc: Document) -> int | None:
        """The sentences that fit the server's context, when it has told it and the article is longer."""
        if self.context is None:
            return None
        keep = fitting(doc, self.context, self.settings.max_tokens, self.rate)
        if keep is not None:
            _trim_note(doc, keep, self.context)
        return keep

    def _trimmed(
        self, exc: BaseException, doc: Document, chat: list[dict[str, str]], keep: int | None
    ) -> int | None:
        """After a "prompt too long" 400: the sentences that fit the context it names (None: not that)."""
        said = overflow_of(exc)
        if said is None:
            return None
        context, asked = said
        self.context, self.rate = context, max(1, asked - self.settings.max_tokens) / prompt_chars(chat)
        fewer = fitting(doc, context, self.settings.max_tokens, self.rate)
        if fewer is None or fewer == 0 or (keep is not None and fewer >= keep):
            return None  # nothing left to cut, or cutting would not help: the 400 stands
        _trim_note(doc, fewer, context)
        return fewer


def overflow_of(exc: BaseException) -> tuple[int, int] | None:
    """(context, tokens asked) when the request was refused for not fitting the model's context."""
    said = server_said(root_cause(exc))
    return server.overflow(said) if said else None


def _invalid(exc: BaseException) -> bool:
    """Did the answer fail to parse or to fit the schema?"""
    return isinstance(root_cause(exc), ValidationError | json.JSONDecodeError)


def _trim_note(doc: Document, keep: int, context: int) -> None:
    """Say under the source that the model read only the article's first `keep` sentences."""
    lead = "the model read sentences 1-"
    note = f"{lead}{keep} of {len(doc.body)}: the rest do not fit its context of {context} tokens"
    doc.notes[:] = [n for n in doc.notes if not n.startswith(lead)] + [note]
