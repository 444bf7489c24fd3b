"""The llm engine: Instructor over any OpenAI-compatible endpoint; every returned item is grounded here.

The model sees numbered sentences between nonce-tagged markers and answers with sentence numbers; offsets
and grounding status are computed from the article, never taken from the model.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError

from summariser.engines.evidence import GROUNDED, article_meta, span_evidence
from summariser.engines.llm import cache, prompts
from summariser.engines.llm.providers import LLMSettings, api_key
from summariser.engines.llm.schema import Draft, DraftFigure, DraftSignatory
from summariser.errors import ConfigError
from summariser.grounding import check_speaker, ground
from summariser.models import (
    Event,
    Evidence,
    Failure,
    Figure,
    OpenIssue,
    Participant,
    Point,
    Quote,
    Signatory,
    SummitOutcome,
    Usage,
)
from summariser.news import cues, figures
from summariser.news.people import surname_key
from summariser.redact import redact
from summariser.text.document import Document
from summariser.text.normalise import visible

NAME = "llm"
MAX_ATTEMPTS = 3  # one call and at most two retries, for every retryable cause together
MAX_RETRY_AFTER = 30.0  # seconds; a server asking for longer is treated as down for this run
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


def _retryable(exc: BaseException) -> bool:
    """Retry invalid output, timeouts, dropped connections, 429 and 5xx; never 400/401/403."""
    import openai

    if isinstance(exc, ValidationError | json.JSONDecodeError):
        return True
    if isinstance(exc, openai.APIConnectionError):  # includes timeouts and resets
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    return False


def _wait(state: Any) -> float:
    """Honour Retry-After on 429/503; otherwise back off 0.5 s, 1 s."""
    import openai

    exc = state.outcome.exception() if state.outcome is not None else None
    if isinstance(exc, openai.APIStatusError):
        header = exc.response.headers.get("retry-after", "")
        try:
            return min(float(str(header)), MAX_RETRY_AFTER)
        except ValueError:
            pass
    return min(0.5 * 2.0 ** (int(state.attempt_number) - 1), 4.0)


class Runner:
    """Extracts many articles concurrently against one endpoint, with a cache and per-article failures."""

    def __init__(self, settings: LLMSettings, progress: Progress | None = None) -> None:
        self.settings = settings
        self.cache = cache.RecordCache(settings.cache_dir / "records", settings.use_cache)
        self.progress = progress

    def run(self, docs: Sequence[Document]) -> list[SummitOutcome | Failure]:
        """Process every article; the order of results is the order of `docs`."""
        return asyncio.run(self._run(docs))

    async def _run(self, docs: Sequence[Document]) -> list[SummitOutcome | Failure]:
        """Open one client, then extract under a semaphore of `concurrency`."""
        import openai

        key = api_key(self.settings)
        client = openai.AsyncOpenAI(
            api_key=key, base_url=self.settings.base_url, timeout=self.settings.timeout, max_retries=0
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
                draft = await self._ask(client, doc, usage)
            except ConfigError:
                raise
            except Exception as exc:  # every failure of one article is reported, never raised
                self._tick(doc)
                return Failure(path=doc.path, error=redact(self._explain(doc, exc)))
            usage.seconds = round(time.perf_counter() - started, 3)
        # Grounding is CPU work: a worker thread lets the loop send the next requests meanwhile.
        outcome = await asyncio.to_thread(to_outcome, draft, doc, usage)
        await asyncio.to_thread(self.cache.put, k, outcome)
        self._tick(doc)
        return outcome

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

        def on_response(response: Any, *_args: Any, **_kwargs: Any) -> None:
            u = getattr(response, "usage", None)
            usage.prompt_tokens += int(getattr(u, "prompt_tokens", 0) or 0)
            usage.completion_tokens += int(getattr(u, "completion_tokens", 0) or 0)

        ic.on("completion:kwargs", on_request)
        ic.on("completion:response", on_response)
        chat = messages(doc, secrets.token_hex(8))
        while True:
            left = MAX_ATTEMPTS - usage.requests
            try:
                return await self._create(ic, chat, left)
            except Exception as exc:
                cut = _cut_off_answer(exc)
                if cut is None or left <= 1:
                    raise
                # A truncated answer is invalid JSON: re-ask once more for a shorter one.
                chat = [*chat, {"role": "assistant", "content": cut}, {"role": "user", "content": _shorter()}]

    async def _create(self, ic: Any, chat: list[dict[str, str]], attempts: int) -> Draft:
        """One Instructor call with our retry policy over at most `attempts` requests."""
        from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

        retrying = AsyncRetrying(
            stop=stop_after_attempt(attempts), retry=retry_if_exception(_retryable), wait=_wait, reraise=True
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

    def _explain(self, doc: Document, exc: BaseException) -> str:
        """One line naming the article, the cause and the fix."""
        import openai

        root = _root_cause(exc)
        s = self.settings
        where = f"{doc.path}: "
        if isinstance(root, openai.APITimeoutError):
            tries = f"{MAX_ATTEMPTS} attempts"
            return f"{where}no answer from {s.base_url} within {s.timeout:g} s ({tries}); raise --timeout"
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
            return (
                f"{where}{s.base_url} answered HTTP {root.status_code} {MAX_ATTEMPTS} times; try again later"
            )
        if isinstance(root, openai.APIStatusError):
            return f"{where}{s.base_url} refused the request (HTTP {root.status_code}); not retried"
        if type(root).__name__ == "IncompleteOutputException":
            return f"{where}the model's answer was cut off at --max-tokens {s.max_tokens}; raise --max-tokens"
        if isinstance(root, ValidationError | json.JSONDecodeError):
            first = str(root).splitlines()[0][:160]
            return f"{where}the model's answer did not fit the schema after {MAX_ATTEMPTS} attempts ({first})"
        return f"{where}the llm engine failed ({type(root).__name__}: {str(root)[:160]})"


def _shorter() -> str:
    """The re-ask sent after an answer cut off at the token limit."""
    return prompts.load("shorter.user.md").text.strip()


def _cut_off_answer(exc: BaseException) -> str | None:
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


def _root_cause(exc: BaseException) -> BaseException:
    """Unwrap Instructor's retry exception to the API or parse error that ended the last attempt."""
    import openai

    known = (openai.APIError, ValidationError, json.JSONDecodeError)
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            break
        if isinstance(seen, known) or type(seen).__name__ == "IncompleteOutputException":
            return seen
        seen = seen.__cause__ or seen.__context__
    return exc


def to_outcome(draft: Draft, doc: Document, usage: Usage | None = None) -> SummitOutcome:
    """Ground every drafted item in the article; what does not ground keeps status "unsupported"."""
    return SummitOutcome.bounded(
        article=article_meta(doc),
        event=_event(draft, doc),
        quotes=[_quote(q.speaker, q.text, doc) for q in draft.quotes],
        signatories=[_signatory(s, doc) for s in draft.signatories],
        participants=[
            Participant(name=p.name, role=p.role, country=p.country, evidence=_mention(p.name, doc))
            for p in draft.participants
        ],
        figures=[_figure(f, doc) for f in draft.figures],
        points=[
            Point(text=p.text, status=p.status, evidence=ground(p.text, doc.text, "claim"))
            for p in draft.points
        ],
        open_issues=[
            OpenIssue(topic=i.topic, raised_by=i.raised_by, evidence=ground(i.topic, doc.text, "claim"))
            for i in draft.open_issues
        ],
        engine=NAME,
        usage=usage,
    )


def _quote(speaker: str, text: str, doc: Document) -> Quote:
    """A quote grounded with the strict quote rules, and its speaker checked against the article."""
    ev = ground(text, doc.text, "quote")
    check = check_speaker(speaker, ev, doc.text) if ev.status != "unsupported" else "unknown"
    return Quote(speaker=speaker, text=text, evidence=ev, speaker_check=check)


def _mention(name: str, doc: Document) -> Evidence:
    """Evidence that the article names this person: the first mention of their surname."""
    key = surname_key(name)
    if key:
        for s in doc.body:
            for tok_start, tok in _tokens(s.text):
                if surname_key(tok) == key:
                    return span_evidence(s.start + tok_start, s.start + tok_start + len(tok))
    return Evidence(start=0, end=0, status="unsupported", score=0.0)


def _tokens(text: str) -> list[tuple[int, str]]:
    """Word tokens with their offsets."""
    import re

    return [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_][\w'’-]*", text)]


def _signatory(s: DraftSignatory, doc: Document) -> Signatory:
    """A signatory is supported by a sentence that names them and reports signing (or refusing)."""
    key = surname_key(s.name)
    order = [doc.body[n - 1] for n in s.sentences if 0 < n <= len(doc.body)] + doc.body
    ev = Evidence(start=0, end=0, status="unsupported", score=0.0)
    refused = s.refused
    for sent in order:
        names = {surname_key(t) for _, t in _tokens(sent.text)}
        events = cues.signing_events(sent.text)
        if key and key in names and events:
            ev = span_evidence(sent.start, sent.end)
            break
    return Signatory(
        name=s.name, role=s.role, country=s.country, document=s.document, evidence=ev, refused=refused
    )


def _figure(f: DraftFigure, doc: Document) -> Figure:
    """A figure must appear as written; its interval is recomputed from the article's own words."""
    ev = ground(f.text, doc.text, "quote")
    low: float | None = f.value
    high: float | None = f.value
    hedge, what = f.hedge, f.what
    if ev.status in GROUNDED:
        parsed = next(figures.find_figures(doc.text, ev.start, ev.end), None)
        if parsed is not None:
            low, high, hedge, what = parsed.low, parsed.high, parsed.hedge, parsed.what
        elif f.value is not None:
            low, high = figures.interval(f.value, f.hedge)
    return Figure(what=what, low=low, high=high, hedge=hedge, text=f.text, evidence=ev)


def _event(draft: Draft, doc: Document) -> Event:
    """Keep the event's name, place and date only where the article states them."""

    def stated(value: str) -> str:
        return value if value and ground(value, doc.text, "quote").status in GROUNDED else ""

    return Event(
        name=stated(draft.event.name), location=stated(draft.event.location), date=stated(draft.event.date)
    )
