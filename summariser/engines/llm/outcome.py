"""Ground every item a model returned in its article; what does not ground is kept as unsupported.

Offsets and grounding status are computed here from the article, never taken from the model.
"""

from __future__ import annotations

import re

from summariser.engines.evidence import GROUNDED, article_meta, span_evidence, verified, verified_cited
from summariser.engines.llm.schema import Draft, DraftFigure, DraftSignatory
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
from summariser.news import cues, figures
from summariser.news.people import surname_key
from summariser.text.document import Document

NAME = "llm"


def to_outcome(draft: Draft, doc: Document, usage: Usage | None = None) -> SummitOutcome:
    """Ground every drafted item in the article; what does not ground keeps status "unsupported"."""
    return SummitOutcome.bounded(
        article=article_meta(doc),
        event=_event(draft, doc),
        quotes=[_quote(q.speaker, q.text, q.sentences, doc) for q in draft.quotes],
        signatories=[_signatory(s, doc) for s in draft.signatories],
        participants=[
            Participant(name=p.name, role=p.role, country=p.country, evidence=_mention(p.name, doc))
            for p in draft.participants
        ],
        figures=[_figure(f, doc) for f in draft.figures],
        points=[
            Point(text=p.text, status=p.status, evidence=verified_cited(doc, p.text, "claim", p.sentences))
            for p in draft.points
        ],
        open_issues=[
            OpenIssue(
                topic=i.topic,
                raised_by=i.raised_by,
                evidence=verified_cited(doc, i.topic, "claim", i.sentences),
            )
            for i in draft.open_issues
        ],
        engine=NAME,
        usage=usage,
    )


def _quote(speaker: str, text: str, cited: list[int], doc: Document) -> Quote:
    """A quote grounded with the strict quote rules, and its speaker checked against the article."""
    ev = verified_cited(doc, text, "quote", cited)
    check = check_speaker(speaker, ev, doc.text, doc.spans) if ev.status != "unsupported" else "unknown"
    return Quote(speaker=speaker, text=text, evidence=ev, speaker_check=check)


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


def _signatory(s: DraftSignatory, doc: Document) -> Signatory:
    """A signatory is supported by a sentence that names them and reports signing (or refusing)."""
    key = surname_key(s.name)
    order = [doc.body[n - 1] for n in s.sentences if 0 < n <= len(doc.body)] + doc.body
    ev = Evidence(start=0, end=0, status="unsupported", score=0.0)
    refused = s.refused
    for sent in order:
        names = {surname_key(t) for _, t in _tokens(sent.text)}
        events = cues.signing_events(sent.text)
        if key and key in names and events:
            ev = span_evidence(sent.start, sent.end)
            break
    return Signatory(
        name=s.name, role=s.role, country=s.country, document=s.document, evidence=ev, refused=refused
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
            low, high = figures.interval(f.value, f.hedge)
    return Figure(what=what, low=low, high=high, hedge=hedge, text=f.text, evidence=ev)


def _event(draft: Draft, doc: Document) -> Event:
    """Keep the event's name, place and date only where the article states them."""

    def stated(value: str) -> str:
        return value if value and verified(doc, value, "quote").status in GROUNDED else ""

    return Event(
        name=stated(draft.event.name), location=stated(draft.event.location), date=stated(draft.event.date)
    )
