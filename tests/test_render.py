"""Renderers: memo structure and citations, and that nothing from an article becomes markup or a link."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.ingest.clean import from_text
from summariser.models import ArticleMeta, Briefing, Evidence, Point, Quote, Source, SummitOutcome
from summariser.options import EngineOptions
from summariser.pipeline import run
from summariser.reconcile import Record, reconcile
from summariser.render.html import briefing_html
from summariser.render.markdown import briefing_markdown
from tests.conftest import SEEDS

HOSTILE = (
    "Leaders agreed [click](http://evil.example/x) ![pixel](https://evil.example/p.png) "
    "<script>alert(1)</script> <img src=x onerror=alert(2)> **bold** `code` # heading"
)


@pytest.fixture(scope="module")
def seeds() -> tuple[str, str]:
    done = run(SEEDS, EngineOptions(engine="extractive"))
    b, texts = done.briefing, {sid: d.text for sid, d in done.documents().items()}
    return briefing_markdown(b), briefing_html(b, texts)


def test_markdown_sections_in_order_bottom_line_first(seeds: tuple[str, str]) -> None:
    md = seeds[0]
    order = [
        "**Bottom line.**",
        "## Agreed outcomes",
        "## Signatories",
        "## Open issues",
        "## Notable quotes",
        "## Where sources disagree",
        "## Sources",
    ]
    positions = [md.index(h) for h in order]
    assert positions == sorted(positions)
    assert re.search(r"\*\*Emmanuel Macron\*\*.*\[1\]\[2\]\[3\]\[4\]\[5\]", md)
    assert "(same wire story as [2])" in md


def test_html_is_self_contained_and_citations_resolve(seeds: tuple[str, str]) -> None:
    html = seeds[1]
    assert "default-src 'none'" in html
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:|//)", html, re.I)
    cites = re.findall(
        r'<details class="c" id="c\d+"><summary>\[(\d+)\]</summary><span class="cite">(.*?)</span></details>',
        html,
        re.S,
    )
    assert len(cites) > 50
    for sid, panel in cites:
        assert f'href="#src-{sid}"' in panel
        assert panel.count("<mark>") == 1
    for sid in {sid for sid, _ in cites}:
        assert f'id="src-{sid}"' in html


def _record(text: str) -> Briefing:
    ev = Evidence(start=0, end=len(text), status="exact", score=100)
    outcome = SummitOutcome(
        article=ArticleMeta(id="evil", sha256="0" * 64),
        quotes=[Quote(speaker="X <b>Y</b>", text=text, evidence=ev, speaker_check="attributed")],
        points=[Point(text=text, status="agreed", evidence=ev)],
    )
    source = Source(id="1", path="evil.txt", outlet="<i>Outlet</i>", title=text[:200])
    return reconcile([Record(source, from_text(text), outcome)], [])


def _assert_inert_html(html: str) -> None:
    body = html.split("</style>", 1)[1]
    assert "<script" not in body.lower()
    assert "<img" not in body.lower()
    assert not re.search(r"href\s*=\s*[\"']?(?:https?|javascript|data):", body, re.I)
    assert "onerror=alert(2)>" not in body


def _assert_inert_markdown(md: str) -> None:
    assert not re.search(r"(?<!\\)\]\((?:https?|javascript)", md)
    assert not re.search(r"(?<!\\)<(?:script|img)", md, re.I)
    assert not re.search(r"(?<![\\])https?://", md)


def test_hostile_article_text_is_escaped_everywhere() -> None:
    b = _record(HOSTILE)
    md = briefing_markdown(b)
    html = briefing_html(b, {"1": HOSTILE})
    _assert_inert_markdown(md)
    _assert_inert_html(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\\[click\\]" in md


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_renderers_escape_anything(text: str) -> None:
    b = _record(text)
    _assert_inert_markdown(briefing_markdown(b))
    html = briefing_html(b, {"1": text})
    _assert_inert_html(html)
    assert html.count("<script") == 0


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_html_memo_renders_in_headless_chromium(seeds: tuple[str, str], tmp_path: Path) -> None:
    page = tmp_path / "memo.html"
    page.write_text(seeds[1], encoding="utf-8")
    shot = tmp_path / "memo.png"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    assert CHROMIUM is not None
    run = subprocess.run(
        [CHROMIUM, *flags, "--window-size=1200,1600", f"--screenshot={shot}", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-500:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a blank page compresses to a few kB
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
        text=True,
    )
    assert "Where sources disagree" in dom.stdout
    assert '<details class="c" id="c1">' in dom.stdout
    assert "<script" not in dom.stdout
