"""Progress on stderr for long runs, so stdout stays clean for piping."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

SHOW_FROM = 8  # a handful of articles finishes before a bar would be readable


@contextmanager
def progress_bar(total: int) -> Iterator[Callable[[str], None]]:
    """Yield a tick(path) callback; draws a rich bar on a terminal stderr for runs of SHOW_FROM+ files."""
    if total < SHOW_FROM or not sys.stderr.isatty():
        yield lambda _path: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("articles", total=total)
        yield lambda path: bar.update(task, advance=1, description=path[-40:])
