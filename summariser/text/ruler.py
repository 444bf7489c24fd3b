"""spaCy's attribute ruler, matched through an index: the same matches, found by tag and word.

The ruler's Matcher tries each of its ~180 patterns at every token (a seventh of the whole parse). Nearly
all are one token with an exact tag or word, so an index on those finds the same matches in a lookup. A
ruler holding any pattern this index cannot read exactly (an operator, another attribute) keeps
spaCy's Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc

COLUMNS = ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE", "POS")  # read for every token as one array
Check = tuple[int, str, Any]  # column, operator, value (as `Doc.to_array` gives it; a pattern for REGEX)
Row = list[int]


@dataclass(frozen=True)
class Pattern:
    """One pattern of one ruler entry: its entry's key and the checks of each token still to make."""

    key: int
    tokens: tuple[tuple[Check, ...], ...]
    bare: bool = False  # one token, nothing left to check once found in the index


class IndexedMatcher:
    """The attribute ruler's matches as `(key, match_id, start, end)`, sorted as the ruler sorts them."""

    def __init__(
        self,
        filed: dict[tuple[int, int], list[Pattern]],
        read: Sequence[Pattern],
        strings: StringStore,
        ids: list[int],
    ) -> None:
        self.read = [[p for p in read if p.tokens[0][0][0] == c] for c in range(len(COLUMNS))]
        self.regex_memo: dict[tuple[int, int], bool] = {}  # (check, value) -> does the pattern find it
        self.columns: list[dict[int, Sequence[Pattern]]] = [{} for _ in COLUMNS]
        for (column, value), patterns in filed.items():
            self.columns[column][value] = [*patterns, *self._passing(column, value, strings)]
        self.ids = ids

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows: list[Row] = doc.to_array(list(COLUMNS)).tolist()
        strings = doc.vocab.strings
        found: set[tuple[int, int, int]] = set()
        for i, row in enumerate(rows):
            for column, value in enumerate(row):
                patterns = self.columns[column].get(value)
                if patterns is None:
                    patterns = self._file(column, value, strings)
                for p in patterns:
                    if p.bare or self._matches(p, rows, i, strings):
                        found.add((p.key, i, i + len(p.tokens)))
        return sorted((key, self.ids[key], start, end) for key, start, end in found)

    def _file(self, column: int, value: int, strings: StringStore) -> Sequence[Pattern]:
        """File a value met for the first time under the patterns read by test (regex, exclusion) whose
        first check on this column it passes; they are then found by lookup like the rest (most values:
        none, one shared empty tuple)."""
        patterns = self.columns[column][value] = tuple(self._passing(column, value, strings))
        return patterns

    def _passing(self, column: int, value: int, strings: StringStore) -> list[Pattern]:
        """The patterns read by test on this column whose first check the value passes."""
        return [p for p in self.read[column] if self._holds(p.tokens[0][0], value, strings)]

    def _matches(self, p: Pattern, rows: list[Row], start: int, strings: StringStore) -> bool:
        """Do the tokens from `start` on satisfy every check left?"""
        if start + len(p.tokens) > len(rows):
            return False
        return all(
            self._holds(check, rows[start + i][check[0]], strings)
            for i, checks in enumerate(p.tokens)
            for check in checks
        )

    def _holds(self, check: Check, value: int, strings: StringStore) -> bool:
        """One attribute test, as spaCy's Matcher reads it."""
        _, op, wanted = check
        if op == "==":
            return bool(value == wanted)
        if op == "IN":
            return value in wanted
        if op == "NOT_IN":
            return value not in wanted
        memo = (id(check), value)
        if memo not in self.regex_memo:  # REGEX: re.search on the string, as the Matcher's predicate does
            self.regex_memo[memo] = bool(wanted.search(strings[value]))
        return self.regex_memo[memo]


def compile_ruler(ruler: Any) -> IndexedMatcher | None:
    """The index for a spaCy AttributeRuler, or None when a pattern needs spaCy's own Matcher."""
    strings = ruler.vocab.strings
    filed: dict[tuple[int, int], list[Pattern]] = {}
    read: list[Pattern] = []  # patterns no exact test files; each value is tested once, when first met
    for key, entry in enumerate(ruler.patterns):
        for tokens in entry["patterns"]:
            compiled = [_checks(spec, strings) for spec in tokens] if isinstance(tokens, list) else []
            if not compiled or any(c is None for c in compiled):
                return None
            checks = [c for c in compiled if c is not None]
            slots, first = _filing(checks[0])
            pattern = Pattern(key, (first, *checks[1:]), bare=len(checks) == 1 and not first)
            for slot in slots:
                filed.setdefault(slot, []).append(pattern)
            if not slots:
                read.append(pattern)
    return IndexedMatcher(filed, read, strings, [strings[str(key)] for key in range(len(ruler.patterns))])


def _filing(first: tuple[Check, ...]) -> tuple[list[tuple[int, int]], tuple[Check, ...]]:
    """The index slots a pattern is filed under (by its first token's most selective exact test), and the
    first token's checks that filing leaves to make."""
    for column in range(len(COLUMNS)):
        for check in first:
            if check[0] == column and check[1] in ("==", "IN"):
                values = [check[2]] if check[1] == "==" else sorted(check[2])
                return [(column, v) for v in values], tuple(c for c in first if c is not check)
    return [], first


def _checks(spec: object, strings: StringStore) -> tuple[Check, ...] | None:
    """One token's checks, or None when the spec uses what the index does not read exactly."""
    if not isinstance(spec, dict) or not spec:
        return None
    out = [_check(COLUMNS.index(attr), wanted, strings) for attr, wanted in spec.items() if attr in COLUMNS]
    if len(out) != len(spec) or any(c is None for c in out):
        return None
    return tuple(c for c in out if c is not None)


def _check(column: int, wanted: object, strings: StringStore) -> Check | None:
    """An equality, set or regular-expression test; None for any other form."""
    if isinstance(wanted, str | bool):
        return (column, "==", _key(wanted, strings))
    if not isinstance(wanted, dict) or len(wanted) != 1:
        return None
    ((op, value),) = wanted.items()
    if op in ("IN", "NOT_IN") and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return (column, op, frozenset(_key(v, strings) for v in value))
    if op == "REGEX" and isinstance(value, str) and COLUMNS[column] != "IS_SPACE":
        return (column, op, re.compile(value))
    return None


def _key(value: str | bool, strings: StringStore) -> int:
    """A value as `Doc.to_array` gives it: a flag as 0/1, a string as its StringStore key."""
    return int(value) if isinstance(value, bool) else int(strings.add(value))


def speed_up(ruler: Any) -> None:
    """Give an AttributeRuler the indexed matcher (it keeps spaCy's when a pattern needs it)."""
    matcher = compile_ruler(ruler)
    if matcher is not None:
        ruler.match = matcher
