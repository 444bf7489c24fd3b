"""The CLI as a new user meets it: --version, completion, -q, -o -, folders, JSON Lines, help, bad flags."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from summariser._version import __version__
from summariser.cli import main
from tests.conftest import SEEDS

Capture = pytest.CaptureFixture[str]


def test_version(capsys: Capture) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"summarise {__version__}\n"


def test_shell_completion_script_names_the_program(capsys: Capture) -> None:
    assert main(["--show-completion", "bash"]) == 0
    out = capsys.readouterr().out
    assert "_summarise_completion" in out
    assert "complete " in out


def test_quiet_leaves_only_the_memo(capsys: Capture, tmp_path: Path) -> None:
    memo = tmp_path / "m.md"
    assert main(["brief", str(SEEDS[0]), "-q", "-o", str(memo)]) == 0
    assert capsys.readouterr() == ("", "")
    assert memo.read_text(encoding="utf-8").startswith("# Briefing")


def test_quiet_still_shows_errors(capsys: Capture, tmp_path: Path) -> None:
    assert main(["brief", str(SEEDS[0]), str(tmp_path / "gone.txt"), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [f"summarise: error: {tmp_path / 'gone.txt'}: no such file; check the path"]


def test_dash_output_is_stdout_and_writes_no_file(
    capsys: Capture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["brief", str(SEEDS[0]), "-o", "-", "-f", "json", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["sources"][0]["id"] == "1"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_means_its_articles_sorted(capsys: Capture, tmp_path: Path) -> None:
    for seed in reversed(SEEDS[:3]):
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub").mkdir()
    assert main(["brief", str(tmp_path), "-f", "json", "-q"]) == 0
    paths = [s["path"] for s in json.loads(capsys.readouterr().out)["sources"]]
    assert paths == [str(tmp_path / s.name) for s in SEEDS[:3]]


def test_an_empty_folder_is_bad_input(capsys: Capture, tmp_path: Path) -> None:
    assert main(["brief", str(tmp_path)]) == 2
    assert f"{tmp_path}: no article files inside" in capsys.readouterr().err


def test_extract_many_writes_json_lines(capsys: Capture, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    assert main(["extract", *map(str, SEEDS[:3]), "-o", str(out), "-q"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(ln)["article"]["id"] for ln in lines] == [s.stem for s in SEEDS[:3]]
    assert capsys.readouterr() == ("", "")


def test_extract_many_reports_failures_and_exits_1(capsys: Capture, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["extract", str(SEEDS[0]), str(bad), "-q"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert f"{bad}: " in err


def test_extract_many_refuses_single_document_json(capsys: Capture) -> None:
    assert main(["extract", *map(str, SEEDS[:2]), "--format", "json"]) == 2
    assert "--format jsonl" in capsys.readouterr().err


def test_extract_one_keeps_the_pretty_json_contract(capsys: Capture) -> None:
    assert main(["extract", str(SEEDS[1]), "-q"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n") and json.loads(out)["article"]["id"] == SEEDS[1].stem


def test_help_shows_the_environment_variables(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["brief", "--help"]) == 0
    out = capsys.readouterr().out
    for var in ("SUMMARISER_MODEL", "OPENAI_BASE_URL", "SUMMARISER_CACHE_DIR"):
        assert f"env var: {var}" in out, var


def test_schema_without_a_name_lists_the_names(capsys: Capture) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out.split() == ["summit_outcome", "briefing", "gold"]


@pytest.mark.parametrize(
    "flags", [["--concurrency", "0"], ["--timeout", "-1"], ["--timeout", "0"], ["--max-tokens", "0"]]
)
def test_invalid_flag_values_are_usage_errors(capsys: Capture, flags: list[str]) -> None:
    assert main(["brief", str(SEEDS[0]), *flags]) == 2
    err = capsys.readouterr().err
    assert f"Invalid value for '{flags[0]}'" in err


def test_output_into_a_missing_folder_is_refused_and_creates_nothing(capsys: Capture, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "deeper" / "memo.md"
    assert main(["brief", str(SEEDS[0]), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"the folder {target.parent} does not exist" in err and "mkdir -p" in err
    assert list(tmp_path.iterdir()) == []


def test_the_model_note_comes_once_after_the_articles_are_read(capsys: Capture, tmp_path: Path) -> None:
    assert main(["brief", str(tmp_path / "gone.txt")]) == 2
    assert "note:" not in capsys.readouterr().err  # the input error is the one line that matters
    assert main(["brief", str(SEEDS[0]), "-o", str(tmp_path / "m.md")]) == 0
    assert capsys.readouterr().err.count("note: no model configured") == 1


def test_help_shows_plain_metavars(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    for command in (["brief"], ["extract"], ["clean"], []):
        assert main([*command, "--help"]) == 0
        out = capsys.readouterr().out
        assert not any(junk in out for junk in ("{", "<list[str]>", "<bool>", "<str>")), command
    assert main(["brief", "--help"]) == 0
    assert "Usage: summarise brief [OPTIONS] ARTICLE..." in capsys.readouterr().out


def test_a_bad_format_is_refused_in_plain_words(capsys: Capture) -> None:
    assert main(["brief", str(SEEDS[0]), "-f", "pdf"]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "'pdf' is not a format summarise writes; use markdown, html or json." in err
    assert "Value error" not in err
