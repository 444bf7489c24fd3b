"""The outcome a sentence states, read from its main clause: status, kind, and what is set for later."""

from __future__ import annotations

import pytest

from summariser.ingest.clean import from_text
from summariser.news.outcomes import Clause, outcome
from summariser.text.nlp import parse


def _outcome(text: str) -> Clause | None:
    """The outcome of the one sentence of a made-up text."""
    (unit,) = parse(from_text(text))
    return outcome(next(iter(unit.doc.sents)), frozenset(), 2026)


@pytest.mark.parametrize(
    ("text", "status", "kind"),
    [
        ("The ministers agreed to create a joint coast guard.", "agreed", "decision"),
        ("The communique calls for an end to the blockade of the strait.", "agreed", "provision"),
        ("Under the accord, both navies will share radar data.", "agreed", "provision"),
        ("The leaders condemned the attack on the ferry.", "agreed", "provision"),
        ("Estonia chose not to sign the fisheries treaty.", "rejected", "refusal"),
        ("The communique stopped short of naming the attacker.", "rejected", "refusal"),
        ("Two delegations abstained from the vote on the text.", "rejected", "refusal"),
        ("The ministers failed to agree on fishing quotas.", "rejected", "refusal"),
        ("France and Germany condemned the strike on the dam.", "agreed", "provision"),
        ("NATO condemned the strike on the dam.", "agreed", "provision"),
        (
            "The accord was signed two days after the envoy said no deal had been reached.",
            "agreed",
            "decision",
        ),
    ],
)
def test_status_and_kind_of_the_main_clause(text: str, status: str, kind: str) -> None:
    clause = _outcome(text)
    assert clause is not None
    assert (clause.status, clause.kind) == (status, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The two states agreed to reopen their consulates within three months.",
        "The ministers agreed to hold a second round of talks next year.",
        "Under the accord, both navies will end live-fire drills by 2030.",
        "The communique calls for elections before the end of next year.",
        "The text reaffirms the need to keep the strait open to shipping.",  # an aim, not an act
        "The declaration sets a goal of tripling the herring quota.",
        "Under the accord, tariffs on ferries will fall to zero in 2030.",  # a year after the event's
        "The statement said the two navies would begin joint patrols as soon as 2028.",
    ],
)
def test_an_act_set_for_a_later_date_is_intended(text: str) -> None:
    clause = _outcome(text)
    assert clause is not None and clause.status == "intended"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed to extend the truce for ten years.",  # a span it lasts, not a date to come
        "The ministers agreed to lift the tariffs if the truce holds until March.",  # a condition
        "The ministers agreed on Tuesday to create a joint coast guard.",  # the day it was agreed
        "The two states signed a ferry accord, and the first boats will sail within a month.",  # its own time
        "The accord sets quotas for the herring catch.",  # what it sets now
        "The ministers signed an accord that will see the ferries sail within a month.",  # its clause
    ],
)
def test_a_duration_a_condition_or_the_day_of_agreeing_is_no_schedule(text: str) -> None:
    clause = _outcome(text)
    assert clause is not None and clause.status == "agreed"


@pytest.mark.parametrize(
    "text",
    [
        "The accord represents a breakthrough for the region.",
        "The pact comes a week before the vote in parliament.",
        "The treaty marks the end of a long quarrel over fishing rights.",
        "The text consists of twelve articles and two annexes.",
        "The visiting leaders welcomed the agreement.",  # a reaction to the deal, not what it says
        "Norway condemned the strike on the dam.",  # one party's remark, not a joint position
        "The delegates met in a hotel by the harbour.",
    ],
)
def test_descriptions_and_reactions_are_no_outcome(text: str) -> None:
    assert _outcome(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The statement said there were other views and different assessments of the blockade.",
        "There was disagreement over the size of the reconstruction fund.",
        "There are differing positions among the members on the fishing quotas.",
        "Any decision on new tolls would be delayed until the autumn.",  # put off: still open
        "The ministers postponed the vote on the fishing quotas.",
    ],
)
def test_a_division_the_text_records_is_open(text: str) -> None:
    clause = _outcome(text)
    assert clause is not None and (clause.status, clause.kind) == ("open", "pending")


@pytest.mark.parametrize(
    "text",
    [
        "The accord does not address the dispute over the northern islands.",
        "The communique makes no mention of the pipeline dispute.",  # the verb's own noun, after a light verb
        "The treaty contains no reference to fishing rights in the bay.",
        "The final text never mentions the frozen assets.",
        "The deal does not contain any clause on the islands.",
    ],
)
def test_a_matter_the_text_leaves_out_is_open(text: str) -> None:
    clause = _outcome(text)
    assert clause is not None and (clause.status, clause.kind) == ("open", "pending")


def test_a_matter_the_text_names_is_its_provision_and_a_speakers_silence_no_outcome() -> None:
    clause = _outcome("The communique makes mention of the pipeline dispute.")
    assert clause is not None and (clause.status, clause.kind) == ("agreed", "provision")
    assert _outcome("The minister made no mention of the pipeline dispute.") is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ministers agreed that each coast guard can board the other's boats.", "agreed"),  # a right
        ("The envoys agreed that neither navy may enter the strait.", "agreed"),
        ("The leaders agreed that the border should be reopened.", "intended"),
        ("The leaders agreed that no foreign troops will be stationed on the islands.", "intended"),
    ],
)
def test_what_parties_agreed_may_will_or_should_happen_is_their_decision(text: str, status: str) -> None:
    clause = _outcome(text)
    assert clause is not None and (clause.status, clause.kind) == (status, "decision")
    assert clause.verb.lemma_ == "agree"  # the line keeps who agreed


@pytest.mark.parametrize(
    "text",
    [
        "Both sides agreed that the talks had been useful.",  # agreeing that something is so: an opinion
        "The leaders agreed that the talks will be difficult.",  # or will be so: a forecast
        "The leaders agreed that the border will remain the hardest question.",
        "The analyst agreed that the border should be reopened.",  # not a party
        "The leaders did not agree that the border should be reopened.",
    ],
)
def test_an_opinion_shared_or_not_shared_is_no_decision(text: str) -> None:
    assert _outcome(text) is None


def test_there_being_other_people_is_no_division() -> None:
    assert _outcome("There were other ministers at the dinner in the palace.") is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The two governments reached an agreement on fishing quotas.", "agreed"),
        ("No agreement was signed in Riga.", "rejected"),
        ("Estonia refused to sign the fisheries treaty.", "rejected"),
        ("The delegates never agreed on a text.", "rejected"),
        ("Finland will send two frigates to the mission.", "intended"),
        ("Finland could send two frigates to the mission.", "proposed"),
        ("Finland would not send any frigates to the mission.", "rejected"),
        ("The leaders signed a memorandum of intent on energy links.", "agreed"),  # signed, whatever it is
        ("A clause on seabed mining was dropped from the final text.", "dropped"),
        ("The pledge on border patrols was not in the final communique.", "dropped"),
        ("Norway has ruled out any change to the quota formula.", "rejected"),
        ("Iceland proposed a shared patrol fund.", "proposed"),
        ("Norway considered sending two frigates to the mission.", "proposed"),  # an act weighed
        ("The two states pledged to pull back their patrol boats.", "intended"),  # a promise to act
        ("Latvia vowed to reopen the ferry line.", "intended"),
    ],
)
def test_status_from_the_verb_its_modality_and_polarity(text: str, status: str) -> None:
    clause = _outcome(text)
    assert clause is not None and clause.status == status


@pytest.mark.parametrize(
    "text",
    [
        "The patrol fund would start once a ceasefire is agreed.",
        "The ministers nearly agreed on a text.",
        "Norway agreed that the quota formula is the hardest question.",
        "The minister said the ferry did not sail on Monday.",
        "He said he considered it a much-needed signal to rebuild trust.",  # a judgement, not a proposal
        "The news came hours after the envoy's office stated that no truce had been reached.",  # before it
        "The minister declined to comment on the ferry talks.",  # silence, not an outcome refused
        "Both leaders declined to take questions from the press.",
        "The minister considered the offer fair.",
    ],
)
def test_conditions_near_misses_shared_opinions_and_narration_are_no_outcome(text: str) -> None:
    assert _outcome(text) is None
