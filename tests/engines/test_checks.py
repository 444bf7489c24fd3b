"""engines/checks.py: a model's attributes for an item are kept only when the article gives them."""

from __future__ import annotations

import pytest

from summariser.engines.checks import Checked, refusal_in
from summariser.engines.evidence import verified
from summariser.ingest.clean import from_text

TEXT = (
    "Maltese Foreign Minister Clara Vella and Tunisian Trade Minister Youssef Mansour signed the Valletta "
    "Fisheries Accord on Thursday.\n\n"
    "Libyan envoy Omar Haddad refused to sign the accord.\n\n"
    "Mansour met Haddad before the ceremony. “The quotas are far too low for our fleets,” Haddad said.\n\n"
    "The ministers agreed to create a joint patrol office in Sfax.\n\n"
    "The delegations did not agree on a ban on night trawling."
)


@pytest.fixture
def check() -> Checked:
    return Checked(from_text(TEXT))


def test_a_role_and_country_the_article_gives_are_kept(check: Checked) -> None:
    assert check.person("signatories", "Clara Vella", "Foreign Minister", "Malta") == (
        "Foreign Minister",
        "Malta",
    )
    assert check.dropped == []


def test_an_invented_role_and_country_are_dropped_and_reported(check: Checked) -> None:
    got = check.person("signatories", "Clara Vella", "signed the peace treaty ceding the coast", "Libya")
    assert got == ("", "")
    assert [(a.field, a.text) for a in check.dropped] == [
        ("signatories.role", "Clara Vella: signed the peace treaty ceding the coast"),
        ("signatories.country", "Clara Vella: Libya"),
    ]


def test_another_persons_title_is_not_this_persons(check: Checked) -> None:
    assert check.person("participants", "Youssef Mansour", "Foreign Minister", "")[0] == ""


def test_a_document_is_kept_only_when_one_sentence_names_it(check: Checked) -> None:
    body = check.doc.body
    assert check.document("Clara Vella", "Valletta Fisheries Accord", body) == "Valletta Fisheries Accord"
    assert check.document("Clara Vella", "Sfax Patrol Treaty", body) == ""


@pytest.mark.parametrize(
    ("sentence", "name", "refused"),
    [
        ("Libyan envoy Omar Haddad refused to sign the accord.", "Omar Haddad", True),
        ("Vella signed the accord but Haddad refused to sign it.", "Clara Vella", False),
        ("Vella signed the accord but Haddad refused to sign it.", "Omar Haddad", True),
        ("Haddad has not signed the accord.", "Omar Haddad", True),
        ("Haddad signed the accord after all.", "Omar Haddad", False),
    ],
)
def test_a_refusal_is_read_from_the_sentence(sentence: str, name: str, refused: bool) -> None:
    assert refusal_in(sentence, name) is refused


def test_a_flipped_refusal_is_corrected_and_reported(check: Checked) -> None:
    sentence = next(s for s in check.doc.body if "refused" in s.text)
    assert check.refused("Omar Haddad", False, sentence) is True
    assert [a.field for a in check.dropped] == ["signatories.refused"]


def test_a_status_follows_the_sentence(check: Checked) -> None:
    agreed = [s for s in check.doc.body if "patrol office" in s.text]
    refused = [s for s in check.doc.body if "night trawling" in s.text]
    assert check.status("A patrol office in Sfax", "rejected", agreed) == "agreed"
    assert check.status("A ban on night trawling", "agreed", refused) == "rejected"  # "did not agree"
    assert [a.field for a in check.dropped] == ["points.status", "points.status"]
    assert check.status("A ban on night trawling", "rejected", refused) == "rejected"


def test_a_quote_given_to_another_person_in_its_sentence_is_caught(check: Checked) -> None:
    ev = verified(check.doc, "The quotas are far too low for our fleets", "quote")
    assert check.speaker("Omar Haddad", ev) is True
    assert check.speaker("Youssef Mansour", ev) is False
