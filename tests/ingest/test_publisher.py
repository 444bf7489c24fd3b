"""ingest/publisher.py: the publisher's name as readers know it, and the headline without the site's name."""

from __future__ import annotations

import pytest

from summariser.ingest.publisher import agreeing, choose_outlet, host_labels, without_site


@pytest.mark.parametrize(
    ("url", "labels"),
    [
        ("https://www.harbourgazette.com/a/b", ["harbourgazette"]),
        ("http://news.lakeside.co.uk/x", ["news", "lakeside"]),
        ("https://tidewater.org", ["tidewater"]),
    ],
)
def test_host_labels_drop_www_and_the_public_suffix(url: str, labels: list[str]) -> None:
    assert host_labels(url) == labels


def test_a_name_agrees_with_the_domain_it_spells() -> None:
    assert agreeing("The Harbour Gazette", ["harbourgazette"]) == ("The Harbour Gazette", True)
    assert agreeing("Harbour Gazette Islands", ["harbourgazette"]) == ("Harbour Gazette", False)
    assert agreeing("HarbourGazette.com", ["harbourgazette"]) == ("HarbourGazette", True)
    assert agreeing("Island News and Views", ["harbourgazette"]) == ("", False)


def test_the_name_spelling_the_domain_wins_over_a_slogan_and_a_handle() -> None:
    url = "https://www.harbourgazette.com/story"
    slogan = "Island news and opinion on www.harbourgazette.com"
    chosen = choose_outlet([slogan], ["harbourgazette", "Harbour Gazette"], url, "Ferry fares rise")
    assert chosen == "Harbour Gazette"


def test_labels_in_either_order_spell_a_subdomain_site() -> None:
    assert choose_outlet([], ["RIVER NEWS"], "http://news.river.co.kr/item", "") == "RIVER NEWS"


def test_with_no_name_spelling_the_domain_the_first_real_name_is_taken() -> None:
    url = "https://example.net/story"
    assert choose_outlet(["Ferry fares rise", "Coastwatch"], [], url, "Ferry fares rise") == "Coastwatch"
    assert choose_outlet(["www.example.net"], [], url, "") == ""


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Ferry fares rise again | The Harbour Gazette", "Ferry fares rise again"),
        ("Harbour Gazette - Ferry fares rise again", "Ferry fares rise again"),
        ("Ferry fares rise – Harbour Gazette — harbourgazette.com", "Ferry fares rise"),
        ("Ferry fares: a rise - and a fall", "Ferry fares: a rise - and a fall"),
    ],
)
def test_the_site_name_is_cut_from_the_title(title: str, headline: str) -> None:
    assert without_site(title, "Harbour Gazette", "https://harbourgazette.com/x") == headline
