"""A loopback OpenAI-compatible server for tests and benchmarks: real HTTP, scripted faults, valid records.

Only ever binds 127.0.0.1. Each request takes the next behaviour from a script (or the default):
ok, slow, 429 (with Retry-After), 500, 503, hang, reset, malformed, truncated, invalid, 400, 401,
drip (one byte every `drip_seconds`), huge (a 10 MB answer), filtered (an empty answer with
finish_reason content_filter) and answer (whatever `Script.answer` makes of the request: an adversary).
Like a local server it may list `models` (GET /v1/models), tell its `context` (GET /props, as llama.cpp
does) and refuse a prompt longer than that context with the 400 llama-cpp-python sends.
"""

from __future__ import annotations

import json
import re
import select
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SENTENCE = re.compile(r"^\[(\d+)\] (.*)$", re.M)


@dataclass
class Script:
    """What the server does, request by request."""

    behaviours: list[str] = field(default_factory=list)
    default: str = "ok"
    latency: float = 0.0
    retry_after: str = "1"
    hang_seconds: float = 5.0
    drip_seconds: float = 0.2
    answer: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    models: list[str] | None = None  # None: GET /v1/models is a 404
    context: int | None = None  # tokens (characters / 4); None: any prompt fits and /props is a 404
    tell_context: bool = True  # False: refuse long prompts but keep /props a 404 (llama-cpp-python)
    requests: int = 0
    gets: list[str] = field(default_factory=list)
    arrived: list[float] = field(default_factory=list)  # time.monotonic() of each completion request
    closed: list[float] = field(default_factory=list)  # when the client hung up on a "hang" request
    bodies: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next(self, body: dict[str, Any], headers: dict[str, str]) -> str:
        """Record the request and pick its behaviour."""
        with self.lock:
            self.requests += 1
            self.arrived.append(time.monotonic())
            self.bodies.append(body)
            self.headers.append(headers)
            return self.behaviours.pop(0) if self.behaviours else self.default


def draft_for(body: dict[str, Any]) -> dict[str, Any]:
    """A valid record built from the article's own first sentence, so it grounds exactly."""
    user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "")
    sentences = SENTENCE.findall(user)
    if not sentences:
        return {"points": []}
    number, text = sentences[0]
    return {"points": [{"text": text, "status": "agreed", "sentences": [int(number)]}]}


def completion(content: str, finish: str = "stop", prompt_chars: int = 0) -> dict[str, Any]:
    """An OpenAI chat.completion object around `content`."""
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": "stub",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}
        ],
        "usage": {
            "prompt_tokens": max(1, prompt_chars // 4),
            "completion_tokens": max(1, len(content) // 4),
            "total_tokens": max(1, prompt_chars // 4) + max(1, len(content) // 4),
        },
    }


def overflow_message(context: int, asked: int) -> str:
    """llama-cpp-python's wording of a prompt longer than the model's context."""
    return (
        f"This model's maximum context length is {context} tokens. However, you requested {asked} tokens "
        "(in the messages and the completion). Please reduce the length of the messages or completion."
    )


class Handler(BaseHTTPRequestHandler):
    """Serves POST /v1/chat/completions according to the server's script."""

    server: StubServer

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: tests read behaviour, not access logs."""

    def do_POST(self) -> None:
        """Answer one completion request."""
        length = int(self.headers.get("content-length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        script = self.server.script
        behaviour = script.next(body, {k.lower(): v for k, v in self.headers.items()})
        if script.latency:
            time.sleep(script.latency)
        prompt_chars = sum(len(m.get("content", "")) for m in body.get("messages", []))
        good = json.dumps(draft_for(body))
        if behaviour == "hang":
            self._hang(script)
            return
        asked = prompt_chars // 4 + int(body.get("max_tokens") or 0)
        if script.context is not None and asked > script.context:
            self._send(400, {"error": {"message": overflow_message(script.context, asked)}}, {})
            return
        if behaviour == "drip":
            self._drip(script, json.dumps(completion(good)).encode())
            return
        if behaviour == "reset":
            self.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
            self.connection.close()
            return
        status, payload, extra = {
            "ok": (200, completion(good, prompt_chars=prompt_chars), {}),
            "429": (
                429,
                {"error": {"message": "rate limited", "type": "rate_limit"}},
                {"Retry-After": script.retry_after},
            ),
            "500": (500, {"error": {"message": "internal error"}}, {}),
            "503": (503, {"error": {"message": "overloaded"}}, {"Retry-After": script.retry_after}),
            "400": (400, {"error": {"message": "bad request"}}, {}),
            "401": (401, {"error": {"message": "invalid key"}}, {}),
            "malformed": (200, completion('{"points": [ {"text": ', prompt_chars=prompt_chars), {}),
            "truncated": (200, completion(good[: len(good) // 2], "length", prompt_chars), {}),
            "huge": (200, completion('{"points": []}' + " " * 10_000_000, prompt_chars=prompt_chars), {}),
            "filtered": (200, completion("{}", "content_filter", prompt_chars), {}),
            "answer": (
                200,
                completion(
                    json.dumps(script.answer(body) if script.answer else {}), prompt_chars=prompt_chars
                ),
                {},
            ),
            "invalid": (
                200,
                completion('{"points": [{"text": 5, "status": "maybe"}]}', prompt_chars=prompt_chars),
                {},
            ),
        }[behaviour]
        self._send(status, payload, extra)

    def do_GET(self) -> None:
        """List the models and tell the context, when the script says the server does."""
        script = self.server.script
        with script.lock:
            script.gets.append(self.path)
        if self.path == "/v1/models" and script.models is not None:
            self._send(
                200, {"object": "list", "data": [{"id": m, "object": "model"} for m in script.models]}, {}
            )
        elif self.path == "/props" and script.context is not None and script.tell_context:
            self._send(200, {"default_generation_settings": {"n_ctx": script.context}}, {})
        else:
            self._send(404, {"error": {"message": "not found"}}, {})

    def _send(self, status: int, payload: dict[str, Any], extra: dict[str, str]) -> None:
        """Answer with a JSON body."""
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _hang(self, script: Script) -> None:
        """Answer nothing for `hang_seconds`, noting when the client closes the connection meanwhile."""
        deadline = time.monotonic() + script.hang_seconds
        while (left := deadline - time.monotonic()) > 0:
            readable, _, _ = select.select([self.connection], [], [], min(left, 0.05))
            if readable and not self.connection.recv(1, socket.MSG_PEEK):
                with script.lock:
                    script.closed.append(time.monotonic())
                return

    def _drip(self, script: Script, data: bytes) -> None:
        """Send a valid answer one byte at a time, never pausing long enough to trip a read timeout."""
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        deadline = time.monotonic() + script.hang_seconds
        try:
            for i in range(len(data)):
                if time.monotonic() > deadline:
                    return
                self.wfile.write(data[i : i + 1])
                self.wfile.flush()
                time.sleep(script.drip_seconds)
        except OSError:
            return


class StubServer(ThreadingHTTPServer):
    """The server, with its script attached."""

    daemon_threads = True

    def __init__(self, script: Script) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.script = script

    @property
    def base_url(self) -> str:
        """The /v1 base URL to give the client."""
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


@contextmanager
def serve(script: Script | None = None) -> Iterator[StubServer]:
    """Run a stub server in a thread for the duration of a `with` block."""
    server = StubServer(script or Script())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
