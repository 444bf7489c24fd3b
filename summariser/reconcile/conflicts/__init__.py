"""Where sources disagree: one detector per kind, each taking only the claims it compares."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser.reconcile.conflicts.claims import opposite_statuses, signed_vs_refused
from summariser.reconcile.conflicts.counts import category, counts
from summariser.reconcile.conflicts.dates import dates
from summariser.reconcile.conflicts.mediators import mediators
from summariser.reconcile.conflicts.quotes import attribution, wording
from summariser.reconcile.conflicts.references import references
from summariser.reconcile.conflicts.restated import restated
from summariser.reconcile.conflicts.roles import Title, posts, roles, tenure
from summariser.reconcile.conflicts.venues import venues

if TYPE_CHECKING:
    from summariser.models import Conflict
    from summariser.reconcile.claims import Claims
    from summariser.reconcile.identity import Identities

__all__ = [
    "Title",
    "attribution",
    "category",
    "counts",
    "dates",
    "detect",
    "mediators",
    "opposite_statuses",
    "posts",
    "references",
    "restated",
    "roles",
    "signed_vs_refused",
    "tenure",
    "venues",
    "wording",
]


def detect(c: Claims, who: Identities) -> list[Conflict]:
    """Every detector over the slot it compares, facts before wording."""
    found = [*counts(c.figures)]
    for quote, members in c.quotes:
        found += [x for x in (attribution(quote, members, who.display), wording(quote, members)) if x]
    found += restated([m for _, m in c.quotes], c.stories)
    found += [*roles(c.titles, who.display), *posts(c.titles, who.display), *tenure(c.titles, who.display)]
    found += [*dates(c.events), *references(c.marks, c.current_year)]
    found += [*mediators(c.stories), *venues(c.stories)]
    found += [
        signed_vs_refused(who.display(key), signed, refused)
        for key, (signed, refused) in c.signings.items()
        if signed and refused
    ]
    return found + [x for group in c.outcomes if (x := opposite_statuses(group)) is not None]
