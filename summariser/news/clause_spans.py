"""Where an outcome stands in its sentence: the clause it rests on, or what a verb of saying reports, without
the attribution around it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser.news.agents import word_set
from summariser.news.lexicon import SPEECH_LEMMAS
from summariser.news.outcomes import VERBAL, Clause, absolute, reports

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "«": "»"}  # an opening quotation mark and its closing one


def reported_span(sentence: Span) -> tuple[int, int]:
    """Character span (in the sentence's paragraph) of what a sentence reports: the whole sentence, or what
    its verb of saying governs ("Zelensky said the border remains the main obstacle")."""
    root = sentence.root
    said = next((c for c in root.children if c.dep_ == "ccomp"), None) if reports(root) else None
    return _trimmed(said if said is not None else root, sentence)


def clause_span(clause: Clause, sentence: Span) -> tuple[int, int]:
    """Character span (in the sentence's paragraph) of the clause an outcome rests on: what was decided,
    without the attribution around it ("..., the minister said") or the "that" introducing it."""
    top = clause.verb
    while top.dep_ in ("conj", "xcomp") and top.head.pos_ in VERBAL and top.head is not top:
        top = top.head  # the whole coordination; "chose not to sign" with its subject
    if _vague(top):
        return _trimmed(sentence.root, sentence)  # "the matter must be settled" says nothing alone
    return _trimmed(top, sentence)


def _vague(verb: Token) -> bool:
    """Does the clause's subject name nothing by itself: a pronoun, or a noun of no content of its own
    with only a determiner ("the situation", "this issue")?"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in ("it", "this", "that", "these", "those")
    bare = all(c.dep_ == "det" for c in subj.children)
    return bare and subj.lemma_.lower() in word_set("shell_nouns")


def part_span(head: Token, parts: list[Token], sentence: Span) -> tuple[int, int]:
    """Character span of one clause of a compound sentence ("X signed the accord, and it is planned to
    open two ferry routes"): the words of its head without the other clauses (`parts`: their heads)."""
    split = [p for p in parts if p is not head and head in p.ancestors]
    apart = frozenset(
        [*(t.i for p in split for t in p.subtree), *(p.head.i for p in split if absolute(p))]  # its "with"
    )
    return _trimmed(head, sentence, apart)


def _trimmed(top: Token, sentence: Span, apart: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The words of a clause, asides of attribution, a leading "that" and closing punctuation left out
    (and the words of clauses set `apart`)."""
    if top.head is not top and top.head.lemma_.lower() in SPEECH_LEMMAS and top.dep_ in ("ccomp", "xcomp"):
        tokens = list(top.subtree)
    elif top is sentence.root:
        tokens = [t for t in sentence if not _attribution(t, top)]
    else:
        tokens = list(top.subtree)
    tokens = [t for t in tokens if t.i not in apart]
    while (
        tokens and (tokens[0].dep_ in ("mark", "cc", "punct") or tokens[0].is_space) and not _quoted(tokens)
    ):
        tokens = tokens[1:]
    while tokens and (
        (tokens[-1].is_punct and tokens[-1].text not in ")”’\"'")
        or tokens[-1].is_space
        or tokens[-1].dep_ == "cc"
    ):
        tokens = tokens[:-1]
    if not tokens:
        return sentence.start_char, sentence.end_char
    end = tokens[-1].idx + len(tokens[-1].text)
    rest = sentence.doc.text[end : sentence.end_char]
    if rest.strip() and not rest.strip(" .!?\"”’'\n"):
        end = sentence.start_char + len(sentence.text.rstrip())  # the clause ends the sentence: keep its stop
    return tokens[0].idx, end


def _quoted(tokens: list[Token]) -> bool:
    """Does the span open on a quotation mark that it closes ("“many points” had been agreed"): a mark to
    keep, or the span would show a quotation's end without its start."""
    close = QUOTE_PAIRS.get(tokens[0].text)
    return close is not None and any(t.text == close for t in tokens[1:])


def _attribution(token: Token, root: Token) -> bool:
    """Part of a ", he said" or "according to X" aside hanging on the main verb."""
    for anc in (token, *token.ancestors):
        if anc.head is root and anc is not root:
            return anc.dep_ == "parataxis" and anc.lemma_.lower() in SPEECH_LEMMAS
    return False
