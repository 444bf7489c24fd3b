"""reconcile/conflicts/quotes.py: the same words given to two speakers, or one speaker's words changed."""

from __future__ import annotations

from summariser.models import SourcedQuote
from summariser.reconcile.conflicts.quotes import attribution, wording
from tests.reconcile.conftest import member

FULL = "We will share every catch record with our neighbours and we will publish the quotas every month"
ELIDED = "We will share every catch record and we will publish the quotas every month"
OPENING = "We will share every catch record"


def _display(key: str) -> str:
    return key.removeprefix("person:").title()


def test_the_same_words_from_two_speakers_is_an_attribution_conflict() -> None:
    members = [
        member("1", FULL, speaker="person:varga"),
        member("2", FULL, speaker="person:lund"),
        member("3", FULL, speaker="person:varga"),
    ]
    quote = SourcedQuote(speaker="Varga", text=FULL, sources=["1", "2", "3"])
    conflict = attribution(quote, members, _display)
    assert conflict is not None and conflict.kind == "attribution"
    assert [(c.value, c.sources) for c in conflict.claims] == [("Varga", ["1", "3"]), ("Lund", ["2"])]
    assert conflict.summary.endswith("is attributed to Varga [1][3] vs Lund [2]")


def test_one_speaker_is_no_attribution_conflict() -> None:
    members = [member("1", FULL, speaker="person:varga"), member("2", OPENING, speaker="person:varga")]
    assert attribution(SourcedQuote(speaker="Varga", text=FULL, sources=["1"]), members, _display) is None


def test_an_unmarked_omission_by_one_speaker_is_a_quote_conflict() -> None:
    members = [member("1", FULL, speaker="person:varga"), member("2", ELIDED, speaker="person:varga")]
    conflict = wording(SourcedQuote(speaker="Varga", text=FULL, sources=["1"]), members)
    assert conflict is not None and conflict.kind == "quote"
    assert [(c.source, c.value, c.text) for c in conflict.claims] == [
        ("1", "as reported", FULL),
        ("2", "elided", ELIDED),
    ]
    assert (
        conflict.summary
        == "Varga's words differ between sources (elided: “with our neighbours” left out [1] vs [2])"
    )


def test_a_changed_content_word_is_shown_with_its_replacement() -> None:
    other = FULL.replace("publish", "print")
    members = [member("1", FULL, speaker="voice:document"), member("2", other, speaker="person:lund")]
    conflict = wording(SourcedQuote(speaker="Declaration", text=FULL, sources=["1"]), members)
    assert conflict is not None
    assert "“publish” vs “print”" in conflict.summary  # a document and the person reading it: one voice
    assert conflict.claims[1].value == "reworded"


def test_a_part_of_the_quote_or_another_persons_words_is_no_wording_conflict() -> None:
    quote = SourcedQuote(speaker="Varga", text=FULL, sources=["1"])
    assert (
        wording(
            quote, [member("1", FULL, speaker="person:varga"), member("2", OPENING, speaker="person:varga")]
        )
        is None
    )
    other = FULL.replace("publish", "print")
    assert (
        wording(quote, [member("1", FULL, speaker="person:varga"), member("2", other, speaker="person:lund")])
        is None
    )


def test_a_speaker_that_names_no_person_is_not_an_attribution_side() -> None:
    members = [member("1", FULL, speaker="person:varga"), member("2", FULL, speaker="person:baltic")]
    quote = SourcedQuote(speaker="Varga", text=FULL, sources=["1", "2"])
    assert attribution(quote, members, _display) is None


def test_an_edit_between_two_copies_of_one_story_is_a_copy_edit_not_a_conflict() -> None:
    quote = SourcedQuote(speaker="Varga", text=FULL, sources=["1"])
    members = [
        member("1", FULL, group=1, speaker="person:varga"),
        member("2", ELIDED, group=1, speaker="person:varga"),
    ]
    assert wording(quote, members) is None


def test_a_story_printing_both_utterances_makes_the_other_no_rewording() -> None:
    long = "We settled most points tonight and a few are left, but the ferries should run again by spring"
    short = "We have not finished, but the ferries should run again by spring"
    members = [
        member("1", long, speaker="person:varga"),
        member("1", short, speaker="person:varga"),
        member("2", short, speaker="person:varga"),
    ]
    assert wording(SourcedQuote(speaker="Varga", text=long, sources=["1"]), members) is None
    lone = [m for m in members if not (m.sid == "1" and m.text == short)]  # the story printing one only
    assert wording(SourcedQuote(speaker="Varga", text=long, sources=["1"]), lone) is not None
