"""engines/extractive/cache.py: an article read before comes back from the cache, unparsed and equal;
any change to the document, the code or the spaCy pipeline is a new key."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from summariser.engines.extractive import ExtractiveEngine, cache
from summariser.ingest.clean import from_text
from summariser.models import SummitOutcome
from summariser.options import EngineOptions
from summariser.text import nlp
from summariser.text.document import Document

ARTICLE = (
    "Harbour accord signed\n\n"
    "Foreign Minister Pavel Oster of Norway signed the fisheries accord in Reykjavik on Tuesday.\n\n"
    '"We will share every catch record," Oster said.\n'
)


def _engine(root: Path, use_cache: bool = True) -> ExtractiveEngine:
    return ExtractiveEngine(EngineOptions(engine="extractive", cache_dir=root, use_cache=use_cache))


def test_a_second_read_is_equal_and_parses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _engine(tmp_path).extract_all([from_text(ARTICLE, name="a.txt")])
    assert isinstance(first[0], SummitOutcome) and first[0].quotes

    def no_parse(*_: object) -> None:
        raise AssertionError("a cached article was parsed again")

    monkeypatch.setattr(nlp, "parse_stream", no_parse)
    again = _engine(tmp_path).extract_all([from_text(ARTICLE, name="a.txt")])
    assert again == first


def test_only_the_articles_not_read_before_are_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _engine(tmp_path).extract_all([from_text(ARTICLE, name="a.txt")])
    parsed: list[str] = []
    real = nlp.parse_stream

    def counted(docs: Sequence[Document]) -> Iterator[Document]:
        parsed.extend(d.path for d in docs)
        return real(docs)

    monkeypatch.setattr(nlp, "parse_stream", counted)
    other = ARTICLE.replace("Tuesday", "Friday")
    out = _engine(tmp_path).extract_all([from_text(other, name="b.txt"), from_text(ARTICLE, name="a.txt")])
    assert parsed == ["b.txt"]
    assert [o.article.path for o in out if isinstance(o, SummitOutcome)] == ["b.txt", "a.txt"]


def test_the_same_text_under_another_name_is_another_record(tmp_path: Path) -> None:
    a = cache.key(from_text(ARTICLE, name="a.txt"))
    assert a == cache.key(from_text(ARTICLE, name="a.txt"))
    assert a != cache.key(from_text(ARTICLE, name="copy.txt"))


def test_a_code_or_pipeline_change_is_a_new_key(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = from_text(ARTICLE, name="a.txt")
    before = cache.key(doc)
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "edited word list")
    edited = cache.key(doc)
    monkeypatch.setenv(nlp.MODEL_ENV, "en_core_web_md")
    assert len({before, edited, cache.key(doc)}) == 3


def test_the_fingerprint_covers_the_word_lists() -> None:
    assert len(cache.code_fingerprint()) == 64
    assert (cache.PACKAGE / "news" / "data").is_dir() and (cache.PACKAGE / "engines").is_dir()


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    out = _engine(tmp_path, use_cache=False).extract_all([from_text(ARTICLE, name="a.txt")])
    assert isinstance(out[0], SummitOutcome)
    assert not any(tmp_path.rglob("*.json"))
