"""The README a new user reads: the two make targets first, a library example that runs, the screenshot."""

from __future__ import annotations

import json
import re
from typing import Any

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


def _example_blocks() -> tuple[str, list[dict[str, Any]]]:
    """The README's example article (Python) and its two JSON blocks: a SummitOutcome, a Briefing point."""
    example = README.split("An example: one article's `SummitOutcome`", 1)[1].split("\n## ", 1)[0]
    code = re.findall(r"```python\n(.*?)```", example, re.S)[0]
    scope: dict[str, Any] = {"summariser": summariser}
    exec(compile(code.replace("outcome = ", "_ = "), "README.md", "exec"), scope)
    return str(scope["article"]), [json.loads(b) for b in re.findall(r"```json\n(.*?)```", example, re.S)]


def _trimmed(real: Any, shown: Any) -> Any:
    """`real` cut down to the keys `shown` has, at every depth (the README trims the JSON it shows)."""
    if isinstance(shown, dict):
        return {k: _trimmed(real[k], v) for k, v in shown.items()}
    if isinstance(shown, list):
        return [_trimmed(r, v) for r, v in zip(real, shown, strict=False)][: len(shown)]
    return real


def test_the_summit_outcome_example_is_what_extract_returns() -> None:
    article, (shown, _) = _example_blocks()
    real = json.loads(summariser.extract(article).model_dump_json())
    assert _trimmed(real, shown) == shown
    for item in [*shown["points"], *shown["open_issues"]]:
        ev = item["evidence"]
        assert article[ev["start"] : ev["end"]] == item.get("text", item.get("topic"))


def test_the_briefing_example_is_what_brief_returns() -> None:
    from summariser.ingest.clean import from_text

    article, (_, point) = _example_blocks()
    other = (
        "Port accord signed\n\nMinisters from four river states signed a port accord in Lakeside on Friday, "
    )
    other += "officials said."
    docs = [from_text(article, name="a.txt"), from_text(other, name="b.txt")]
    real = json.loads(summariser.brief(docs).points[0].model_dump_json())
    assert _trimmed(real, point) == point
