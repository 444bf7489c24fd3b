"""Outcomes from the clause: what a sentence says the parties decided, agreed, committed to, refused or left
open, read from its main clause (not from subordinate clauses of time, cause or background).

The main clause is the root and its conjuncts; a verb of saying hands over to what was said ("Al Rashid
said the deal will take effect"). Each main verb is classed by lemma (word lists in news/data/):
- a decision (agree, sign, adopt, approve, reach a deal): agreed, intended, rejected by its own
  modality and polarity; "signed a declaration of intent" is agreed whatever the document is called;
  what parties agreed may, will or should happen is theirs too ("agreed that each side can inspect");
- a provision: the agreement as the acting subject ("the accord will cap enrichment") or a clause framed
  by it ("under the deal", "in the first phase of the truce"): agreed, negation included ("troops will
  not be stationed in the zone" is an agreed provision); one still to be negotiated is open;
- a commitment (pledge, commit, vow) or a party's future act ("will monitor"): intended;
- a proposal: proposed; a refusal or a ruling out: rejected; a removal from the text: dropped;
- open: a step still pending ("needs to be approved", "will be negotiated", "were still being ironed
  out"), a matter the text does not address (news/pending.py).
A clause set before the event (a past year, "had signed") is background, not an outcome.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summariser.news.agents import (
    agreement_word,
    background,
    is_agreement,
    issued,
    party,
    party_word,
    subject,
    word_set,
)
from summariser.news.cues import dropped
from summariser.news.later import provided, scheduled
from summariser.news.lexicon import SPEECH_LEMMAS
from summariser.news.pending import pending
from summariser.news.polarity import has_lemma, lemmas, negated, own_modality, polarity

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

VERBAL = ("VERB", "AUX")
FROM_POLARITY = {"affirmed": "agreed", "intended": "intended", "proposed": "proposed"}
REFUSED = ("negated", "refused")
TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "when", "once"})


@dataclass(frozen=True)
class Clause:
    """The outcome one sentence states: its status, the verb it rests on, its kind and its agent."""

    status: str  # agreed | intended | proposed | dropped | rejected | open
    kind: str  # decision | provision | commitment | proposal | refusal | removal | pending
    verb: Token
    agent: str


def outcome(
    sentence: Span, skip: frozenset[int], year: int | None = None, it_is_text: bool = False
) -> Clause | None:
    """The outcome a sentence states in its main clause, or None (narration, colour, background).
    `it_is_text`: the sentence before spoke of the agreement's text, so "It also states ..." is its voice."""
    return strongest(outcomes(sentence, skip, year, it_is_text))


def strongest(found: list[Clause]) -> Clause | None:
    """The outcome that speaks for a whole sentence: an open or negative status before a positive one."""
    return min(found, key=lambda c: PRIORITY.index(c.status), default=None)


def outcomes(
    sentence: Span, skip: frozenset[int], year: int | None = None, it_is_text: bool = False
) -> list[Clause]:
    """The outcome of each main verb of a sentence that states one."""
    found = []
    for verb, told in main_verbs(sentence.root, skip):
        clause = agreed_content(verb, year, told) or classify(verb, year, told, it_is_text)
        chose = clause is None and has_lemma(verb, "choice_verbs")
        for x in (c for c in verb.children if c.dep_ == "xcomp") if chose else ():
            clause = classify(x, year, told, it_is_text)  # "chose not to sign", "decided to launch"
            if clause is not None:
                break
        found += [clause] if clause is not None else []
    return found


PRIORITY = ("open", "dropped", "rejected", "agreed", "intended", "proposed")


AGREED_MODALITY = {"proposed": "agreed", "intended": "intended", "obliged": "intended"}


def agreed_content(verb: Token, year: int | None, told: bool = False) -> Clause | None:
    """What parties agreed may, will or should happen ("agreed that each side can inspect the other's
    ports": a right granted, agreed; "agreed that the border should reopen": intended), negation
    included. Agreeing that something is or will be so ("the talks were useful") is an opinion."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() != "agree" or head.pos_ not in VERBAL:
        return None
    if negated(head) or not party(head) or background(head, year, told) or _hedged(head):
        return None
    if has_lemma(verb, "stative_verbs"):
        return None  # "agreed that the talks will be hard": a forecast shared, no act decided
    modal = own_modality(verb)
    status = AGREED_MODALITY.get(modal) if modal is not None else None
    return Clause(status, "decision", head, subject(head)) if status else None


def main_verbs(root: Token, skip: frozenset[int]) -> Iterator[tuple[Token, bool]]:
    """The main clause's verbs: the root, its conjuncts and contrasts ("while ..."), and what a verb of
    saying reports; each with whether it is reported speech (whose tenses are shifted back)."""
    stack, seen = [(root, False)], set[int]()
    while stack:
        verb, told = stack.pop()
        if verb.i in seen or verb.i in skip:
            continue
        seen.add(verb.i)
        saying = reports(verb)
        if verb.pos_ in VERBAL:
            yield verb, told  # a verb of saying too: the agreement's text speaks through one
        for child in verb.children:
            if child.pos_ not in VERBAL:
                continue
            if child.dep_ == "conj" or (
                child.dep_ == "advcl" and not _of_time(child) and (_contrast(child) or reports(child))
            ):
                stack.append((child, told))  # a contrast; "..., saying that the mediators will oversee it"
            elif saying and child.dep_ in ("ccomp", "parataxis"):
                stack.append((child, True))
        if saying and verb.dep_ == "parataxis" and verb.head.pos_ in VERBAL:
            stack.append((verb.head, True))  # "The deal, he said, takes effect Sunday"
    for token in root.sent:
        if absolute(token) and token.i not in seen and token.i not in skip:
            seen.add(token.i)
            yield token, False  # "..., with both states pledging to lower the tolls"


def absolute(verb: Token) -> bool:
    """A clause of its own inside a phrase: "with" and a subject doing something ("with both sides
    agreeing to meet again")."""
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ == "with"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def reports(verb: Token) -> bool:
    """A verb of saying that hands over to what was said (announcing a deal is a decision, and pledging
    to act a commitment: neither is a report)."""
    return verb.lemma_.lower() in SPEECH_LEMMAS and not decision(verb) and not _commits(verb)


def _commits(verb: Token) -> bool:
    """A verb of promising with the act it promises ("pledged to pull back", not "pledged that ...")."""
    return has_lemma(verb, "intention_verbs") and any(c.dep_ == "xcomp" for c in verb.children)


def _of_time(clause: Token) -> bool:
    """A clause of time ("signed two days after the minister said no deal was reached"): background."""
    return any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)


def _contrast(clause: Token) -> bool:
    """A clause set against the main one ("..., while the office said details were still open")."""
    return any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children)


def classify(verb: Token, year: int | None, told: bool = False, it_is_text: bool = False) -> Clause | None:
    """The outcome one main verb states, if any (`told`: in reported speech, where "had" is no past)."""
    if background(verb, year, told) or _hedged(verb):
        return None
    state = polarity(verb)
    agent = subject(verb)
    if _keeps_silent(verb):
        return None  # "declined to comment", "refused to take questions": no outcome refused
    if state in ("affirmed", "intended") and _refuses(verb) and party(verb):
        return Clause("rejected", "refusal", verb, agent)  # "ruled out", "the text stopped short of"
    if state == "affirmed" and (_text_speaks(verb, it_is_text) or _joint_position(verb)):
        # "the text calls for", "leaders condemned"
        return Clause(provided(verb, year), "provision", verb, agent)
    if reports(verb) and not any(c.dep_ == "dobj" for c in verb.children):
        return None  # what a verb of saying reports is read on its own; "proposed a fund" is a proposal
    if pending(verb, state):
        return Clause("open", "pending", verb, agent)
    if dropped(verb):
        return Clause("dropped", "removal", verb, agent)
    if decision(verb):
        if state in REFUSED:
            return Clause("rejected", "refusal", verb, agent) if party(verb) else None
        found = FROM_POLARITY.get(state)
        found = "intended" if found == "agreed" and scheduled(verb, year) else found
        return Clause(found, "decision", verb, agent) if found and party(verb) else None
    if provision(verb):
        return Clause(provided(verb, year), "provision", verb, agent)
    if state == "refused" and verb.pos_ == "VERB" and not has_lemma(verb, "stative_verbs") and party(verb):
        return Clause("rejected", "refusal", verb, agent)  # "will not send", "would not sign"
    if state in REFUSED:
        return None  # "X did not attend": narration, not an outcome
    return _promise(verb, state, agent)


def _keeps_silent(verb: Token) -> bool:
    """A refusal to speak: the act refused is saying something, or taking or answering what is said."""
    if not has_lemma(verb, "refusal_verbs"):
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    said = [o for a in acts for o in a.children if o.dep_ == "dobj"]
    return any(reports(a) for a in acts) or any(o.lemma_.lower() in SPEECH_LEMMAS for o in said)


def _refuses(verb: Token) -> bool:
    """A verb of rejecting ("vetoed") or of refusing to act ("declined to", "stopped short of")."""
    return has_lemma(verb, "rejection_verbs") or has_lemma(verb, "refusal_verbs")


def _promise(verb: Token, state: str, agent: str) -> Clause | None:
    """A party's commitment or proposal ("pledged to", "will send", "proposed a fund"), not yet an act."""
    if not party(verb):
        return None
    if has_lemma(verb, "intention_verbs") and state == "affirmed":
        return Clause("intended", "commitment", verb, agent)
    if has_lemma(verb, "proposal_verbs") and state == "affirmed" and not _judges(verb):
        return Clause("proposed", "proposal", verb, agent)
    if state in ("intended", "proposed") and verb.pos_ == "VERB" and not has_lemma(verb, "stative_verbs"):
        kind = "commitment" if state == "intended" else "proposal"  # "will send"; "could send"
        return Clause(state, kind, verb, agent)
    return None


def _judges(verb: Token) -> bool:
    """A verb of proposing used to judge: its complement a small clause with no verb ("considered it a
    signal", "considered the offer fair"), not an act put forward ("considered sending ships")."""
    return any(
        c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ", "PROPN") for c in verb.children
    )


def _text_speaks(verb: Token, it_is_text: bool) -> bool:
    """The agreement's text as the subject of a verb of saying or of taking a position ("the statement
    said ...", "the final document called for ...", "It also notes ...")."""
    if verb.lemma_.lower() not in SPEECH_LEMMAS and not has_lemma(verb, "position_verbs"):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in ("it", "this") and it_is_text:
        return True
    return agreement_word(subj) and subj.lemma_.lower() not in lemmas("agreement_nouns")


def _joint_position(verb: Token) -> bool:
    """The parties together taking a position ("the leaders condemned", "G20 members demanded"): what
    their declaration says. One person's "stressed" is a remark, not an outcome."""
    if not has_lemma(verb, "position_verbs"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or _reaction(verb):
        return False
    if (
        subj.lower_ in ("we", "they")
        or subj.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in subj.children)
    ):
        return party_word(subj)  # "the leaders", "we", "France and Germany": several parties at once
    return subj.ent_type_ in ("ORG", "NORP") and (subj.text.isupper() or any(c.isdigit() for c in subj.text))


def _reaction(verb: Token) -> bool:
    """A position taken on the agreement itself ("welcomed the deal"): a reaction to it, not its content."""
    return any(c.dep_ == "dobj" and agreement_word(c) for c in verb.children)


def _hedged(verb: Token) -> bool:
    """ "nearly agreed", "almost signed": an outcome not reached."""
    return any(c.lower_ in lemmas("near_miss_adverbs") for c in verb.children)


def decision(verb: Token) -> bool:
    """A verb of reaching an outcome; "reach", "strike", "announce" only with an agreement as object."""
    if verb.pos_ not in VERBAL:
        return False
    if verb.lemma_.lower() in word_set("object_bound_verbs"):
        return any(c.dep_ in ("dobj", "nsubjpass") and issued(c, verb) for c in verb.children)
    if has_lemma(verb, "closing_verbs"):
        return any(  # "ended their summit with a declaration of ..."
            c.dep_ == "prep" and c.lower_ == "with" and any(agreement_word(o) for o in c.children)
            for c in verb.children
        )
    if not has_lemma(verb, "agreement_verbs"):
        return False
    return not (verb.lemma_.lower() == "agree" and any(c.dep_ == "ccomp" for c in verb.children))


def provision(verb: Token) -> bool:
    """The agreement acts ("the accord will cap ...") or frames the clause ("under the deal, X will ...")."""
    lemma = verb.lemma_.lower()
    if (
        lemma in SPEECH_LEMMAS
        or lemma in word_set("description_verbs")
        or (lemma == "be" and not _framed(verb))
    ):
        return False
    return any(c.dep_ == "nsubj" and is_agreement(c) for c in verb.children) or _framed(verb)


def _framed(verb: Token) -> bool:
    """A prepositional frame naming the agreement or a phase of it ("as part of the deal")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in word_set("provision_preps")
        and any(is_agreement(t) for t in c.subtree if t.dep_ == "pobj")
        for c in verb.children
    )
