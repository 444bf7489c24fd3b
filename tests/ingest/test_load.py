"""ingest/load.py: reading files (and stdin) into a Document; what cannot be an article is refused."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summariser.errors import InputError, SummariserError
from summariser.ingest.load import MAX_BYTES, load
from tests.conftest import SEEDS
from tests.ingest.conftest import assert_offsets_true


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_kept_sentence_slices_back_to_the_original(path: Path) -> None:
    doc = load(path)
    original = path.read_text(encoding="utf-8")
    assert doc.text == original
    assert doc.sentences, "a seed produced no sentences"
    for s in doc.sentences:
        assert original[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="limit") as info:
        load(path)
    assert "split it" in info.value.message


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load(tmp_path)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "koi8-r", "shift_jis"]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(text=st.text(max_size=400), encoding=st.sampled_from(ENCODINGS), junk=st.binary(max_size=12))
def test_any_text_in_any_encoding_loads_or_fails_cleanly(
    tmp_path: Path, text: str, encoding: str, junk: bytes
) -> None:
    data = text.encode(encoding, errors="replace") + junk
    path = tmp_path / "fuzz.txt"
    path.write_bytes(data)
    try:
        doc = load(path)
    except SummariserError:
        return
    assert_offsets_true(doc)


def test_sha256_is_of_the_bytes_read_and_the_path_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "harbour-talks.txt"
    path.write_bytes(b"\xef\xbb\xbfHarbour masters met in Gdansk. They agreed a timetable.")
    doc = load(path)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.path == str(path) and doc.id == "harbour-talks"


def test_a_dash_reads_standard_input_and_sniffs_html(monkeypatch: pytest.MonkeyPatch) -> None:
    page = (
        "<html><head><title>Harbour pact</title></head><body><article>"
        + "".join(
            f"<p>Paragraph {i}: harbour masters from the western ports met for two days and agreed "
            f"on rule {i} for the shared channel after a long night of talks.</p>"
            for i in range(5)
        )
        + "</article></body></html>"
    )
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page.encode("utf-8"))))
    doc = load("-")
    assert doc.path == "-"
    assert "<p>" not in doc.text
    assert sum("harbour masters from the western ports" in s.text for s in doc.sentences) == 5


def test_oversized_standard_input_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"a" * (MAX_BYTES + 1))))
    with pytest.raises(InputError, match=r"^-: .*limit"):
        load("-")
