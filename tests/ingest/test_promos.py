"""ingest/promos.py: furniture that talks to the reader about the site, one kind per rule, each case
written for one construction; news using the same words is kept."""

from __future__ import annotations

import pytest

from summariser.ingest.clean import from_text
from summariser.ingest.furniture import FurnitureScanner
from summariser.ingest.promos import promo_kind


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "If you already pay for the Harbour Daily, log in for full access.",
            "subscription or newsletter prompt",
        ),
        (
            "Get our morning edition by email and never miss a story. Sign up free",
            "subscription or newsletter prompt",
        ),
        (
            "We may earn a commission when you buy through the links on this page.",
            "advertising or contact prompt",
        ),
        ("This article mentions products from our advertisers.", "advertising or contact prompt"),
        ("*Fees are estimates set by the card issuer.", "advertising or contact prompt"),
        ("Want to reach our readers? Contact us at ads@example.org.", "advertising or contact prompt"),
        (
            "If you need someone to talk to, call the Harbour Helpline on 0800 123 456.",
            "advertising or contact prompt",
        ),
        (
            "For breaking news on your phone download the Harbour Daily app for iOS and Android.",
            "app or social-media promotion",
        ),
        ("Follow us on Instagram for more pictures from the coast.", "app or social-media promotion"),
        ("Read more: Ferry fares to rise in spring", "link in the text"),
        ("Related: Port board votes on new timetable", "link in the text"),
        ("[Latest poll: who leads in the north?]", "link in the text"),
        ("HARBOURWIRE.COM", "source tag or standards footer"),
        ("Release Date: 4 May 2026", "source tag or standards footer"),
        ("Our Standards: The Example Wire Trust Principles.", "source tag or standards footer"),
    ],
)
def test_each_kind_of_site_talk_is_named(line: str, reason: str) -> None:
    assert promo_kind(line) == reason


def test_look_alike_letters_do_not_hide_a_prompt() -> None:
    cyrillic = "Аdvеrtіѕе with us and reach every reader in the valley."  # А, е, і, ѕ are Cyrillic
    assert promo_kind(cyrillic) == "advertising or contact prompt"


@pytest.mark.parametrize(
    "line",
    [
        "The streaming service added two million subscribers in the spring.",
        "Advertisers pulled out of the broadcaster after the scandal, the company said.",
        "The ministry said the app for iOS and Android had been downloaded a million times.",
        '"Follow us on this road to peace," the envoy told the delegates.',
        "Compensation for the fishermen was agreed on Friday.",
        "The coastguard said it took a call on 14 March from the trawler's crew.",
        "Read the report in full and you will see the gaps, the minister argued at length before the vote.",
    ],
)
def test_news_with_the_same_words_is_kept(line: str) -> None:
    assert promo_kind(line) == ""


def test_a_subscription_block_runs_over_its_list_of_perks() -> None:
    scanner = FurnitureScanner()
    block = [
        "To read on, please subscribe to the Harbour Daily.",
        "— Unlimited access to every story",
        "New subscribers also get a welcome tote bag!",
    ]
    assert all(scanner.classify(p) for p in block)
    assert scanner.classify("The ferry will resume service on Monday, the port said.") == ""


def test_a_credit_line_is_dropped_and_names_the_agency() -> None:
    doc = from_text("The port board met on Friday and approved the timetable.\n\nProvided by Delta Wire\n")
    assert [d.reason for d in doc.dropped] == ["agency credit"]
    assert doc.agency == "Delta Wire"


def test_a_via_credit_in_the_dateline_place_names_the_agency_not_a_place() -> None:
    doc = from_text("HARBOURNOTES via Delta Wire — The port board met on Friday.")
    assert doc.agency == "Delta Wire" and doc.location == ""
    assert doc.sentences[0].text == "The port board met on Friday."


def test_a_dated_header_with_a_weekday_and_a_time_line_are_dropped() -> None:
    doc = from_text("Posted: Thursday, May 7, 2026.\n\n10:11 pm EST.\n\nThe port board met on Friday.")
    assert doc.date == "2026-05-07" and doc.title == ""
    assert [s.text for s in doc.sentences] == ["The port board met on Friday."]
