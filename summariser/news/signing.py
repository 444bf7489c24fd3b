"""Who signed, from spaCy's parse: subjects and agents of "sign"/"ink"/"initial", with polarity.

Handles active subjects ("X and Y signed"), passive agents ("was signed by X"), reduced relatives
("a statement signed by X, Y and Z"), co-signers ("X signed alongside Y", "X, along with Y, signed"),
gerunds of completed acts ("shook hands after signing") and refusals ("X refused to sign",
"X has not signed"). Intentions ("will sign", "expected to sign"), agentless passives and witnesses
("signed as a witness") name no signatory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summariser.news import cues
from summariser.news.polarity import has_lemma, lemmas, polarity
from summariser.news.spans import QuoteSpans
from summariser.text.nlp import Parsed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Span = tuple[int, int]
# Dependents of a signer's noun phrase that say something else about it (who, where, what they did).
ASIDE = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
# Dependencies through which a verb without a subject of its own takes its governor's.
# Dependencies the parser gives to the first names of a list of subjects it failed to coordinate.
STRAY = frozenset({"npadvmod", "nmod", "dep", "appos", "nsubj"})
BORROWS = frozenset({"xcomp", "conj", "pcomp", "prep", "pobj", "advmod", "acomp"})


@dataclass(frozen=True)
class Signing:
    """One reported signature or refusal to sign: the verb, the spans naming signers, the document."""

    verb: Span
    refused: bool
    signers: tuple[Span, ...]
    persons: tuple[Span, ...]
    document: str


def signings(parsed: Sequence[Parsed], skip: Sequence[Span] = ()) -> list[Signing]:
    """Every signature or refusal with named signers, outside the `skip` spans (quotations)."""
    out = []
    quoted = skip if isinstance(skip, QuoteSpans) else QuoteSpans(skip)
    for unit in (u for u in parsed if u.doc.has_annotation("TAG")):  # tokens-only units have no verbs
        for token in unit.doc:
            if not is_signing_verb(token) or quoted.covers(unit.start + token.idx):
                continue
            found = _reading(token, unit.start)
            if found is not None:
                out.append(found)
    return out


def is_signing_verb(token: Token) -> bool:
    """A verb (not an adjective or noun) whose lemma is one of signing."""
    verb = token.tag_.startswith("VB") and token.dep_ != "amod"
    return verb and token.lemma_.lower() in lemmas("sign_verbs")


def _reading(verb: Token, base: int) -> Signing | None:
    """The signing a verb reports, or None for intentions, witnesses and signings with no one named."""
    if _as_witness(verb):
        return None
    state = polarity(verb)
    if state not in ("affirmed", "negated", "refused"):
        return None
    heads = [*_signer_heads(verb), *_cosigners(verb)]
    if not heads:
        return None
    kept = sorted({i for head in heads for i in _phrase(head)})
    doc = verb.doc
    signers = tuple(_spans(doc, kept, base))
    persons = tuple(
        (base + e.start_char, base + e.end_char)
        for e in doc.ents
        if e.label_ == "PERSON" and all(i in kept for i in range(e.start, e.end))
    )
    verb_span = (base + verb.idx, base + verb.idx + len(verb))
    return Signing(verb_span, state in ("negated", "refused"), signers, persons, _document(verb))


def _as_witness(verb: Token) -> bool:
    """Signed "as a witness" or "as observer": a signature that makes no party."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(has_lemma(o, "witness_roles") for o in c.children)
        for c in verb.children
    )


def _signer_heads(verb: Token) -> list[Token]:
    """Heads of the noun phrases naming who signed: the agent, else the subject (borrowed if need be)."""
    token = verb
    for _ in range(5):
        agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if agents:  # names the parser hung on the verb continue the agent's list ("by X, and Y, ...")
            return [*agents, *(c for c in token.children if c.dep_ == "conj" and c.tag_ in ("NNP", "NNPS"))]
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            return []  # an agentless passive names no signer
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if subjects:
            if token.dep_ == "relcl" and subjects[0].tag_ in ("WP", "WDT"):
                return [token.head]  # "X, who signed the deal, ..."
            return [*_stray_conjuncts(token, subjects[0]), *subjects]
        if token.dep_ not in BORROWS or token.head is token:
            return []
        token = token.head
    return []


def _stray_conjuncts(verb: Token, subject: Token) -> list[Token]:
    """Names the parser hung on the verb just before a coordinated subject ("A, B and C signed")."""
    out = []
    edge = subject.left_edge.i
    for child in sorted((c for c in verb.children if c.i < edge and not c.is_punct), key=lambda c: -c.i):
        between = verb.doc[child.right_edge.i + 1 : edge]
        name = child.dep_ in STRAY and child.tag_ in ("NNP", "NNPS")
        if not (name and between and all(t.is_punct for t in between)):
            break
        out.append(child)
        edge = child.left_edge.i
    return out


def _cosigners(verb: Token) -> Iterator[Token]:
    """Objects of "alongside" / "along with" attached to the verb or to the document it governs."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in (c for t in (verb, *objects) for c in t.children):
        if child.dep_ == "prep" and _cosigner_prep(child):
            for prep in (child, *(c for c in child.children if c.dep_ == "prep")):
                yield from (o for o in prep.children if o.dep_ == "pobj")


def _cosigner_prep(prep: Token) -> bool:
    """Is this preposition one that adds a co-signer ("alongside", "along with")?"""
    preps = lemmas("cosigner_preps")
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    after = [f"{prep.lower_} {c.lower_}" for c in prep.children if c.dep_ == "prep"]
    return prep.lower_ in preps or f"{before} {prep.lower_}" in preps or any(a in preps for a in after)


def _phrase(head: Token) -> Iterator[int]:
    """Token indices of a signer's noun phrase, without relative clauses and where/when phrases."""
    yield head.i
    for child in head.children:
        if child.dep_ in ASIDE:
            continue
        if child.dep_ == "prep" and not (child.lower_ in lemmas("signer_preps") or _cosigner_prep(child)):
            continue
        yield from _phrase(child)


def _spans(doc: Doc, kept: list[int], base: int) -> Iterator[Span]:
    """Runs of consecutive kept tokens as character spans into the article."""
    run: list[int] = []
    for i in kept:
        if run and i != run[-1] + 1:
            yield _span(doc, run, base)
            run = []
        run.append(i)
    if run:
        yield _span(doc, run, base)


def _span(doc: Doc, run: list[int], base: int) -> Span:
    """Character span of a run of tokens."""
    first, last = doc[run[0]], doc[run[-1]]
    return base + first.idx, base + last.idx + len(last)


def _document(verb: Token) -> str:
    """The document signed: the object, the passive subject, or the noun a participle modifies."""
    target = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if target is None and verb.dep_ == "acl":
        target = verb.head
    if target is None:
        return ""
    return cues.document_after(verb.doc[target.left_edge.i :].text[:300])
