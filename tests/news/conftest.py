"""Helpers for the news tests: attribute the quotes of a short hand-written article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from summariser.ingest.clean import from_text
from summariser.news.attribution import Attributor
from summariser.news.coref import Resolver
from summariser.news.parsing import ParseIndex
from summariser.news.people import PeopleFinder
from summariser.news.quotes import find_passages
from summariser.news.speakers import SpeakerFinder
from summariser.text import nlp


def attribute(text: str) -> dict[str, str]:
    """Quoted passage text -> speaker, through the parse, people, coreference and fallback patterns."""
    doc = from_text(text)
    index = ParseIndex(nlp.parse(doc))
    people = PeopleFinder(
        doc.text, [(s.start, s.end) for s in doc.body], index.entities("PERSON"), index.verbs()
    )
    paragraphs = [(p.start, p.end) for p in doc.paragraphs]
    passages = find_passages(doc.text, paragraphs)
    finder = SpeakerFinder(index, Resolver(people, index, [(p.open_pos, p.close_pos + 1) for p in passages]))
    Attributor(doc.text, [(s.start, s.end) for s in doc.sentences], people, finder).attribute(passages)
    return {p.text: p.speaker for p in passages}


@pytest.fixture
def speakers() -> Callable[[str], dict[str, str]]:
    """The `attribute` helper, as a fixture."""
    return attribute
