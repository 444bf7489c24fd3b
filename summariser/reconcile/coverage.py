"""What every stage after the first three shares: the records, who is who, which stories are copies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from summariser.models import Evidence
from summariser.reconcile.identity import Identities
from summariser.reconcile.members import Member, Record, Sourced

T = TypeVar("T")


@dataclass
class Coverage:
    """The on-topic records (findings only), their identities and story groups; `every` lists all articles."""

    records: list[Record]
    every: list[Record]
    apart: set[str]
    who: Identities
    group: dict[str, int]

    def member(self, r: Record, text: str, evidence: Evidence, **extra: str) -> Member:
        """One record's instance of an item, with its story group."""
        return Member(r.source.id, self.group[r.source.id], text, evidence, r.doc, dict(extra))

    def sourced(self, r: Record, item: T) -> Sourced[T]:
        """Any item with its source, group and document."""
        return Sourced(r.source.id, self.group[r.source.id], item, r.doc)

    @property
    def stories(self) -> int:
        """How many independent stories the articles are."""
        return len(set(self.group.values()))
