"""Text normalisation for matching, with a map back to original offsets (shown text is never changed)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Zero-width and formatting characters that hide text from readers but not from models.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")
BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
QUOTE_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2039": "'",
    "\u203a": "'",
}
DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")


# Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables): "Аdvеrtіѕе" with Cyrillic А, е,
# і and ѕ reads as "Advertise". For matching furniture patterns only, never for what is shown.
LOOKALIKES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеорсухіјѕһԁԛԝӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧονϲ",
    "ABESIJKMHOPCTXYaeopcyxijshdqwlABEZHIKMNOPTYXovc",
)


LOOKALIKE_RE = re.compile("[" + "".join(chr(c) for c in LOOKALIKES) + "]")


def latin_lookalikes(text: str) -> str:
    """Text with look-alike Cyrillic and Greek letters read as the Latin ones they imitate (translated only
    when one is there: `str.translate` looks up every character, 40 µs a paragraph with curly quotes)."""
    return text.translate(LOOKALIKES) if not text.isascii() and LOOKALIKE_RE.search(text) else text


def is_hidden(ch: str) -> bool:
    """Tell whether a character is invisible payload (zero-width, bidi control or Unicode tag)."""
    return ch in ZERO_WIDTH or ch in BIDI or 0xE0000 <= ord(ch) <= 0xE007F


HIDDEN_RE = re.compile(
    "[" + "".join(sorted(ZERO_WIDTH | BIDI)) + "\U000e0000-\U000e007f]"
)  # the same set as `is_hidden`, for whole texts: a regex scan, not a Python call per character
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0/C1 controls bar tab and newlines


def printable(text: str) -> str:
    """Text without hidden characters or terminal controls (ESC sequences, backspace); lines kept."""
    return CONTROL_RE.sub("", HIDDEN_RE.sub("", text))


def visible(text: str) -> str:
    """Text without hidden characters or controls and with whitespace runs collapsed (what a reader sees)."""
    return " ".join(printable(text).split())


def strip_hidden(text: str) -> tuple[str, list[int]]:
    """Text without hidden characters, and for each kept character its offset in `text`."""
    index = [i for i, ch in enumerate(text) if not is_hidden(ch)]
    return "".join(text[i] for i in index), index


def count_hidden(text: str) -> int:
    """Count invisible characters so the memo can report their presence."""
    return sum(1 for _ in HIDDEN_RE.finditer(text))


@dataclass(frozen=True)
class Folded:
    """A normalised string with, for each of its characters, the original offset it came from."""

    text: str
    index: tuple[int, ...]
    length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open range of the folded text back to the original text."""
        if start >= end:
            pos = self.index[start] if start < len(self.index) else self.length
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


def _fold_char(ch: str, *, case: bool) -> str:
    """Fold one character to its matching form (may expand, e.g. an ellipsis to three dots)."""
    if ch in QUOTE_MAP:
        return QUOTE_MAP[ch]
    if ch in DASHES:
        return "-"
    if ch.isspace():
        return " "
    out = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
    if out in QUOTE_MAP:
        out = QUOTE_MAP[out]
    return out.casefold() if case else out


ASCII_CHUNK = re.compile(r"\s+|\S+")


@lru_cache(maxsize=4096)
def fold(text: str, *, case: bool = True) -> Folded:
    """Fold quotes, dashes, ellipses, width, whitespace runs and (optionally) case; drop hidden chars."""
    return _fold_ascii(text, case=case) if text.isascii() else _fold_chars(text, case=case)


def _fold_chars(text: str, *, case: bool) -> Folded:
    """General path of `fold`, one character at a time."""
    chars: list[str] = []
    index: list[int] = []
    last_space = True
    for i, ch in enumerate(text):
        if is_hidden(ch):
            continue
        out = _fold_char(ch, case=case)
        if out == " ":
            if last_space:
                continue
            last_space = True
        elif out:
            last_space = False
        for piece in out:
            chars.append(piece)
            index.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return Folded("".join(chars), tuple(index), len(text))


def _fold_ascii(text: str, *, case: bool) -> Folded:
    """Fast path of `fold` for ASCII text: only case, backticks and whitespace runs change."""
    parts: list[str] = []
    index: list[int] = []
    for m in ASCII_CHUNK.finditer(text):
        if m.group()[0].isspace():
            if parts and m.end() < len(text):
                parts.append(" ")
                index.append(m.start())
            continue
        chunk = m.group().replace("`", "'")
        parts.append(chunk.lower() if case else chunk)
        index.extend(range(m.start(), m.end()))
    return Folded("".join(parts), tuple(index), len(text))


WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


ACRONYM_RE = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def words(text: str) -> list[str]:
    """Split into lowercase word tokens for coverage and similarity ("U.S." counts as "us")."""
    text = ACRONYM_RE.sub(lambda m: m.group().replace(".", ""), text)
    return [w.casefold().replace("’", "'") for w in WORD_RE.findall(text)]


def possessive(name: str) -> str:
    """A name's possessive as English writes it: "Varga's", "Leaders'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"
