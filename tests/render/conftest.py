"""Briefings for the renderer tests: the seeds once per session, hostile records, and a hand-written memo."""

from __future__ import annotations

import pytest

from summariser.ingest.clean import from_text
from summariser.models import (
    ArticleMeta,
    Briefing,
    Citation,
    Claim,
    Conflict,
    Event,
    Evidence,
    Failure,
    Point,
    Quote,
    QuoteVariant,
    Source,
    SourcedIssue,
    SourcedPoint,
    SourcedQuote,
    SourcedSignatory,
    SummitOutcome,
    Unsupported,
)
from summariser.options import EngineOptions
from summariser.pipeline import run
from summariser.reconcile import Record, reconcile
from tests.conftest import SEEDS

SeedRun = tuple[Briefing, dict[str, str]]
HOSTILE = (
    "Leaders agreed [click](http://evil.example/x) ![pixel](https://evil.example/p.png) "
    "<script>alert(1)</script> <img src=x onerror=alert(2)> **bold** `code` # heading"
)

# Three made-up articles, written for these tests; offsets below index these strings.
TEXTS = {
    "1": "Ministers agreed to reopen the river port. Ana Diaz said: we accept [1] the terms.",
    "2": "The port deal was signed by Ana Diaz for Norland. About 12 ministers attended.",
    "3": "Ben Okafor said: we accept the terms. Twenty ministers attended, officials said.",
}


@pytest.fixture(scope="session")
def seed_run() -> SeedRun:
    """The seed articles through the extractive engine, once: the briefing and each source's text."""
    done = run(SEEDS, EngineOptions(engine="extractive"))
    return done.briefing, {sid: d.text for sid, d in done.documents().items()}


def record(text: str) -> Briefing:
    """A briefing whose one article says `text` everywhere: as a quote, a point, a title."""
    ev = Evidence(start=0, end=len(text), status="exact", score=100)
    outcome = SummitOutcome(
        article=ArticleMeta(id="evil", sha256="0" * 64),
        quotes=[Quote(speaker="X <b>Y</b>", text=text, evidence=ev, speaker_check="attributed")],
        points=[Point(text=text, status="agreed", evidence=ev)],
    )
    source = Source(id="1", path="evil.txt", outlet="<i>Outlet</i>", title=text[:200])
    return reconcile([Record(source, from_text(text), outcome)], [])


def cite(sid: str, words: str) -> Citation:
    """The span of `words` in the made-up article `sid`."""
    start = TEXTS[sid].index(words)
    return Citation(source=sid, start=start, end=start + len(words))


def claim(sid: str, words: str, value: str, sources: list[str]) -> Claim:
    """One side of a conflict resting on `words` in article `sid`."""
    c = cite(sid, words)
    ev = Evidence(start=c.start, end=c.end, status="exact", score=100)
    return Claim(source=sid, text=words, value=value, evidence=ev, sources=sources)


def point(text: str, status: str = "agreed", independent: int = 1) -> SourcedPoint:
    """A point from article 1 (the span is the port sentence)."""
    return SourcedPoint.model_validate(
        {
            "text": text,
            "status": status,
            "sources": ["1"],
            "independent": independent,
            "evidence": [cite("1", "agreed to reopen the river port")],
        }
    )


@pytest.fixture
def memo() -> Briefing:
    """A small memo with one item in every section, including a conflict whose quoted words hold marks."""
    attribution = Conflict(
        kind="attribution",
        summary="“we accept [1] the terms [2]” is attributed to Ana Diaz [1] vs Ben Okafor [3]",
        claims=[
            claim("1", "we accept [1] the terms", "Ana Diaz", ["1"]),
            claim("3", "we accept the terms", "Ben Okafor", ["3"]),
        ],
    )
    count = Conflict(
        kind="count",
        summary="Sources disagree on the number of ministers: About 12 ministers [2][1]; Twenty [3] [+4]",
        claims=[
            claim("2", "About 12 ministers", "[11, 13]", ["1", "2"]),
            claim("3", "Twenty ministers", "[20, 20]", ["3"]),
        ],
    )
    return Briefing(
        bottom_line="3 sources on the port talks. Ana Diaz signed.",
        event=Event(name="Port talks", location="Lakeside", date="Friday"),
        sources=[
            Source(id="1", path="in/port_one.txt", outlet="River Post", title="Port to reopen"),
            Source(id="2", path="in/port`two.txt", outlet="Wire", syndicated_with=["3"], notes=["a note"]),
            Source(id="3", path="in/three.txt", article_id="three", syndicated_with=["2"]),
        ],
        points=[
            point("Ministers agreed to reopen the river port.", independent=1),
            point("Tariffs will fall next year.", "intended"),
            point("A toll was dropped.", "dropped"),
        ],
        signatories=[
            SourcedSignatory(
                name="Ana Diaz",
                role="minister",
                country="Norland",
                document="port deal",
                sources=["2"],
                evidence=[cite("2", "signed by Ana Diaz")],
            ),
            SourcedSignatory(name="Norland", role="state", country="Norland", sources=["2"]),
        ],
        open_issues=[SourcedIssue(topic="Who pays for dredging.", raised_by="Ben Okafor", sources=["3"])],
        quotes=[
            SourcedQuote(
                speaker="Ana Diaz",
                text="we accept [1] the terms",
                sources=["1"],
                evidence=[cite("1", "we accept [1] the terms")],
                variants=[
                    QuoteVariant(
                        text="we accept the terms",
                        sources=["3"],
                        kind="other-speaker",
                        speaker="Ben Okafor",
                        evidence=[cite("3", "we accept the terms")],
                    )
                ],
            )
        ],
        conflicts=[attribution, count],
        unsupported=[
            Unsupported(
                source="2", field="quote", text="a line nobody wrote", reason="words not found in the source"
            )
        ],
        failures=[Failure(path="in/broken.txt", error="could not decode")],
    )


def many_points(n: int) -> Briefing:
    """A memo with `n` agreed points, the last one best supported."""
    points = [point(f"Outcome number {i}.") for i in range(n)]
    best = point("The best supported outcome.")
    points[-1] = best.model_copy(update={"sources": ["1", "2"], "independent": 2})
    return Briefing(sources=[Source(id="1"), Source(id="2")], points=points)
