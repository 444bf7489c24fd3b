"""The CLI: exit codes, one-line errors naming the file, and the clean/schema commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summariser.cli import main
from summariser.engines import NO_MODEL_NOTE
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


def test_brief_markdown_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import SEEDS

    assert main(["brief", *map(str, SEEDS)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# Briefing: ")
    assert "## Where sources disagree" in out
    assert err.splitlines() == [f"summarise: note: {NO_MODEL_NOTE}"]


def test_brief_json_contract_keys(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import SEEDS

    assert main(["brief", *map(str, SEEDS), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("sources", "points", "signatories", "quotes", "open_issues", "conflicts", "unsupported"):
        assert key in data
    assert {"id", "path", "outlet", "title", "syndicated_with"} <= set(data["sources"][0])
    assert {"speaker", "text", "sources", "variants"} <= set(data["quotes"][0])
    assert {"kind", "summary", "claims"} <= set(data["conflicts"][0])
    assert {"source", "text", "value", "evidence"} <= set(data["conflicts"][0]["claims"][0])


def test_brief_with_a_bad_file_exits_1_and_lists_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import SEEDS

    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02")
    out_file = tmp_path / "memo.md"
    assert main(["brief", str(SEEDS[0]), str(bad), "-o", str(out_file)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{bad}: looks binary" in err
    memo = out_file.read_text(encoding="utf-8")
    assert "## Articles that could not be processed" in memo
    assert "binary.txt" in memo
    assert sorted(p.name for p in tmp_path.iterdir()) == ["binary.txt", "memo.md"]  # no temp file left


def test_brief_output_format_follows_the_suffix(tmp_path: Path) -> None:
    from tests.conftest import SEEDS

    html_file, json_file = tmp_path / "m.html", tmp_path / "m.json"
    assert main(["brief", *map(str, SEEDS[:2]), "-o", str(html_file)]) == 0
    assert main(["brief", *map(str, SEEDS[:2]), "-o", str(json_file)]) == 0
    assert html_file.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert json.loads(json_file.read_text(encoding="utf-8"))["sources"][0]["id"] == "1"


def test_full_disk_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno
    import os

    from tests.conftest import SEEDS

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "memo.md"
    target.write_text("previous memo")
    monkeypatch.setattr(os, "fsync", full)
    assert main(["brief", str(SEEDS[0]), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"{target}: could not be written (No space left on device)" in err
    assert target.read_text() == "previous memo"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.md"]


def test_extract_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(seed("001"))]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["article"]) >= {"id", "title", "outlet", "sha256"}
    assert set(data["event"]) >= {"name", "location", "date"}
    assert set(data["quotes"][0]) >= {"speaker", "text", "evidence"}
    assert set(data["quotes"][0]["evidence"]) >= {"start", "end", "status", "score"}
    assert set(data["signatories"][0]) >= {"name", "role", "country", "document", "evidence"}
    assert set(data["figures"][0]) >= {"what", "low", "high", "hedge", "text", "evidence"}
    assert set(data["points"][0]) >= {"text", "status", "evidence"}
    assert set(data["open_issues"][0]) >= {"topic", "raised_by", "evidence"}


@pytest.mark.parametrize(
    ("name", "extra", "says"),
    [
        ("memo.pdf", [], "cannot write .pdf files"),
        ("memo.docx", ["--format", "markdown"], "cannot write .docx files"),
        ("memo.json", ["--format", "markdown"], "a .json file cannot hold --format markdown"),
    ],
)
def test_an_output_suffix_that_does_not_fit_the_format_is_refused(
    name: str, extra: list[str], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / name
    assert main(["brief", str(seed("002")), "-o", str(out), *extra]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert says in err[-1]
    assert not out.exists()


def test_a_fifo_as_output_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    fifo = tmp_path / "memo.md"
    os.mkfifo(fifo)
    assert main(["brief", str(seed("002")), "-o", str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_writing_through_a_symlink_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real, link = tmp_path / "real.md", tmp_path / "link.md"
    link.symlink_to(real)
    assert main(["brief", str(seed("002")), "-o", str(link)]) == 0
    assert f"wrote {real} (through the symlink {link})" in capsys.readouterr().err
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("# Briefing")


@pytest.mark.parametrize("where", ["input", "output"])
def test_a_300_byte_file_name_is_one_line_and_exit_2(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = str(tmp_path / ("n" * 300 + ".md"))
    args = ["brief", long] if where == "input" else ["brief", str(seed("002")), "-o", long]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("summarise: error: ") and "File name too long" in err[-1]


def test_control_characters_in_a_file_name_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["brief", str(tmp_path / "a\x1b[2Jb\x08.txt")]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x08" not in err
    assert "no such file" in err
