"""The pieces an outline is made of: words, labels and citations, in lines, in sections, in one memo.

They hold words, never markup: each formatter escapes text its own way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from summariser.models import Citation

LabelKind = Literal["name", "status", "kind", "code"]


@dataclass(frozen=True)
class Text:
    """Words shown as they read (article or memo text); each formatter escapes them, nothing before."""

    text: str


@dataclass(frozen=True)
class Label:
    """Words set apart from the text: a name, a status, a kind of variant or conflict, a path."""

    text: str
    kind: LabelKind


@dataclass(frozen=True)
class Cite:
    """Citation marks for these sources, with the span each mark unfolds (when the memo has one)."""

    sources: tuple[str, ...]
    spans: tuple[Citation, ...] = ()

    def span(self, sid: str) -> Citation | None:
        """The span a mark points at, so a formatter can show the evidence behind it."""
        return next((c for c in self.spans if c.source == sid), None)


Part = Text | Label | Cite


@dataclass(frozen=True)
class Line:
    """One item of a section in reading order, with the lines that hang under it (variants, sides)."""

    parts: tuple[Part, ...]
    sub: tuple[Line, ...] = ()

    def walk(self) -> Iterator[Line]:
        """This line and every line under it, so spans can be collected in one place."""
        yield self
        for line in self.sub:
            yield from line.walk()


@dataclass(frozen=True)
class Section:
    """A titled part of the memo; `omitted` counts the items the cap left out. Findings left out are kept
    as `folded` short lines, which the HTML memo shows folded; other items are only in the JSON."""

    key: str
    title: str
    lines: tuple[Line, ...]
    omitted: int = 0
    noun: str = ""
    lead: bool = False  # a paragraph led by its title (the bottom line), not a list
    folded: tuple[Line, ...] = ()

    def note(self) -> Line | None:
        """What the cap left out and where to find it, or None when nothing was."""
        if not self.omitted:
            return None
        if self.folded:
            return Line((Text(f"… and {self.omitted} more {self.noun} (folded in the HTML memo)"),))
        more = Text(f"… and {self.omitted} more {self.noun}, listed in the JSON memo (")
        return Line((more, Label("--format json", "code"), Text(")")))

    def rows(self) -> tuple[Line, ...]:
        """The lines to show, ending with the note on what the cap left out."""
        note = self.note()
        return self.lines if note is None else (*self.lines, note)


@dataclass(frozen=True)
class SourceRef:
    """A source's id and the name the memo calls it by."""

    id: str
    label: str


@dataclass(frozen=True)
class Outline:
    """The whole memo: its title, its sections in order, and the sources citations point into."""

    title: str
    sections: tuple[Section, ...]
    sources: tuple[SourceRef, ...]

    def spans(self, sid: str) -> list[Citation]:
        """Every span of one source that the memo cites, so an article can highlight them all."""
        return self.spans_by_source().get(sid, [])

    def spans_by_source(self) -> dict[str, list[Citation]]:
        """Every cited span, by source, in one walk over the memo (not one walk per source)."""
        found: dict[str, list[Citation]] = {}
        for s in self.sections:
            for top in (*s.lines, *s.folded):  # a folded finding's marks point at their spans too
                for line in top.walk():
                    for part in line.parts:
                        for c in part.spans if isinstance(part, Cite) else ():
                            found.setdefault(c.source, []).append(c)
        return found
