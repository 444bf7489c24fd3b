"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, else a detected legacy codec."""

from __future__ import annotations

import re

from summariser.errors import InputError

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode bytes as UTF-8 (with or without BOM, or UTF-16/32 with BOM), else a detected legacy codec."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            text = _strict(data, codec, name)
            return _checked(text, name), codec, []
    if b"\x00" in data:
        bare = _bomless_utf16(data)
        if bare is not None:
            note = f"{name}: UTF-16 without a byte-order mark, decoded as {bare}; re-save it as UTF-8"
            return _checked(data.decode(bare), name), bare, [note]
        raise InputError(f"{name}: looks binary (contains NUL bytes); pass a text, Markdown or HTML article")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8", []
    except UnicodeDecodeError:
        pass
    legacy = _detect_legacy(data)
    if legacy is None:
        raise InputError(
            f"{name}: not valid UTF-8 and no known encoding fits; convert it with "
            f"`iconv -f <encoding> -t UTF-8 {name}`"
        )
    text = data.decode(legacy, errors="replace")
    note = f"{name}: not valid UTF-8, decoded as {legacy}; re-save it as UTF-8 if characters look wrong"
    return _checked(text, name), legacy, [note]


def _bomless_utf16(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the NULs sit in one byte of each pair, as in mostly-ASCII UTF-16."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for codec, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= 0.3 * half and other <= 0.01 * half:
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _strict(data: bytes, codec: str, name: str) -> str:
    """Decode with a BOM-announced codec, turning failure into a user-facing error."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(
            f"{name}: has a {codec} byte-order mark but is not valid {codec}; re-save it as UTF-8"
        ) from None


def _detect_legacy(data: bytes) -> str | None:
    """Guess a single-byte or CJK legacy codec; None when nothing plausible fits."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    return str(best.encoding)


def _checked(text: str, name: str) -> str:
    """Refuse empty and binary-looking text."""
    if not text.strip():
        raise InputError(f"{name}: is empty (no text to summarise); pass an article with text in it")
    controls = len(CONTROL_RE.findall(text))
    if controls > max(8, len(text) // 100):
        raise InputError(f"{name}: looks binary ({controls} control characters); pass a text article")
    return text
