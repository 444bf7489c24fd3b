"""Does a grounded item mean what its field says? Grounding shows the words exist; this reads them.

An open issue's sentence must state something unresolved, a signatory must be the one who signs (or
refuses) in its sentence, a participant or signatory must be a person or a party rather than a title,
and a role must be a title. The reading is the extractive engine's own parse (signings with their
agents and polarity, open-issue phrases by lemma), so both engines' items are checked by one reader.
Every item set aside is reported with a plain reason, never dropped silently.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from summariser.engines.checks import grounding_sentences
from summariser.models import Attribute, Evidence, OpenIssue, Participant, Signatory, SummitOutcome
from summariser.news import cues, lexicon, polarity, signing
from summariser.news.names import surname_key
from summariser.news.outcomes import outcome as main_clause
from summariser.text.document import Document, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Span

Item = TypeVar("Item", Participant, Signatory)
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
NOT_UNRESOLVED = "its sentence states nothing unresolved"
ONLY_A_NAME = "a name, not something unresolved"
NOT_THE_SIGNER = "its sentence does not have them signing"
A_TITLE = "a title, not a person or party"
NOT_A_ROLE = "not a title or office"


class Reader:
    """The parse of one article, read once for every item checked against it."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._signings: list[signing.Signing] | None = None
        self._sentences: dict[int, tuple[int, Span]] | None = None

    def signings(self) -> list[signing.Signing]:
        """Every signature or refusal with named signers (quotations included: a signer is a signer)."""
        if self._signings is None:
            self._signings = signing.signings(polarity.analysis(self.doc))
        return self._signings

    def unresolved(self, ev: Evidence) -> bool:
        """Does a sentence the evidence lies in say that something is still unresolved?"""
        if self._sentences is None:
            self._sentences = polarity.sentences(polarity.analysis(self.doc))
        parsed = self._sentences
        return any(s.start in parsed and _open(parsed[s.start][1]) for s in grounding_sentences(self.doc, ev))

    def signs_in(self, name: str, sentence: Sentence) -> bool:
        """Is the person or state named among the signers of a signing (or refusal) in the sentence?"""
        wanted = _keys(name)
        for found in self.signings():
            if sentence.start <= found.verb[0] < sentence.end:
                said = {k for a, b in found.signers for k in _keys(self.doc.text[a:b], each_word=True)}
                if wanted & said:
                    return True
        return False


def _open(sentence: Span) -> bool:
    """An open-issue phrase, or a main clause still pending ("needs to be approved", "will be negotiated")."""
    if cues.is_open_issue(sentence):
        return True
    clause = main_clause(sentence, frozenset())
    return clause is not None and clause.status == "open"


def screen(outcome: SummitOutcome, doc: Document, reader: Reader | None = None) -> SummitOutcome:
    """The outcome without the items that do not mean what their field says; each is reported with why."""
    read = reader or Reader(doc)
    aside: list[Attribute] = []

    def keep(field: str, text: str, reason: str) -> bool:
        if reason:
            aside.append(Attribute(field=field, text=text, reason=reason))
        return not reason

    issues = [i for i in outcome.open_issues if keep("open_issues", i.topic, _issue(i, read))]
    signatories = [s for s in outcome.signatories if keep("signatories", s.name, _signatory(s, read))]
    participants = [p for p in outcome.participants if keep("participants", p.name, _participant(p))]
    participants = [_with_role(p, aside) for p in participants]
    signatories = [_with_role(s, aside) for s in signatories]
    return outcome.model_copy(
        update={
            "open_issues": issues,
            "signatories": signatories,
            "participants": participants,
            "unsupported_attributes": [*outcome.unsupported_attributes, *aside],
        }
    )


def _issue(i: OpenIssue, read: Reader) -> str:
    """Why a grounded open issue means nothing, or ""."""
    if i.evidence.status == "unsupported":
        return ""  # reported as unsupported already
    if only_a_name(i.topic):
        return ONLY_A_NAME
    return "" if read.unresolved(i.evidence) else NOT_UNRESOLVED


def _signatory(s: Signatory, read: Reader) -> str:
    """Why a grounded signatory is none, or ""."""
    if s.evidence.status == "unsupported":
        return ""
    if names_a_title(s.name):
        return A_TITLE
    sentences = grounding_sentences(read.doc, s.evidence)
    return "" if any(read.signs_in(s.name, t) for t in sentences) else NOT_THE_SIGNER


def _participant(p: Participant) -> str:
    """Why a participant is none, or ""."""
    return A_TITLE if names_a_title(p.name) else ""


def _with_role(item: Item, aside: list[Attribute]) -> Item:
    """The item without a role that names no title or office (reported)."""
    if not item.role or is_role(item.role):
        return item
    kind = "participants" if isinstance(item, Participant) else "signatories"
    aside.append(Attribute(field=f"{kind}.role", text=f"{item.name}: {item.role}", reason=NOT_A_ROLE))
    return item.model_copy(update={"role": ""})


def _keys(text: str, each_word: bool = False) -> set[str]:
    """What a name can be matched by: its surname key and the country it names (of each word, if asked)."""
    words = WORD.findall(text)
    if each_word:  # "Al-Zayani" is also "Zayani", as the people finder reads it
        words += [w.rsplit("-", 1)[1] for w in words if "-" in w.strip("-")]
    parts = [text, *words] if each_word else [text]
    keys = {lexicon.country_of(p) for p in parts} | {surname_key(p) for p in (words if each_word else [text])}
    return {k for k in keys if k}


def names_a_title(name: str) -> bool:
    """Is the "name" only a title, with countries and small words ("UK Prime Minister", "the envoy")?"""
    titled = False
    for word in WORD.findall(name):
        low = re.sub(r"['’]s$", "", word.casefold())
        if low in lexicon.STOPWORDS or lexicon.country_of(word):
            continue
        if low not in _title_words():
            return False  # a word that can be part of a name
        titled = True
    return titled


def only_a_name(topic: str) -> bool:
    """Is the text only a state's name ("China") or a name of several capitalised words ("Saudi Arabia",
    "Wang Yi"), with no word saying what is at issue? (One capitalised word may just open a sentence.)"""
    words = [w for w in WORD.findall(topic) if w.casefold() not in lexicon.STOPWORDS]
    if lexicon.country_of(topic.strip(), capitals=True):
        return True
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def is_role(role: str) -> bool:
    """Does a role name a title or office ("foreign minister", "Kenya's envoy to the talks")?"""
    words = [re.sub(r"['’]s$", "", w.casefold()) for w in WORD.findall(role)]
    return any(w in _title_words() or w.removesuffix("s") in _title_words() for w in words)  # "envoys"


@cache
def _title_words() -> frozenset[str]:
    """Every word of every title ("prime", "minister", "secretary", "general" …)."""
    return frozenset(w for t in lexicon.TITLE_SET for w in t.split())
