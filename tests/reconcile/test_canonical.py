"""reconcile/canonical.py: one key per person, country or exclusive title; every surface form kept."""

from __future__ import annotations

import pytest

from summariser.reconcile.canonical import country_key, entity_key, person_key, role_key


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
