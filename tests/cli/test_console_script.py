"""summariser/__main__.py: the console script keeps the exit code and sets the collector for its process."""

from __future__ import annotations

import gc
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from summariser import __main__ as console

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_command_is_the_console_script() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["summarise"] == "summariser.__main__:run"


def test_run_keeps_the_exit_code_and_sets_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    before = gc.get_threshold()

    def failing(**_: object) -> None:
        raise SystemExit(3)

    monkeypatch.setattr(console, "app", failing)
    try:
        with pytest.raises(SystemExit) as exited:
            console.run()
        assert exited.value.code == 3
        assert gc.get_threshold()[0] == console.YOUNG
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "summariser", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("summarise ")
