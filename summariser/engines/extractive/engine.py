"""The deterministic, offline engine: fills a SummitOutcome from cue phrases, quotes and names."""

from __future__ import annotations

import itertools
import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from summariser.engines.evidence import GROUNDED, article_meta, parts_evidence, remap, span_evidence, verified
from summariser.engines.extractive import outcomes
from summariser.engines.extractive.event import event_of
from summariser.engines.meaning import screen
from summariser.grounding import check_speaker
from summariser.ingest.clean import from_text
from summariser.models import (
    MAX_QUOTES,
    Figure,
    Measured,
    Participant,
    Quote,
    Signatory,
    SummitOutcome,
)
from summariser.news import figures, lexicon, measures, polarity, signers, signing
from summariser.news.agents import agreement_noun
from summariser.news.attribution import Attributor
from summariser.news.coref import Resolver
from summariser.news.names import Person
from summariser.news.outcomes import Clause
from summariser.news.parsing import ParseIndex
from summariser.news.people import PeopleFinder
from summariser.news.quotes import Passage, find_passages, is_statement, masked, merge_split_quotes
from summariser.news.spans import QuoteSpans
from summariser.news.speakers import SpeakerFinder
from summariser.text import nlp
from summariser.text.document import Document, Sentence
from summariser.text.normalise import strip_hidden

if TYPE_CHECKING:
    from spacy.tokens import Span

NAME = "extractive"
PRESENCE = re.compile(
    r"\b(?:attended|attending|met|present|gathered|hosted|joined|participat\w*|represent\w*|spoke|flanked|"
    r"arrived|delegation|signed|during\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:ceremony|summit|meeting|talks))\b",
    re.IGNORECASE,
)
SPOKE = r"(?:said|says|told|added|noted|stated|warned|stressed|emphasi[sz]ed|insisted|explained|spoke)"
ABSENCE = re.compile(
    r"\b(?:pulled\s+out|did\s+not\s+attend|absent|changed\s+(?:his|her|their)\s+plans|stayed\s+away|"
    r"skipped|boycott\w*|was\s+due\s+to|had\s+been\s+due)\b",
    re.IGNORECASE,
)


@dataclass
class Context:
    """What every field extractor needs about one article, computed once."""

    doc: Document
    body: list[Sentence]
    spans: list[tuple[int, int]]
    people: PeopleFinder
    passages: list[Passage]
    places: list[tuple[int, int]]  # where a place may stand: the tagger's GPE/LOC/FAC, text it did not tag
    _masked: str | None = None
    _quoted: QuoteSpans | None = None
    outcomes: list[tuple[Sentence, list[Clause], bool]] | None = None  # each sentence read once
    parsed_sentences: dict[int, tuple[int, Span]] | None = None  # parsed sentences by start, indexed once

    @classmethod
    def of(cls, doc: Document) -> Context:
        """Analyse an article: people, quoted passages (headlines included) and their speakers."""
        body = doc.body
        spans = [(s.start, s.end) for s in body]
        every = [(s.start, s.end) for s in doc.sentences]
        paragraphs = [
            (grp[0].start, grp[-1].end)
            for grp in (list(g) for _, g in itertools.groupby(doc.sentences, key=lambda s: s.paragraph))
        ]
        index = ParseIndex(nlp.parse(doc))  # bounded by the per-document parse budget
        people = PeopleFinder(doc.text, spans, index.entities("PERSON"), index.verbs())
        passages = find_passages(doc.text, paragraphs)
        quoted = [(p.open_pos, p.close_pos + 1) for p in passages]
        finder = SpeakerFinder(index, Resolver(people, index, quoted))
        Attributor(doc.text, every, people, finder).attribute(passages)
        places = sorted([*index.untagged(), *index.entities("GPE", "LOC", "FAC")])
        return cls(doc, body, spans, people, merge_split_quotes(passages, doc.text), places)

    @property
    def quoted(self) -> QuoteSpans:
        """Spans of quoted passages, marks included (indexed once: every sentence asks)."""
        if self._quoted is None:
            self._quoted = QuoteSpans((p.open_pos, p.close_pos + 1) for p in self.passages)
        return self._quoted

    def outside_quotes(self, start: int, end: int) -> str:
        """Sentence text with quoted passages blanked, so cues inside quotes are not the reporter's."""
        if self._masked is None:
            self._masked = masked(self.doc.text, 0, len(self.doc.text), self.quoted)
        return self._masked[start:end]


def extract(doc: Document) -> SummitOutcome:
    """Fill one SummitOutcome from an article; every item carries exact (or normalised) evidence."""
    if not doc.hidden_characters:
        return _extract(doc)
    # Hidden characters inside words would defeat every pattern: read a copy without them, then map
    # each span back to the original text (whose slices then differ only by those characters).
    view, index = strip_hidden(doc.text)
    shadow = from_text(view, name=doc.path, sha256=doc.sha256)
    return remap(_extract(shadow), index, doc)


def _extract(doc: Document) -> SummitOutcome:
    """The engine proper, on text without hidden characters."""
    ctx = Context.of(doc)
    quotes = _quotes(ctx)
    signatories = _signatories(ctx)
    outcome = SummitOutcome.bounded(
        article=article_meta(doc),
        event=event_of(ctx.body, ctx.doc.location, ctx.places, outcomes.between(ctx)),
        quotes=quotes,
        signatories=signatories,
        participants=_participants(ctx, quotes, signatories),
        figures=_figures(ctx),
        points=outcomes.points(ctx),
        open_issues=outcomes.open_issues(ctx, _raised_by),
        engine=NAME,
    )
    return screen(outcome, doc)  # the same reading of what items mean as the llm engine's answers get


def _quotes(ctx: Context) -> list[Quote]:
    """Attributed statements in quotation marks (scare quotes and quoted names left out)."""
    out: list[Quote] = []
    for p in ctx.passages:
        if not p.speaker or not is_statement(p, ctx.doc.text):
            continue
        evidence = parts_evidence(p.spans)
        if verified(ctx.doc, p.texts[0], "quote", near=p.spans[0][0]).status not in GROUNDED:
            continue
        # Past the record's bound a quote only tells who spoke (participants); its check would be dropped.
        aliases = lexicon.title_forms(p.person.role) if p.person else []
        check = (
            check_speaker(p.speaker, evidence, ctx.doc.text, aliases=aliases)
            if len(out) < MAX_QUOTES
            else "unknown"
        )
        out.append(Quote(speaker=p.speaker, text=p.text, evidence=evidence, speaker_check=check))
    return out


def _signatories(ctx: Context) -> list[Signatory]:
    """People (or states) the article says signed or refused to sign, with the document named."""
    out: list[Signatory] = []
    seen: set[tuple[str, bool]] = set()
    for found in signing.signings(polarity.analysis(ctx.doc), ctx.quoted):
        s = next((s for s in ctx.body if s.start <= found.verb[0] < s.end), None)
        if s is None:
            continue
        for name, role, country in _signers(ctx, found):
            if (name, found.refused) in seen:
                continue
            seen.add((name, found.refused))
            out.append(
                Signatory(
                    name=name,
                    role=role,
                    country=country,
                    document=found.document,
                    evidence=span_evidence(s.start, s.end),
                    refused=found.refused,
                )
            )
    return out


def _signers(ctx: Context, found: signing.Signing) -> list[tuple[str, str, str]]:
    """(name, role, country) of the people named as signers, or else of the countries named."""
    return signers.names(ctx.doc.text, found, ctx.people)


def _participants(ctx: Context, quotes: list[Quote], signatories: list[Signatory]) -> list[Participant]:
    """People who spoke, signed or are placed at the event (not those said to have stayed away)."""
    active = {q.speaker for q in quotes} | {s.name for s in signatories}
    out = []
    for person in ctx.people.people.values():
        if person.name in active or _present(ctx, person):
            at = person.titled or (person.mentions[0] if person.mentions else None)
            evidence = span_evidence(*at) if at else None
            out.append(
                Participant(name=person.name, role=person.role, country=person.country, evidence=evidence)
            )
    return out


def _present(ctx: Context, person: Person) -> bool:
    """Is the person mentioned (outside quotes) in a sentence that places them at the event?"""
    for s in ctx.body:
        plain = ctx.outside_quotes(s.start, s.end)
        mentioned = any(
            s.start <= a
            and b <= s.end
            and plain[a - s.start] != " "
            and ctx.doc.text[b : b + 2] not in ("'s", "’s")
            for a, b in person.mentions
        )
        if mentioned and not ABSENCE.search(plain) and (PRESENCE.search(plain) or _speaks(plain, person)):
            return True
    return False


def _speaks(plain: str, person: Person) -> bool:
    """Is the person the subject of a verb of saying ("Witkoff said", "added Witkoff")?"""
    name = re.escape(person.surname)
    return bool(re.search(rf"\b{name} (?:\w+ )?{SPOKE}\b|\b{SPOKE} {name}\b", plain))


def _figures(ctx: Context) -> list[Figure]:
    """Counts with hedges, read outside quotes and inside alike (a figure is a figure), with what each
    measures; a heading's figure only where it counts in a listed frame ("13 participants didn't sign")."""
    index = ParseIndex(nlp.parse(ctx.doc))  # the parse is kept on the document: this only indexes it
    out = []
    for s in ctx.doc.sentences:
        for f in figures.find_figures(ctx.doc.text, s.start, s.end):
            read = measures.read(index, f.start, f.end)
            if s.kind == "heading" and not (read and measures.is_listed(read.frame)):
                continue
            out.append(
                Figure(
                    what=f.what,
                    low=f.low,
                    high=f.high,
                    hedge=f.hedge,
                    text=ctx.doc.text[f.start : f.end],
                    evidence=span_evidence(f.start, f.end),
                    measured=Measured(**{**asdict(read), "scope": list(read.scope)}) if read else None,
                )
            )
    return out


def _is_document(speaker: str) -> bool:
    """Does a speaker name an agreement or its text ("Deal", "The joint statement")?"""
    return bool(speaker.split()) and agreement_noun(speaker.casefold().split()[-1])


PRONOUN_SAID = re.compile(rf"\b(?:he|she)\s+(?:{lexicon.SPEECH_VERBS})\b", re.IGNORECASE)


def _raised_by(ctx: Context, s: Sentence) -> str:
    """The speaker of a quote in the sentence, else the person named (or "she said") outside quotes; never
    the agreement itself ("the deal does not address X but calls for 'measures'": the issue is the deal's)."""
    for p in ctx.passages:
        if s.start <= p.open_pos < s.end and p.speaker and not _is_document(p.speaker):
            return p.speaker
    plain = ctx.outside_quotes(s.start, s.end)
    pronoun = PRONOUN_SAID.search(plain)
    if pronoun:
        person = ctx.people.last_before(s.start + pronoun.start(), exclude=ctx.quoted)
        if person is not None:
            return person.name
    for person in ctx.people.in_span(s.start, s.end):
        if _speaks(plain, person):
            return person.name
    return ""
