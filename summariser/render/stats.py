"""Token usage per article and in total, for `--stats`."""

from __future__ import annotations

from summariser.models import Briefing


def stats_text(b: Briefing) -> str:
    """A plain table on stderr: usage is known per article only for the llm engine."""
    if b.usage is None:
        return "stats: the extractive engine makes no model requests\n"
    lines = []
    for s in b.sources:
        if s.usage is not None:
            u = s.usage
            how = "cache" if u.cached else f"{u.requests} request(s), {u.seconds:.1f} s"
            lines.append(
                f"stats: [{s.id}] {u.prompt_tokens} prompt + {u.completion_tokens} completion tokens ({how})"
            )
    for f in b.failures:
        if f.usage is not None and f.usage.requests:
            lines.append(f"stats: [failed] {f.path}: {f.usage.requests} request(s), {f.usage.seconds:.1f} s")
    u = b.usage
    lines.append(
        f"stats: total {u.requests} requests, {u.prompt_tokens} prompt + {u.completion_tokens} completion "
        f"tokens, {u.cached} article(s) from cache, {u.seconds:.1f} s of model time"
    )
    return "\n".join(lines) + "\n"
