"""reconcile/canonical.py: one key per person, country or exclusive title; every surface form kept."""

from __future__ import annotations

import pytest

from summariser.models import ArticleMeta, Evidence, OpenIssue, Participant, Quote, Signatory, SummitOutcome
from summariser.reconcile.canonical import (
    Names,
    country_key,
    entity_key,
    names_in,
    person_key,
    role_key,
)

EV = Evidence(start=0, end=1, status="exact", score=100.0)


def test_canonical_names_and_roles() -> None:
    assert entity_key("Britain") == entity_key("UK") == entity_key("London") == entity_key("United Kingdom")
    assert entity_key("US") == entity_key("Washington") == entity_key("United States")
    assert entity_key("Zelensky") == entity_key("Volodymyr Zelenskyy")
    assert role_key("Premier") == role_key("prime minister")
    assert role_key("special envoy") == ""


def test_people_and_countries_get_different_keys() -> None:
    assert country_key("Ines Varga") == ""
    assert entity_key("Ines Varga") == person_key("Varga") == "person:varga"
    assert entity_key("Holland") == "country:Netherlands"
    assert person_key("Ines Varga") != person_key("Ines Lund")


@pytest.mark.parametrize(
    ("role", "key"),
    [
        ("President", "president"),
        ("acting President", "president"),
        ("PM", "prime minister"),
        ("Foreign Secretary", "foreign minister"),
        ("prime  minister,", "prime minister"),
        ("envoy", ""),
        ("leader", ""),
    ],
)
def test_role_key(role: str, key: str) -> None:
    assert role_key(role) == key


def test_names_display_the_fullest_form_and_list_merged_spellings() -> None:
    names = Names()
    for form in ("Varga", "Ines Varga", "Varga", "UK", "Britain", "Tomas Lund"):
        names.add(form)
    assert names.display(person_key("Varga")) == "Ines Varga"
    assert names.display(country_key("UK")) == "United Kingdom"
    assert names.display("person:nobody") == "nobody"
    entities = {e.name: (e.kind, e.variants) for e in names.entities()}
    assert entities == {
        "Ines Varga": ("person", ["Ines Varga", "Varga"]),
        "United Kingdom": ("country", ["Britain", "UK", "United Kingdom"]),
    }


def test_names_in_collects_every_name_a_record_uses() -> None:
    outcome = SummitOutcome(
        article=ArticleMeta(id="a", sha256="0" * 64),
        signatories=[Signatory(name="Ines Varga", evidence=EV)],
        quotes=[Quote(speaker="Tomas Lund", text="We agree", evidence=EV)],
        participants=[Participant(name="Ana Ruiz")],
        open_issues=[
            OpenIssue(topic="quotas", raised_by="Poland", evidence=EV),
            OpenIssue(topic="x", evidence=EV),
        ],
    )
    assert names_in(outcome) == ["Ines Varga", "Tomas Lund", "Ana Ruiz", "Poland"]
