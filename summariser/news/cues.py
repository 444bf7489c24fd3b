"""Outcome status (agreed … rejected) and open issues of a sentence, from its verbs and generic cue phrases.

Status is read from each verb of the sentence outside quotations: which kind of verb it is (word lists in
news/data/), its modality ("will", "could") and its polarity ("not", "refused to"), via news/polarity.py.
Open issues are generic English phrases matched by lemma ("remain unclear" finds "remained unclear").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summariser.news.agents import agreement_word
from summariser.news.lexicon import word_list
from summariser.news.polarity import has_lemma, lemmas, negated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

IC = re.IGNORECASE
FITS_KEY = "summariser.open_issue_words"  # whether a paragraph Doc holds some phrase's words
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


def dropped(token: Token) -> bool:
    """Taken out of the text: a passive verb of removal, or "was not (included) in the final statement".
    Not a deal struck (the verb reaching an agreement) nor a toll cut by half (a reduction by a measure)."""
    if has_lemma(token, "drop_verbs") and any(c.dep_ == "auxpass" for c in token.children):
        return not (_struck_deal(token) or _by_measure(token))
    if token.lemma_ not in ("be", "include") or not negated(token):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.lemma_.lower() in lemmas("document_nouns") for o in c.children)
        for c in token.children
    )


def _struck_deal(verb: Token) -> bool:
    """ "A deal was struck": a verb that reaches an agreement when an agreement is its object."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    bound = verb.lemma_.lower() in lemmas("object_bound_verbs")
    return bound and subj is not None and agreement_word(subj)


def _by_measure(verb: Token) -> bool:
    """ "cut by half", "cut by 30 percent": an amount lessened, not a point taken out."""
    by = [o for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for o in c.children]
    return any(o.lower_ in ("half", "third", "quarter") or any(t.like_num for t in o.subtree) for o in by)


@cache
def open_issue_phrases() -> tuple[tuple[str, ...], ...]:
    """The open-issue phrases, each as a tuple of base-form words."""
    return tuple(tuple(p.split()) for p in word_list("open_issue_phrases"))


def is_open_issue(sentence: Span) -> bool:
    """Does the sentence say something is still unresolved (a phrase matched word by word, by lemma)? An
    apposition describing a noun ("the levy, long a sticking point, was approved") says no such thing,
    nor what past talks were held for ("envoys met in order to settle the open questions")."""
    if not _may_hold_phrase(sentence):
        return False  # most sentences: no need to walk each token's ancestors
    words = [
        (t.lower_, t.lemma_.lower())
        for t in sentence
        if not (t.is_punct or _in_apposition(t) or _past_purpose(t))
    ]
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


def _may_hold_phrase(sentence: Span) -> bool:
    """Does every word of some open-issue phrase occur in the sentence? Filtering words out only removes
    matches, so a sentence without one needs no apposition or purpose test (16 ancestor walks a sentence)."""
    if not _paragraph_may_hold(sentence.doc):
        return False  # most paragraphs: no token of theirs visited one by one
    return _fits({t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence})


@cache
def _phrase_words() -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """Every word of the open-issue phrases, and each phrase's words as a set."""
    sets = tuple(frozenset(p) for p in open_issue_phrases())
    return frozenset().union(*sets), sets


def _fits(forms: set[str]) -> bool:
    """Does some open-issue phrase have all its words among these forms?"""
    vocab, sets = _phrase_words()
    found = vocab.intersection(forms)
    return bool(found) and any(words <= found for words in sets)


def _paragraph_may_hold(doc: Doc) -> bool:
    """Whether a parsed paragraph has all words of some phrase (lower case or lemma), read once from its
    arrays and kept on it: a sentence can hold no word its paragraph lacks."""
    fits: bool | None = doc.user_data.get(FITS_KEY)
    if fits is None:
        strings = doc.vocab.strings
        lowers, lemma_ids = set(doc.to_array("LOWER").tolist()), set(doc.to_array("LEMMA").tolist())
        fits = _fits({strings[i] for i in lowers} | {strings[i].lower() for i in lemma_ids})
        doc.user_data[FITS_KEY] = fits
    return fits


def _in_apposition(token: Token) -> bool:
    """Is a token part of an apposition (a description set beside a noun)?"""
    return any(t.dep_ == "appos" for t in (token, *token.ancestors))


def _past_purpose(token: Token) -> bool:
    """Is a token inside a clause of purpose ("in order to resolve ...") of a sentence told in the past?"""
    root = token.sent.root
    if root.tag_ != "VBD":
        return False
    for anc in token.ancestors:
        if anc is root:
            return False
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in anc.children)
        if to and (anc.dep_ == "advcl" or (anc.dep_ == "acl" and anc.head.lower_ == "order")):
            return True  # "met to settle", "in order to settle"; not "the issue still to be settled"
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
