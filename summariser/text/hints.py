"""A cheap test run before costly case-insensitive patterns: could the text hold any word they need?

A case-insensitive regular expression scan costs about 0.1 µs a character at every position; lowering
the text and looking for a plain word costs a fraction of that. Four characters outside ASCII match an
ASCII letter under `re.IGNORECASE` ("ſ" matches "s") without lowering to it: a text holding one always
gets the full patterns.
"""

from __future__ import annotations

FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K (Kelvin): i, i, s, k to `re`


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Could a pattern that needs one of these lower-case ASCII words (case aside) match in the text?"""
    if any(c in text for c in FOLDS_TO_ASCII):
        return True
    low = text.lower()
    return any(w in low for w in words)
