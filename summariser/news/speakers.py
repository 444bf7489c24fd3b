"""The speaker of a quoted passage from spaCy's parse: the subject of the verb of saying that governs it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from summariser.news import lexicon, phrases
from summariser.news.coref import Resolver, Speaker
from summariser.news.parsing import ParseIndex

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

VERBAL = {"VERB", "AUX"}
INHERIT = {"advcl", "xcomp", "conj", "pcomp", "prep", "acl"}  # participles take their head's subject
CITING = {"cite", "quote"}  # "the ministry cited Wang as saying": the object speaks
TAIL_WORDS = 4  # tokens of a following sentence searched for the verb of a detached attribution
AFTER_WORDS = 4  # words after a quote searched for the verb that reports it ("the deputy minister said")
CLAUSE_STEPS = 3  # heads from a verb of saying up to the quote its clause is parsed as hanging on
CLIMB = 6  # head steps from a quote to the verb that reports it
Check = Callable[["Token"], bool]
PERSONAL = {"he", "she", "they", "who"}
ASPECTUAL = frozenset({"begin", "continue"})  # verbs of saying that also mark when another act happens
NOT_SPEAKERS = {"this", "that", "which", "there", "i", "we", "you"}


FINITE = frozenset({"VBD", "VBZ", "VBP"})  # a verb with a tense of its own, not "to deplore" or "deploring"


def _passive(verb: Token) -> bool:
    """ "the plan 'rejected by both sides'": a participle with its agent describes the noun."""
    return any(c.dep_ in {"agent", "auxpass"} for c in verb.children)


def is_speech(token: Token) -> bool:
    """A verb of communication, by lemma ("commented", "wrote", "began"); not one that only marks the
    aspect of another verb ("would begin building")."""
    if token.pos_ not in VERBAL or token.lemma_.casefold() not in lexicon.SPEECH_LEMMAS:
        return False
    return not (token.lemma_.casefold() in ASPECTUAL and any(c.dep_ == "xcomp" for c in token.children))


def is_belief(token: Token) -> bool:
    """A verb of belief ("believes", "fears"), a reporting verb unless one of saying relays it."""
    return token.pos_ in VERBAL and token.lemma_.casefold() in lexicon.BELIEF_LEMMAS


def _rank(child: Token, verb: Token) -> tuple[int, int]:
    """Order a verb's dependents so a name comes before a common noun, and that before a word like
    "nothing" (a misparse can give a verb two subjects); the nearer first within each kind."""
    kind = {"PROPN": 0, "NOUN": 2}.get(child.pos_, 1 if child.lower_ in PERSONAL else 3)
    return kind, abs(child.i - verb.i)


class SpeakerFinder:
    """Reads who said each passage from the dependency parse of the sentences around it."""

    def __init__(self, index: ParseIndex, resolver: Resolver) -> None:
        self.index = index
        self.resolver = resolver

    def speaker(self, open_pos: int, close_pos: int) -> Speaker:
        """The speaker of the passage between two quotation marks, or (None, "") when the parse has none."""
        if not (self.index.analysed(open_pos) or self.index.analysed(close_pos)):
            return None, ""  # only tokenised (past the parse budget): no verbs or subjects to read
        return self._first(
            self._subject_for(s, open_pos, close_pos) for s in self._sentences(open_pos, close_pos)
        )

    def predicate_speaker(self, open_pos: int, close_pos: int) -> Speaker:
        """The last resort, when nothing reports the quote: the subject of a quoted main verb."""
        if not self.index.analysed(open_pos):
            return None, ""
        return self._first(
            self._predicate(s, open_pos, close_pos) for s in self._sentences(open_pos, close_pos)
        )

    def _first(self, subjects: Iterable[Token | None]) -> Speaker:
        """The first subject that names a person or a body that speaks."""
        for subject in subjects:
            if subject is not None:
                found = self.resolver.speaker(subject)
                if found[0] is not None or found[1]:
                    return found
        return None, ""

    def is_phrase(self, open_pos: int, close_pos: int) -> bool:
        """Do the quoted words belong to the reporter's sentence (a modifier, a turn of phrase)?"""
        return phrases.is_phrase(self.index, open_pos, close_pos)

    def _sentences(self, open_pos: int, close_pos: int) -> list[Span]:
        """The sentences holding the opening and the closing mark (one when they coincide)."""
        out: list[Span] = []
        for pos in (open_pos, close_pos):
            token = self.index.token_at(pos)
            if token is not None and all(token.sent != s for s in out):
                out.append(token.sent)
        tail = self._tail(close_pos)
        return out if tail is None else [tail, *out]  # a detached attribution names the speaker outright

    def _tail(self, close_pos: int) -> Span | None:
        """ "…?" Lund asked.': after a question or exclamation the segmenter may end the sentence at the
        mark, leaving the attribution as a short sentence of its own; that sentence, when it opens with
        a verb of saying or its subject."""
        mark = self.index.token_at(close_pos)
        if mark is None or mark.i + 1 >= len(mark.doc) or mark.i == 0:
            return None
        nxt = mark.doc[mark.i + 1]
        ends = mark.nbor(-1).text in {"?", "!"} or mark.text[:1] in {"?", "!"}
        if not ends or nxt.sent.start != nxt.i or "\n" in mark.whitespace_ + nxt.text:
            return None
        opening = list(nxt.sent)[:TAIL_WORDS]
        return nxt.sent if any(is_speech(t) for t in opening) else None

    def _checks(self, sent: Span, open_pos: int, close_pos: int) -> tuple[Check, Check]:
        """Is a token of the sentence inside the quote; is it usable as its speaker (outside every quote)?"""
        base = self.index.base(sent[0])

        def inside(t: Token) -> bool:
            return open_pos <= base + t.idx <= close_pos

        def usable(t: Token) -> bool:
            return not inside(t) and not self.resolver.in_quote(base + t.idx)

        return inside, usable

    def _subject_for(self, sent: Span, open_pos: int, close_pos: int) -> Token | None:
        """The subject of the reporting verb: one governing the quote, else one the quote governs."""
        base = self.index.base(sent[0])
        inside, usable = self._checks(sent, open_pos, close_pos)
        quote = [t for t in sent if inside(t)]
        reported = self._reported_after(sent, quote, usable)
        if reported is not None:
            return reported
        words = [t for t in quote if not t.is_punct] + [t for t in quote if t.is_punct]
        for token in words:
            if not inside(token.head):
                found = self._climb(token.head, usable)
                if found is not None:
                    return found
        near = sorted(
            (t for t in sent if usable(t) and (is_speech(t) or is_belief(t) or t.lower_ == "according")),
            key=lambda t: min(abs(base + t.idx - open_pos), abs(base + t.idx - close_pos)),
        )
        attached = [t.head for t in quote if not inside(t.head)]
        for verb in near:
            hangs = any(inside(t) for t in list(verb.ancestors)[:CLAUSE_STEPS])  # "X, telling Y: '…'"
            sibling = verb.head in attached and bool(quote) and verb.i < quote[0].i  # "X did, telling Y, '…'"
            if verb.head == verb or hangs or sibling or verb.dep_ in {"parataxis", "ccomp"}:
                subject = self._subject(verb, usable)
                if subject is not None:
                    return subject
        return self._colon(sent, quote, usable)

    def _reported_after(self, sent: Span, quote: list[Token], usable: Check) -> Token | None:
        """'…?" asked Lund' / '…," Lund said': the main verb of saying right after a quote that ends on a
        comma, question or exclamation mark reports it, whatever the parse hangs the quote on."""
        if not quote or quote[-1].i + 1 >= len(quote[-1].doc):
            return None
        ending = [t.text for t in quote[-3:]] + [quote[-1].nbor(1).text]
        after = [t for t in sent if t.i > quote[-1].i and not t.is_punct][:AFTER_WORDS]
        if not any(mark in ending for mark in (",", "?", "!")):
            return None
        for token in after:
            if is_speech(token) and token.dep_ in {"ROOT", "parataxis"} and usable(token):
                return self._subject(token, usable)
            if token.tag_ in {"WDT", "WP", "IN"} or token.pos_ in {"VERB", "AUX"}:
                return None
        return None

    def _predicate(self, sent: Span, open_pos: int, close_pos: int) -> Token | None:
        """'The leaders "deplored in the strongest terms" the attack': with no verb of saying, a quote
        opening on the main verb quotes the words of its subject standing just before it."""
        inside, usable = self._checks(sent, open_pos, close_pos)
        words = [t for t in sent if inside(t) and not t.is_punct]
        if not words or words[0].tag_ not in {*FINITE, "VBN"}:
            return None
        verb = words[0]
        if verb.dep_ == "acl" and verb.head.i == verb.i - 2 and usable(verb.head) and not _passive(verb):
            return verb.head  # the parser hung the quoted verb on the noun just before the mark
        if verb.tag_ not in FINITE or verb.dep_ not in {"ROOT", "conj"}:  # not what a ccomp reports
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and usable(c)), None)
        return subject if subject is not None and subject.i < verb.i else None

    def _climb(self, head: Token, usable: Check) -> Token | None:
        """Walk up from a quote's attachment to the first verb of saying, and return its subject."""
        belief: Token | None = None
        for _ in range(CLIMB):
            if not usable(head):
                break
            if is_speech(head) or head.lower_ == "according":
                return self._subject(head, usable)
            if belief is None and is_belief(head):
                belief = head
            if head.head == head:
                break
            head = head.head
        return self._subject(belief, usable) if belief is not None else None

    def _subject(self, verb: Token, ok: Check, depth: int = 0) -> Token | None:
        """The subject of a verb of saying, inherited from the verb it hangs on for "adding", "who said"."""
        if verb.lower_ == "according":
            return next((c for t in verb.children if t.lower_ == "to" for c in t.children if ok(c)), None)
        cited = self._cited(verb)
        if cited is not None and ok(cited):
            return cited
        for child in verb.children:
            if child.dep_ == "agent":  # "described by an announcer as …"
                return next((c for c in child.children if c.dep_ == "pobj" and ok(c)), None)
        passive = "nsubjpass" if verb.lemma_.casefold() in CITING else "nsubj"  # "X was quoted as saying"
        if passive == "nsubj" and self._headline_passive(verb):
            return None
        for child in sorted(verb.children, key=lambda c: _rank(c, verb)):  # two subjects: a misparse
            if child.dep_ in {"nsubj", passive} and ok(child):
                return child if child.lower_ not in NOT_SPEAKERS else None
            if child.dep_ == "nsubjpass":  # "the deal was described as …": the deal did not speak
                return None
        inverted = self._inverted(verb)
        if inverted is not None and ok(inverted):
            return inverted
        if verb.dep_ == "relcl" and ok(verb.head):
            return verb.head
        return self._inherited(verb, ok, depth)

    def _inherited(self, verb: Token, ok: Check, depth: int) -> Token | None:
        """The subject a participle takes from the verb it hangs on; a participle of saying after a split
        attribution ('"…," Lindqvist said, asserting …') takes the reporter's, not the quoted verb's."""
        head = verb.head
        if depth >= 3 or head == verb or verb.dep_ not in INHERIT:
            return None
        while head.pos_ not in VERBAL and head.head != head and head.dep_ in INHERIT:
            head = head.head
        if head.pos_ not in VERBAL:
            return None
        said = [c for c in head.children if c.dep_ == "parataxis" and is_speech(c) and c != verb]
        if said and is_speech(verb):
            return self._subject(said[0], ok, depth + 1)
        return self._subject(head, ok, depth + 1)

    def _headline_passive(self, verb: Token) -> bool:
        """ "Deal hailed as 'a new dawn'": a verb with "as" and no object is a passive without auxiliary."""
        deps = {c.dep_ for c in verb.children}
        return "dobj" not in deps and any(c.lower_ == "as" for c in verb.children)

    def _cited(self, verb: Token) -> Token | None:
        """The person cited in "the ministry cited Wang as saying" (the object, not the ministry)."""
        if verb.lemma_.casefold() not in CITING:
            return None
        relays = any(c.lower_ == "as" and any(is_speech(g) for g in c.children) for c in verb.children)
        return next((c for c in verb.children if c.dep_ == "dobj"), None) if relays else None

    def _inverted(self, verb: Token) -> Token | None:
        """A name right after a verb that follows a quote ('…," added Smith'), parsed as its object."""
        if verb.i == 0 or not (verb.nbor(-1).is_quote or (verb.i > 1 and verb.nbor(-2).is_quote)):
            return None  # "…, telling Reuters" follows no quote: its object is the listener
        for child in verb.rights:
            if child.dep_ == "dobj" and child.pos_ == "PROPN" and child.left_edge.i == verb.i + 1:
                return child
        return None

    def _colon(self, sent: Span, quote: list[Token], usable: Check) -> Token | None:
        """A headline or lead-in naming the speaker before a colon ("Xi: 'Planet Earth is big'")."""
        if not quote:
            return None
        before = [t for t in sent if t.i < quote[0].i]
        if len(before) < 2 or before[-1].text != ":":
            return None
        names = before[:-1]
        if all((t.pos_ == "PROPN" or t.ent_type_) and usable(t) for t in names) and len(names) <= 6:
            return names[-1]
        return None
