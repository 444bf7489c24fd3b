"""The CLI: exit codes, one-line errors naming the file, and the clean/schema commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summariser.cli import main
from tests.conftest import seed


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b" \n\n\t")
    (tmp / "binary.txt").write_bytes(b"GIF89a\x00\x01\x00\x00")
    (tmp / "bad-bom.txt").write_bytes(b"\xff\xfeA\x00\x00\xd8")
    (tmp / "dir").mkdir()
    with (tmp / "huge.txt").open("wb") as fh:
        fh.truncate(50_000_000)
    return {
        "empty": tmp / "empty.txt",
        "blank": tmp / "blank.txt",
        "binary": tmp / "binary.txt",
        "bad-bom": tmp / "bad-bom.txt",
        "directory": tmp / "dir",
        "huge": tmp / "huge.txt",
        "missing": tmp / "missing.txt",
    }


@pytest.mark.parametrize("kind", ["empty", "blank", "binary", "bad-bom", "directory", "huge", "missing"])
def test_bad_input_exits_2_with_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = _bad_inputs(tmp_path)[kind]
    assert main(["clean", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0] and lines[0].startswith("summarise: error: ")
    assert "Traceback" not in err


def test_clean_json_reports_kept_and_dropped(capsys: pytest.CaptureFixture[str]) -> None:
    path = seed("002")
    assert main(["clean", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    text = path.read_text(encoding="utf-8")
    assert report["outlet"] == "Newsinc24"
    for s in report["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]
    reasons = {d["text"]: d["reason"] for d in report["dropped"]}
    assert reasons["Related Items"] == "related-links list"
    assert reasons["Newsinc24 Team"] == "byline or sign-off"


def test_clean_text_lists_offsets_and_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(seed("004"))]) == 0
    out = capsys.readouterr().out
    assert "hashtag line: #France #ready" in out
    assert "kept (" in out and "dropped (1):" in out


def test_clean_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(b"Leaders met. They agreed."))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["clean", "-", "-f", "json"]) == 0
    assert [s["text"] for s in json.loads(capsys.readouterr().out)["sentences"]] == [
        "Leaders met.",
        "They agreed.",
    ]


def test_schema_command_prints_valid_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "summit_outcome"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "SummitOutcome"
    assert main(["schema", "nonsense"]) == 2


def test_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean"]) == 2
