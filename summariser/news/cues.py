"""Outcome status (agreed … rejected) and open issues of a sentence, from its verbs and generic cue phrases.

Status is read from each verb of the sentence outside quotations: which kind of verb it is (word lists in
news/data/), its modality ("will", "could") and its polarity ("not", "refused to"), via news/polarity.py.
Open issues are generic English phrases matched by lemma ("remain unclear" finds "remained unclear").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from summariser.models import PointStatus
from summariser.news.lexicon import word_list
from summariser.news.polarity import has_lemma, lemmas, negated, own_modality, polarity
from summariser.news.spans import QuoteSpans

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

IC = re.IGNORECASE
# The first status found in this order wins; "intent" is a signed or agreed document of intent.
ORDER: tuple[str, ...] = ("dropped", "rejected", "intent", "agreed", "intended", "proposed")
FROM_POLARITY: dict[str, str | None] = {
    "affirmed": "agreed",
    "intended": "intended",
    "proposed": "proposed",
    "negated": "rejected",
    "refused": "rejected",
    "obliged": None,
}
SIGNED = re.compile(
    r"\b(?:signed|inked|initial(?:l)?ed|(?:put|added)\s+(?:their|his|her)\s+signatures?\s+to)\b", IC
)
NOT_SIGNED = re.compile(
    r"(?:\bto|trying\s+to|ready\s+to|will|would|could|plan\s+to|expected\s+to|due\s+to)\s+$", IC
)
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", IC)
REFUSED = re.compile(
    r"\b(?:refused|declined|did\s+not|didn['’]t|would\s+not|will\s+not|won['’]t)\s+(?:to\s+)?sign\b", IC
)
DOCUMENT = re.compile(
    r"^\s*(?:an?|the|this|that|their|its)?\s*(?P<doc>(?:[\w'’-]+\s+){0,5}?(?:declaration|agreement|accord|"
    r"treaty|pact|statement|communiq[uú]e|memorandum|protocol|deal|charter|letter|document|"
    r"roadmap|road\s+map|plan|framework|convention|resolution)(?:\s+of\s+(?:intent|understanding|"
    r"principles|cooperation))?)",
    IC,
)


def point_status(sentence: Span, skip: Sequence[tuple[int, int]] = (), base: int = 0) -> PointStatus | None:
    """The outcome status the sentence's verbs express outside `skip` spans, or None when it states none."""
    found = set()
    spans = skip if isinstance(skip, QuoteSpans) else QuoteSpans(skip)
    near = spans.overlapping(base + sentence.start_char, base + sentence.end_char)  # not every quote
    for token in sentence:
        at = base + token.idx
        if any(a <= at < b for a, b in near):
            continue
        status = token_status(token)
        if status is not None:
            found.add(status)
    for status in ORDER:
        if status in found:
            return "intended" if status == "intent" else status  # type: ignore[return-value]
    return None


def token_status(token: Token) -> str | None:
    """The status one word contributes: its verb class read with its modality and polarity."""
    if token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or _circumstance(token):
        return None
    if token.pos_ == "NOUN":
        return "intended" if _intention_noun(token) else None
    if dropped(token):
        return "dropped"
    state = polarity(token)
    if has_lemma(token, "rejection_verbs") and state in ("affirmed", "intended"):
        return "rejected"
    if _agreement(token):
        if state == "affirmed" and _of_intent(token):
            return "intent"
        return FROM_POLARITY[state]
    if has_lemma(token, "intention_verbs") and state == "affirmed":
        return "intended" if token.pos_ != "ADJ" or _takes_action(token) else None
    if has_lemma(token, "proposal_verbs") and state == "affirmed":
        return "proposed"
    if has_lemma(token, "action_verbs") and own_modality(token) is not None:
        return FROM_POLARITY[state] if state != "affirmed" else None
    return None


def _circumstance(token: Token) -> bool:
    """A participle or gerund that is no main verb, a hedged verb, or a verb in a clause of condition."""
    if token.dep_ in ("amod", "acl") or any(c.lower_ in lemmas("near_miss_adverbs") for c in token.children):
        return True
    if token.tag_ == "VBG" and token.dep_ in ("xcomp", "pcomp", "advcl", "csubj"):
        return True
    marks = [c.lower_ for c in token.children if c.dep_ in ("mark", "advmod")]
    if token.dep_ == "conj" and token.left_edge.i > 0:  # the parser hung the subordinator elsewhere
        marks.append(token.doc[token.left_edge.i - 1].lower_)
    if not any(m in lemmas("conditional_marks") for m in marks):
        return False
    past = token.tag_ == "VBD" or any(c.lower_ in ("had", "was", "were") for c in token.children)
    return not (past and {"after", "before"} & set(marks))


def _agreement(token: Token) -> bool:
    """A verb of reaching an outcome; "reach"/"strike" only with an agreement noun as object."""
    if not has_lemma(token, "agreement_verbs") or token.pos_ == "ADJ":
        return False
    if any(c.dep_ == "ccomp" for c in token.children):
        return False  # "agreed that territory is the key issue": an opinion shared, not an outcome
    if token.lemma_.lower() in ("reach", "strike", "yield", "achieve"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lemmas("agreement_nouns") for c in token.children)
    return True


def _of_intent(verb: Token) -> bool:
    """Is the object a document of intent ("signed a declaration of intent")?"""
    return any(
        p.lower_ == "of" and any(o.lemma_.lower() in lemmas("intent_documents") for o in p.children)
        for obj in verb.children
        if obj.dep_ in ("dobj", "nsubjpass")
        for p in obj.children
    )


def dropped(token: Token) -> bool:
    """Taken out of the text: a passive verb of removal, or "was not (included) in the final statement"."""
    if has_lemma(token, "drop_verbs") and any(c.dep_ == "auxpass" for c in token.children):
        return True
    if token.lemma_ not in ("be", "include") or not negated(token):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.lemma_.lower() in lemmas("document_nouns") for o in c.children)
        for c in token.children
    )


def _takes_action(token: Token) -> bool:
    """An adjective followed by the action it is ready for ("ready to deploy")."""
    return any(c.dep_ == "xcomp" and has_lemma(c, "action_verbs") for c in token.children)


def _intention_noun(token: Token) -> bool:
    """A plan or pledge with an infinitive after it ("a plan to take on monitoring")."""
    return token.lemma_.lower() in lemmas("intention_nouns") and any(
        c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in token.children
    )


@cache
def open_issue_phrases() -> tuple[tuple[str, ...], ...]:
    """The open-issue phrases, each as a tuple of base-form words."""
    return tuple(tuple(p.split()) for p in word_list("open_issue_phrases"))


def is_open_issue(sentence: Span) -> bool:
    """Does the sentence say something is still unresolved (a phrase matched word by word, by lemma)?"""
    words = [(t.lower_, t.lemma_.lower()) for t in sentence if not t.is_punct]
    at: dict[str, list[int]] = {}
    for i, forms in enumerate(words):
        for form in set(forms):
            at.setdefault(form, []).append(i)
    for phrase in open_issue_phrases():  # tried only where its first word occurs, not at every word
        n = len(phrase)
        for i in at.get(phrase[0], ()):
            if i + n <= len(words) and all(w in words[i + k] for k, w in enumerate(phrase)):
                return True
    return False


def signing_events(sentence: str) -> list[tuple[int, int, bool]]:
    """(start, end, refused) of signatures and refusals by surface form: the llm engine's grounding check.

    Intentions ("ready to sign", "trying to sign") and agentless passives ("once a deal is signed")
    are not signatures.
    """
    events = [(m.start(), m.end(), True) for m in REFUSED.finditer(sentence)]
    for m in SIGNED.finditer(sentence):
        head, tail = sentence[: m.start()], sentence[m.end() :]
        if NOT_SIGNED.search(head) or (PASSIVE.search(head) and not re.match(r"\s+by\b", tail)):
            continue
        events.append((m.start(), m.end(), False))
    return sorted(events)


def document_after(text: str) -> str:
    """The document named right after a signing verb ("a declaration of intent that …")."""
    m = DOCUMENT.match(text)
    return " ".join(m.group("doc").split()) if m else ""
