"""Two printings of one utterance aligned word by word: which content words one outlet changed.

Not changes: a shorter quote inside a longer one (either end cut), punctuation, case, contractions
("we'll" = "we will"), an editor's bracketed insertion ("[human]"), function words, the same words in
another order (a translation), and an omission the printer marked with an ellipsis.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from summariser.news.lexicon import STOPWORDS
from summariser.reconcile.members import same_words
from summariser.text.normalise import words

BRACKETED = re.compile(r"\[[^\[\]]{0,60}\]|\([^()]{0,60}\)")
ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
GAP = "<gap>"  # where a printer marked an omission
SHOWN = 8  # words of an omission the memo shows
ALIGNED = 0.6  # share of the shorter printing's words the two must share in order to be one utterance


@dataclass(frozen=True)
class Change:
    """Words one printing has where the other has different ones ("" for an unmarked omission)."""

    first: str
    second: str

    @property
    def kind(self) -> str:
        """reworded (words replaced), elided (words left out unmarked) or extended (words added)."""
        return "reworded" if self.first and self.second else "elided" if self.first else "extended"

    def shown(self) -> str:
        """The change as the memo writes it, a long omission by its opening words."""
        if self.kind == "reworded":
            return f"“{self.first}” vs “{self.second}”"
        gone = (self.first or self.second).split()
        words = " ".join(gone[:SHOWN]) + (" …" if len(gone) > SHOWN else "")
        return f"“{words}” {'left out' if self.first else 'added'}"


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Comparable words of a printing: brackets dropped, contractions spelled out, ellipses kept as gaps."""
    plain = ELLIPSIS.sub(f" {GAP} ", BRACKETED.sub(" ", text))
    out: list[str] = []
    for part in plain.split(GAP):
        out += [*words(same_words(part)), GAP]
    return tuple(out[:-1])


def changes(first: str, second: str) -> list[Change] | None:
    """Content words changed between two printings of one utterance, or None when they are not one."""
    a, b = tokens(first), tokens(second)
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    shared = [w for op, i1, i2, _, _ in ops if op == "equal" for w in a[i1:i2]]
    content = [w for w in shared if w not in STOPWORDS and w != GAP]
    if len(shared) < ALIGNED * min(_len(a), _len(b)) or len(content) < ALIGNED * min(_solid(a), _solid(b)):
        return None  # function words alone ("a lot of") do not make two printings one utterance
    out = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        x, y = a[i1:i2], b[j1:j2]
        if op == "equal" or (op != "replace" and k in (0, len(ops) - 1)):
            continue  # a printing that starts later or ends sooner
        if k == 0:
            n = min(len(x), len(y))
            x, y = (
                x[len(x) - n :],
                y[len(y) - n :],
            )  # "we believe that reaching" / "achieving": the last words
        elif k == len(ops) - 1:
            n = min(len(x), len(y))
            x, y = x[:n], y[:n]
        if (change := _change(x, y)) is not None:
            out.append(change)
    return _moved_dropped(out)


def _moved_dropped(found: list[Change]) -> list[Change]:
    """Changes left once words that only moved are set aside ("peace and trade" / "trade and peace")."""
    gone = Counter(w for c in found for w in c.first.split() if w not in STOPWORDS)
    came = Counter(w for c in found for w in c.second.split() if w not in STOPWORDS)
    moved = gone & came
    return [c for c in found if _content(c.first) - moved or _content(c.second) - moved]


def _content(text: str) -> Counter[str]:
    """Content words of a changed run, counted."""
    return Counter(w for w in text.split() if w not in STOPWORDS)


def _len(ws: tuple[str, ...]) -> int:
    """Words of a printing, gaps not counted."""
    return sum(1 for w in ws if w != GAP)


def _solid(ws: tuple[str, ...]) -> int:
    """Content words of a printing."""
    return sum(1 for w in ws if w not in STOPWORDS and w != GAP)


def _change(x: tuple[str, ...], y: tuple[str, ...]) -> Change | None:
    """A change of content words, unless only function words, order or a marked omission differ."""
    if GAP in x or GAP in y:
        return None  # the printer marked what it left out
    cx, cy = [w for w in x if w not in STOPWORDS], [w for w in y if w not in STOPWORDS]
    if (not cx and not cy) or sorted(cx) == sorted(cy):
        return None
    return Change(" ".join(x), " ".join(y))
