"""Write output files so a crash, a full disk or Ctrl-C never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from summariser.errors import OutputError


def _umask() -> int:
    """The process umask (mkstemp creates 0600 files; a memo should get the usual permissions)."""
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: str | Path, text: str) -> None:
    """Write `text` to a temp file beside `path`, fsync it, then rename it into place."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(
            f"{target}: cannot create the output ({exc.strerror}); check the directory"
        ) from None
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(
                f"{target}: could not be written ({exc.strerror}); free disk space or pick another -o path"
            ) from None
        raise
