"""Check what a model says about an item against the sentence that grounds it: roles, countries,
documents, refusals, statuses, speakers. A value the article does not back is dropped and reported.

Generic and self-contained (word lists, no parse), so any engine whose attributes come from elsewhere
than the text itself can use it.
"""

from __future__ import annotations

import re
from typing import cast

from summariser.agreement import backed, commanding, negated
from summariser.models import Attribute, Evidence, PointStatus
from summariser.news import cues, lexicon, polarity
from summariser.news.names import surname_key
from summariser.news.outcomes import outcome
from summariser.text.document import Document, Sentence

NAME_WINDOW = 40  # characters before a name where its title and nationality stand ("Kenyan Foreign Minister")
APPOSITIVE = re.compile(r"\s*,\s*([^,.;]{1,80})[,.;]")  # "Okello, Uganda's prime minister,"
TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
SPEECH = re.compile(rf"\b(?:{lexicon.SPEECH_VERBS})\b", re.IGNORECASE)
POSITIVE: frozenset[PointStatus] = frozenset({"agreed", "intended", "proposed"})


class Checked:
    """Collects the attributes a model gave that the article does not back, for one record."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.dropped: list[Attribute] = []

    def keep(self, field: str, who: str, value: str, ok: bool) -> str:
        """The value when the article backs it; else "" and the value reported as unsupported."""
        if not value or ok:
            return value
        self.dropped.append(Attribute(field=field, text=f"{who}: {value}" if who else value))
        return ""

    def commanded(self, ev: Evidence) -> bool:
        """Is the item grounded only in a sentence that orders its reader about (an injection)?"""
        return any(commanding(s.text) for s in self.grounding(ev)) if ev.status != "unsupported" else False

    def grounding(self, ev: Evidence) -> list[Sentence]:
        """The sentences an item's evidence lies in."""
        return grounding_sentences(self.doc, ev)

    def about(self, name: str) -> list[str]:
        """Where the article describes a person: the words just before each mention, and an appositive."""
        key = surname_key(name)
        out = []
        for s in self.doc.sentences if key else []:
            for m in TOKEN.finditer(s.text):
                if surname_key(m.group()) == key:
                    out.append(s.text[max(0, m.start() - NAME_WINDOW) : m.end()])
                    after = APPOSITIVE.match(s.text, m.end())
                    out += [after.group(1)] if after else []
        return out

    def person(self, kind: str, name: str, role: str, country: str) -> tuple[str, str]:
        """A person's role and country, each kept only when the article gives them to this person."""
        near = self.about(name)
        role = self.keep(f"{kind}.role", name, role, backed(role, near))
        return role, self.keep(f"{kind}.country", name, country, backed(country, [*near, role]))

    def document(self, name: str, document: str, sents: list[Sentence]) -> str:
        """The document signed, kept when one sentence of the article names it so."""
        return self.keep("signatories.document", name, document, backed(document, [s.text for s in sents]))

    def refused(self, name: str, claimed: bool, sentence: Sentence) -> bool:
        """Whether the article reports a refusal, whatever the model said; a flip is reported."""
        said = refusal_in(sentence.text, name)
        if said != claimed:
            self.keep("signatories.refused", name, f"refused={claimed}", False)
        return said

    def status(self, text: str, claimed: PointStatus, sents: list[Sentence]) -> PointStatus | None:
        """The point's status as its sentence puts it; None when the model's status contradicts it."""
        sentence = " ".join(s.text for s in sents)
        parsed = polarity.sentences(polarity.analysis(self.doc))
        clauses = (outcome(parsed[s.start][1], frozenset()) for s in sents if s.start in parsed)
        said = next(
            (cast(PointStatus, c.status) for c in clauses if c is not None and c.status != "open"), None
        )
        if said is not None and said != claimed:
            self.keep("points.status", text, claimed, False)
            return said
        if claimed in POSITIVE and negated(sentence) and not negated(text):
            return None  # "agreed" where the sentence says they did not: the point is not supported
        return claimed

    def speaker(self, speaker: str, ev: Evidence) -> bool:
        """False when the quote's own sentence attributes it to someone else."""
        outside = "".join(
            s.text[: max(0, ev.start - s.start)] + " " + s.text[max(0, ev.end - s.start) :]
            for s in self.grounding(ev)
        )
        keys = {surname_key(t) for t in _people(outside)}
        return not (SPEECH.search(outside) and keys and surname_key(speaker) not in keys)


def grounding_sentences(doc: Document, ev: Evidence) -> list[Sentence]:
    """The sentences an item's evidence lies in."""
    return [s for s in doc.sentences if s.start < max(ev.end, ev.start + 1) and s.end > ev.start]


def _people(text: str) -> list[str]:
    """Capitalised tokens that may be names (not titles, countries or stock words)."""
    out = []
    for m in TOKEN.finditer(text):
        tok = m.group().removesuffix("'s").removesuffix("’s")
        low = tok.casefold()
        if (
            not tok[0].isupper()
            or low in lexicon.STOPWORDS
            or low in lexicon.TITLE_SET
            or tok in lexicon.DAYS
        ):
            continue
        if low not in lexicon.NON_PERSON_WORDS and not lexicon.country_of(tok, capitals=True):
            out.append(tok)
    return out


def refusal_in(sentence: str, name: str) -> bool:
    """Does the sentence report this person refusing (or not signing) rather than signing?"""
    events = cues.signing_events(sentence)
    key = surname_key(name)
    at = next((m.end() for m in TOKEN.finditer(sentence) if surname_key(m.group()) == key), 0)
    after = [e for e in events if e[0] >= at] or events
    if not after:
        return False
    start, _, refused = after[0]
    return refused or negated(" ".join(sentence[:start].split()[-3:]))
