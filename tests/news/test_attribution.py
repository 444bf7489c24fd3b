"""Attribution of whole passages: continued, split, nested and NYT-style quotes, and the fallbacks."""

from __future__ import annotations

from collections.abc import Callable

Speakers = Callable[[str], dict[str, str]]


def test_the_second_half_of_a_split_quote_keeps_the_speaker(speakers: Speakers) -> None:
    text = 'Envoy Nils Rask spoke last. "The harbour is open," Rask said. "The fleet can return tomorrow."\n'
    found = speakers(text)
    assert found["The harbour is open,"] == "Nils Rask"
    assert found["The fleet can return tomorrow."] == "Nils Rask"


def test_a_quote_over_several_paragraphs(speakers: Speakers) -> None:
    text = (
        'Minister Aino Lehto said: "The first thing we agreed was the map of the fishing grounds.\n\n'
        '"The second was who patrols them, and that took all night."\n'
    )
    found = speakers(text)
    assert (
        found[
            "The first thing we agreed was the map of the fishing grounds. "
            "The second was who patrols them, and that took all night."
        ]
        == "Aino Lehto"
    )


def test_a_nested_quote_belongs_to_the_outer_speaker(speakers: Speakers) -> None:
    text = (
        "\"When Rieder told me 'the ships will come back', I believed him,\" said Minister Rosa Lindqvist.\n"
    )
    found = speakers(text)
    assert found["When Rieder told me 'the ships will come back', I believed him,"] == "Rosa Lindqvist"


def test_doubled_apostrophes_with_an_honorific(speakers: Speakers) -> None:
    text = "Priya Kaur chairs the panel.\n\n''We have waited long enough for this,'' Ms. Kaur said.\n"
    assert speakers(text)["We have waited long enough for this,"] == "Priya Kaur"


def test_a_quote_after_another_speakers_quote_is_not_continued_across_a_verb(speakers: Speakers) -> None:
    text = (
        'Envoy Nils Rask spoke first. "The harbour is open," Rask said.\n\n'
        'Minister Aino Lehto disagreed. "The harbour is not ready," she told reporters.\n'
    )
    found = speakers(text)
    assert found["The harbour is open,"] == "Nils Rask"
    assert found["The harbour is not ready,"] == "Aino Lehto"


def test_a_quoted_modifier_of_the_reporters_noun_has_no_speaker(speakers: Speakers) -> None:
    text = 'Harbour master Ines Paredes said the town wants "cleaner and quieter" ferries.\n'
    assert speakers(text)["cleaner and quieter"] == ""


def test_a_quote_inside_an_endless_sentence_keeps_its_nearby_speaker(speakers: Speakers) -> None:
    filler = "the boats came in and the nets went out " * 300
    text = f'{filler}and Mayor Maren Odegaard said "the ferries will run again soon" and {filler}\n'
    assert speakers(text)["the ferries will run again soon"] == "Maren Odegaard"
