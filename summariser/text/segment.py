"""Paragraph and sentence segmentation that keeps every span an exact slice of the original text."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Tokens after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "st",
        "jr",
        "sr",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "pres",
        "vol",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "vs",
        "etc",
        "approx",
        "est",
        "dept",
        "univ",
        "ave",
        "blvd",
        "mt",
        "ft",
        "pp",
        "cf",
        "al",
    ]
)
# Dotted acronyms ("U.S.") end a sentence only before a word that usually starts one.
SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "but",
        "and",
        "this",
        "that",
        "these",
        "those",
        "there",
        "in",
        "on",
        "at",
        "after",
        "before",
        "however",
        "meanwhile",
        "still",
        "yet",
        "his",
        "her",
        "their",
        "its",
        "our",
        "as",
        "while",
        "when",
        "if",
        "so",
    ]
)
HIDDEN = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f"
OPENS = r"A-Z0-9\uff21-\uff3a\uff10-\uff19"  # a sentence's first letter: fullwidth ones count too
BREAK_RE = re.compile(
    rf"""(?:[.!?]+|…)["'”’»)\]{HIDDEN}]*(?=\s+[{HIDDEN}]*["'“‘«(\[]?[{OPENS}])  # mark, closers, opener
      |(?<=[a-z]{{2}})\.(?=[A-Z](?:[a-z]|\s))                 # missing space: "leadership.A joint"
    """,
    re.VERBOSE,
)
DIGIT_NEXT = re.compile(r"\s*\d")
DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
WORD_NEXT = re.compile(r"\s*[\"'“‘(]?([A-Za-z]+)")
LIST_MARKER_RE = re.compile(r"(?:[-*•▪◦‣]|\d{1,3}[.)])\s+")
NEWLINE_RE = re.compile(r"\r\n|\r|\n")  # a line ends at LF, CRLF or a lone CR (old Mac files)
TERMINAL_RE = re.compile(r"""[.!?:;,…]["'”’»)\]]*$""")


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield stripped (start, end) spans of paragraphs: lines, re-joined where text is hard-wrapped."""
    start: int | None = None
    end = 0
    prev_line = ""
    found = _lines(text)
    wrapped = _hard_wrapped([line for _, line in found])
    for line_start, line in found:
        if not line.strip():
            if start is not None:
                yield _strip(text, start, end)
                start = None
            prev_line = ""
            continue
        if start is not None and not (wrapped and _continues(prev_line, line)):
            yield _strip(text, start, end)
            start = None
        if start is None:
            start = line_start
        end = line_start + len(line)
        prev_line = line
    if start is not None:
        yield _strip(text, start, end)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, line) of every line, whatever the line ending, like `str.split("\\n")` with offsets."""
    out, pos = [], 0
    for m in NEWLINE_RE.finditer(text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    return [*out, (pos, text[pos:])]


def _hard_wrapped(lines: list[str]) -> bool:
    """Tell text wrapped at a fixed width (short lines ending mid-sentence) from one-line paragraphs."""
    full = [ln.strip() for ln in lines if ln.strip()]
    if len(full) < 3 or max(len(ln) for ln in full) > 100:
        return False
    long = [ln for ln in full if len(ln) >= 50]
    open_ended = sum(1 for ln in long if not TERMINAL_RE.search(ln))
    return bool(long) and open_ended >= 0.3 * len(long)


def _continues(prev: str, line: str) -> bool:
    """Decide whether `line` carries on the paragraph of `prev` (hard-wrapped prose)."""
    prev, line = prev.rstrip(), line.lstrip()
    if TERMINAL_RE.search(prev) or LIST_MARKER_RE.match(line) or line.startswith("#"):
        return False
    return line[:1].islower() or (len(prev) >= 60 and line[:1] not in "\"'“‘")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans, skipping list markers and abbreviations."""
    m = LIST_MARKER_RE.match(text, start, end)
    if m:
        start = m.end()
    spans: list[tuple[int, int]] = []
    cur = start
    for b in BREAK_RE.finditer(text, start, end):
        if not _real_break(text, cur, b.start(), b.end()):
            continue
        spans.append(_strip(text, cur, b.end()))
        cur = b.end()
    spans.append(_strip(text, cur, end))
    return [s for s in spans if s[1] > s[0]]


def _real_break(text: str, cur: int, mark: int, after: int) -> bool:
    """Reject breaks after abbreviations, initials and dotted acronyms."""
    if text[mark] != ".":
        return True
    begin = max(cur, *(text.rfind(ws, cur, mark) + 1 for ws in " \n\t\u00a0"))
    word = text[begin:mark].lstrip("\"'“‘(")
    if not word:
        return True
    folded = word.casefold()
    if folded in ABBREVIATIONS:
        return False
    if folded in ("no", "nos"):  # "No. 10" is a number, "No. It is not" a sentence
        return not DIGIT_NEXT.match(text, after)
    if len(word) == 1 and word.isupper():
        return False
    if DOTTED.fullmatch(word):
        nxt = WORD_NEXT.match(text, after)
        return nxt is not None and nxt.group(1).casefold() in SENTENCE_STARTERS
    return True


def looks_like_heading(paragraph: str) -> bool:
    """Tell a standalone title or subhead (short, no closing punctuation) from prose."""
    stripped = paragraph.strip()
    if stripped.startswith("#"):
        return True
    if TERMINAL_RE.search(stripped):
        return False
    n = len(stripped.split())
    return 0 < n <= 14
