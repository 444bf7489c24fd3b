"""Counts in news text with their hedges, as intervals ("about 30" → [27, 33], "more than 24" → [25, ∞))."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summariser.news.hedges import interval
from summariser.news.lexicon import word_list

UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = {  # plural scale words without a number: "dozens of", "thousands of"
    "dozens": (24, 144),
    "scores": (40, 200),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
}
FEW = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3)}  # small vague counts, times a scale
UNIT_NOUNS = frozenset(word_list("measure_nouns"))  # a figure in one of these is an amount, not a headcount
TIME_UNITS = frozenset("seconds minutes hours days nights weeks months years decades".split())

WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozen|a\s+few|several|a\s+couple\s+of)"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
HEDGE = (
    r"(?:about|around|approximately|roughly|some|circa|an\s+estimated|nearly|almost|close\s+to|"
    r"just\s+under|more\s+than|over|upwards\s+of|in\s+excess\s+of|at\s+least|no\s+fewer\s+than|"
    r"no\s+less\s+than|fewer\s+than|less\s+than|under|below|up\s+to|as\s+many\s+as|at\s+most|"
    r"no\s+more\s+than)"
)
STOP = (
    r"(?:of|including|that|which|who|were|was|are|is|have|has|had|from|in|to|at|on|for|and|with|by|after|"
    r"before|during|said|will|would|could|as|than|but|or|since|per|this|these|their|its|the|a|an)"
)
NOUN = rf"(?!{STOP}\b)[A-Za-z][\w'’-]*"
VAGUE_RE = "|".join(v.replace(" ", r"\s+") for v in sorted(VAGUE, key=len, reverse=True))
FIGURE_RE = re.compile(
    rf"""(?<![\w$€£.,-])
    (?:(?P<hedge>{HEDGE})\s+)?
    (?P<num>(?:(?P<cur>[$€£])\s?)?{DIGITS}|{VAGUE_RE}|{WORD_NUM})
    (?:(?:\s+|-)(?P<scale>hundred|thousand|million|billion|dozen))?
    (?P<pct>\s*%|\s+percent|\s+per\s+cent)?
    (?!-)
    (?:\s+of)?
    (?P<what>(?:\s+{NOUN}){{1,3}}(?:\s+of\s+(?!the\b|a\b){NOUN}(?:\s+or\s+{NOUN})?)?)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
PARTITIVE_RE = re.compile(
    rf"""(?<![\w$€£.,-])
    (?:(?P<hedge>{HEDGE})\s+)?
    (?P<num>{DIGITS}|{WORD_NUM})
    \s+of\s+(?:the|its|their|these|those|all)\s+(?:{DIGITS}|{WORD_NUM})
    (?P<what>(?:\s+{NOUN}){{1,3}})
    """,
    re.IGNORECASE | re.VERBOSE,
)
PARTITIVE_HINT = re.compile(r"\sof\s+(?:the|its|their|these|those|all)\s", re.IGNORECASE)
# "a two-day summit", "a six-week ceasefire", "a 42-day first phase": a duration written as an adjective
# of the event, its agreement or a part of it (or another word a count can belong to, count_frames), so
# "a four-year war" (background) or "a 30-year-old" is no figure.
FRAME_WORDS = "|".join(
    re.escape(w)
    for w in sorted(
        {e.split("\t")[0] for e in word_list("count_frames", "tsv") if " " not in e.split("\t")[0]}.union(
            *(
                word_list(name)
                for name in ("agreement_nouns", "agreement_parts", "meeting_nouns", "document_nouns")
            )
        )
    )
)
TIME_WORDS = "|".join(u.removesuffix("s") for u in sorted(TIME_UNITS))
SPAN_RE = re.compile(
    rf"""(?<![\w$€£.,-])
    (?:(?P<hedge>{HEDGE})\s+)?
    (?P<num>{DIGITS}|{WORD_NUM})-(?P<what>{TIME_WORDS})
    (?![\w-])(?=\s+(?:[a-z]+\s+)?(?:{FRAME_WORDS})s?\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# What follows a number is not a counted thing when it is a verb form or a time word ("5 filed", "7 today").
NOT_COUNTED = re.compile(
    r"^(?:\w+(?:ed|ing)\s+(?:the|a|an|its|his|her|their|this|that|these|those|on|in|at|to|by)"
    r"|today|yesterday|tomorrow|tonight|ago|later|earlier|times)\b",
    re.I,
)
LABEL_BEFORE = re.compile(r"(?:\bnumber|\bno\.?|#|\bpage|\barticle|\bresolution|\bitem|\bchapter)\s*$", re.I)
DATE_NEAR = re.compile(rf"(?:{MONTHS}\s*$)|(?:^\s*{MONTHS})", re.IGNORECASE)


@dataclass(frozen=True)
class FoundFigure:
    """A count found in text, with its hedged interval and span."""

    what: str
    low: float | None
    high: float | None
    hedge: str
    start: int
    end: int


def _word_value(word: str) -> float | None:
    """Value of a spelled-out number ("twenty-seven", "a dozen")."""
    w = re.sub(r"\s+", " ", word.casefold().replace("-", " ")).removeprefix("a ").strip()
    if w == "dozen":
        return 12
    parts = w.split()
    if parts and parts[0] in TENS:
        return TENS[parts[0]] + (UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return float(UNITS[w]) if w in UNITS else None


def find_figures(text: str, start: int, end: int) -> Iterator[FoundFigure]:
    """Yield the figures in text[start:end], skipping years, dates and compound adjectives."""
    found = list(_counts(text, start, end))
    if PARTITIVE_HINT.search(text, start, end):  # what a partitive needs: its patterns cost far more
        found += [_partitive(m, text) for m in PARTITIVE_RE.finditer(text, start, end)]
    if text.find("-", start, end) >= 0:  # an adjective of duration is hyphenated
        found += [_span(m, text) for m in SPAN_RE.finditer(text, start, end)]
    yield from sorted((f for f in found if f is not None), key=lambda f: f.start)


def _counts(text: str, start: int, end: int) -> Iterator[FoundFigure | None]:
    """Each number and what it counts; the search resumes where a figure ends, not where its pattern
    did, so "two leaders spent four hours" yields both."""
    pos = start
    while (m := FIGURE_RE.search(text, pos, end)) is not None:
        fig = _figure(m, text)
        yield fig
        pos = max(fig.end if fig is not None else m.end("num"), m.start() + 1)


def _partitive(m: re.Match[str], text: str) -> FoundFigure | None:
    """A count of part of a set ("Twelve of the 92 countries" is 12 countries; the 92 is found apart)."""
    what = _head_noun_phrase(m.group("what").split())
    value = _value(m.group("num"), "")
    if value is None or _not_a_count(m, text, value) or not what:
        return None
    hedge = re.sub(r"\s+", " ", (m.group("hedge") or "").casefold())
    low, high = interval(value, hedge)
    end = m.start("what") + m.group("what").find(what.split()[-1]) + len(what.split()[-1])
    return FoundFigure(what=what, low=low, high=high, hedge=hedge, start=m.start(), end=end)


def _span(m: re.Match[str], text: str) -> FoundFigure | None:
    """A duration written as an adjective ("a two-day summit"): so many days, of the noun it qualifies."""
    value = _value(m.group("num"), "")
    if value is None or _not_a_count(m, text, value):
        return None
    hedge = re.sub(r"\s+", " ", (m.group("hedge") or "").casefold())
    low, high = interval(value, hedge, _precision(m.group("num"), ""))
    return FoundFigure(m.group("what").casefold() + "s", low, high, hedge, m.start(), m.end())


def is_unit(word: str) -> bool:
    """Does a word (singular or plural) name a unit of measure ("days", "percent", "%")?"""
    w = word.casefold()
    return w in UNIT_NOUNS or (w.endswith("s") and w[:-1] in UNIT_NOUNS)


def _is_quantity(m: re.Match[str], what: str) -> bool:
    """Is the figure an amount in a unit (a duration, money, a percentage), not a count of things?"""
    unit = what.casefold().split(" of ")[0].split()[-1:]
    return bool(m.group("pct") or m.group("cur") or (unit and is_unit(unit[0])))


def _precision(num: str, scale: str) -> float:
    """The step a figure is stated to: "17" → 1, "1.5" → 0.1, "4 billion" → a billion."""
    digits = re.sub(r"[$€£\s,]", "", num)
    decimals = len(digits.partition(".")[2]) if re.fullmatch(r"\d+(?:\.\d+)?", digits) else 0
    return 10.0**-decimals * (12 if scale == "dozen" else SCALES.get(scale, 1))


def _figure(m: re.Match[str], text: str) -> FoundFigure | None:
    """Interpret one regex match as a figure, or None when it is not a count."""
    num, hedge, scale = m.group("num"), m.group("hedge") or "", (m.group("scale") or "").casefold()
    what = _head_noun_phrase((m.group("what") or "").split())
    low: float | None
    high: float | None
    key = re.sub(r"\s+", " ", num.casefold())
    if hedge.casefold() == "over" and what.split()[:1] and what.split()[0].casefold() in TIME_UNITS:
        hedge = ""  # "over two days" means throughout two days, not more than two
    if key in VAGUE:
        low, high = VAGUE[key]
        hedge = hedge or key
    elif key in FEW:
        base = FEW[key]
        mult = SCALES.get(scale, 12 if scale == "dozen" else 1)
        low, high = base[0] * mult, base[1] * mult
        hedge = (hedge + " " + key).strip()
    else:
        value = _value(num, scale)
        if value is None or _not_a_count(m, text, value):
            return None
        low, high = interval(value, hedge, _precision(num, scale) if _is_quantity(m, what) else None)
    if m.group("pct"):
        what = "percent" + (f" of {what}" if what else "")
    if m.group("cur"):
        what = {"$": "dollars", "€": "euros", "£": "pounds"}[m.group("cur")] + (f" {what}" if what else "")
    if not what or NOT_COUNTED.match(f"{what} {text[m.end() : m.end() + 30].lstrip()}"):
        return None
    end = m.end()
    if m.group("what"):
        raw = m.group("what")
        cut = raw.find(what.split()[-1]) if what.split() and not m.group("pct") else -1
        end = m.start("what") + cut + len(what.split()[-1]) if cut >= 0 else m.end()
    return FoundFigure(what=what, low=low, high=high, hedge=hedge.casefold(), start=m.start(), end=end)


def _head_noun_phrase(tokens: list[str]) -> str:
    """Cut the counted phrase after its first plural noun ("nations took part" → "nations")."""
    for i, tok in enumerate(tokens):
        plural = len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss")
        if plural and (i + 1 == len(tokens) or tokens[i + 1].casefold() != "of"):
            return " ".join(tokens[: i + 1])
    return " ".join(tokens)


def _value(num: str, scale: str) -> float | None:
    """Numeric value of digits or words, times an optional scale word."""
    digits = re.sub(r"[$€£\s,]", "", num)
    base = float(digits) if re.fullmatch(r"\d+(?:\.\d+)?", digits) else _word_value(num)
    if base is None:
        return None
    return base * (12 if scale == "dozen" else SCALES.get(scale, 1))


def _not_a_count(m: re.Match[str], text: str, value: float) -> bool:
    """Years, days of the month, and numbers glued to hyphens are not counts of things."""
    raw = m.group("num")
    if re.fullmatch(r"1[89]\d\d|20\d\d", raw) and not m.group("hedge"):
        return True
    before = text[max(0, m.start() - 12) : m.start()]
    after = text[m.end("num") : m.end("num") + 12]
    if LABEL_BEFORE.search(before):  # "number 498", "Resolution 2231": an identifier, not a count
        return True
    return bool(DATE_NEAR.search(before) or DATE_NEAR.search(after)) or value == 1


def is_vague(hedge: str) -> bool:
    """Is the hedge a vague quantity ("dozens", "several", "tens of thousands")? Those never conflict."""
    return any(word in hedge for word in (*VAGUE, *FEW))
