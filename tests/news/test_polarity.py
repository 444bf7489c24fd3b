"""Polarity of the verb a sentence turns on: each sentence is written for one construction."""

from __future__ import annotations

import pytest

from summariser.ingest.clean import from_text
from summariser.news.polarity import Polarity, polarity
from summariser.text.nlp import parse


def _of(sentence: str, verb: str) -> Polarity:
    """Polarity of the first token of a made-up sentence whose text is `verb`."""
    (unit,) = parse(from_text(sentence))
    return polarity(next(t for t in unit.doc if t.text == verb))


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("Estonia signed the treaty.", "signed", "affirmed"),
        ("Estonia has not signed the treaty.", "signed", "negated"),
        ("Estonia did not sign the treaty.", "sign", "negated"),
        ("Estonia never signed the treaty.", "signed", "negated"),
        ("No agreement was signed in Riga.", "signed", "negated"),
        ("Neither side agreed to the text.", "agreed", "negated"),
        ("Estonia refused to sign the treaty.", "sign", "refused"),
        ("Estonia declined to sign the treaty.", "sign", "refused"),
        ("Estonia stopped short of signing the treaty.", "signing", "refused"),
        ("The ministers failed to agree on a text.", "agree", "refused"),
        ("Estonia would not sign the treaty.", "sign", "refused"),
        ("Estonia will sign the treaty.", "sign", "intended"),
        ("Estonia is expected to sign the treaty.", "sign", "intended"),
        ("Estonia plans to sign the treaty.", "sign", "intended"),
        ("Estonia could sign the treaty.", "sign", "proposed"),
        ("Estonia may join the mission.", "join", "proposed"),
        ("The ministers met and signed the treaty.", "signed", "affirmed"),
        ("The ministers will meet and sign the treaty.", "sign", "intended"),
    ],
)
def test_polarity_of_the_verb(sentence: str, verb: str, expected: Polarity) -> None:
    assert _of(sentence, verb) == expected
