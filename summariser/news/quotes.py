"""Quoted passages in news text: quotation marks paired per paragraph, split and continued quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from summariser.news import lexicon
from summariser.news.names import Person
from summariser.news.spans import QuoteSpans

OPENERS = "“«„"
MARK_RE = re.compile("[\"“”«»„‘’']")
CLOSERS = "”»"
MIN_WORDS = 3  # shorter quoted fragments ("robust") are scare quotes, not statements
TRAIL = " \t\n"  # punctuation inside the marks (the comma of "…," she said) is part of the quote
VERB = rf"(?:{lexicon.SPEECH_VERBS})"
NAME_INTRO = re.compile(r"(?:\b(?:the|so-called|dubbed|called|named|its|our|their)\s*)$", re.IGNORECASE)
ARTICLE_INTRO = re.compile(
    r"\b(?:a|an)\s*$", re.IGNORECASE
)  # "a 'Marshall Plan'" names; "a 'historic step to…'" quotes
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")  # a word a title-cased line would capitalise
SAID_BEFORE = re.compile(rf"\b{VERB}\s*[,:]?\s*$", re.IGNORECASE)
SPLIT_GAP = re.compile(rf"^\s*,?\s*(?:\S+\s+){{0,5}}?{VERB}(?:\s+\S+){{0,3}}?\s*[,:]\s*$", re.IGNORECASE)


@dataclass
class Passage:
    """A stretch of text inside quotation marks; several spans when split or continued."""

    spans: list[tuple[int, int]]
    open_pos: int
    close_pos: int
    speaker: str = ""
    person: Person | None = None
    texts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The quoted words, parts joined by a space."""
        return " ".join(self.texts)


def find_passages(text: str, paragraphs: list[tuple[int, int]]) -> list[Passage]:
    """Pair quotation marks per paragraph; an unclosed quote continues into a paragraph that opens one."""
    out: list[Passage] = []
    pending: Passage | None = None
    scan = text.replace("''", '" ')  # NYT-style doubled apostrophes are double quotation marks
    for start, end in paragraphs:
        marks = _marks(scan, start, end)
        continued = marks and marks[0][0] == start and marks[0][1] == "open"
        if pending is not None and not continued:
            pending = None
        open_at: int | None = None
        for pos, kind in marks:
            if kind == "open" and open_at is None:
                open_at = pos
            elif kind == "close" and open_at is not None:
                part = _inner(scan, open_at + 1, pos)
                if pending is not None:
                    pending.spans.append(part)
                    pending.close_pos = pos
                    out.append(pending)
                    pending = None
                else:
                    out.append(Passage([part], open_at, pos))
                open_at = None
        if open_at is not None:
            part = _inner(scan, open_at + 1, end)
            if pending is None:
                pending = Passage([part], open_at, end)
            else:
                pending.spans.append(part)
    for p in out:
        p.texts = [text[s:e] for s, e in p.spans]
    return [p for p in out if all(e > s for s, e in p.spans)]


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and trailing commas from the inside of a quote."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAIL:
        end -= 1
    return start, end


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Quotation marks in a span, classified as opening or closing by their context.

    Double marks pair with each other. Single marks, curly or straight (British style), count only
    outside a double-quoted passage, and a ’ or ' between two letters is an apostrophe, not a mark.
    """
    marks: list[tuple[int, str]] = []
    depth = 0
    for hit in MARK_RE.finditer(text, start, end):
        i, ch = hit.start(), hit.group()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        kind = ""
        if ch in OPENERS or (ch == '"' and _opens(prev, nxt, depth, i == start)):
            kind, depth = "open", depth + 1
        elif ch in CLOSERS or ch == '"':
            kind, depth = "close", max(0, depth - 1)
        elif depth == 0 and ch in "‘'" and (prev.isspace() or prev in "([{—–-/" or i == start):
            kind = "open" if ch == "‘" or nxt.isalpha() else ""
        elif (
            depth == 0 and ch in "’'" and not (prev.isalnum() and nxt.isalpha()) and _single_open(marks, text)
        ):
            kind = "close"
        if kind:
            marks.append((i, kind))
    return marks


def _opens(prev: str, nxt: str, depth: int, first: bool) -> bool:
    """A straight double mark opens after a space or a bracket, unless one is open and this one stands
    before a space or stop: the close after a nested quote (`'the boss,' " said Lima`)."""
    if not (prev.isspace() or prev in "([{—–-/‘" or first):
        return False
    return not (depth > 0 and (nxt.isspace() or nxt in ",.;:!?)"))


def _single_open(marks: list[tuple[int, str]], text: str) -> bool:
    """Is the last unmatched mark a single opening quote?"""
    return bool(marks) and marks[-1][1] == "open" and text[marks[-1][0]] in "‘'"


def is_statement(passage: Passage, text: str) -> bool:
    """Tell quoted statements from scare quotes and quoted names ("the 'Paris Declaration'")."""
    words = passage.text.split()
    if len(words) < MIN_WORDS:
        return False
    lead = text[max(0, passage.open_pos - 20) : passage.open_pos]
    inner_end = re.search(r"[.!?]", passage.text) is not None
    titled = all(w[:1].isupper() for w in words if len(w) > 3)
    intro = NAME_INTRO.search(lead) or (titled and ARTICLE_INTRO.search(lead))
    if intro and not inner_end and len(words) <= 6:
        return False
    return not (titled and _work_title(passage, text))


def _work_title(passage: Passage, text: str) -> bool:
    """A title-cased quote inside a sentence-cased line names a work ("his book 'Lines of Flight'").

    A quote right after a verb of saying is what was said, capitals or not; a headline is title-cased
    throughout, so there the capitals say nothing about the quote.
    """
    capitals = [w for w in passage.text.split() if len(w) > 3]
    if SAID_BEFORE.search(text, max(0, passage.open_pos - 40), passage.open_pos):
        return False  # 'the headline said, "…"': the quoted words are what it said
    line_start = text.rfind("\n", 0, passage.open_pos) + 1
    line_end = text.find("\n", passage.close_pos) % (len(text) + 1)  # -1 (no newline): the text's end
    line = text[line_start : passage.open_pos] + " " + text[passage.close_pos + 1 : line_end]
    return len(capitals) >= 2 and LOWER_WORD.search(line) is not None


def masked(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> str:
    """Slice text with every quoted passage replaced by spaces (offsets preserved)."""
    spans = quoted if isinstance(quoted, QuoteSpans) else QuoteSpans(quoted)
    out, pos = [], start
    for qs, qe in spans.overlapping(start, end):
        a, b = max(qs, pos), min(qe, end)
        if a >= b:
            continue
        out += [text[pos:a], " " * (b - a)]
        pos = b
    out.append(text[pos:end])
    return "".join(out)


def merge_split_quotes(passages: list[Passage], text: str) -> list[Passage]:
    """Join '"A," he said, "B"' into one quote with two spans."""
    out: list[Passage] = []
    for p in passages:
        last = out[-1] if out else None
        gap = text[last.close_pos + 1 : p.open_pos] if last else ""
        comma = last is not None and text[last.close_pos - 1] == ","
        if (
            last is not None
            and comma
            and last.speaker == p.speaker
            and SPLIT_GAP.match(gap)
            and "\n" not in gap
        ):
            last.spans += p.spans
            last.texts += p.texts
            last.close_pos = p.close_pos
            continue
        out.append(p)
    return out
