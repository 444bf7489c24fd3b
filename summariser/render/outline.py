"""The memo's outline: its sections in order, built once from a Briefing, for every formatter to follow.

An outline holds words, never markup: article and memo text as it reads (each formatter escapes it),
labels (names, statuses, kinds, paths), and citations that carry the spans they point at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from summariser.models import (
    Briefing,
    Citation,
    PointStatus,
    Source,
    SourcedIssue,
    SourcedPoint,
    SourcedQuote,
    SourcedSignatory,
    Weak,
)
from summariser.render.digest import CLAIM_WORDS, QUOTE_WORDS, notable, opening
from summariser.render.disagreements import conflict_line
from summariser.render.parts import Cite, Label, LabelKind, Line, Outline, Part, Section, SourceRef, Text
from summariser.text.normalise import possessive, visible

__all__ = ["Cite", "Label", "LabelKind", "Line", "Outline", "Part", "Section", "SourceRef", "Text", "outline"]
MAX_PER_SECTION = 12  # lists that are not findings (weak matches, failures) stop here; the JSON keeps all
CAPS = {"unsupported": 3}  # items no source backs: the first few, then a count
FULL = 3  # the top findings of a section in full; the rest as short lines, so every finding is seen
SHORT_WORDS = 18  # words of a short line
QUOTES_FULL = 4  # quotes in full; the other speakers are named on one line with their citations


@dataclass(frozen=True)
class Shape:
    """How much of each section the memo shows: tried from the fullest until the memo fits its length."""

    full: int = FULL  # findings in full per section
    short: int = SHORT_WORDS  # words of the other findings' short lines
    quotes: int = QUOTES_FULL  # quotes in full
    keep: int | None = None  # findings per section at most (the rest counted, in the JSON memo)
    claim: int = CLAIM_WORDS  # words of each side of a disagreement
    long: int = 60  # words of a finding shown in full, at most
    also: bool = True  # name the speakers of the quotes not shown


SHAPES = (  # every finding stays visible (shorter lines first); counting some out is the last resort
    Shape(),
    Shape(2, 14, 3, long=45),
    Shape(2, 12, 2, None, 12, 40),
    Shape(1, 10, 2, None, 10, 35),
    Shape(1, 8, 1, None, 8, 30, also=False),
    Shape(1, 6, 1, None, 6, 25, also=False),
    Shape(1, 9, 1, 6, 6, 25, also=False),
    Shape(1, 9, 1, 4, 6, 25, also=False),
)
WORDS_BASE, WORDS_PER_STORY, WORDS_MOST = 300, 100, 880  # each independent story adds findings to read
MAX_COPIES_SHOWN = 5  # syndicated copies named per source: 2,000 reprints must not make 4 million marks
STATUS_GROUPS: tuple[tuple[str, str, tuple[PointStatus, ...]], ...] = (
    ("agreed", "Agreed outcomes", ("agreed",)),
    ("intended", "Intended or proposed", ("intended", "proposed")),
    ("dropped", "Dropped or rejected", ("dropped", "rejected")),
)


def outline(b: Briefing) -> Outline:
    """Build the memo's sections in the order every format shows them, as full as its length allows: a
    memo of a handful of articles reads in under two minutes."""
    limit = min(WORDS_MOST, WORDS_BASE + WORDS_PER_STORY * stories(b.sources))
    for shape in SHAPES:
        built = _outline(b, shape)
        if words(built) <= limit:
            return built
    return built


def stories(sources: Sequence[Source]) -> int:
    """Independent stories among the merged sources: a copy of an earlier source is not another one."""
    seen: set[str] = set()
    count = 0
    for s in sources:
        if not s.off_topic and s.id not in seen:
            count += 1
            seen.update(s.syndicated_with)
    return count


def words(o: Outline) -> int:
    """About how many words a reader reads: every word of the title and sections, a mark run as one."""
    count = len(o.title.split()) + 1
    for s in o.sections:
        count += len(s.title.split()) + 1 + sum(_line_words(x) for top in s.rows() for x in top.walk())
    return count


def _line_words(line: Line) -> int:
    """Words of one line's own parts, its bullet counted as the Markdown reader's word count does."""
    return 1 + sum(len(p.text.split()) if isinstance(p, Text | Label) else 1 for p in line.parts)


def _outline(b: Briefing, shape: Shape) -> Outline:
    """The memo's sections in one shape."""
    sections = [Section("bottom", "Bottom line", (Line((Text(visible(b.bottom_line)),)),), lead=True)]
    for key, title, statuses in STATUS_GROUPS:
        chosen = [p for p in b.points if p.status in statuses]  # in the reconciler's order of importance
        lines = [_point(p, len(statuses) > 1, shape, n) for n, p in enumerate(chosen)]
        sections.append(_kept(key, title, lines, shape, "outcomes"))
    issues = [_issue(i, shape, n) for n, i in enumerate(b.open_issues)]
    sections += [
        Section("signatories", "Signatories", _signatories(b.signatories)),
        _kept("issues", "Open issues", issues, shape, "issues"),
        Section("quotes", "Notable quotes", _quotes(notable(b.quotes), shape)),
        Section(
            "conflicts", "Where sources disagree", tuple(conflict_line(c, shape.claim) for c in b.conflicts)
        ),
        _capped(
            "unsupported",
            "Not supported by the sources",
            [
                Line((Cite((u.source,)), Text(f" “{visible(u.text)}” — {visible(u.reason or u.field)}")))
                for u in b.unsupported
            ],
            "items",
        ),
        Section("weak", "Weakly supported (not findings)", tuple(_weak(w) for w in b.weak)),
        Section(
            "failures",
            "Articles that could not be processed",
            tuple(Line((Text(visible(_failure(f.path, f.error))),)) for f in b.failures),
        ),
        Section("sources", "Sources", tuple(_source(s) for s in b.sources if not s.off_topic)),
        Section(
            "off_topic",
            "Off the event's topic (not merged)",
            tuple(_source(s) for s in b.sources if s.off_topic),
        ),
        Section(
            "provenance",
            "Provenance",
            tuple(Line((Text(visible(x)),)) for x in (b.reading, b.provenance) if x),
        ),
    ]
    refs = tuple(SourceRef(s.id, visible(s.outlet or s.title or s.article_id or s.path)) for s in b.sources)
    return Outline(_title(b), tuple(s for s in sections if s.lines), refs)


def _failure(path: str, error: str) -> str:
    """A failed article's line: errors name their file already, so the path is not said twice."""
    return error if error.startswith(path) else f"{path}: {error}"


def _weak(w: Weak) -> Line:
    """An item only a loose match backs, with its score: shown apart, never as a finding."""
    words = f" {visible(w.field)}: “{visible(w.text)}” — weakly supported (score {w.score:g})"
    return Line((Cite((w.source,)), Text(words)))


def _disagreements(b: Briefing, shape: Shape) -> tuple[Line, ...]:
    """Every disagreement, its sides cut to the shape's length."""
    return tuple(conflict_line(c, shape.claim) for c in b.conflicts)


def _title(b: Briefing) -> str:
    """What the memo is about: the event, where and when, as far as the sources say."""
    ev = b.event
    place = ", ".join(visible(x) for x in (ev.location, ev.date) if x)
    return f"Briefing: {visible(ev.name) or 'the event'}" + (f" — {place}" if place else "")


def _capped(key: str, title: str, lines: list[Line], noun: str) -> Section:
    """Keep a long section to its cap and count what it leaves out."""
    cap = CAPS.get(key, MAX_PER_SECTION)
    return Section(key, title, tuple(lines[:cap]), max(0, len(lines) - cap), noun)


def _cite(sources: Sequence[str], spans: Sequence[Citation]) -> Cite:
    """Marks for the sources behind an item, with the spans that back it."""
    return Cite(tuple(sources), tuple(spans))


def _support(independent: int, sources: Sequence[str]) -> tuple[Text, ...]:
    """How many independent stories back a finding, when that is not obvious from the marks."""
    return (Text(f" — {independent} independent"),) if independent != len(sources) else ()


def _kept(key: str, title: str, lines: list[Line], shape: Shape, noun: str) -> Section:
    """A section of findings, counting those past the shape's limit (most important first)."""
    keep = len(lines) if shape.keep is None else shape.keep
    return Section(
        key, title, tuple(lines[:keep]), max(0, len(lines) - keep), noun, folded=tuple(lines[keep:])
    )


def _point(p: SourcedPoint, tagged: bool, shape: Shape = SHAPES[0], n: int = 0) -> Line:
    """An outcome (in full, or its opening as a short line), its status when its section holds more than
    one, its sources and support."""
    shown = f"{p.status}, disputed" if p.disputed else p.status
    tag: tuple[Part, ...] = (Label(shown, "status"), Text(" ")) if tagged or p.disputed else ()
    support = _support(p.independent, p.sources)
    words = opening(p.text, shape.long) if n < shape.full else opening(p.text, shape.short)
    return Line((*tag, Text(words), _cite(p.sources, p.evidence), *support))


def _signatories(signatories: Sequence[SourcedSignatory]) -> tuple[Line, ...]:
    """People who signed, one line each, then the states named as parties on one line."""
    people = tuple(_signatory(s) for s in signatories if s.role != "state")
    covered = {s.country for s in signatories if s.role != "state" and s.country}
    states = [s for s in signatories if s.role == "state" and s.name not in covered]  # not said twice
    sids = sorted({x for s in states for x in s.sources}, key=lambda x: (len(x), x))
    text = Text("States named as parties: " + ", ".join(visible(s.name) for s in states))
    return (*people, Line((text, _cite(sids, [c for s in states for c in s.evidence])))) if states else people


def _signatory(s: SourcedSignatory) -> Line:
    """Who signed, in what role, for which country, and what."""
    role = f", {visible(s.role)}" if s.role and s.role != "state" else ""
    country = f" ({visible(s.country)})" if s.country and s.country != s.name else ""
    document = f" — {visible(s.document)}" if s.document else ""
    words: tuple[Part, ...] = (Text(role + country + document),) if role or country or document else ()
    cite = _cite(s.sources, s.evidence)
    return Line((Label(visible(s.name), "name"), *words, cite, *_support(s.independent, s.sources)))


def _issue(i: SourcedIssue, shape: Shape = SHAPES[0], n: int = 0) -> Line:
    """An open issue (in full, or its opening) and who raised it."""
    by = f" — raised by {visible(i.raised_by)}" if i.raised_by else ""
    words = opening(i.topic, shape.long) if n < shape.full else opening(i.topic, shape.short)
    return Line((Text(words + by), _cite(i.sources, i.evidence)))


def _quotes(quotes: Sequence[SourcedQuote], shape: Shape = SHAPES[0]) -> tuple[Line, ...]:
    """The best-supported quotes in full, then one line naming who else is quoted, with citations."""
    lines = [_quote(q) for q in quotes[: shape.quotes]]
    rest: dict[str, list[str]] = {}
    for q in quotes[shape.quotes :] if shape.also else ():
        rest.setdefault(visible(q.speaker) or "unnamed", []).extend(q.sources)
    if rest:
        parts: list[Part] = [Text("Also quoted: ")]
        for n, (who, sids) in enumerate(rest.items()):
            parts += [Text(("; " if n else "") + who), _cite(sorted(set(sids), key=_sid_order), [])]
        lines.append(Line(tuple(parts)))
    return tuple(lines)


def _sid_order(sid: str) -> tuple[int, str]:
    """Source ids in numeric order."""
    return (len(sid), sid)


def _quote(q: SourcedQuote) -> Line:
    """A quote in its most verbatim form, and the outlets that give its words to someone else (other
    wordings are in the JSON; changed words are listed as disagreements)."""
    variants = tuple(
        Line(
            (
                Label("other-speaker", "kind"),
                Text(f" as {possessive(visible(v.speaker))}: “{opening(v.text, QUOTE_WORDS)}”"),
                _cite(v.sources, v.evidence),
            )
        )
        for v in q.variants
        if v.kind == "other-speaker"
    )
    head = (
        Label(visible(q.speaker), "name"),
        Text(f": “{opening(q.text, QUOTE_WORDS)}”"),
        _cite(q.sources, q.evidence),
    )
    return Line(head, variants)


def _source(s: Source) -> Line:
    """A numbered source: outlet, title, file, the copies of the same wire story, and cleaning notes."""
    name = s.outlet or (s.article_id if s.article_id not in (s.path, PurePath(s.path).stem) else "")
    lead = ", ".join(visible(x) for x in (name, s.date) if x)  # the path is shown once, as the file
    words = " — ".join(x for x in (lead, visible(s.title) if s.title else "") if x)
    parts: list[Part] = [
        Cite((s.id,)),
        Text(f" {words} · " if words else " "),
        Label(visible(s.path), "code"),
    ]
    if s.syndicated_with:
        shown = s.syndicated_with[:MAX_COPIES_SHOWN]
        more = max(s.syndicated_copies, len(s.syndicated_with)) - len(shown)
        rest = f" and {more} more" if more > 0 else ""
        parts += [Text(" (same wire story as "), Cite(tuple(shown)), Text(f"{rest})")]
    if s.hidden_characters:
        parts.append(Text(f" — {s.hidden_characters} hidden characters found and ignored"))
    notes = tuple(
        Line((Text(f"note: {visible(n.removeprefix(s.path + ': '))}"),))
        for n in s.notes
        if "hidden characters" not in n
    )
    return Line(tuple(parts), notes)
