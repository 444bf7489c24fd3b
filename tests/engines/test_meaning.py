"""engines/meaning.py: an item that grounds must also mean what its field says, for both engines."""

from __future__ import annotations

import pytest

from summariser.engines.extractive.engine import extract
from summariser.engines.llm.outcome import to_outcome
from summariser.engines.llm.schema import Draft
from summariser.engines.meaning import Reader, is_role, names_a_title, only_a_name
from summariser.ingest.clean import from_text
from summariser.models import Briefing
from summariser.options import EngineOptions
from summariser.pipeline import run
from summariser.render.markdown import briefing_markdown
from tests.stub_server import Script, serve

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

TEXT = (
    "Estonian Prime Minister Kaja Tamm and Latvian President Andris Ozols signed the Baltic Shoreline Pact "
    "in Tallinn on Friday.\n\n"
    "Estonia signed a second accord, which commits Finland to joint patrols in the gulf.\n\n"
    "Norway hosted a dinner for the delegations.\n\n"
    "The sharing of patrol costs remains unresolved, Tamm said.\n\n"
    "The fishing quotas were discussed at length."
)
MEANINGLESS = {
    "signatories": [
        {"name": "Kaja Tamm", "sentences": [1]},
        {"name": "Finland", "sentences": [2]},
        {"name": "Estonian Prime Minister", "sentences": [1]},
    ],
    "participants": [
        {"name": "Andris Ozols", "role": "President"},
        {"name": "Latvian President"},
    ],
    "open_issues": [
        {"topic": "Norway", "sentences": [3]},
        {"topic": "The fishing quotas", "sentences": [5]},
        {"topic": "The sharing of patrol costs", "sentences": [4]},
    ],
}


def test_items_that_ground_but_mean_nothing_are_set_aside_with_a_reason() -> None:
    outcome = to_outcome(Draft.model_validate(MEANINGLESS), from_text(TEXT))
    assert [s.name for s in outcome.signatories] == ["Kaja Tamm"]
    assert [p.name for p in outcome.participants] == ["Andris Ozols"]
    assert [i.topic for i in outcome.open_issues] == ["The sharing of patrol costs"]
    assert {(a.field, a.text, a.reason) for a in outcome.unsupported_attributes} == {
        ("signatories", "Finland", "its sentence does not have them signing"),
        ("signatories", "Estonian Prime Minister", "a title, not a person or party"),
        ("participants", "Latvian President", "a title, not a person or party"),
        ("open_issues", "Norway", "a name, not something unresolved"),
        ("open_issues", "The fishing quotas", "its sentence states nothing unresolved"),
    }


def test_the_extractive_engines_items_pass_the_same_reading_untouched() -> None:
    outcome = extract(from_text(TEXT))
    assert outcome.unsupported_attributes == []
    assert {s.name for s in outcome.signatories} >= {"Kaja Tamm", "Andris Ozols"}
    assert [i.topic for i in outcome.open_issues] == ["The sharing of patrol costs remains unresolved"]


@pytest.mark.parametrize(
    ("sentence", "name", "signs"),
    [
        ("Estonia signed the accord, which commits Finland to joint patrols.", "Estonia", True),
        ("Estonia signed the accord, which commits Finland to joint patrols.", "Finland", False),
        ("The charter was signed by Sweden after Denmark objected.", "Sweden", True),
        ("The charter was signed by Sweden after Denmark objected.", "Denmark", False),
        ("Danish envoy Lars Holm refused to sign the charter.", "Lars Holm", True),
        ("Envoy Omar Al-Rashidi signed the charter for the league.", "Omar Al Rashidi", True),
    ],
)
def test_a_signatory_is_the_agent_of_a_signing_in_its_sentence(sentence: str, name: str, signs: bool) -> None:
    doc = from_text(sentence)
    assert Reader(doc).signs_in(name, doc.body[0]) is signs


def test_names_titles_and_roles() -> None:
    assert names_a_title("UK Prime Minister") and names_a_title("the foreign minister")
    assert not names_a_title("Kaja Tamm") and not names_a_title("France")
    assert only_a_name("China") and only_a_name("Saudi Arabia")
    assert not only_a_name("Sanctions") and not only_a_name("the future of the Saudi embassy")
    assert is_role("Kenya's foreign minister") and not is_role("signed the pact")


def test_the_memo_lists_them_under_not_supported_with_the_reason() -> None:
    with serve(Script(default="answer", answer=lambda _body: MEANINGLESS)) as server:
        opts = EngineOptions(engine="llm", model="m", base_url=server.base_url, mode="json", use_cache=False)
        briefing: Briefing = run([from_text(TEXT, name="baltic.txt")], opts).briefing
    memo = briefing_markdown(briefing)
    findings, rest = memo.split("## Not supported by the sources")
    assert "Norway" not in findings and "Estonian Prime Minister" not in findings
    assert "“Norway” — a name, not something unresolved" in rest
    assert "“Finland” — its sentence does not have them signing" in rest
