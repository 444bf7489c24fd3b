"""`summariser.render`: the memo in every format from the library, and the README's library example runs."""

from __future__ import annotations

import json
import re

import pytest

import summariser
from summariser.errors import ConfigError
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def done() -> summariser.Run:
    return summariser.run(SEEDS[:2], engine="extractive")


def test_render_markdown_and_json_from_a_briefing(done: summariser.Run) -> None:
    assert summariser.render(done.briefing).startswith("# Briefing: ")
    assert summariser.render(done.briefing, "md") == summariser.render(done.briefing, "markdown")
    assert json.loads(summariser.render(done.briefing, "json"))["sources"][0]["id"] == "1"


def test_render_html_from_a_run_shows_every_article(done: summariser.Run) -> None:
    html = summariser.render(done, "html")
    assert html.count('<section class="src"') == 2
    assert re.search(r'<a class="c" id="c1" href="#e-\d+-\d+-\d+"', html)


def test_render_html_from_a_briefing_needs_the_texts_for_its_articles(done: summariser.Run) -> None:
    bare = summariser.render(done.briefing, "html")
    assert '<section class="src"' not in bare and '<a class="c"' not in bare
    texts = {sid: doc.text for sid, doc in done.documents().items()}
    assert summariser.render(done.briefing, "html", texts=texts) == summariser.render(done, "html")


def test_render_is_the_function_even_after_the_formatters_are_imported() -> None:
    import summariser.render.markdown

    assert callable(summariser.render)


def test_unknown_format_names_the_choices(done: summariser.Run) -> None:
    with pytest.raises(ConfigError, match="markdown, html, json"):
        summariser.render(done.briefing, "pdf")
