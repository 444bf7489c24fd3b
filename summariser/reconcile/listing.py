"""The Sources list: every article with its outlet, date and title, and the other copies of its story."""

from __future__ import annotations

import itertools
from collections import defaultdict

from summariser.models import Source
from summariser.reconcile.coverage import Coverage
from summariser.reconcile.sources import outlet_of, published, title_of

COPIES_NAMED = 5  # syndicated copies named per source (the memo shows as many); the count says the rest


def source_entries(cov: Coverage) -> list[Source]:
    """Source entries with their syndicated copies named (the records' entries are left as they are)."""
    by_group: dict[int, list[str]] = defaultdict(list)
    for r in cov.every:
        by_group[cov.group[r.source.id]].append(r.source.id)
    out = []
    for r in cov.every:
        story = by_group[cov.group[r.source.id]]
        update = {
            "syndicated_with": _copies(story, r.source.id),
            "syndicated_copies": len(story) - 1,
            "outlet": r.source.outlet or outlet_of(r.doc),
            "title": title_of(r.doc),
            "date": published(r.doc),
            "off_topic": r.source.id in cov.apart,
        }
        out.append(r.source.model_copy(update=update))
    return out


def _copies(group: list[str], sid: str) -> list[str]:
    """The first few other members of a story group: naming all of n copies per source would be n²."""
    return list(itertools.islice((s for s in group if s != sid), COPIES_NAMED))
