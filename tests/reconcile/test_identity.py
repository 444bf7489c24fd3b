"""reconcile/identity.py: one identity per person, state and voice across the articles of an event."""

from __future__ import annotations

from typing import Any

from summariser.ingest.clean import from_text
from summariser.models import (
    ArticleMeta,
    Evidence,
    OpenIssue,
    Participant,
    Quote,
    Signatory,
    Source,
    SummitOutcome,
)
from summariser.reconcile.identity import classify, identities, mentions, name_tokens
from summariser.reconcile.members import Record

EV = Evidence(start=0, end=1, status="exact", score=100.0)


def _record(sid: str, **fields: Any) -> Record:
    outcome = SummitOutcome(article=ArticleMeta(id=sid, sha256="0" * 64), **fields)
    return Record(Source(id=sid), from_text("x", name=f"{sid}.txt"), outcome)


def _said(*speakers: str) -> list[Quote]:
    return [Quote(speaker=s, text=f"words {i}", evidence=EV) for i, s in enumerate(speakers)]


def test_mentions_collect_every_name_a_record_uses() -> None:
    r = _record(
        "1",
        signatories=[Signatory(name="Ines Varga", role="President", country="Poland", evidence=EV)],
        quotes=_said("Tomas Lund"),
        participants=[Participant(name="Ana Ruiz")],
        open_issues=[
            OpenIssue(topic="quotas", raised_by="Poland", evidence=EV),
            OpenIssue(topic="x", evidence=EV),
        ],
    )
    assert [(m.name, m.role, m.country) for m in mentions([r])] == [
        ("Ana Ruiz", "", ""),
        ("Ines Varga", "President", "Poland"),
        ("Tomas Lund", "", ""),
        ("Poland", "", ""),
    ]


def test_spellings_hyphens_and_word_order_are_one_person() -> None:
    who = identities(
        [
            _record("1", quotes=_said("Karim Abdul-Salam Haddad")),
            _record("2", quotes=_said("Haddad Karim Abdul Salam")),
            _record("3", quotes=_said("Karim Abdul Salam Hadad")),
        ]
    )
    keys = {
        who.key(n)
        for n in ("Karim Abdul-Salam Haddad", "Haddad Karim Abdul Salam", "Karim Abdul Salam Hadad")
    }
    assert len(keys) == 1


def test_a_partial_name_joins_the_one_person_it_fits() -> None:
    who = identities(
        [
            _record("1", quotes=_said("Faisal bin Omar Al-Rashid")),
            _record("2", quotes=_said("Faisal", "Al Rashid")),
        ]
    )
    assert who.key("Faisal") == who.key("Al Rashid") == who.key("Faisal bin Omar Al-Rashid")
    assert who.display(who.key("Faisal")) == "Faisal bin Omar Al-Rashid"


def test_a_partial_name_that_fits_two_people_stays_apart() -> None:
    who = identities([_record("1", quotes=_said("Omar Haddad", "Omar Nasser", "Omar"))])
    assert who.key("Omar Haddad") != who.key("Omar Nasser")
    assert who.key("Omar") not in (who.key("Omar Haddad"), who.key("Omar Nasser"))


def test_same_surname_different_given_names_are_two_people() -> None:
    who = identities([_record("1", quotes=_said("Ines Varga", "Peter Varga"))])
    assert who.key("Ines Varga") != who.key("Peter Varga")


def test_a_title_alone_is_the_person_this_source_gives_it() -> None:
    r1 = _record(
        "1",
        participants=[Participant(name="Lena Okafor", role="Prime Minister", country="Kenya", evidence=EV)],
        quotes=_said("Prime minister"),
    )
    r2 = _record(
        "2",
        participants=[Participant(name="Jon Berg", role="Prime Minister", country="Norway", evidence=EV)],
        quotes=_said("Prime minister", "Kenyan PM"),
    )
    who = identities([r1, r2])
    assert who.key("Prime minister", "1") == who.key("Lena Okafor")
    assert who.key("Prime minister", "2") == who.key("Jon Berg")
    assert who.key("Kenyan PM", "2") == who.key("Lena Okafor")  # the country picks the holder
    assert who.is_person(who.key("Prime minister", "1"))


def test_a_title_nobody_holds_is_no_person() -> None:
    who = identities([_record("1", quotes=_said("Foreign minister"))])
    assert not who.is_person(who.key("Foreign minister", "1"))


def test_documents_bodies_and_offices_are_voices() -> None:
    who = identities(
        [
            _record("1", quotes=_said("Final document", "Ines Varga", "Varga's office", "Foreign ministry")),
            _record("2", quotes=_said("Joint statement")),
        ]
    )
    assert classify("Final document") == classify("Joint statement") == "voice"
    assert who.key("Final document") == who.key("Joint statement")  # the event's text is one voice
    assert not who.is_person(who.key("Final document"))
    assert who.key("Varga's office", "1") == who.key("Ines Varga")  # an office speaks for its principal
    assert not who.is_person(who.key("Foreign ministry"))


def test_states_are_one_identity_across_their_forms() -> None:
    who = identities([_record("1", quotes=_said("Britain")), _record("2", quotes=_said("UK"))])
    assert who.key("Britain") == who.key("UK") == who.key("London")
    assert who.display(who.key("UK")) == "United Kingdom"


def test_name_words_drop_titles_particles_and_country_words() -> None:
    assert name_tokens("Sheikh Faisal bin Omar Al-Rashid") == ("faisal", "omar", "rashid")
    assert name_tokens("Arabia Faisal Omar") == ("faisal", "omar")
    assert name_tokens("Prime Minister") == ()


def test_display_prefers_a_clean_form_and_entities_list_the_merged_ones() -> None:
    who = identities(
        [
            _record("1", signatories=[Signatory(name="Faisal bin Omar bin", evidence=EV)]),
            _record("2", signatories=[Signatory(name="Faisal bin Omar Al Rashid", evidence=EV)]),
            _record("3", signatories=[Signatory(name="Faisal bin Omar Al Rashid", evidence=EV)]),
        ]
    )
    key = who.key("Faisal bin Omar bin")
    assert who.display(key) == "Faisal bin Omar Al Rashid"
    assert [(e.name, e.variants) for e in who.entities()] == [
        ("Faisal bin Omar Al Rashid", ["Faisal bin Omar Al Rashid", "Faisal bin Omar bin"])
    ]


def test_a_form_that_names_nobody_has_no_identity() -> None:
    who = identities([_record("1", quotes=_said("Al", "Ana Ruiz"))])
    assert classify("Al") == "none"
    assert who.key("Al") == ""
    assert classify("Chief negotiator") == "role"


def test_the_usual_short_title_of_the_un_secretary_general_is_its_holder() -> None:
    r1 = _record(
        "1",
        participants=[Participant(name="Ines Moreau", role="Secretary-General", country="", evidence=EV)],
        quotes=_said("Ines Moreau", "UN chief"),
    )
    who = identities([r1, _record("2", quotes=_said("UN chief"))])
    assert who.key("UN chief", "1") == who.key("Ines Moreau")
    assert who.key("UN chief", "2") == who.key("Ines Moreau")
