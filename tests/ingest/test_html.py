"""ingest/html.py: main text and metadata of a page through trafilatura, and HTML sniffing for stdin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summariser.errors import InputError
from summariser.ingest.html import html_main_text, looks_html
from summariser.ingest.load import load


def test_html_main_text_is_extracted_without_scripts_or_navigation(tmp_path: Path) -> None:
    body = " ".join(
        f"<p>Paragraph {i}: the delegates of the northern alliance debated the accord at length "
        f"and agreed on item {i} after long talks in the capital.</p>"
        for i in range(6)
    )
    page = (
        "<html><head><title>Accord reached - Example Times</title><style>p{color:red}</style>"
        "<script>var secret='do not show';</script></head><body><nav><a href='/'>Home</a>"
        "<a href='/world'>World</a></nav><article><h1>Accord reached</h1>" + body + "</article>"
        "<footer>Subscribe to our newsletter</footer><script>track()</script></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = load(path)
    assert "do not show" not in doc.text and "track()" not in doc.text and "color:red" not in doc.text
    assert sum("the delegates of the northern alliance" in s.text for s in doc.sentences) == 6
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def _page(paragraphs: int) -> str:
    body = "".join(
        f"<p>Paragraph {i}: the river commission of the three upstream states met in the old town hall "
        f"and settled question {i} on water sharing after two days of talks.</p>"
        for i in range(paragraphs)
    )
    return (
        "<!DOCTYPE html><html><head><title>Water deal - River Gazette</title>"
        '<meta property="og:site_name" content="River Gazette"></head>'
        f"<body><article><h1>Water deal</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<!DOCTYPE html><html>", True),
        ("  \n<html lang='en'>", True),
        ("<BODY>", True),
        ("<p>A fragment</p>", False),
        ("The <html> tag was discussed.", False),
        ("Plain news text.", False),
    ],
)
def test_looks_html(text: str, html: bool) -> None:
    assert looks_html(text) is html


def test_main_text_and_metadata_come_from_the_page() -> None:
    text, meta = html_main_text(_page(5), "water.html")
    assert "<p>" not in text
    assert text.count("the river commission of the three upstream states") == 5
    assert meta.outlet == "River Gazette"
    assert meta.title == "Water deal"


def test_a_page_without_article_text_is_refused_with_its_name() -> None:
    with pytest.raises(InputError, match=r"^empty\.html: no article text found"):
        html_main_text(
            "<html><head><title>Deal</title></head><body><script>a()</script></body></html>", "empty.html"
        )


def test_a_body_kept_only_as_json_ld_replaces_a_caption() -> None:
    body = "The river commission met again. " * 30
    ld = json.dumps({"@type": "NewsArticle", "articleBody": body})
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body><article>'
        "<figure><figcaption>The river bank at dawn, seen from the old bridge.</figcaption>"
        "</figure></article></body></html>"
    )
    text, _ = html_main_text(page, "json.html")
    assert text.count("The river commission met again.") == 30


def test_a_standfirst_only_in_the_description_opens_the_text_as_a_heading(tmp_path: Path) -> None:
    lead = "The three upstream states agreed to share the river's water in dry years."
    page = _page(5).replace("</head>", f'<meta name="description" content="{lead}"></head>')
    path = tmp_path / "lead.html"
    path.write_text(page, encoding="utf-8")
    doc = load(path)
    assert doc.sentences[0].text == lead and doc.sentences[0].kind == "heading"
    assert doc.body[0].text.startswith("Paragraph 0")


def test_a_description_repeating_the_opening_or_addressed_to_readers_is_not_added() -> None:
    opening = "Paragraph 0: the river commission of the three upstream states met in the old town hall."
    for description in (opening, "Sign up for our newsletter and get the river news in your inbox."):
        page = _page(5).replace("</head>", f'<meta name="description" content="{description}"></head>')
        text, meta = html_main_text(page, "same.html")
        assert meta.standfirst == ""
        assert not text.startswith(description) and text.count("Paragraph 0:") == 1
