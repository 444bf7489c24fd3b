"""The first stage: only items a source backs go on; the rest are reported, in plain words, never dropped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from summariser.grounding import is_weak
from summariser.models import Evidence, Quote, SummitOutcome, Unsupported, Weak
from summariser.reconcile.members import Record

T = TypeVar("T")
Show = Callable[[T], str]  # how an item of a field is listed when no source backs it
Backing = Callable[[T], Evidence | None]  # where its evidence is
REASONS = {  # what a reader is told about an item no source backs, by field
    "quotes": "words not found in the source",
    "quotes.speaker": "speaker not found in the source",
    "signatories": "signing not found in the source",
    "points": "outcome not found in the source",
    "open_issues": "issue not found in the source",
    "figures": "figure not found in the source",
    "participants": "person not found in the source",
}


def reason(field_name: str) -> str:
    """Why an item is not a finding, as the memo says it."""
    return REASONS.get(field_name, "not found in the source")


@dataclass
class Screened:
    """Records holding only what their sources back, and what was set apart."""

    records: list[Record] = field(default_factory=list)
    unsupported: list[Unsupported] = field(default_factory=list)
    weak: list[Weak] = field(default_factory=list)

    def keep(
        self,
        sid: str,
        items: Sequence[T],
        name: str,
        text: Callable[[T], str],
        ev: Callable[[T], Evidence | None],
    ) -> list[T]:
        """The items of one field a source backs; the rest reported."""
        return [i for i in items if self._backed(sid, name, text(i), ev(i))]

    def quotes(self, sid: str, quotes: Sequence[Quote]) -> list[Quote]:
        """Quotes whose words and speaker the source backs."""
        found = self.keep(sid, quotes, "quotes", _said, lambda q: q.evidence)
        return [
            q
            for q in found
            if q.speaker_check != "mismatch" or self.set_apart(sid, "quotes.speaker", _said(q))
        ]

    def _backed(self, sid: str, name: str, text: str, ev: Evidence | None) -> bool:
        """True for a finding; an unsupported item is reported, a weakly matched one shown with its score."""
        if ev is None:
            return True  # a participant the engine placed without a span: kept, never cited
        if ev.status == "unsupported":
            return self.set_apart(sid, name, text)
        if is_weak(ev):
            self.weak.append(
                Weak(source=sid, field=name, text=text, score=ev.score, reason="loosely matched")
            )
            return False
        return True

    def set_apart(self, sid: str, name: str, text: str) -> bool:
        """Report an item no source backs; always False, so it is never a finding."""
        self.unsupported.append(Unsupported(source=sid, field=name, text=text, reason=reason(name)))
        return False


def _said(q: Quote) -> str:
    """A quote as the unsupported list shows it."""
    return f"{q.speaker}: {q.text}"


def screen(records: Sequence[Record]) -> Screened:
    """Split every record into its findings and the items no source (or only a loose match) backs."""
    out = Screened()
    for r in records:
        out.records.append(Record(r.source, r.doc, _findings(out, r.source.id, r.outcome)))
    return out


def _findings(out: Screened, sid: str, o: SummitOutcome) -> SummitOutcome:
    """One record reduced to what its source backs."""
    for a in o.unsupported_attributes:
        why = a.reason or reason(a.field)
        out.unsupported.append(Unsupported(source=sid, field=a.field, text=a.text, reason=why))
    update = {
        "quotes": out.quotes(sid, o.quotes),
        "signatories": out.keep(sid, o.signatories, "signatories", lambda s: s.name, lambda s: s.evidence),
        "points": out.keep(sid, o.points, "points", lambda p: p.text, lambda p: p.evidence),
        "open_issues": out.keep(sid, o.open_issues, "open_issues", lambda i: i.topic, lambda i: i.evidence),
        "figures": out.keep(sid, o.figures, "figures", lambda f: f.text, lambda f: f.evidence),
        "participants": out.keep(sid, o.participants, "participants", lambda p: p.name, lambda p: p.evidence),
    }
    return o.model_copy(update=update)
