"""The HTML memo: the outline's order, citations that unfold their span, a page that can load nothing."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.models import Briefing
from summariser.render.html import briefing_html
from summariser.render.markdown import briefing_markdown
from tests.render.conftest import HOSTILE, TEXTS, SeedRun, many_points, record

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def seeds(seed_run: SeedRun) -> str:
    return briefing_html(*seed_run)


def test_html_is_self_contained_and_citations_resolve(seeds: str) -> None:
    html = seeds
    assert "default-src 'none'" in html
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:|//)", html, re.I)
    cites = re.findall(
        r'<details class="c" id="c\d+"><summary>\[(\d+)\]</summary><span class="cite">(.*?)</span></details>',
        html,
        re.S,
    )
    assert len(cites) > 25
    for sid, panel in cites:
        assert f'href="#src-{sid}"' in panel
        assert panel.count("<mark>") == 1
    for sid in {sid for sid, _ in cites}:
        assert f'id="src-{sid}"' in html


def _headings(md: str, html: str) -> tuple[list[str], list[str]]:
    """Section titles in the order each format shows them (the bottom line first)."""
    in_md = re.findall(r"^\*\*(Bottom line)\.\*\*|^## (.+)$", md, re.M)
    in_html = re.findall(r'<p class="bottom"><b>(Bottom line)\.</b>|<h2>(.+?)</h2>', html)
    return [a or b for a, b in in_md], [a or b for a, b in in_html if (a or b) != "Articles"]


def test_both_formats_show_the_same_sections_in_the_same_order(memo: Briefing, seed_run: SeedRun) -> None:
    md, html = _headings(briefing_markdown(memo), briefing_html(memo, TEXTS))
    assert md == html
    assert len(md) == 11
    md, html = _headings(briefing_markdown(seed_run[0]), briefing_html(*seed_run))
    assert md == html
    assert md[:2] == ["Bottom line", "Agreed outcomes"]


def _assert_inert_html(html: str) -> None:
    body = html.split("</style>", 1)[1]
    assert "<script" not in body.lower()
    assert "<img" not in body.lower()
    assert not re.search(r"href\s*=\s*[\"']?(?:https?|javascript|data):", body, re.I)
    assert "onerror=alert(2)>" not in body


def test_hostile_article_text_is_escaped_everywhere() -> None:
    html = briefing_html(record(HOSTILE), {"1": HOSTILE})
    _assert_inert_html(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>X &lt;b&gt;Y&lt;/b&gt;</b>" in html


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_html_escapes_anything(text: str) -> None:
    html = briefing_html(record(text), {"1": text})
    _assert_inert_html(html)
    assert html.count("<script") == 0


def test_marks_in_quoted_words_stay_words(memo: Briefing) -> None:
    html = briefing_html(memo, TEXTS)
    line = re.search(r'<li><span class="kind">attribution</span>: (.*?)</li>', html, re.S)
    assert line is not None
    assert line.group(1).startswith("“we accept [1] the terms [2]” is attributed to Ana Diaz <details")
    marks = re.findall(r"<summary>\[(\d)\]</summary>", line.group(1))
    assert marks == ["1", "3", "1", "3"]  # the summary's, then each side's


def test_summary_marks_unfold_their_claims_span(memo: Briefing) -> None:
    html = briefing_html(memo, TEXTS)
    line = re.search(r'<li><span class="kind">count</span>: (.*?)<div class="variant">', html, re.S)
    assert line is not None
    assert re.search(r"<summary>\[2\]</summary>.*?<mark>About 12 ministers</mark>", line.group(1))
    assert '<span class="c">[1]</span>; Twenty ' in line.group(1)
    assert line.group(1).endswith(" [+4]")


def test_articles_highlight_every_cited_span(memo: Briefing) -> None:
    html = briefing_html(memo, TEXTS)
    article = html.split('<section class="src" id="src-3">', 1)[1]
    assert "<mark>we accept the terms</mark>" in article  # a quote variant
    assert "<mark>Twenty ministers</mark>" in article  # a side of a conflict
    assert "<h3>[3] three</h3>" in html


def test_every_line_of_the_memo(memo: Briefing) -> None:
    html = re.sub(r"<details.*?</details>|<span class=\"c\">.*?</span>", "[c]", briefing_html(memo, TEXTS))
    for part in (
        "<h1>Briefing: Port talks — Lakeside, Friday</h1>",
        '<p class="bottom"><b>Bottom line.</b> 3 sources on the port talks. Ana Diaz signed.</p>',
        "<li><em>intended</em> Tariffs will fall next year.[c]</li>",
        "<li><b>Ana Diaz</b>, minister (Norland) — port deal[c]</li>",
        '<div class="variant"><span class="kind">other-speaker</span> as Ben Okafor&#x27;s: ',
        '<ul class="unsupported"><li>[c] quote: “a line nobody wrote”</li></ul>',
        "<li>[c] Wire · <code>in/port`two.txt</code> (same wire story as [c])"
        '<div class="variant">note: a note</div></li>',
    ):
        assert part in html, part


def test_cap_note_says_how_many_more() -> None:
    html = briefing_html(many_points(14), {"1": TEXTS["1"]})
    assert html.count("<li>Outcome number") == 2
    assert '<li class="more">… and 11 more outcomes (see <code>--format json</code>)</li>' in html


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_html_memo_renders_in_headless_chromium(seeds: str, tmp_path: Path) -> None:
    page = tmp_path / "memo.html"
    page.write_text(seeds, encoding="utf-8")
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


def test_bidi_tag_and_control_characters_reach_no_part_of_the_html() -> None:
    from summariser.ingest.clean import from_text
    from summariser.options import EngineOptions
    from summariser.pipeline import run as run_pipeline

    hidden = "\u202e\u2066\U000e0041\U000e0042\u200f\x1b[31m\x08"
    doc = from_text(
        f"Harbour{hidden} talks open\n\nMinisters from five states{hidden} signed the harbour accord.",
        name="hidden.txt",
    )
    done = run_pipeline([doc], EngineOptions(engine="extractive"))
    html = briefing_html(done.briefing, {s: d.text for s, d in done.documents().items()})
    assert "<title>Briefing" in html
    assert not re.search(
        "[\u202a-\u202e\u2066-\u2069\u200e\u200f\U000e0000-\U000e007f\x00-\x08\x1b\x7f]", html
    )
    assert "signed the harbour accord" in html
