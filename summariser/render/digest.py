"""What a one-page memo keeps of long findings: one quote per speaker and topic, the opening of long texts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summariser.models import SourcedQuote
from summariser.text.normalise import visible

QUOTE_WORDS = 24  # a long quote's opening in the memo; the JSON and the HTML spans keep it whole
CLAIM_WORDS = 16  # a conflict's side is shown in full in the JSON; the memo needs its opening words


def notable(quotes: Sequence[SourcedQuote]) -> list[SourcedQuote]:
    """One quote per speaker and topic, best supported first: a second remark on the same subject
    (sharing two content words) adds nothing to a one-page memo."""
    chosen: list[SourcedQuote] = []
    for q in sorted(quotes, key=lambda q: (-q.independent, -len(q.sources), -len(q.text))):
        topic = _topic(q.text)
        if not any(c.speaker == q.speaker and len(_topic(c.text) & topic) >= 2 for c in chosen):
            chosen.append(q)
    return chosen


def _topic(text: str) -> set[str]:
    """Longer words of a quote, a cheap sign of its subject."""
    return set(re.findall(r"[a-z]{5,}", text.casefold()))


def opening(text: str, limit: int) -> str:
    """The first `limit` words of a text, marked as cut when longer (the JSON keeps it whole)."""
    words = visible(text).split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")
