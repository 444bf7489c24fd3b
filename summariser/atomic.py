"""Write output files so a crash, a full disk or Ctrl-C never leaves a half-written file behind.

Only a regular file or a new path is ever replaced: a FIFO, a device or a directory at the output path is
refused before anything is opened (as root, replacing `/dev/null` with a memo breaks the machine).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from summariser.errors import OutputError


def _umask() -> int:
    """The process umask (mkstemp creates 0600 files; a memo should get the usual permissions)."""
    current = os.umask(0)
    os.umask(current)
    return current


def _why(exc: OSError) -> str:
    """The reason an OS call failed, then the fix: "(File name too long); pick a shorter -o name"."""
    fix = {
        errno.ENAMETOOLONG: "pick a shorter -o name",
        errno.EACCES: "pick a directory you can write to",
        errno.EPERM: "pick a directory you can write to",
        errno.EROFS: "pick a directory you can write to",
        errno.ENOSPC: "free disk space or pick another -o path",
    }.get(exc.errno or 0, "check the directory")
    return f"({exc.strerror}); {fix}"


def _mode(path: Path, follow: bool) -> int | None:
    """The file type bits at `path` (None when nothing is there)."""
    try:
        return (os.stat if follow else os.lstat)(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(f"{path}: cannot be used as the output {_why(exc)}") from None


def target_of(path: str | Path) -> Path:
    """The regular file (or new path) a memo may replace: a symlink is followed, anything else refused."""
    target = Path(path)
    mode = _mode(target, follow=False)
    if mode is not None and stat.S_ISLNK(mode):
        real = Path(os.path.realpath(target))
        mode = _mode(real, follow=False)
        if mode is None or stat.S_ISREG(mode):
            return real
    if mode is None or stat.S_ISREG(mode):
        return target
    kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file (a FIFO, device or socket)"
    raise OutputError(f"{target}: is {kind}; -o takes a regular file or a new path")


def output_target(path: str | Path) -> Path:
    """The file an -o path names, refused (before any work) when its folder does not exist: a memo is
    written into a folder the user made, never into one a typo made."""
    target = target_of(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(
            f"{path}: the folder {folder} does not exist; create it (mkdir -p {folder}) or choose another -o"
        )
    return target


def write_atomic(path: str | Path, text: str) -> Path:
    """Write `text` to a temp file beside the target, fsync it, then rename it into place.

    Returns the file written: the target of `path` when `path` is a symlink (the link is kept).
    """
    target = target_of(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:64]}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create the output {_why(exc)}") from None
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
            raise OutputError(f"{path}: could not be written {_why(exc)}") from None
        raise
    return target
