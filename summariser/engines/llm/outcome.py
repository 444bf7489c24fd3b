"""Ground every item a model returned in its article; what does not ground is kept as unsupported.

Offsets and grounding status are computed here from the article, never taken from the model.
"""

from __future__ import annotations

import re

from summariser.agreement import commanding
from summariser.engines.checks import Checked
from summariser.engines.evidence import GROUNDED, article_meta, span_evidence, verified, verified_cited
from summariser.engines.llm.schema import (
    Draft,
    DraftFigure,
    DraftIssue,
    DraftParticipant,
    DraftPoint,
    DraftSignatory,
)
from summariser.engines.meaning import Reader, screen
from summariser.grounding import check_speaker
from summariser.models import (
    Event,
    Evidence,
    Figure,
    OpenIssue,
    Participant,
    Point,
    Quote,
    Signatory,
    SummitOutcome,
    Usage,
)
from summariser.news import cues, figures, hedges
from summariser.news.names import surname_key
from summariser.text.document import Document

NAME = "llm"


UNSUPPORTED = Evidence(start=0, end=0, status="unsupported", score=0.0)


def to_outcome(draft: Draft, doc: Document, usage: Usage | None = None) -> SummitOutcome:
    """Ground every drafted item and check its attributes; what does not ground keeps status "unsupported",
    and what grounds but does not mean what its field says is set aside with the reason (`meaning.screen`)."""
    check, reader = Checked(doc), Reader(doc)
    outcome = SummitOutcome.bounded(
        article=article_meta(doc),
        event=_event(draft, doc),
        quotes=[_quote(q.speaker, q.text, q.sentences, check) for q in draft.quotes],
        signatories=[_signatory(s, check, reader) for s in draft.signatories],
        participants=[_participant(p, check) for p in draft.participants],
        figures=[_figure(f, doc) for f in draft.figures],
        points=[_point(p, check) for p in draft.points],
        open_issues=[_issue(i, check) for i in draft.open_issues],
        unsupported_attributes=check.dropped,
        engine=NAME,
        usage=usage,
    )
    return screen(outcome, doc, reader)


def _quote(speaker: str, text: str, cited: list[int], check: Checked) -> Quote:
    """A quote grounded with the strict quote rules; its speaker must be the one its sentence names."""
    doc = check.doc
    ev = verified_cited(doc, text, "quote", cited)
    said = check_speaker(speaker, ev, doc.text, doc.spans) if ev.status != "unsupported" else "unknown"
    if said != "unknown" and not check.speaker(speaker, ev):
        said = "mismatch"  # the quote's own sentence gives it to someone else
    return Quote(speaker=speaker, text=text, evidence=ev, speaker_check=said)


def _participant(p: DraftParticipant, check: Checked) -> Participant:
    """A participant named in the article, with the role and country it gives them (or none)."""
    role, country = check.person("participants", p.name, p.role, p.country)
    return Participant(name=p.name, role=role, country=country, evidence=_mention(p.name, check.doc))


def _point(p: DraftPoint, check: Checked) -> Point:
    """An outcome grounded in its sentence, with the status that sentence gives it."""
    ev = verified_cited(check.doc, p.text, "claim", p.sentences)
    ev = UNSUPPORTED if check.commanded(ev) else ev
    status = check.status(p.text, p.status, check.grounding(ev)) if ev.status != "unsupported" else p.status
    return Point(text=p.text, status=status or p.status, evidence=ev if status else UNSUPPORTED)


def _issue(i: DraftIssue, check: Checked) -> OpenIssue:
    """An open issue grounded in its sentence; who raised it is kept only when that sentence names them."""
    ev = verified_cited(check.doc, i.topic, "claim", i.sentences)
    ev = UNSUPPORTED if check.commanded(ev) else ev
    near = " ".join(s.text for s in check.grounding(ev))
    named = bool(i.raised_by) and surname_key(i.raised_by) in {surname_key(t) for _, t in _tokens(near)}
    return OpenIssue(
        topic=i.topic, raised_by=check.keep("open_issues.raised_by", i.topic, i.raised_by, named), evidence=ev
    )


def _mention(name: str, doc: Document) -> Evidence:
    """Evidence that the article names this person: the first mention of their surname."""
    key = surname_key(name)
    if key:
        for s in doc.body:
            for tok_start, tok in _tokens(s.text):
                if surname_key(tok) == key:
                    return span_evidence(s.start + tok_start, s.start + tok_start + len(tok))
    return Evidence(start=0, end=0, status="unsupported", score=0.0)


def _tokens(text: str) -> list[tuple[int, str]]:
    """Word tokens with their offsets."""
    return [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_][\w'’-]*", text)]


def _signatory(s: DraftSignatory, check: Checked, reader: Reader) -> Signatory:
    """A signatory is supported by a sentence that names them and reports signing (or refusing); one whose
    parse has them as a signer is preferred (`meaning.screen` sets the signatory aside when none does).

    Whether they refused, their role, country and document come from the article, never the model.
    """
    doc = check.doc
    key = surname_key(s.name)
    order = [doc.body[n - 1] for n in s.sentences if 0 < n <= len(doc.body)] + doc.body
    named = [
        t
        for t in order
        if key and key in {surname_key(w) for _, w in _tokens(t.text)} and cues.signing_events(t.text)
        if not commanding(t.text)
    ]
    found = next((t for t in named if reader.signs_in(s.name, t)), named[0] if named else None)
    if found is None:
        return Signatory(
            name=s.name,
            role=s.role,
            country=s.country,
            document=s.document,
            evidence=UNSUPPORTED,
            refused=s.refused,
        )
    role, country = check.person("signatories", s.name, s.role, s.country)
    return Signatory(
        name=s.name,
        role=role,
        country=country,
        document=check.document(s.name, s.document, doc.body),
        evidence=span_evidence(found.start, found.end),
        refused=check.refused(s.name, s.refused, found),
    )


def _figure(f: DraftFigure, doc: Document) -> Figure:
    """A figure must appear as written; its interval is recomputed from the article's own words."""
    ev = verified_cited(doc, f.text, "quote", f.sentences)
    low: float | None = f.value
    high: float | None = f.value
    hedge, what = f.hedge, f.what
    if ev.status in GROUNDED:
        parsed = next(figures.find_figures(doc.text, ev.start, ev.end), None)
        if parsed is not None:
            low, high, hedge, what = parsed.low, parsed.high, parsed.hedge, parsed.what
        elif f.value is not None:
            low, high = hedges.interval(f.value, f.hedge)
    return Figure(what=what, low=low, high=high, hedge=hedge, text=f.text, evidence=ev)


def _event(draft: Draft, doc: Document) -> Event:
    """Keep the event's name, place and date only where the article states them."""

    def stated(value: str) -> str:
        return value if value and verified(doc, value, "quote").status in GROUNDED else ""

    return Event(
        name=stated(draft.event.name), location=stated(draft.event.location), date=stated(draft.event.date)
    )
