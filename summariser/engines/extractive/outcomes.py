"""The extractive engine's outcomes and open issues: each sentence read once, from its main clause."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from summariser.engines.evidence import span_evidence
from summariser.models import OpenIssue, Point
from summariser.news import cues, polarity
from summariser.news.clause_spans import clause_span, reported_span
from summariser.news.outcomes import Clause, outcome
from summariser.news.parties import Surname, event_noun, named_event, parties
from summariser.text.document import Sentence
from summariser.text.normalise import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from summariser.engines.extractive.engine import Context

STATEMENT_WORDS = 4  # a quotation this long is a statement; a shorter one is a scare quote in the text
OPENING = 3  # the headline and the first sentences: where a story names who the event is between
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def points(ctx: Context) -> list[Point]:
    """Sentences stating an outcome, with the status their main clause expresses."""
    out = []
    for s, clause, _ in read(ctx):
        if clause is not None and clause.status != "open":
            start, end = _clause(ctx, s, clause)
            fields = {
                "text": ctx.doc.text[start:end],
                "status": clause.status,
                "evidence": span_evidence(start, end),
                "kind": clause.kind,
                "predicate": clause.verb.lemma_.lower(),
                "agent": clause.agent,
            }
            out.append(Point.model_validate(fields))
    return out


def _clause(ctx: Context, s: Sentence, clause: Clause) -> tuple[int, int]:
    """Where in the article the clause of an outcome lies (the sentence when the clause is most of it)."""
    base, sentence = _sentences(ctx)[s.start]
    a, b = clause_span(clause, sentence)
    return base + a, base + b


def open_issues(ctx: Context, raised_by: Callable[[Context, Sentence], str]) -> list[OpenIssue]:
    """Sentences saying something is unresolved or still to come, and who raised it where it says."""
    out = []
    for s, clause, cue in read(ctx):
        pending = clause is not None and clause.status == "open"
        if not (cue or pending):
            continue
        base, sentence = _sentences(ctx)[s.start]
        a, b = clause_span(clause, sentence) if pending and clause is not None else reported_span(sentence)
        start, end = base + a, base + b
        topic = ctx.doc.text[start:end]
        out.append(OpenIssue(topic=topic, raised_by=raised_by(ctx, s), evidence=span_evidence(start, end)))
    return out


def read(ctx: Context) -> list[tuple[Sentence, Clause | None, bool]]:
    """Every body sentence with the outcome of its main clause and whether an open-issue phrase is in it."""
    if ctx.outcomes is None:
        parsed = _sentences(ctx)
        year = _year(ctx.doc.date)
        statements = sorted(
            (p.open_pos, p.close_pos + 1) for p in ctx.passages if len(words(p.text)) >= STATEMENT_WORDS
        )
        longest = max((b - a for a, b in statements), default=0)
        found: list[tuple[Sentence, Clause | None, bool]] = []
        for s in ctx.body:
            if s.start not in parsed or s.text.rstrip().endswith("?"):
                continue
            base, sentence = parsed[s.start]
            skip = _inside(sentence, base, statements, longest)
            before = (
                found[-1][1] if found else None
            )  # "It also states ...": the text the sentence before quoted
            clause = outcome(
                sentence, skip, year, it_is_text=before is not None and before.kind == "provision"
            )
            found.append((s, clause, cues.is_open_issue(sentence)))
        ctx.outcomes = found
    return ctx.outcomes


def between(ctx: Context) -> str:
    """The sides an article's opening names together, with the deal or meeting it is about
    ("Israel–Hamas ceasefire"); "" when the opening names no two sides."""
    parsed = _sentences(ctx)
    opening = [parsed[s.start] for s in ctx.doc.sentences[:OPENING] if s.start in parsed]

    def surname(base: int) -> Surname:
        def short(token: Token) -> str:
            person = ctx.people.at(base + token.idx, base + token.idx + len(token.text))
            return person.surname if person else token.text

        return short

    for base, sentence in opening:
        sides = parties(sentence, surname(base))
        if sides:
            kind = next((k for _, x in opening if (k := event_noun(x))), "")
            return " ".join(["–".join(sides), kind]).strip()
    return next((n for _, x in opening if (n := named_event(x))), "")


def _sentences(ctx: Context) -> dict[int, tuple[int, Span]]:
    """The parsed sentences by start offset, indexed once per article (every outcome and issue asks)."""
    if ctx.parsed_sentences is None:
        ctx.parsed_sentences = polarity.sentences(polarity.analysis(ctx.doc))
    return ctx.parsed_sentences


def _inside(sentence: Span, base: int, spans: list[tuple[int, int]], longest: int) -> frozenset[int]:
    """Tokens of the sentence inside someone's quoted statement: the reporter's verbs are the others.

    `spans` are sorted and none is longer than `longest`, so only those starting less than that before
    the sentence can reach it: found by binary search, not by reading every quotation for every sentence.
    """
    start, end = base + sentence.start_char, base + sentence.end_char
    reach = spans[bisect_left(spans, (start - longest,)) : bisect_left(spans, (end,))]
    near = [(a, b) for a, b in reach if a < end and b > start]
    if not near:
        return frozenset()  # most sentences: no need to visit their tokens
    return frozenset(t.i for t in sentence if any(a <= base + t.idx < b for a, b in near))


def _year(date: str) -> int | None:
    """The year of the article's date, when it gives one."""
    found = YEAR.search(date)
    return int(found.group()) if found else None
