"""atomic.py: only a regular file or a new path is replaced; FIFOs, devices and directories are refused."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest

from summariser.atomic import target_of, write_atomic
from summariser.errors import OutputError


def test_a_new_path_and_a_regular_file_are_written(tmp_path: Path) -> None:
    new, old = tmp_path / "sub" / "new.md", tmp_path / "old.md"
    old.write_text("previous")
    assert write_atomic(new, "memo") == new
    assert write_atomic(old, "memo") == old
    assert new.read_text() == old.read_text() == "memo"


def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        write_atomic(fifo, "memo")  # opening a FIFO for writing would block here
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node needs root")
def test_a_device_is_refused_and_left_alone(tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
    with pytest.raises(OutputError, match="not a regular file"):
        write_atomic(null, "memo")
    assert stat.S_ISCHR(os.lstat(null).st_mode)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"):
        write_atomic(tmp_path, "memo")


def test_a_symlink_is_written_through_and_kept(tmp_path: Path) -> None:
    real, link = tmp_path / "real.md", tmp_path / "link.md"
    real.write_text("previous")
    link.symlink_to(real)
    assert write_atomic(link, "memo") == real
    assert link.is_symlink()
    assert real.read_text() == "memo"


def test_a_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo, link = tmp_path / "pipe", tmp_path / "link.md"
    os.mkfifo(fifo)
    link.symlink_to(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        target_of(link)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_file_name_too_long_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"\(File name too long\); pick a shorter -o name"):
        write_atomic(tmp_path / ("m" * 300 + ".md"), "memo")


def test_a_directory_that_cannot_be_written_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)  # root may write anywhere: simulate the refusal
    with pytest.raises(OutputError, match=r"\(Permission denied\); pick a directory you can write to"):
        write_atomic(tmp_path / "memo.md", "memo")
