"""engines/extractive/engine.py: participants carry the evidence of where the article names them."""

from __future__ import annotations

from summariser.engines.extractive.engine import extract
from summariser.ingest.clean import from_text

CAPTION = (
    "Harbour accord signed\n\n"
    "Icelandic President Ines Varga, left, and Foreign Minister Pavel Oster of Norway during the signing "
    "ceremony in Reykjavik on Tuesday.\n"
)


def test_a_photo_caption_places_people_at_the_event_with_their_titles_as_evidence() -> None:
    doc = from_text(CAPTION, name="a.txt")
    people = {p.name: p for p in extract(doc).participants}
    varga = people["Ines Varga"]
    assert (varga.role, varga.country) == ("President", "Iceland")
    assert varga.evidence is not None
    assert doc.text[varga.evidence.start : varga.evidence.end] == "President Ines Varga"
