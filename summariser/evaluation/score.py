"""`summarise eval`: score an engine's records and briefing against a hand-written gold file.

Matching is lenient the way a human judge is, and every rule is written here:
- quotes: same words after folding quotes, dashes, case, contractions and closing punctuation, or one
  contained in the other when the shorter has at least 12 characters (outlets cut quotes); the speaker
  is right when the surname keys agree (Zelensky = Zelenskyy).
- signatories: same canonical person or country, and the same signed/refused flag.
- figures: same counted category ("nations" = "countries") and intervals that agree within 1.
- points: content-word overlap (Jaccard) of at least 0.5, or one text contained in the other; the
  status must also agree for "point status" accuracy.
- open issues: every content word of the gold topic appears in the extracted issue.
- conflicts: a reported conflict of the same kind whose summary or claims mention every `about` word.
Each gold item matches at most one extracted item (greedy, in gold order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from summariser import pipeline
from summariser.errors import InputError
from summariser.evaluation.gold import GoldArticle, GoldSet
from summariser.evaluation.report import FIELDS, ArticleReport, Report, Score
from summariser.models import Briefing, Failure, Figure, OpenIssue, Point, Quote, Signatory, SummitOutcome
from summariser.news.names import surname_key
from summariser.options import EngineOptions
from summariser.reconcile.canonical import entity_key
from summariser.reconcile.conflicts import category
from summariser.reconcile.members import content_words, jaccard, same_words

MIN_CONTAINED = 12
POINT_SAME = 0.5
T = TypeVar("T")
G = TypeVar("G")


def load_gold(path: str | Path) -> GoldSet:
    """Read and validate a gold file, with a message that says what is wrong."""
    try:
        return GoldSet.model_validate_json(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc.strerror})") from None
    except ValueError as exc:
        first = str(exc).splitlines()[:3]
        raise InputError(
            f"{path}: not a valid gold file ({' '.join(first)}); see `summarise schema gold`"
        ) from None


def evaluate(gold: GoldSet, paths: Sequence[str | Path], options: EngineOptions) -> Report:
    """Extract every file, score the records against gold, then score the briefing's conflicts."""
    run = pipeline.run(paths, options, strict=True)
    by_name = {g.file: g for g in gold.articles}
    engine = run.briefing.engine
    report = Report(engine=engine)
    for a in run.articles:
        g = by_name.get(Path(a.doc.path).name)
        if g is None:
            continue
        if isinstance(a.result, Failure):
            report.articles.append(_failed(g, a.result.error))
        else:
            report.articles.append(score_article(g, a.result, a.seconds, cached=a.cached))
    missing = {g.file for g in gold.articles} - {Path(a.doc.path).name for a in run.articles}
    if missing:
        report.conflicts_note = f"not scored: the gold conflicts span {len(missing)} article(s) not evaluated"
    else:
        _score_conflicts(gold, run.briefing, report)
    return report


def _failed(g: GoldArticle, error: str) -> ArticleReport:
    """An article the engine could not process: everything in its gold is missed."""
    scores = {n: Score(gold=_count(g, n)) for n in FIELDS}
    return ArticleReport(file=g.file, scores=scores, error=error)


def _greedy(gold: list[G], predicted: list[T], same: Callable[[G, T], bool]) -> list[tuple[G, T]]:
    """One-to-one matches, gold in order, each taking the first unused prediction that fits."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def _text_match(a: str, b: str) -> bool:
    """Same words, or the shorter (12+ characters) inside the longer."""
    x, y = same_words(a), same_words(b)
    short, long = sorted((x, y), key=len)
    return x == y or (len(short) >= MIN_CONTAINED and short in long)


def score_article(g: GoldArticle, o: SummitOutcome, seconds: float, *, cached: bool = False) -> ArticleReport:
    """Match one record against its gold, field by field."""
    quotes = _greedy(g.quotes, o.quotes, lambda a, b: _text_match(a.text, b.text))
    sigs = _greedy(
        g.signatories,
        o.signatories,
        lambda a, b: entity_key(a.name) == entity_key(b.name) and a.refused == b.refused,
    )
    figs = _greedy(
        g.figures,
        o.figures,
        lambda a, b: category(a.what) == category(b.what) and _close(a.low, b.low) and _close(a.high, b.high),
    )
    points = _greedy(
        g.points,
        o.points,
        lambda a, b: (
            jaccard(content_words(a.text), content_words(b.text)) >= POINT_SAME or _text_match(a.text, b.text)
        ),
    )
    issues = _greedy(
        g.open_issues, o.open_issues, lambda a, b: content_words(a.topic) <= content_words(b.topic)
    )
    matched: dict[str, list[Any]] = {
        "quotes": quotes,
        "signatories": sigs,
        "figures": figs,
        "points": points,
        "open_issues": issues,
    }
    scores = {n: Score(gold=_count(g, n), predicted=_count(o, n), matched=len(matched[n])) for n in FIELDS}
    items: list[Quote | Signatory | Figure | Point | OpenIssue] = [
        *o.quotes,
        *o.signatories,
        *o.figures,
        *o.points,
        *o.open_issues,
    ]
    usage = o.usage
    return ArticleReport(
        file=g.file,
        scores=scores,
        speaker_right=sum(surname_key(a.speaker) == surname_key(b.speaker) for a, b in quotes),
        status_right=sum(a.status == b.status for a, b in points),
        grounded=sum(i.evidence.status in ("exact", "normalised") for i in items),
        items=len(items),
        tokens=(usage.prompt_tokens + usage.completion_tokens) if usage else 0,
        seconds=seconds,
        cached=cached,
    )


def _count(record: object, name: str) -> int:
    """Number of items in one field of a record or gold article."""
    items: list[Any] = getattr(record, name)
    return len(items)


def _close(a: float | None, b: float | None) -> bool:
    """Interval ends agree within 1 (None means unbounded)."""
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 1)


def _score_conflicts(gold: GoldSet, briefing: Briefing, report: Report) -> None:
    """Conflict recall, and the reported conflicts no gold conflict accounts for."""
    texts = [
        (c, " ".join([c.summary, *(cl.text + " " + cl.value for cl in c.claims)]).casefold())
        for c in briefing.conflicts
    ]
    pairs = _greedy(
        gold.conflicts, texts, lambda g, t: g.kind == t[0].kind and all(w.casefold() in t[1] for w in g.about)
    )
    report.conflicts = Score(gold=len(gold.conflicts), predicted=len(texts), matched=len(pairs))
    hit = {id(t[0]) for _, t in pairs}
    report.false_conflicts = [f"{c.kind}: {c.summary}" for c, _ in texts if id(c) not in hit]
