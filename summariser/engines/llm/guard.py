"""The HTTP client of the llm engine: each request has a total deadline and a cap on the answer's size.

httpx's timeout is per read, so a server dripping one byte every few seconds never trips it; a total
deadline per request does. An answer over the cap is cut off before it is held in memory.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import openai

MAX_RESPONSE_BYTES = 4_000_000  # an extraction record is a few kB; 4 MB is far beyond any real answer


class ResponseTooLarge(Exception):
    """The endpoint's answer passed the byte cap; retrying would only fetch it again."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"answer over the {limit:,}-byte limit")
        self.limit = limit


class _Capped(httpx2.AsyncByteStream):
    """A response body that stops with ResponseTooLarge once it passes `limit` bytes."""

    def __init__(self, inner: Any, limit: int) -> None:
        self.inner = inner
        self.limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        """Yield the body's chunks, counting them."""
        seen = 0
        async for chunk in self.inner:
            seen += len(chunk)
            if seen > self.limit:
                raise ResponseTooLarge(self.limit)
            yield chunk

    async def aclose(self) -> None:
        """Close the underlying stream."""
        await self.inner.aclose()


class GuardedClient(openai.DefaultAsyncHttpxClient):
    """An httpx client whose every request ends within `deadline` seconds and reads at most `limit` bytes."""

    def __init__(self, deadline: float, limit: int = MAX_RESPONSE_BYTES, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"Accept-Encoding": "identity"})  # the cap counts what is decoded
        super().__init__(**kwargs)
        self.deadline = deadline
        self.limit = limit

    async def send(self, request: httpx2.Request, *, stream: bool = False, **kwargs: Any) -> httpx2.Response:
        """Send, then read the whole body under one deadline and the byte cap."""
        try:
            async with asyncio.timeout(self.deadline):
                response = await super().send(request, stream=True, **kwargs)
                if stream:
                    return response
                declared = response.headers.get("content-length", "")
                try:
                    if declared.isdigit() and int(declared) > self.limit:
                        raise ResponseTooLarge(self.limit)
                    response.stream = _Capped(response.stream, self.limit)
                    await response.aread()
                finally:
                    await response.aclose()
        except TimeoutError:
            raise httpx2.ReadTimeout(
                f"no complete answer within {self.deadline:g} s", request=request
            ) from None
        return response
