"""Who a subject refers to: a named person, a pronoun or title resolved back, or a body that speaks."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from summariser.news import lexicon
from summariser.news.agents import plural, word_set
from summariser.news.names import Person
from summariser.news.parsing import ParseIndex
from summariser.news.people import PeopleFinder

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PRONOUN_GENDER = {"he": "m", "she": "f"}
CORE_DEPS = {"compound", "flat", "amod", "det", "nmod", "poss", "case", "nummod", "punct"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NAME_PARTS = {"compound", "flat", "appos"}  # a name's words and a description set beside it
BODY_ENTS = {"ORG", "NORP", "GPE", "FAC"}
LOOKBACK = 1500  # characters searched back for a pronoun's antecedent
ROLE_LOOKBACK = 6000  # characters searched back for "the president"
PRONOUN_SENTENCES = 3  # earlier sentences searched for a pronoun's antecedent

Speaker = tuple[Person | None, str]


class Resolver:
    """Turns the subject token of a verb of saying into a person or a speaking body."""

    def __init__(self, people: PeopleFinder, index: ParseIndex, quoted: list[tuple[int, int]]) -> None:
        self.people = people
        self.index = index
        self.quoted = sorted(quoted)
        self._quote_starts = [a for a, _ in self.quoted]

    def in_quote(self, pos: int) -> bool:
        """Is an article offset inside a quoted passage (marks included)?"""
        k = bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self.quoted[k][1]

    def speaker(self, subject: Token) -> Speaker:
        """The person or body a subject names, pronouns and titles resolved against earlier mentions."""
        start, end = self.core(subject)
        person = self.people.at(start, end)
        if person is not None:
            return person, ""
        for child in subject.children:
            if child.dep_ == "appos":
                found = self.people.at(*self.core(child))
                if found is not None or (child.pos_ == "PROPN" and child.ent_type_ in {"PERSON", ""}):
                    return found or self._unlisted(child), ""
        low = subject.lower_
        if low in PRONOUN_GENDER:
            return self.pronoun(subject, PRONOUN_GENDER[low]), ""
        if low == "they":  # a group speaks: never one of its members
            return None, self.group(subject)
        if low == "it":
            return None, self.body(subject)
        if subject.pos_ == "PROPN":
            known = self.people.resolve(subject.text)
            titled = any(  # "Judge Varga", not the "Spokesman-Review" newspaper
                t.lower_ in lexicon.TITLE_SET and t.whitespace_ for t in subject.lefts if t.dep_ == "compound"
            )
            if (
                known is not None
                or subject.ent_type_ == "PERSON"
                or (titled and subject.ent_type_ not in BODY_ENTS)
            ):
                return known or self._unlisted(subject), ""
        return self.described(subject, start, end)

    def core(self, token: Token) -> tuple[int, int]:
        """Article span of a noun with its compounds and modifiers ("COP28 President Sultan Al Jaber")."""
        left = token
        for child in token.lefts:
            if child.dep_ in CORE_DEPS:
                left = min(left, child.left_edge, key=lambda t: t.i)
        base = self.index.base(token)
        return base + left.idx, base + token.idx + len(token.text)

    def pronoun(self, pronoun: Token, gender: str, hops: int = 0) -> Person | None:
        """The antecedent of he/she: the main subject of this or a recent sentence, else its latest name.

        A recent sentence whose main subject is itself "he" hands the search on to that pronoun.
        """
        groups: list[tuple[Span, list[tuple[Token, Person]]]] = []
        for s, e, person in self.people.before(self.index.offset(pronoun), LOOKBACK):
            token = self.index.token_at(e - 1)
            if token is None or self.in_quote(s) or (person.gender and person.gender != gender):
                continue
            if not groups or groups[-1][0] != token.sent:
                if len(groups) > PRONOUN_SENTENCES:
                    break
                groups.append((token.sent, []))
            groups[-1][1].append((token, person))
        for sent, names in groups:
            same = sent == pronoun.sent
            subjects = [(self._depth(t), t.i, p) for t, p in names if self._is_subject(t)]
            chained = self._pronoun_subject(sent, gender) if not same and hops < 2 else None
            if chained is not None and (not subjects or self._depth(chained) < min(subjects)[0]):
                return self.pronoun(chained, gender, hops + 1)
            if subjects:
                return min(subjects, key=lambda x: (x[0], x[1]))[2]
            owners = [(self._depth(t), t.i, p) for t, p in names if same and t.i < pronoun.i and _owns(t)]
            if owners:
                return min(owners)[2]  # "Okafor's future is unclear, but she said"
            if not same:  # no subject names anyone: the most prominent mention, the latest if level
                return min(names, key=lambda n: (self._depth(n[0]), -n[0].i))[1]
        return None

    def group(self, pronoun: Token) -> str:
        """The plural subject "they" takes up ("the leaders", "Varga and Lind"), else ""."""
        return self._antecedent(pronoun, plural)

    def body(self, pronoun: Token) -> str:
        """The speaking body "it" takes up ("the statement", "the ministry"), else ""."""
        return self._antecedent(pronoun, self._speaks)

    def _speaks(self, token: Token) -> bool:
        """A singular noun for a body or document that can be quoted."""
        return token.tag_ in {"NN", "NNP"} and (
            token.lemma_.casefold() in lexicon.SPEAKING_BODIES or token.ent_type_ in BODY_ENTS - {"GPE"}
        )

    def _antecedent(self, pronoun: Token, fits: Callable[[Token], bool]) -> str:
        """The phrase of the latest earlier subject (outside quotes) that a pronoun can take up."""
        for sent in self._recent(pronoun.sent):
            for token in sent:
                if (
                    token.dep_ in SUBJECT_DEPS
                    and token.pos_ in {"NOUN", "PROPN"}
                    and fits(token)
                    and not self.in_quote(self.index.offset(token))
                ):
                    return self._phrase(token)
        return ""

    def _phrase(self, token: Token) -> str:
        """A subject a pronoun takes up, as a speaker: with its conjuncts when short, else its core phrase."""
        start, end = self.core(token)
        edge = self.index.offset(token.right_edge) + len(token.right_edge.text)
        for stop in (edge, end):
            words = self.people.text[start:stop].split()
            while words and words[0].casefold() in {"the", "their", "its", "both", "all"}:
                words.pop(0)
            if 0 < len(words) <= 6:
                return " ".join(words)[:1].upper() + " ".join(words)[1:]
        return ""

    def _recent(self, sent: Span) -> list[Span]:
        """The sentences before `sent`, latest first, across paragraphs (PRONOUN_SENTENCES of them)."""
        out: list[Span] = []
        pos = self.index.offset(sent[0]) - 1
        while pos > 0 and len(out) < PRONOUN_SENTENCES:
            token = self.index.token_at(pos)
            if token is not None and self.index.offset(token) <= pos:
                out.append(token.sent)
                pos = self.index.offset(token.sent[0])
            pos -= 1
        return out

    def _pronoun_subject(self, sent: Span, gender: str) -> Token | None:
        """A same-gender pronoun that is a subject in `sent` (outside quotes), the shallowest one."""
        found = [
            t
            for t in sent
            if PRONOUN_GENDER.get(t.lower_) == gender
            and t.dep_ in SUBJECT_DEPS
            and not self.in_quote(self.index.offset(t))
        ]
        return min(found, key=self._depth) if found else None

    def _depth(self, token: Token) -> int:
        """Steps from a token's noun phrase head to the root of its sentence."""
        token = _phrase_head(token, NAME_PARTS)
        depth = 0
        while token.head != token and depth < 50:
            token, depth = token.head, depth + 1
        return depth

    def _is_subject(self, token: Token) -> bool:
        """Is a name token (through its compounds and appositions) the subject of a clause?"""
        return _phrase_head(token, NAME_PARTS).dep_ in SUBJECT_DEPS

    def _unlisted(self, subject: Token) -> Person:
        """A name the people scan did not keep ("Mr. Kamp said"): its surname, or the name as written."""
        ent = [t for t in subject.lefts if t.dep_ in {"compound", "flat"} and t.pos_ == "PROPN"]
        parts = [t.text for t in [*ent, subject] if t.ent_type_ in {"PERSON", ""}]
        name = " ".join(
            w for w in parts if not lexicon.country_of(w) and w.casefold() not in lexicon.TITLE_SET
        )
        name = name or subject.text
        name = re.sub(r"['’]s$", "", name)
        return self.people.resolve(name) or Person(name)

    def described(self, subject: Token, start: int, end: int) -> Speaker:
        """A title ("the U.S. president") resolved to the latest person holding it, or a body that speaks."""
        words = self.people.text[start:end].split()
        while words and words[0].casefold() in {"the", "a", "an", "its", "their", "his", "her"}:
            words.pop(0)
        phrase = " ".join(words)
        title = self._title(words)
        if title and subject.tag_ in {"NNS", "NNPS"}:
            return None, phrase[:1].upper() + phrase[1:] if len(words) <= 5 else ""
        if title:
            person = self._holder(title, self._country(words), start)
            if person is not None:
                return person, ""
            return None, phrase[:1].upper() + phrase[1:] if len(words) <= 5 else ""
        body = subject.lemma_.casefold() in lexicon.SPEAKING_BODIES or subject.ent_type_ in BODY_ENTS
        if body and phrase and len(words) <= 6 and not self.in_quote(start):
            return None, phrase[:1].upper() + phrase[1:]
        return None, ""

    def _title(self, words: list[str]) -> str:
        """The title ending a noun phrase ("prime minister" in "Indian prime minister"), else ""."""
        for k in range(min(3, len(words)), 0, -1):
            cand = " ".join(words[-k:]).casefold()
            titles = (lexicon.TITLE_SET, lexicon.TITLE_SYNONYMS)  # the second: "UN chief" for a post
            if any(cand in t or cand.removesuffix("s") in t for t in titles):
                return cand
        return ""

    def _country(self, words: list[str]) -> str:
        """A country named before the title ("U.S.", "Chinese")."""
        return next((c for w in words if (c := lexicon.country_of(w))), "")

    def _holder(self, title: str, country: str, pos: int) -> Person | None:
        """The latest person before `pos` whose role is `title` (and whose country agrees); with none, the
        one person of the article who holds it (a headline's "says UN chief" names them further down)."""
        for _, _, person in self.people.before(pos, ROLE_LOOKBACK):
            if self._holds(person, title, country):
                return person
        holders = [p for p in self.people.people.values() if self._holds(p, title, country)]
        return holders[0] if len(holders) == 1 else None

    def _holds(self, person: Person, title: str, country: str) -> bool:
        """Does a person hold a title (in a country that agrees)? "The Norwegian leader" is whoever holds
        one of Norway's head posts."""
        role = person.role.casefold()
        if title == "leader" and country:
            head = lexicon.TITLE_SYNONYMS.get(role, role) in word_set("head_posts")
            return head and person.country == country
        same = role and (lexicon.same_title(role, title) or role.endswith(" " + title))
        return bool(same) and (not country or not person.country or person.country == country)


def _owns(token: Token) -> bool:
    """Is a name the owner of a clause's subject ("Okafor's future is unclear")?"""
    token = _phrase_head(token, {"compound", "flat"})
    return token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS


def _phrase_head(token: Token, parts: set[str]) -> Token:
    """The word a name token belongs to, up through the given dependencies (compounds, appositions)."""
    while token.dep_ in parts and token.head != token:
        token = token.head
    return token
