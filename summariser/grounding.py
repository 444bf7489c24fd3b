"""Align an item's text to its source: exact, normalised, elided, fuzzy or unsupported, with spans."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from summariser.agreement import agrees
from summariser.models import Evidence, GroundStatus, Span, SpeakerCheck
from summariser.news import lexicon
from summariser.news.names import POSSESSIVE, surname_key
from summariser.text.normalise import Folded, fold, words
from summariser.text.segment import paragraph_spans, sentence_spans

# Every threshold of the grounding stage, with the reason it has the value it has.
SHORT_QUOTE_CHARS = 40  # below this a changed word changes meaning: quotes must match after normalisation
QUOTE_FUZZY = 95.0  # long quotes at >= 95 differ by typos or transliteration only ("Zelensky"/"Zelenskyy")
QUOTE_PARAPHRASE = 90.0  # 90-95: the same passage with words changed; kept, flagged as paraphrased
CLAIM_FUZZY = 90.0  # a claim whose best alignment scores >= 90 is the same sentence lightly edited
CLAIM_COVERAGE = 0.75  # or: >= 75% of its content words occur in one source sentence (and its neighbour)
MIN_PART_WORDS = 3  # an elided quote's parts must each be >= 3 words, else any text "elides" into any other
MAX_PARTS = 4  # more parts than this is a collage, not an elision
PRONOUN_LOOKBACK = 6  # "he said" may refer to a speaker named up to six sentences earlier
WEAK_BELOW = 90.0  # a fuzzy match under this (coverage-only) is "weakly supported", never a finding

Kind = Literal["quote", "claim"]
Sentences = Sequence[tuple[int, int]]
ELLIPSIS_RE = re.compile(r"\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…|\[[^\]]{1,40}\])\s*")
STRIP_CHARS = " \t\n\"'“”‘’«»,;:"
PART_STRIP = STRIP_CHARS + ".!?"  # an elided part may end mid-sentence where the source has a comma
ATTRIBUTION_GAP = re.compile(
    rf"""^[\W_]*(?:\S+\s+){{0,5}}?(?:{lexicon.SPEECH_VERBS})(?:\s+\S+){{0,4}}?[\s,:;—–-]*["'“‘]?\s*$""",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _folded(source: str) -> Folded:
    """Fold a source once per run, since many items are grounded against the same article."""
    return fold(source)


@lru_cache(maxsize=64)
def _sentences(source: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of a whole source, never crossing a paragraph (a headline is its own line)."""
    return tuple(s for start, end in paragraph_spans(source) for s in sentence_spans(source, start, end))


def _spans(source: str, sentences: Sentences | None) -> Sentences:
    """The caller's sentence spans (a Document's), or the source segmented here for a bare string."""
    return sentences if sentences is not None else _sentences(source)


def ground(
    text: str, source: str, kind: Kind = "claim", sentences: Sentences | None = None, near: int = 0
) -> Evidence:
    """Find `text` in `source`; the returned evidence always slices the original `source`.

    `sentences` are the source's sentence spans when the caller has them (a Document's), so grounding
    reads the same segmentation as every other stage; a bare string is segmented here.
    """
    needle = text.strip(STRIP_CHARS)
    if not needle or not source:
        return _unsupported(0.0)
    found = _exact(needle, source, near) or _normalised(needle, source)
    if found:
        return found
    parts = [p for p in ELLIPSIS_RE.split(needle) if p.strip(STRIP_CHARS)]
    joined = (_in_order(parts, source, kind) if len(parts) > 1 else None) or _elided(needle, source, kind)
    if joined and (kind == "quote" or _one_sentence(joined, source, sentences)):
        return joined  # a claim's parts may not be stitched from two sentences
    return _fuzzy_quote(needle, source) if kind == "quote" else _fuzzy_claim(needle, source, sentences)


def is_weak(ev: Evidence) -> bool:
    """Is this evidence too loose to show as a finding (it is shown as weakly supported instead)?"""
    return ev.status == "fuzzy" and ev.score < WEAK_BELOW


def _trim(source: str, span: tuple[int, int]) -> tuple[int, int]:
    """Shrink an aligned span so it does not start or end on spaces or quote marks."""
    s, e = span
    while s < e and source[s] in STRIP_CHARS:
        s += 1
    while e > s and source[e - 1] in STRIP_CHARS:
        e -= 1
    return (s, e) if e > s else span


def _evidence(status: GroundStatus, score: float, spans: Sequence[tuple[int, int]], **kw: bool) -> Evidence:
    """Build evidence covering all spans."""
    return Evidence(
        start=spans[0][0],
        end=spans[-1][1],
        status=status,
        score=round(min(100.0, max(0.0, score)), 1),
        spans=[Span(start=s, end=e) for s, e in spans] if len(spans) > 1 else [],
        **kw,
    )


def _unsupported(score: float) -> Evidence:
    """Evidence for text no source backs; the best score seen is kept for the reader."""
    return Evidence(start=0, end=0, status="unsupported", score=round(score, 1))


def _exact(needle: str, source: str, near: int = 0) -> Evidence | None:
    """Verbatim match, looked for from `near` first (where the caller saw it: no scan of all before)."""
    i = source.find(needle, near) if near else -1
    i = i if i >= 0 else source.find(needle)
    return _evidence("exact", 100.0, [(i, i + len(needle))]) if i >= 0 else None


def _find_folded(needle: str, source: str, start: int = 0) -> tuple[int, int] | None:
    """Find a needle in the folded source, returning original offsets."""
    fs = _folded(source)
    fn = fold(needle).text
    if not fn:
        return None
    i = fs.text.find(fn, start)
    if i < 0:
        return None
    return fs.span(i, i + len(fn))


def _normalised(needle: str, source: str) -> Evidence | None:
    """Match after folding quotes, dashes, ellipses, width, whitespace and case."""
    span = _find_folded(needle, source)
    return _evidence("normalised", 100.0, [span]) if span else None


def _folded_pos(source: str, original: int) -> int:
    """Position in the folded source of the first character at or after an original offset."""
    index = _folded(source).index
    lo, hi = 0, len(index)
    while lo < hi:
        mid = (lo + hi) // 2
        if index[mid] < original:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _in_order(parts: list[str], source: str, kind: Kind) -> Evidence | None:
    """Ground parts separated by a marked ellipsis or bracketed insertion, each after the last."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for part in parts:
        span = _find_folded(part.strip(STRIP_CHARS), source, _folded_pos(source, pos))
        if span is None:
            return None
        spans.append(span)
        pos = span[1]
    status: GroundStatus = "exact" if all(source[s:e] in parts for s, e in spans) else "normalised"
    return _evidence(status, 100.0, spans)


def _elided(needle: str, source: str, kind: Kind) -> Evidence | None:
    """Ground text that silently joins separate passages; each part must be substantial."""
    tokens = list(re.finditer(r"\S+", needle))
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if len(spans) == MAX_PARTS:
            return None
        k = _longest_prefix(needle, tokens, i, source)
        if k - i < MIN_PART_WORDS and not (spans and k == len(tokens) and k > i):
            return None
        part = needle[tokens[i].start() : tokens[k - 1].end()].strip(PART_STRIP)
        span = _find_folded(part, source)
        if span is None:
            return None
        spans.append(span)
        i = k
    if len(spans) < 2:
        return None
    gaps = [source[a[1] : b[0]] for a, b in itertools.pairwise(spans)]
    silent = any(not (len(g) >= 0 and ATTRIBUTION_GAP.match(g)) for g in gaps)
    return _evidence("normalised", 100.0, spans, elided=silent)


def _longest_prefix(needle: str, tokens: list[re.Match[str]], i: int, source: str) -> int:
    """Largest k such that tokens[i:k] occurs in the source (binary search: occurrence is monotone)."""
    lo, hi = i, len(tokens)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _find_folded(needle[tokens[i].start() : tokens[mid - 1].end()].strip(PART_STRIP), source):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _fuzzy_quote(needle: str, source: str) -> Evidence:
    """Long quotes may differ slightly; short ones may not."""
    fs, fn = _folded(source), fold(needle).text
    if len(fn) < SHORT_QUOTE_CHARS:
        return _unsupported(fuzz.partial_ratio(fn, fs.text))
    al = fuzz.partial_ratio_alignment(fn, fs.text)
    if al is None or al.score < QUOTE_PARAPHRASE:
        return _unsupported(al.score if al else 0.0)
    span = _trim(source, fs.span(al.dest_start, al.dest_end))
    return _evidence("fuzzy", al.score, [span], paraphrased=al.score < QUOTE_FUZZY)


def _fuzzy_claim(needle: str, source: str, sentences: Sentences | None) -> Evidence:
    """Claims match one sentence (never words stitched from two), by alignment or content-word coverage.

    The sentence must name no entity the claim does not and agree on negation and refusal.
    """
    fn = fold(needle).text
    wanted = {w for w in words(needle) if w not in lexicon.STOPWORDS}
    best, best_span, seen = 0.0, (0, 0), 0.0
    for s, e in _spans(source, sentences):
        score, span = _sentence_score(fn, wanted, source, s, e)
        seen = max(seen, score)
        if score > best and agrees(needle, source[span[0] : span[1]]):
            best, best_span = score, span
    if best >= CLAIM_COVERAGE * 100:
        return _evidence("fuzzy", best, [best_span])
    return _unsupported(seen)


def _sentence_score(fn: str, wanted: set[str], source: str, s: int, e: int) -> tuple[float, tuple[int, int]]:
    """How well one sentence backs a claim: an alignment at >= CLAIM_FUZZY, else its content-word coverage."""
    sent = fold(source[s:e])
    if len(sent.text) >= len(fn):  # the claim aligned inside the sentence
        al = fuzz.partial_ratio_alignment(fn, sent.text, score_cutoff=CLAIM_FUZZY)
        if al is not None:
            a, b = sent.span(al.dest_start, al.dest_end)
            return al.score, _trim(source, (s + a, s + b))
    elif fuzz.ratio(fn, sent.text) >= CLAIM_FUZZY:  # a shorter sentence may not stand for a longer claim
        return fuzz.ratio(fn, sent.text), (s, e)
    cover = len(wanted & set(words(source[s:e]))) / len(wanted) if wanted else 0.0
    return cover * 100, (s, e)


def _one_sentence(ev: Evidence, source: str, sentences: Sentences | None) -> bool:
    """Do all parts of a match lie inside one sentence?"""
    return any(s <= ev.start and ev.end <= e for s, e in _spans(source, sentences))


SPEECH_NEAR = re.compile(rf"\b(?:{lexicon.SPEECH_VERBS})\b", re.IGNORECASE)
PRONOUN_SPEECH = re.compile(
    rf"\b(?:(?:he|she|they|it)\s+(?:{lexicon.SPEECH_FORMS})|(?:{lexicon.SPEECH_FORMS})\s+(?:he|she|they|it))\b",
    re.IGNORECASE,
)


def check_speaker(
    speaker: str,
    evidence: Evidence,
    source: str,
    sentences: Sentences | None = None,
    aliases: Sequence[str] = (),
) -> SpeakerCheck:
    """Is `speaker` attributed near the quote (pronouns resolved back, `aliases`: "the UN chief")?"""
    if not speaker.strip() or evidence.status == "unsupported":
        return "unknown"
    sents = _spans(source, sentences)
    first, last = _covering(sents, evidence.start, evidence.end)
    lo, hi = max(0, first - 1), min(len(sents) - 1, last + 1)
    window = source[sents[lo][0] : sents[hi][1]] if sents else ""
    outside = _mask_span(
        window, evidence.start - (sents[lo][0] if sents else 0), evidence.end - evidence.start
    )
    if _names_in(speaker, outside) or any(_titled(a, outside) for a in aliases):
        return "attributed"
    if PRONOUN_SPEECH.search(outside):
        before = source[sents[max(0, first - PRONOUN_LOOKBACK)][0] : evidence.start] if sents else ""
        if _names_in(speaker, before):
            return "attributed"
    if not _names_in(speaker, source):
        return "mismatch"
    return "mismatch" if SPEECH_NEAR.search(outside) else "unknown"


def _titled(title: str, text: str) -> bool:
    """Does the text call someone by this title alone ("the UN chief said"), no name after it?"""
    return re.search(rf"\b(?i:{re.escape(title)})\b(?![ \t]+[A-Z])", text) is not None


def _covering(sents: Sentences, start: int, end: int) -> tuple[int, int]:
    """Indexes of the first and last sentence a span touches."""
    first = min(bisect_right(sents, start, key=_end), len(sents) - 1)  # in order, not overlapping
    last = min(bisect_left(sents, end, key=_end), len(sents) - 1)
    return first, last


def _end(span: tuple[int, int]) -> int:
    """Where a sentence ends: the key of the binary search."""
    return span[1]


def _mask_span(window: str, start: int, length: int) -> str:
    """Blank out the quote itself so a name inside it does not count as attribution."""
    start = max(0, start)
    return window[:start] + " " * length + window[start + length :]


def _names_in(speaker: str, text: str) -> bool:
    """Does the text name the speaker (surname, or the family name written first, transliteration-tolerant)
    or their role noun? "Netanyahu's office said" names Netanyahu."""
    keys = _token_keys(text)
    parts = speaker.split()
    first = surname_key(parts[0]) if len(parts) > 1 and parts[0].casefold() in lexicon.FAMILY_FIRST else ""
    return any(k and k in keys for k in (surname_key(speaker), first))


@lru_cache(maxsize=256)
def _token_keys(text: str) -> frozenset[str]:
    """Surname keys of every word, possessives dropped (cached: whole sources are checked repeatedly)."""
    return frozenset(surname_key(POSSESSIVE.sub("", tok)) for tok in re.findall(r"[^\W\d_][\w'’-]*", text))
