"""The extractive engine's outcomes and open issues: each sentence read once, from its main clause."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from summariser.engines.evidence import span_evidence
from summariser.models import OpenIssue, Point
from summariser.news import cues, polarity
from summariser.news.agents import issues_statement, statement_speaks
from summariser.news.clause_spans import clause_span, part_span, reported_span
from summariser.news.outcomes import Clause, absolute, outcomes, strongest
from summariser.news.parties import Surname, event_noun, named_event, parties
from summariser.text.document import Sentence
from summariser.text.normalise import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from summariser.engines.extractive.engine import Context

STATEMENT_WORDS = 4  # a quotation this long is a statement; a shorter one is a scare quote in the text
OPENING = 3  # the headline and the first sentences: where a story names who the event is between
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
OFFSETS_KEY = "summariser.token_offsets"  # a paragraph Doc's token offsets, kept in its user_data
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def points(ctx: Context) -> list[Point]:
    """Sentences stating an outcome, with the status their main clause expresses; a compound sentence
    whose clauses differ in status ("X signed the accord, and ferries will sail") gives one each."""
    out = []
    for s, found, _ in read(ctx):
        main = strongest(found)
        if main is None or main.status == "open":
            continue
        for clause, (start, end) in _parts(ctx, s, found, main):
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


def _parts(
    ctx: Context, s: Sentence, found: list[Clause], main: Clause
) -> list[tuple[Clause, tuple[int, int]]]:
    """Each independent clause of a sentence with its own outcome and span, when their statuses differ;
    else the sentence's one outcome on the span of its clause."""
    base, sentence = _sentences(ctx)[s.start]
    by_head: dict[int, list[Clause]] = {}
    for clause in found:
        by_head.setdefault(_independent(clause.verb).i, []).append(clause)
    if len(by_head) < 2 or len({c.status for cs in by_head.values() for c in cs}) < 2:
        a, b = clause_span(main, sentence)
        return [(main, (base + a, base + b))]
    best = [c for c in (strongest(cs) for cs in by_head.values()) if c is not None and c.status != "open"]
    heads = [sentence.doc[i] for i in by_head]
    spans = [part_span(_independent(c.verb), heads, sentence) for c in best]
    return [(c, (base + a, base + b)) for c, (a, b) in zip(best, spans, strict=True)]


def _independent(verb: Token) -> Token:
    """The head of the clause a verb stands in: a conjunct with a subject of its own heads one ("X signed
    it, and it is planned to ..."), as does "with" and a subject ("with both sides pledging to ..."); else
    the sentence's root, whatever it reports or hangs on it."""
    for t in (verb, *verb.ancestors):
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in t.children):
            return t
        if absolute(t):
            return t
    return verb.sent.root


def open_issues(ctx: Context, raised_by: Callable[[Context, Sentence], str]) -> list[OpenIssue]:
    """Sentences saying something is unresolved or still to come, and who raised it where it says."""
    out = []
    for s, found, cue in read(ctx):
        clause = strongest(found)
        pending = clause is not None and clause.status == "open"
        content = clause is not None and (clause.status, clause.kind) == ("agreed", "provision")
        if not (pending or (cue and not content)):
            continue  # "the charter sets out the key issues": what the text covers, not what is open
        base, sentence = _sentences(ctx)[s.start]
        a, b = clause_span(clause, sentence) if pending and clause is not None else reported_span(sentence)
        start, end = base + a, base + b
        topic = ctx.doc.text[start:end]
        out.append(OpenIssue(topic=topic, raised_by=raised_by(ctx, s), evidence=span_evidence(start, end)))
    return out


def read(ctx: Context) -> list[tuple[Sentence, list[Clause], bool]]:
    """Every body sentence with the outcomes of its main clause and whether an open-issue phrase is in it."""
    if ctx.outcomes is None:
        parsed = _sentences(ctx)
        year = _year(ctx.doc.date)
        statements = sorted(
            (p.open_pos, p.close_pos + 1) for p in ctx.passages if len(words(p.text)) >= STATEMENT_WORDS
        )
        longest = max((b - a for a, b in statements), default=0)
        found: list[tuple[Sentence, list[Clause], bool]] = []
        own = False  # the last statement issued was one party's: "The statement noted ..." is its words
        for s in ctx.body:
            if s.start not in parsed or s.text.rstrip().endswith("?"):
                continue
            base, sentence = parsed[s.start]
            skip = _inside(sentence, base, statements, longest)
            before = (
                strongest(found[-1][1]) if found else None
            )  # "It also states ...": the text quoted before
            text = before is not None and before.kind == "provision"
            clauses = outcomes(sentence, skip, year, it_is_text=text)
            if own:
                clauses = [c for c in clauses if not (c.kind == "provision" and statement_speaks(c.verb))]
            issued = issues_statement(sentence)
            own = own if issued is None else issued
            found.append((s, clauses, cues.is_open_issue(sentence)))
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
    offs, lo, hi = _offsets(sentence.doc), sentence.start, sentence.end
    return frozenset(  # the tokens starting inside a span are a run of the sorted offsets: no token visited
        i
        for a, b in near
        for i in range(bisect_left(offs, a - base, lo, hi), bisect_left(offs, b - base, lo, hi))
    )


def _offsets(doc: Doc) -> list[int]:
    """The character offset of each token of a parsed paragraph, read once from its array and kept on it."""
    offsets: list[int] | None = doc.user_data.get(OFFSETS_KEY)
    if offsets is None:
        offsets = doc.to_array("IDX").tolist()
        doc.user_data[OFFSETS_KEY] = offsets
    return offsets


def _year(date: str) -> int | None:
    """The year of the article's date, when it gives one."""
    found = YEAR.search(date)
    return int(found.group()) if found else None
