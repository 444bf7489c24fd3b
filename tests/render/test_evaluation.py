"""render/evaluation.py: the `summarise eval` table says which records came from the cache or were read
in parallel with another."""

from __future__ import annotations

from summariser.evaluation.report import FIELDS, ArticleReport, Report, Score
from summariser.render.evaluation import eval_text


def _article(file: str, seconds: float, cached: bool = False) -> ArticleReport:
    return ArticleReport(file=file, scores={n: Score() for n in FIELDS}, seconds=seconds, cached=cached)


def test_a_cached_article_shows_cached_not_zero_seconds() -> None:
    report = Report(
        engine="extractive",
        articles=[
            _article("a.txt", 0.00004, cached=True),
            _article("b.txt", 1.25),
        ],
    )
    rows = {line.split()[0]: line.split()[-1] for line in eval_text(report).splitlines() if ".txt" in line}
    assert rows == {"a.txt": "cached", "b.txt": "1.250"}
    assert "read from the cache" in eval_text(report)


def test_no_cache_note_when_every_article_was_timed() -> None:
    report = Report(engine="extractive", articles=[_article("b.txt", 1.25)])
    assert "cache" not in eval_text(report)


def test_articles_read_in_parallel_show_together_not_zero_seconds() -> None:
    report = Report(engine="extractive", articles=[_article("a.txt", 0.73), _article("b.txt", 0.0)])
    rows = {line.split()[0]: line.split()[-1] for line in eval_text(report).splitlines() if ".txt" in line}
    assert rows == {"a.txt": "0.730", "b.txt": "together"}
    assert "read in parallel" in eval_text(report)
    assert "together" not in eval_text(Report(engine="extractive", articles=[_article("a.txt", 0.73)]))
