"""Quote masking and attribution on long text: same answer as a naive reference, linear work."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import summariser.news as news_pkg
from summariser.news.attribution import Attributor
from summariser.news.people import PeopleFinder
from summariser.news.quotes import find_passages, masked

NEWS_DIR = str(Path(news_pkg.__file__).parent)
PARAGRAPH = (
    "“The bridge will carry trains by spring {n},” the transport minister said. "
    "Engineers called the span “almost ready” on day {n}. "
    "“We have the steel and the crews,” she added, “and the money is in place.”\n\n"
)


def _naive_mask(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> str:
    """Reference: blank every character of [start, end) that any span covers."""
    return "".join(" " if any(a <= i < b for a, b in quoted) else text[i] for i in range(start, end))


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab “”.", min_size=0, max_size=60),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 20)), max_size=8),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_masking_matches_a_naive_reference(
    text: str, raw: list[tuple[int, int]], start: int, end: int
) -> None:
    quoted = [(a, a + w) for a, w in raw]
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert masked(text, start, end, quoted) == _naive_mask(text, start, end, quoted)


def _article(paragraphs: int) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """A quote-heavy text of hand-written paragraphs, its paragraph spans and its sentence spans."""
    text = "".join(PARAGRAPH.format(n=n) for n in range(paragraphs))
    paras, sents, pos = [], [], 0
    for block in text.split("\n\n")[:-1]:
        paras.append((pos, pos + len(block)))
        cut = pos
        for piece in block.split(". "):
            sents.append((cut, min(cut + len(piece) + 1, pos + len(block))))
            cut += len(piece) + 2
        pos += len(block) + 2
    return text, paras, sents


def _lines_in_news(work: Callable[[], Any]) -> int:
    """Python lines executed inside summariser/news while `work` runs: a deterministic cost measure."""
    count = 0

    def tracer(frame: FrameType, event: str, _arg: object) -> Any:
        nonlocal count
        if not frame.f_code.co_filename.startswith(NEWS_DIR):
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def _attribute_cost(paragraphs: int) -> int:
    """Line count of pairing and attributing (rules only, no parse) every quote of a long text."""
    text, paras, sents = _article(paragraphs)
    people = PeopleFinder(text, sents)

    def work() -> None:
        passages = find_passages(text, paras)
        Attributor(text, sents, people).attribute(passages)
        assert len(passages) == 4 * paragraphs
        assert all(p.speaker for p in passages if p.text.startswith("The bridge"))

    return _lines_in_news(work)


def test_attributing_quotes_costs_linear_work() -> None:
    small, large = _attribute_cost(150), _attribute_cost(600)
    assert large < 4.6 * small  # quadratic work would grow about sixteenfold for four times the text
