"""The agencies an article credits for its text: the one its cleaner read from a dateline or credit line
(`Document.agency`), and those credited inside the text: '(AP)' closing a paragraph, 'Reuters reported'.

Only credits for the words: a photo credit ('REUTERS/Jane Doe', 'Photo by Tom Hale/Pool via AP') says who
took a picture, not who wrote the story, and is not read.
"""

from __future__ import annotations

import re
from functools import cache

from summariser.news import lexicon
from summariser.text.document import Document


@cache
def _credit_re() -> re.Pattern[str]:
    """An agency named alone in brackets, or as the subject of 'reported'."""
    forms = {f for n in lexicon.word_list("news_agencies") for f in (n, n.upper())}
    name = "|".join(re.escape(n) for n in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\((?P<a>{name})\)|\b(?P<b>{name})\s+reported\b")


def agencies(doc: Document) -> frozenset[str]:
    """The agencies (case aside) the article credits for its words."""
    found = {n.casefold() for m in _credit_re().finditer(doc.text) for n in m.groups() if n}
    return frozenset(found | ({doc.agency.casefold()} if doc.agency else set()))
