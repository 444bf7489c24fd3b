"""Progress on stderr, one tick per article, so stdout stays clean for piping."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from summariser.errors import SummariserError
from summariser.ingest.load import expand


def articles(inputs: Sequence[str | Path]) -> int:
    """How many articles the inputs stand for: a folder counts its article files, anything else one."""
    total = 0
    for item in inputs:
        try:
            total += len(expand([item]))
        except SummariserError:  # the run reports it; it still ticks once
            total += 1
    return total


@contextmanager
def progress_bar(inputs: Sequence[str | Path], quiet: bool = False) -> Iterator[Callable[[str], None]]:
    """Yield a tick(path) callback that draws a bar of finished articles on a terminal's stderr.

    Even one slow article deserves it (a local model takes minutes); never with -q or when piped.
    """
    if quiet or not sys.stderr.isatty():
        yield lambda _path: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("articles", total=articles(inputs))
        yield lambda path: bar.update(task, advance=1, description=path[-40:])
