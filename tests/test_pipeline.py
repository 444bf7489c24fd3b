"""pipeline.py: the one run; a bad article becomes a Failure and the rest is still briefed."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from summariser import engines
from summariser.engines import Progress
from summariser.errors import InputError, SummariserError
from summariser.ingest.clean import from_text
from summariser.models import Failure, SummitOutcome
from summariser.options import EngineOptions
from summariser.pipeline import extract_all, load_all, run
from summariser.text.document import Document
from tests.conftest import SEEDS

EXTRACTIVE = EngineOptions(engine="extractive")
GOOD = "Fisheries ministers from five states met in Reykjavik on Tuesday. They signed a quota accord."


class SlowSecondEngine:
    """Fails every article, taking a while over the second one."""

    name = "slow"

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def extract_all(
        self, docs: Sequence[Document], progress: Progress | None = None
    ) -> list[SummitOutcome | Failure]:
        """One failure per document; the progress tick marks when each is done."""
        out: list[SummitOutcome | Failure] = []
        for i, doc in enumerate(docs):
            if i == 1:
                time.sleep(0.05)
            out.append(Failure(path=doc.path, error="slow engine gave up"))
            if progress is not None:
                progress(doc.path)
        return out


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_one_unreadable_file_becomes_a_failure_and_the_rest_is_briefed(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", GOOD)
    missing = tmp_path / "missing.txt"
    seen: list[str] = []
    result = run([missing, good], EXTRACTIVE, seen.append)
    assert [f.path for f in result.briefing.failures] == [str(missing)]
    assert "no such file" in result.briefing.failures[0].error
    assert [s.path for s in result.briefing.sources] == [str(good)]
    assert seen == [str(missing), str(good)]


def test_no_readable_file_raises_naming_the_first_error_and_how_many_more(tmp_path: Path) -> None:
    empty = _write(tmp_path, "empty.txt", "   \n")
    with pytest.raises(SummariserError, match=r"no article could be processed: .*empty\.txt: is empty"):
        run([empty], EXTRACTIVE)
    with pytest.raises(SummariserError, match=r"\(and 1 more\)$"):
        run([empty, tmp_path / "gone.txt"], EXTRACTIVE)
    with pytest.raises(SummariserError, match="no files given"):
        run([], EXTRACTIVE)


def test_strict_loading_raises_the_first_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_all([tmp_path / "gone.txt"], strict=True)


def test_documents_are_used_as_given() -> None:
    doc = from_text(GOOD, name="given.txt")
    docs, failures = load_all([doc])
    assert docs == [doc] and docs[0] is doc and failures == []


def test_every_article_has_its_own_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(engines.ENGINES, "slow", f"{__name__}:SlowSecondEngine")
    docs = [from_text(GOOD, name=f"{n}.txt") for n in ("a", "b", "c")]
    articles = extract_all(docs, EngineOptions(engine="slow"))
    assert [a.doc for a in articles] == docs
    first, second, third = (a.seconds for a in articles)
    assert second >= 0.05
    assert first < second and third < second


def test_engine_failures_are_listed_in_the_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(engines.ENGINES, "slow", f"{__name__}:SlowSecondEngine")
    docs = [from_text(GOOD, name="a.txt")]
    with pytest.raises(SummariserError, match="slow engine gave up"):
        run(docs, EngineOptions(engine="slow"))


def test_the_run_maps_source_ids_to_their_documents(tmp_path: Path) -> None:
    paths = [_write(tmp_path, f"{n}.txt", GOOD.replace("five", n)) for n in ("six", "seven")]
    result = run([tmp_path / "gone.txt", *paths], EXTRACTIVE)
    docs = result.documents()
    assert sorted(docs) == ["1", "2"]
    assert [docs[s].path for s in ("1", "2")] == [str(p) for p in paths]
    assert all(a.seconds >= 0 for a in result.articles) and len(result.articles) == 2


def test_no_documents_build_no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(engines.ENGINES, "extractive", "no.such.module:Engine")
    assert extract_all([], EXTRACTIVE) == []


def test_a_record_read_from_the_cache_is_marked_cached(tmp_path: Path) -> None:
    options = EngineOptions(engine="extractive", cache_dir=tmp_path)
    first = run([SEEDS[0]], options)
    again = run([SEEDS[0]], options)
    assert [a.cached for a in first.articles] == [False]
    assert [a.cached for a in again.articles] == [True]
