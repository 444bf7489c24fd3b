"""Who signed, read from the parse: each sentence is written to exercise one construction."""

from __future__ import annotations

from summariser.engines.extractive.engine import extract
from summariser.ingest.clean import from_text
from summariser.news.signing import signings
from summariser.text.nlp import parse


def _signers(sentence: str) -> dict[str, bool]:
    """Signatory name → refused, as the extractive engine reports them for one made-up sentence."""
    return {s.name: s.refused for s in extract(from_text(sentence)).signatories}


def _phrases(sentence: str) -> list[tuple[list[str], bool]]:
    """(signer phrase texts, refused) of each signing the parse finds."""
    doc = from_text(sentence)
    return [([doc.text[a:b] for a, b in s.signers], s.refused) for s in signings(parse(doc))]


def test_active_subject_signs() -> None:
    assert _signers("Finnish President Aino Virtanen signed the fisheries treaty on Monday.") == {
        "Aino Virtanen": False
    }


def test_coordinated_subjects_all_sign() -> None:
    found = _signers(
        "Chilean Foreign Minister Rosa Ibarra and Peruvian Foreign Minister Tomas Quispe signed the accord."
    )
    assert found == {"Rosa Ibarra": False, "Tomas Quispe": False}


def test_passive_with_agent_names_the_signers() -> None:
    found = _signers("The treaty was signed by Egyptian envoy Karim Saleh and Sudanese envoy Amal Osman.")
    assert found == {"Karim Saleh": False, "Amal Osman": False}


def test_reduced_relative_with_agent_names_the_signers() -> None:
    phrases = _phrases("They published a memorandum, signed by the two ministers of trade, late on Friday.")
    assert phrases == [(["the two ministers of trade"], False)]


def test_agentless_passive_names_no_one() -> None:
    assert _phrases("The border protocol was signed in Geneva on Thursday.") == []


def test_negated_signing_is_a_refusal_not_a_signature() -> None:
    assert _signers("Mexican President Lucia Robles has not signed the migration compact.") == {
        "Lucia Robles": True
    }


def test_refusal_verb_governing_sign() -> None:
    found = _signers("Kenyan President Daniel Mwangi refused to sign the trade pact.")
    assert found == {"Daniel Mwangi": True}


def test_stopping_short_of_signing_is_a_refusal() -> None:
    assert _phrases("The Danish delegation stopped short of signing the final text.") == [
        (["The Danish delegation"], True)
    ]


def test_intentions_are_not_signatures() -> None:
    assert _phrases("Portugal will sign the charter next month.") == []
    assert _phrases("Portugal is expected to sign the charter next month.") == []


def test_witness_is_not_a_signatory() -> None:
    assert _phrases("Norway signed the deal as a witness.") == []
    found = _signers(
        "Austrian envoy Lena Huber signed the ceasefire as Swiss Foreign Minister Jonas Meier looked on."
    )
    assert found == {"Lena Huber": False}


def test_co_signer_after_alongside() -> None:
    found = _signers("Ghanaian President Kofi Mensah signed the pact alongside Togolese President Ama Kodjo.")
    assert found == {"Kofi Mensah": False, "Ama Kodjo": False}


def test_completed_gerund_takes_the_subject_of_its_clause() -> None:
    phrases = _phrases("The two foreign ministers shook hands after signing the treaty.")
    assert phrases == [(["The two foreign ministers"], False)]


def test_signing_inside_a_quotation_is_not_the_reporters() -> None:
    sentence = 'Brazilian envoy Paulo Reis told reporters: "Portugal signed the charter in March."'
    assert _phrases(sentence) == [(["Portugal"], False)]  # the parse alone sees it...
    assert _signers(sentence) == {}  # ...but the engine leaves quoted words to the quote


def test_countries_sign_when_no_person_is_named() -> None:
    found = {s.name: s.role for s in extract(from_text("Chile and Peru signed the accord.")).signatories}
    assert found == {"Chile": "state", "Peru": "state"}


def test_second_agent_after_an_apposition() -> None:
    found = _signers(
        "The accord was signed by Chile's Rosa Ibarra, the foreign minister, and Tomas Quispe, Peru's envoy."
    )
    assert found == {"Rosa Ibarra": False, "Tomas Quispe": False}
