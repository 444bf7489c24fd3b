"""A share of the work done by a forked process beside this one, which keeps working meanwhile.

Forked once spaCy's model is loaded, the helper shares its memory and starts at once. Should the helper
fail (killed, out of memory), its share is done in this process instead: only time is lost.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def frozen() -> Iterator[None]:
    """Fork with every object this process holds (the loaded model above all) frozen out of the garbage
    collector's way: the child's collections never walk them, nor copy the pages they sit on. This process
    takes them back at once, so the caller's collector is left as it was (one that froze objects itself is
    not touched)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class Forked:
    """Runs `task` in a forked process; `result()` gives the bytes it returned."""

    def __init__(self, task: Callable[[], bytes]) -> None:
        import multiprocessing

        self.task = task
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe(duplex=False)
        self.process = context.Process(target=self._run, args=(child,), daemon=True)
        with frozen():
            self.process.start()
        child.close()

    def _run(self, conn: Any) -> None:
        """In the helper: do the task, send what it made. On an error it sends nothing and leaves quietly:
        this process then does the share itself and meets the error there, reported once."""
        try:
            conn.send_bytes(self.task())
        except BaseException:
            os._exit(1)

    def result(self) -> bytes:
        """The helper's bytes; should it have failed, the task is done here instead."""
        try:
            return bytes(self.conn.recv_bytes())
        except (EOFError, OSError):
            return self.task()
        finally:
            self.process.join()
            self.conn.close()
