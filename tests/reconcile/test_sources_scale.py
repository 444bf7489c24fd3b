"""The Sources of a briefing stay linear in size however many copies of one wire story come in."""

from __future__ import annotations

from summariser.ingest.clean import from_text
from summariser.models import ArticleMeta, SummitOutcome
from summariser.reconcile import Record, reconcile, source_entry
from summariser.render.markdown import briefing_markdown

WIRE = (
    "Canal deal reached\n\n"
    "The two river states reached a canal deal on Monday, officials said. "
    "Barges will pass the locks free of tolls from next spring.\n"
)


def _copies(n: int) -> list[Record]:
    """n records of one story, each from its own file, as a wire service's reprints arrive."""
    out = []
    for i in range(1, n + 1):
        doc = from_text(WIRE, name=f"reprint{i}.txt")
        outcome = SummitOutcome(article=ArticleMeta(id=str(i), sha256="0" * 64))
        out.append(Record(source_entry(i, doc, outcome), doc, outcome))
    return out


def _sources_size(n: int) -> int:
    """Characters of the briefing's Sources as JSON (the list every format is built from)."""
    b = reconcile(_copies(n), [])
    return sum(len(s.model_dump_json()) for s in b.sources)


def test_sources_grow_linearly_with_copies_of_one_story() -> None:
    small, large = _sources_size(50), _sources_size(200)
    assert large < 4.5 * small  # naming every copy in every entry would grow sixteenfold


def test_every_copy_is_still_counted_and_the_memo_says_how_many() -> None:
    b = reconcile(_copies(30), [])
    assert all(s.syndicated_copies == 29 and len(s.syndicated_with) == 5 for s in b.sources)
    assert "and 24 more)" in briefing_markdown(b)
