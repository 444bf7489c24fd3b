"""The HTML memo: the outline's order, citations that unfold their span, a page that can load nothing."""

from __future__ import annotations

import re
from html import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.models import Briefing, Citation, Source, Unsupported
from summariser.render.html import briefing_html, marked
from summariser.render.markdown import briefing_markdown
from tests.render.conftest import HOSTILE, TEXTS, SeedRun, many_points, record


@pytest.fixture(scope="module")
def seeds(seed_run: SeedRun) -> str:
    return briefing_html(*seed_run)


def test_html_is_self_contained_and_citations_resolve(seeds: str, seed_run: SeedRun) -> None:
    html = seeds
    assert "default-src 'none'" in html
    assert "base-uri 'none'" in html and "form-action 'none'" in html  # no <base> or form can redirect
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:|//)", html, re.I)
    cites = re.findall(
        r'<a class="c" id="c\d+" href="#(e-(\d+)-(\d+)-(\d+))" title="[^"]*">\[(\d+)\]</a>', html
    )
    assert len(cites) > 25
    for target, sid, start, end, shown in cites:
        assert sid == shown
        mark = re.search(f'<mark id="{target}">(.*?)</mark>', html, re.S)
        assert mark is not None, target
        inner = re.sub(r"<mark[^>]*>", "", mark.group(1))  # spans of two findings may nest
        assert inner.startswith(escape(seed_run[1][sid][int(start) : int(end)])[:20])


def test_each_article_is_embedded_once(seeds: str, seed_run: SeedRun) -> None:
    unmarked = re.sub(r"</?mark[^>]*>", "", seeds)
    for text in seed_run[1].values():
        assert unmarked.count(escape(text)) == 1
        assert unmarked.count(escape(max(text.splitlines(), key=len))) == 1  # no excerpt copies either
    assert seeds.count("<pre>") == len(seed_run[1])


def test_page_size_grows_with_articles_not_with_citations(memo: Briefing) -> None:
    small = len(briefing_html(memo, TEXTS))
    doubled = memo.model_copy(update={"points": memo.points * 2})
    assert len(briefing_html(doubled, TEXTS)) - small < 3 * 400  # three more lines, no article copies


def _headings(md: str, html: str) -> tuple[list[str], list[str]]:
    """Section titles in the order each format shows them (the bottom line first)."""
    in_md = re.findall(r"^\*\*(Bottom line)\.\*\*|^## (.+)$", md, re.M)
    in_html = re.findall(r'<p class="bottom"><b>(Bottom line)\.</b>|<h2 id="[^"]+">(.+?)</h2>', html)
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
    assert line.group(1).startswith('“we accept [1] the terms [2]” is attributed to Ana Diaz <a class="c"')
    marks = re.findall(r'<a class="c"[^>]*>\[(\d)\]</a>', line.group(1))
    assert marks == ["1", "3", "1", "3"]  # the summary's, then each side's


def test_summary_marks_unfold_their_claims_span(memo: Briefing) -> None:
    html = briefing_html(memo, TEXTS)
    line = re.search(r'<li><span class="kind">count</span>: (.*?)<div class="variant">', html, re.S)
    assert line is not None
    start = TEXTS["2"].index("About 12 ministers")
    assert (
        f'href="#e-2-{start}-{start + 18}" title="[2] Wire · chars {start}–{start + 18}, exact: “About 12'
        in (line.group(1))
    )
    assert '<span class="c" title="River Post">[1]</span>; Twenty ' in line.group(1)
    assert line.group(1).endswith(" [+4]")


def test_articles_highlight_every_cited_span(memo: Briefing) -> None:
    html = briefing_html(memo, TEXTS)
    article = html.split('<section class="src" id="src-3">', 1)[1]
    assert re.search(r'<mark id="e-3-\d+-\d+">we accept the terms</mark>', article)  # a quote variant
    assert re.search(r'<mark id="e-3-\d+-\d+">Twenty ministers</mark>', article)  # a side of a conflict
    assert '<h3>[3] three <a class="back" href="#top">back to the memo</a></h3>' in html


def test_overlapping_spans_nest_and_each_keeps_its_id() -> None:
    text = "one two three four"
    spans = [Citation(source="1", start=0, end=13), Citation(source="1", start=4, end=7)]
    spans += [Citation(source="1", start=8, end=18), Citation(source="1", start=4, end=7)]
    out = marked(text, spans)
    assert out == (
        '<mark id="e-1-0-13">one <mark id="e-1-4-7">two</mark> <mark id="e-1-8-18">three</mark></mark> four'
    )


def test_every_line_of_the_memo(memo: Briefing) -> None:
    html = re.sub(r"<a class=\"c\".*?</a>|<span class=\"c\".*?</span>", "[c]", briefing_html(memo, TEXTS))
    for part in (
        '<h1 id="top">Briefing: Port talks — Lakeside, Friday</h1>',
        '<p class="bottom"><b>Bottom line.</b> 3 sources on the port talks. Ana Diaz signed.</p>',
        "<li><em>intended</em> Tariffs will fall next year.[c]</li>",
        "<li><b>Ana Diaz</b>, minister (Norland) — port deal[c]</li>",
        '<div class="variant"><span class="kind">other-speaker</span> as Ben Okafor&#x27;s: ',
        '<ul class="unsupported"><li>[c] “a line nobody wrote” — words not found in the source</li></ul>',
        "<li>[c] Wire · <code>in/port`two.txt</code> (same wire story as [c])"
        '<div class="variant">note: a note</div></li>',
    ):
        assert part in html, part


def test_every_outcome_is_listed_and_a_capped_list_says_how_many_more() -> None:
    html = briefing_html(many_points(14), {"1": TEXTS["1"]})
    assert html.count("<li>Outcome number") == 13
    unsupported = [Unsupported(source="1", field="quotes", text=f"invented {i}") for i in range(5)]
    html = briefing_html(Briefing(sources=[Source(id="1")], unsupported=unsupported), {"1": TEXTS["1"]})
    assert (
        '<li class="more">… and 2 more items, listed in the JSON memo (<code>--format json</code>)</li>'
        in html
    )


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
