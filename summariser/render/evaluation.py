"""The `summarise eval` table for a terminal."""

from __future__ import annotations

from summariser.evaluation.report import FIELDS, ArticleReport, Report

TOGETHER_S = 0.0005  # no article is read this fast: one timed at under it finished with the one before


def _pct(x: float | None) -> str:
    """A ratio as a two-decimal number, or n/a."""
    return "n/a" if x is None else f"{x:.2f}"


def eval_text(report: Report) -> str:
    """Per-field precision/recall/F1, then the set-level figures and per-article cost."""
    data = report.to_json()
    lines = [f"engine: {report.engine} · {len(report.articles)} gold articles", ""]
    lines.append(
        f"{'field':<14}{'gold':>6}{'found':>7}{'extracted':>10}{'precision':>11}{'recall':>8}{'F1':>7}"
    )
    for name in FIELDS:
        f = data["fields"][name]
        lines.append(
            f"{name:<14}{f['gold']:>6}{f['matched']:>7}{f['predicted']:>10}"
            f"{f['precision']:>11.2f}{f['recall']:>8.2f}{f['f1']:>7.2f}"
        )
    c = data["conflicts"]
    lines += [
        "",
        f"speaker accuracy {_pct(data['speaker_accuracy'])} · point status accuracy "
        f"{_pct(data['point_status_accuracy'])} · grounding rate {_pct(data['grounding_rate'])}",
        f"conflicts: {c['note']}"
        if c["note"]
        else f"conflicts: {c['found']}/{c['gold']} found (recall {c['recall']:.2f}), {len(c['false'])} false",
    ]
    lines += [f"  false: {f}" for f in c["false"]]
    lines += ["", f"{'article':<34}{'tokens':>8}{'seconds':>9}"]
    for a in report.articles:
        took = f"{'cached':>9}" if a.cached else f"{'together':>9}" if _together(a) else f"{a.seconds:>9.3f}"
        lines.append(f"{a.file[:33]:<34}{a.tokens:>8}{took}" + (f"  failed: {a.error}" if a.error else ""))
    if any(a.cached for a in report.articles):
        lines.append("cached: the record was read from the cache, not timed (run with --no-cache to time it)")
    if any(_together(a) for a in report.articles):
        lines.append(
            "together: finished at once with the article above (read in parallel); its time covers them"
        )
    return "\n".join(lines) + "\n"


def _together(a: ArticleReport) -> bool:
    """Did the article finish with the one before it (read in parallel), so it has no time of its own?"""
    return not (a.cached or a.error) and a.seconds < TOGETHER_S
