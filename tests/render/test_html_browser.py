"""The HTML memo as a person sees it, in headless Chromium: inline citations, spans, width and print."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from summariser.render.html import briefing_html
from tests.render.browser import CHROMIUM, Browser, pixels
from tests.render.conftest import SeedRun

REQUIRED = os.environ.get("SUMMARISER_REQUIRE_BROWSER") == "1"  # set by .ci/run, which installs chromium
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not REQUIRED, reason="no chromium (.ci/run installs Debian's)"
)
BLUE = (28, 79, 216)  # #1c4fd8, the colour of citation links and controls
Rect = list[float]


@pytest.fixture(scope="module")
def page(seed_run: SeedRun, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    path = tmp_path_factory.mktemp("memo") / "memo.html"
    path.write_text(briefing_html(*seed_run), encoding="utf-8")
    with Browser(1024, 768) as browser:
        browser.open(path)
        yield browser


def _rect(page: Browser, selector: str) -> Rect:
    return list(
        page.js(
            f"(() => {{ const r = document.querySelector({selector!r}).getBoundingClientRect();"
            " return [r.x, r.y + scrollY, r.width, r.height]; })()"
        )
    )


def _near(px: bytes, colour: tuple[int, int, int], tol: int = 60) -> bool:
    return sum(abs(a - b) for a, b in zip(px, colour, strict=True)) <= tol


def _columns(row: bytes, test: object) -> list[int]:
    return [x for x in range(len(row) // 3) if test(row[3 * x : 3 * x + 3])]  # type: ignore[operator]


def _short_cited_line(page: Browser) -> str:
    """The selector of the shortest outcome with two marks or more: its words fit one line at 1024 px."""
    n, chars = page.js(
        "(() => { const li = [...document.querySelectorAll('ul.agreed > li')];"
        " const ok = li.map((e, i) => [i + 1, e.textContent.length, e.querySelectorAll('a.c').length])"
        ".filter(r => r[2] >= 2).sort((a, b) => a[1] - b[1]); return ok[0].slice(0, 2); })()"
    )
    assert chars < 100  # the premise: a line this short fits one line of the memo's column
    return f"ul.agreed > li:nth-child({n})"


def test_citations_sit_inline_after_the_sentence(page: Browser) -> None:
    line = _short_cited_line(page)
    x, y, w, h = _rect(page, line)
    assert h < 30  # a one-line outcome with its marks stays one line (a stacked mark adds one per mark)
    width, _, rows = pixels(page.screenshot({"x": x, "y": y, "width": w, "height": h}))
    assert width == int(w)
    blue = [c for row in rows for c in _columns(row, lambda p: _near(p, BLUE))]
    dark = [c for row in rows for c in _columns(row, lambda p: max(p) < 90)]
    assert blue and dark, "the screenshot shows no citation or no text"
    assert min(blue) > max(c for c in dark if c < min(blue))  # the marks come right after the words
    tops = page.js(f"[...document.querySelectorAll('{line} a.c')].map(a => a.offsetTop)")
    assert len(tops) >= 2 and len(set(tops)) == 1  # every mark on the same line


def test_a_citation_opens_its_span_highlighted(page: Browser, seed_run: SeedRun) -> None:
    page.media("screen")
    x, y, w, h = page.js(
        "(() => { const a = document.querySelector('ul.quotes a.c'); a.scrollIntoView({block: 'center'});"
        " const r = a.getBoundingClientRect();"
        " return [r.x, r.y, r.width, r.height]; })()"
    )
    href = page.js("document.querySelector('ul.quotes a.c').getAttribute('href')")
    page.click(x + w / 2, y + h / 2)
    assert page.js("location.hash") == href
    _, sid, start, end = href.split("-")
    target = page.js("document.querySelector(':target').textContent")
    assert target == seed_run[1][sid][int(start) : int(end)]
    assert (
        page.js("getComputedStyle(document.querySelector(':target')).backgroundColor") == "rgb(255, 169, 77)"
    )
    top = page.js("document.querySelector(':target').getBoundingClientRect().top")
    assert 0 <= top < page.js("innerHeight")  # scrolled into view
    assert page.js(f"document.querySelector('#src-{sid}').contains(document.querySelector(':target'))")


def test_no_horizontal_overflow_at_1024_px(page: Browser) -> None:
    page.media("screen")
    assert page.js("document.documentElement.scrollWidth") <= 1024
    assert page.js(
        "[...document.querySelectorAll('body *')].every(e => e.getBoundingClientRect().right <= 1024)"
    )
    top = page.js("document.querySelector('#articles').offsetTop")  # long unbroken article lines below
    width, _, rows = pixels(page.screenshot({"x": 1012, "y": top, "width": 12, "height": 768}))
    assert width == 12
    assert all(max(row) == min(row) for row in rows)  # nothing is drawn in the right margin


def test_print_hides_the_controls(page: Browser) -> None:
    page.media("print")
    try:
        for selector in (".controls", ".articles", ".back"):
            assert page.js(f"getComputedStyle(document.querySelector({selector!r})).display") == "none", (
                selector
            )
        assert page.js("getComputedStyle(document.querySelector('.print-only')).display") == "block"
        _, _, rows = pixels(page.screenshot({"x": 0, "y": 0, "width": 1024, "height": 400}))
        assert not any(_columns(row, lambda p: _near(p, BLUE, 30)) for row in rows)  # no link colour printed
    finally:
        page.media("screen")


def test_screen_shows_the_controls(page: Browser) -> None:
    page.media("screen")
    assert page.js("getComputedStyle(document.querySelector('.controls')).display") == "block"
    assert page.js("document.querySelectorAll('.controls a').length") >= 5


def test_the_page_loads_nothing_and_runs_nothing(page: Browser) -> None:
    assert page.js("document.scripts.length") == 0
    assert page.js("document.images.length") == 0
    assert page.js("performance.getEntriesByType('resource').length") == 0
