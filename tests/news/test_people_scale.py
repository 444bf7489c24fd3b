"""Finding people costs linear work however many different people a long text names."""

from __future__ import annotations

from summariser.news.people import PeopleFinder
from tests.news.test_quote_scale import _lines_in_news

SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tu", "vo", "zel"]


def _name(n: int) -> str:
    """A made-up surname, different for every n."""
    out = ""
    while True:
        out += SYLLABLES[n % len(SYLLABLES)]
        n //= len(SYLLABLES)
        if not n:
            return out.capitalize() + "ovic"


def _cost(people: int) -> int:
    """Lines executed to find the people of a text naming each of them once, as a minister who spoke."""
    sentences = [f"Minister Ana {_name(i)} said the ferry would sail on day {i}." for i in range(people)]
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1

    def work() -> None:
        assert len(PeopleFinder(text, spans).people) > 0.9 * people

    return _lines_in_news(work)


def test_people_cost_linear_work_in_the_number_of_people() -> None:
    small, large = _cost(100), _cost(400)
    assert large < 4.6 * small  # a scan of the text per person would grow about sixteenfold
