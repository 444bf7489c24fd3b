"""The Markdown memo: the outline's order and citations; nothing from an article becomes markup or a link."""

from __future__ import annotations

import re
from pathlib import PurePath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from summariser.models import Briefing, Source, Unsupported
from summariser.render.markdown import briefing_markdown
from tests.conftest import SEEDS
from tests.render.conftest import HOSTILE, SeedRun, many_points, record

PARSER = MarkdownIt("gfm-like")  # CommonMark plus GitHub's tables, strikethrough and bare-URL autolinks


@pytest.fixture(scope="module")
def seeds(seed_run: SeedRun) -> str:
    return briefing_markdown(seed_run[0])


def test_markdown_sections_in_order_bottom_line_first(seeds: str) -> None:
    order = [
        "**Bottom line.**",
        "## Agreed outcomes",
        "## Signatories",
        "## Open issues",
        "## Notable quotes",
        "## Where sources disagree",
        "## Sources",
    ]
    positions = [seeds.index(h) for h in order]
    assert positions == sorted(positions)
    assert re.search(r"\*\*Emmanuel Macron\*\*.*\[1\]\[2\]\[3\]\[4\]\[5\]", seeds)
    assert "(same wire story as [2])" in seeds


def _tokens(md: str) -> list[Token]:
    """Every token a GitHub-like CommonMark parser (tables, strikethrough, bare-URL autolinks) makes."""
    out: list[Token] = []
    for tok in PARSER.parse(md):
        out += [tok, *(tok.children or [])]
    return out


def assert_inert_markdown(md: str) -> None:
    """Parsed by a real CommonMark parser: no link, image, raw HTML, heading or rule from article text."""
    kinds = {t.type for t in _tokens(md)}
    assert not kinds & {"link_open", "image", "html_inline", "html_block", "hr", "s_open", "table_open"}, (
        kinds
    )
    assert [t.tag for t in _tokens(md) if t.type == "heading_open"].count("h1") == 1


def test_hostile_article_text_is_escaped_everywhere() -> None:
    md = briefing_markdown(record(HOSTILE))
    assert_inert_markdown(md)
    assert "\\[click\\](`http://evil.example/x`)" in md
    html = PARSER.render(md)
    assert "[click](<code>http://evil.example/x</code>)" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "**bold** <code>`code`</code>" not in html


def _texts(md: str) -> list[str]:
    """What a reader sees of each paragraph or list item once rendered: text and code, no markup."""
    out = []
    for tok in PARSER.parse(md):
        if tok.type == "inline":
            out.append("".join(c.content for c in tok.children or [] if c.type in ("text", "code_inline")))
    return out


@pytest.mark.parametrize(
    "words",
    [
        "port_one and snake_case_name stay as written",
        "see http://example.org/a_b, or www.example.org.",
        "write to press@example.org today",
        "# not a heading",
        "1. not a list",
        "> not a quote",
        "- not a list",
        "***",
        "a ~~struck~~ word and a | pipe | table",
        "AT&amp;T &copy; <b>bold</b> <http://x.example>",
        "_under_ *star* `tick` \\back [br](x) ![i](y)",
    ],
)
def test_rendered_text_is_exactly_the_words(words: str) -> None:
    md = briefing_markdown(record(words))
    assert_inert_markdown(md)
    assert f"{words} [1]" in _texts(md)  # the agreed outcome, as the article worded it


def test_seed_memo_reads_cleanly_in_a_terminal(seeds: str) -> None:
    assert "\\_" not in seeds and "\\:" not in seeds
    sources = [
        ln for ln in seeds.splitlines() if ln.startswith("- [") and "` " not in ln and ln.endswith("`")
    ]
    assert sources, "expected sources that have no outlet"
    for line in sources:
        path = line.rsplit("`", 2)[1]
        assert line.count(PurePath(path).stem) == 1, line  # the path is printed once
    rendered = PARSER.render(seeds)
    assert f"<li>[4] <code>{SEEDS[3]}</code></li>" in rendered
    assert_inert_markdown(seeds)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_markdown_escapes_anything(text: str) -> None:
    assert_inert_markdown(briefing_markdown(record(text)))


def test_marks_in_quoted_words_are_escaped_real_ones_are_not(memo: Briefing) -> None:
    line = next(x for x in briefing_markdown(memo).splitlines() if x.startswith("- *attribution*"))
    assert line == (
        "- *attribution*: “we accept \\[1\\] the terms \\[2\\]” is attributed to "
        "Ana Diaz [1] vs Ben Okafor [3]"
    )


def test_summary_keeps_its_marks_and_escapes_the_rest(memo: Briefing) -> None:
    md = briefing_markdown(memo)
    assert "About 12 ministers [2][1]; Twenty [3] \\[+4\\]\n" in md
    assert "  - \\[11, 13\\]: “About 12 ministers” [1][2]\n" in md


def test_every_line_of_the_memo(memo: Briefing) -> None:
    md = briefing_markdown(memo)
    assert md.startswith("# Briefing: Port talks — Lakeside, Friday\n\n**Bottom line.** 3 sources")
    for line in (
        "- Ministers agreed to reopen the river port. [1]",
        "- *intended* Tariffs will fall next year. [1]",
        "- **Ana Diaz**, minister (Norland) — port deal [2]",
        "- Who pays for dredging. — raised by Ben Okafor [3]",
        "- **Ana Diaz**: “we accept \\[1\\] the terms” [1]",
        "  - *other-speaker* as Ben Okafor's: “we accept the terms” [3]",
        "- [2] “a line nobody wrote” — words not found in the source",
        "- in/broken.txt: could not decode",
        "- [1] River Post — Port to reopen · `in/port_one.txt`",
        "- [2] Wire · ``in/port`two.txt`` (same wire story as [3])",
        "  - note: a note",
        "- [3] `in/three.txt` (same wire story as [2])",
    ):
        assert f"\n{line}\n" in md, line


def test_every_outcome_is_listed_and_a_capped_list_says_how_many_more() -> None:
    md = briefing_markdown(many_points(15))
    assert md.count("\n- Outcome number") == 14
    assert "- The best supported outcome. [1][2]\n" in md
    unsupported = [Unsupported(source="1", field="quotes", text=f"invented {i}") for i in range(5)]
    md = briefing_markdown(Briefing(sources=[Source(id="1")], unsupported=unsupported))
    assert "\n- … and 2 more items, listed in the JSON memo (`--format json`)\n" in md


def _gfm(markdown: str) -> str:
    """The memo rendered with GitHub's extensions, bare-URL, www. and e-mail autolinks included."""
    return str(PARSER.render(markdown))


@pytest.mark.parametrize(
    "text",
    [
        "Details at www.harbour-talks.example.org before Friday",
        "Write to press@harbour-talks.org for the full text",
        "The text is posted on harbour-talks.org and gov.mt/fisheries",
        "See https://harbour-talks.org/accord and ftp://files.harbour-talks.org",
        "Read HARBOUR-TALKS.COM/accord before Friday",
        "The annex sits at Harbour-Talks.IO/annex",
        "The Russian text is on гавань-переговоры.рф and harbour-talks.xn--p1ai",
        "Mirrors: //127.0.0.1:8080/harbour-talks and //localhost/harbour-talks",
        "Write to PRESS@HARBOUR-TALKS.ORG",
    ],
)
def test_addresses_and_domains_never_become_links_on_github(text: str) -> None:
    html = _gfm(briefing_markdown(record(text)))
    assert "<a " not in html
    assert "harbour-talks" in html.casefold()  # still shown, as text


def test_article_text_cannot_forge_citation_marks() -> None:
    html = _gfm(briefing_markdown(record("Ministers agreed [1] and \\[2\\] on [3](https://x.example.org)")))
    assert "<a " not in html
    assert "[1]" in html and "[3]" in html  # shown literally, linking nowhere


def test_terminal_control_characters_never_reach_the_memo() -> None:
    md = briefing_markdown(record("Ministers \x1b[2J\x1b]0;owned\x07agreed\x08\x08 on \x9b31mquotas\x7f"))
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", md)
    assert "Ministers [2J]0;ownedagreed on 31mquotas" in md.replace("\\", "")
