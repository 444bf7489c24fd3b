"""progress.py: a bar of finished articles on a terminal, for any number of them, never when piped or -q."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summariser import progress
from summariser.cli import main


class Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _articles(tmp_path: Path) -> list[str]:
    """A folder of two articles and one loose article: three articles from two inputs."""
    folder = tmp_path / "coverage"
    folder.mkdir()
    for name in ("one.txt", "two.txt"):
        (folder / name).write_text("Ministers met in Lisbon on Monday. They agreed to meet again.\n")
    loose = tmp_path / "three.txt"
    loose.write_text("Envoys gathered in Porto. The talks ended without a statement.\n")
    return [str(folder), str(loose)]


def test_a_folder_counts_its_articles(tmp_path: Path) -> None:
    assert progress.articles(_articles(tmp_path)) == 3
    assert progress.articles([str(tmp_path / "missing.txt")]) == 1


def test_a_terminal_gets_a_tick_per_article_even_for_a_small_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    assert main(["brief", *_articles(tmp_path), "-o", str(tmp_path / "memo.md")]) == 0
    assert "3/3" in screen.getvalue()


@pytest.mark.parametrize("quiet", [True, False])
def test_no_bar_with_q_or_when_piped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: bool) -> None:
    screen = Terminal() if quiet else io.StringIO()
    monkeypatch.setattr("sys.stderr", screen)
    args = ["brief", *_articles(tmp_path), "-o", str(tmp_path / "memo.md")]
    assert main([*args, "-q"] if quiet else args) == 0
    assert "/3" not in screen.getvalue()
