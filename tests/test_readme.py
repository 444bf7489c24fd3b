"""The README a new user reads: the two make targets first, a library example that runs, the screenshot."""

from __future__ import annotations

import re

import pytest

import summariser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_first_screen_shows_make_brief_and_make_test_then_the_cli_and_the_library() -> None:
    first = "\n".join(README.splitlines()[:14])
    assert "make brief" in first and "make test" in first
    assert README.index("## Command line") < README.index("## Library") < README.index("## Engines")


def test_readme_library_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    library = README.split("## Library", 1)[1].split("\n## ", 1)[0]
    code = "\n".join(re.findall(r"```python\n(.*?)```", library, re.S))
    assert "summariser.render(" in code and "summariser.brief(" in code
    monkeypatch.chdir(ROOT)
    scope: dict[str, object] = {"__name__": "readme"}
    exec(compile(code, "README.md", "exec"), scope)
    assert isinstance(scope["briefing"], summariser.Briefing)


def test_the_screenshot_is_in_docs_and_shown() -> None:
    shown = re.findall(r"!\[[^\]]+\]\((docs/[^)]+\.png)\)", README)
    assert shown == ["docs/memo.png"]
    png = (ROOT / shown[0]).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 1024  # 1024 px wide


def test_llamacpp_name_and_how_to_start_the_server_are_explained() -> None:
    section = README.split("### A local model with llama.cpp", 1)[1].split("\n## ", 1)[0]
    assert "`NAME` is only the model name sent with each request" in section
    assert "llama-server -m" in section and "python -m llama_cpp.server --model" in section
    assert "--model llamacpp/" in section


def test_shell_completion_and_the_new_flags_are_documented() -> None:
    for words in ("--install-completion", "--show-completion", "-o -", "-q", "JSON Lines", "--version"):
        assert words in README, words
