"""What one request carries: the fixed part first (rules, then the schema Instructor appends), the article
last, between markers derived from the article itself, so the same article always makes the same bytes.
Only the one-line request to answer follows the article: a small model heeds it there (asked before the
article, SmolLM2 answered `{}`), and a few tokens after the article cost the prompt cache nothing.

A server's prompt cache reuses the longest prefix it has seen: nothing that changes per article may stand
before the article. The markers' tag is a hash of the numbered sentences they hold: an article cannot
contain its own hash, so it cannot forge the end marker, and a rerun sends an identical prompt.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from typing import Any

from summariser.engines.llm import prompts
from summariser.engines.llm.schema import Draft
from summariser.text.document import Document
from summariser.text.normalise import visible

SCHEMA_MODES = ("json_schema", "json_object_schema")  # modes in which the server enforces the schema
MARGIN = 0.9  # share of the context an article may fill once trimmed: token estimates are not exact
CHARS_PER_TOKEN = 3.0  # a cautious guess for English before the server has counted any prompt


def article_lines(doc: Document) -> list[str]:
    """The article as the model reads it: one numbered body sentence a line, hidden characters removed."""
    return [f"[{i}] {visible(s.text)}" for i, s in enumerate(doc.body, 1)]


def messages(doc: Document, keep: int | None = None) -> list[dict[str, str]]:
    """System and user messages: rules, then the article's first `keep` sentences (all by default)."""
    lines = article_lines(doc)[:keep]
    tag = hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    block = f"<<<ARTICLE-{tag}>>>\n" + "\n".join(lines) + f"\n<<<END-{tag}>>>"
    return [
        {"role": "system", "content": prompts.load("extract.system.md").text.strip()},
        {"role": "user", "content": prompts.load("extract.user.md").fill(ARTICLE=block)},
    ]


def fitting(doc: Document, context: int, max_tokens: int, tokens_per_char: float | None) -> int | None:
    """How many sentences fit a context of `context` tokens beside the answer; None when all of them do.

    The fixed part's size is estimated from its characters, at the rate the server counted last time
    (or CHARS_PER_TOKEN); 0 when not even one sentence fits.
    """
    rate = tokens_per_char or 1.0 / CHARS_PER_TOKEN
    lines = article_lines(doc)
    fixed = prompt_chars(messages(doc, 0))
    room = (context * MARGIN - max_tokens) / rate - fixed  # characters of sentences that fit
    used = 0
    for n, line in enumerate(lines):
        used += len(line) + 1
        if used > room:
            return n
    return None


def prompt_chars(chat: list[dict[str, str]]) -> int:
    """Characters a request's prompt holds: every message plus the schema Instructor adds to the system's."""
    return sum(len(m["content"]) for m in chat) + _schema_chars()


@cache
def _schema_chars() -> int:
    """Characters of the schema as Instructor writes it into the prompt (indented, with its own words)."""
    return len(json.dumps(Draft.model_json_schema(), indent=2)) + 200


def shorter() -> str:
    """The re-ask sent after an answer cut off at the token limit."""
    return prompts.load("shorter.user.md").text.strip()


def instructor_mode(mode: str) -> Any:
    """The Instructor mode for a backend (llama.cpp gets JSON mode plus the schema in response_format)."""
    import instructor

    return {
        "tools": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "json": instructor.Mode.JSON,
        "json_object_schema": instructor.Mode.JSON,
    }[mode]


def extra_body(mode: str) -> dict[str, Any] | None:
    """llama.cpp-style servers constrain decoding with {"type": "json_object", "schema": …}."""
    if mode != "json_object_schema":
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
