"""api.py: `extract` of a path or a string of text, `brief` of several paths, `ground` of a claim."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from summariser import engines
from summariser.api import brief, document, extract, ground
from summariser.engines import NO_MODEL_NOTE
from summariser.errors import EngineError, InputError
from summariser.models import Failure, SummitOutcome
from summariser.options import EngineOptions
from summariser.text.document import Document

TEXT = (
    "Fisheries ministers from five states met in Reykjavik on Tuesday.\n\n"
    "“We will share every catch record,” said Icelandic Minister Sigrun Halldorsdottir.\n\n"
    "The ministers signed a quota accord that takes effect in June."
)


class RefusingEngine:
    """An engine that fails every article."""

    name = "refusing"

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def extract_all(
        self, docs: Sequence[Document], progress: engines.Progress | None = None
    ) -> list[SummitOutcome | Failure]:
        """One failure per document."""
        return [Failure(path=d.path, error="refusing engine gave up") for d in docs]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "reykjavik.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_a_string_of_text_is_cleaned_and_a_path_is_loaded(article: Path) -> None:
    assert document(TEXT).path == "text"
    assert document("Ministers met in Reykjavik.").path == "text"
    assert document(str(article)).path == str(article)
    assert document(article).path == str(article)


def test_a_string_naming_a_missing_article_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        document(str(tmp_path / "missing.txt"))


def test_extract_of_the_text_and_of_its_file_find_the_same_items(article: Path) -> None:
    from_path, from_text = extract(article), extract(TEXT)
    assert (from_path.article.id, from_text.article.id) == ("reykjavik", "text")
    assert from_path.article.sha256 == from_text.article.sha256
    assert from_path.quotes == from_text.quotes
    assert [q.text for q in from_path.quotes] == ["We will share every catch record,"]
    assert from_path.points == from_text.points and from_path.points


def test_extract_logs_the_automatic_choice_of_engine(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="summariser"):
        extract(TEXT)
    assert caplog.messages == [NO_MODEL_NOTE]
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="summariser"):
        extract(TEXT, engine="extractive")
    assert caplog.messages == []


def test_an_engine_failure_on_the_one_article_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(engines.ENGINES, "refusing", f"{__name__}:RefusingEngine")
    with pytest.raises(EngineError, match="refusing engine gave up"):
        extract(TEXT, engine="refusing")


def test_brief_reconciles_every_path(article: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(TEXT, encoding="utf-8")
    b = brief([article, copy], engine="extractive")
    assert [s.path for s in b.sources] == [str(article), str(copy)]
    assert b.sources[0].syndicated_with == ["2"]
    assert b.quotes[0].sources == ["1", "2"] and b.quotes[0].independent == 1


def test_ground_finds_a_claim_in_a_source() -> None:
    evidence = ground("The ministers signed a quota accord", TEXT)
    assert evidence.status == "exact"
    assert TEXT[evidence.start : evidence.end] == "The ministers signed a quota accord"


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (
            lambda: extract(None),  # type: ignore[arg-type]
            "extract() takes a path, a string of article text or a Document, not NoneType",
        ),
        (lambda: extract(42), "not int"),  # type: ignore[arg-type]
        (lambda: brief("a.txt"), "brief() takes a list of paths"),
        (lambda: brief([None]), "not NoneType"),  # type: ignore[list-item]
        (lambda: brief(7), "not int"),  # type: ignore[arg-type]
        (lambda: ground(None, "text"), "ground() takes two strings"),  # type: ignore[arg-type]
        (lambda: document(b"bytes"), "not bytes"),  # type: ignore[arg-type]
    ],
)
def test_odd_argument_types_raise_a_clear_type_error(call: object, says: str) -> None:
    from summariser.errors import SummariserError

    with pytest.raises(TypeError, match=re.escape(says)) as info:
        call()  # type: ignore[operator]
    assert isinstance(info.value, SummariserError)  # and the project's root error, with a message
