"""ingest/pagemeta.py: headline, publisher, date and agency of a page, from its markup and visible text."""

from __future__ import annotations

import json

import trafilatura

from summariser.ingest.pagemeta import PageMeta, choose_title, read_page

BODY = "<p>The port authority of the twin cities approved the new ferry timetable after a long debate.</p>"


def _read(head: str, body: str) -> PageMeta:
    html = f"<html><head>{head}</head><body>{body}{BODY}</body></html>"
    return read_page(trafilatura.load_html(html), trafilatura.extract_metadata(html))


def _ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_the_visible_headline_wins_where_og_title_words_it_differently() -> None:
    head = '<meta property="og:title" content="Ferry timetable approved by port board">'
    meta = _read(head, "<h1>Harbour Daily</h1><h1>Port board approves the new ferry timetable</h1>")
    assert meta.title == "Port board approves the new ferry timetable"


def test_an_h1_sharing_no_words_with_the_meta_title_is_a_logo_or_a_box() -> None:
    head = "<title>Port board approves the new ferry timetable</title>"
    assert _read(head, "<h1>Log In</h1>").title == "Port board approves the new ferry timetable"


def test_a_section_label_before_the_headline_is_dropped() -> None:
    assert choose_title(["Local News | Ferry fares rise"], "Ferry fares rise") == "Ferry fares rise"


def test_a_one_word_placeholder_gives_way_to_the_h1() -> None:
    assert choose_title(["Ferry fares rise again"], "cmsname") == "Ferry fares rise again"


def test_the_publisher_comes_from_json_ld_and_the_site_suffix_leaves_the_title() -> None:
    head = (
        "<title>Ferry fares rise | The Harbour Daily</title>"
        '<link rel="canonical" href="https://www.harbourdaily.com/ferry">'
        + _ld({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "The Harbour Daily"}})
    )
    meta = _read(head, "")
    assert meta.outlet == "The Harbour Daily"
    assert meta.title == "Ferry fares rise"


def test_a_copyright_line_spelling_the_domain_names_the_publisher() -> None:
    head = '<meta property="og:url" content="https://harbourdaily.com/ferry"><title>Ferry fares rise</title>'
    meta = _read(head, "<footer>© 2024 Harbour Daily. All rights reserved.</footer>")
    assert meta.outlet == "Harbour Daily"


def test_a_labelled_date_wins_over_a_caption_date() -> None:
    body = "<figure><figcaption>Taken 2024-01-02</figcaption></figure><p>Posted: March 5, 2024</p>"
    assert _read("<title>Ferry fares rise</title>", body).date == "2024-03-05"


def test_a_date_later_than_the_published_markup_is_an_update() -> None:
    head = (
        '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
        '<meta property="article:modified_time" content="2024-03-07T09:00:00Z">'
        + _ld({"@type": "NewsArticle", "dateModified": "2024-03-07", "datePublished": "2024-03-05"})
    )
    assert _read(head, "").date == "2024-03-05"


def test_an_agency_named_as_author_is_the_agency() -> None:
    head = _ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Reuters"}})
    assert _read(head, "").agency == "Reuters"


def test_a_provided_by_line_names_the_source_and_stands_in_for_a_missing_outlet() -> None:
    meta = _read("<title>Ferry fares rise</title>", "<span>Provided by The Lakeside Courier</span>")
    assert meta.agency == "The Lakeside Courier"
    assert meta.outlet == "The Lakeside Courier"
