"""Where sources disagree: one detector per kind, each taking only the claims it compares."""

from summariser.reconcile.conflicts.claims import opposite_statuses, signed_vs_refused
from summariser.reconcile.conflicts.counts import category, counts
from summariser.reconcile.conflicts.dates import dates
from summariser.reconcile.conflicts.quotes import attribution, wording
from summariser.reconcile.conflicts.references import references
from summariser.reconcile.conflicts.restated import restated
from summariser.reconcile.conflicts.roles import Title, posts, roles

__all__ = [
    "Title",
    "attribution",
    "category",
    "counts",
    "dates",
    "opposite_statuses",
    "posts",
    "references",
    "restated",
    "roles",
    "signed_vs_refused",
    "wording",
]
