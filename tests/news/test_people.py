"""People of a text: tagger names, family-name-first names, genders, and lookups by offset."""

from __future__ import annotations

from summariser.news.people import PeopleFinder


def _finder(text: str, entities: list[str] = ()) -> PeopleFinder:  # type: ignore[assignment]
    """A finder over one span holding the whole text, with the given names marked as entities."""
    spans = [(text.index(e), text.index(e) + len(e)) for e in entities]
    return PeopleFinder(text, [(0, len(text))], spans)


def test_a_family_name_written_first_is_the_surname() -> None:
    text = "Premier Zhao Lianfeng opened the talks. Zhao said the tide had turned."
    person = _finder(text).resolve("Zhao")
    assert person is not None
    assert person.name == "Zhao Lianfeng"
    assert person.surname == "Zhao"


def test_article_usage_decides_the_surname_of_an_unlisted_name() -> None:
    text = "Envoy Tavita Peleke arrived on Monday. Tavita said the reef talks would resume."
    person = _finder(text).resolve("Tavita")
    assert person is not None and person.family_first


def test_a_given_name_first_keeps_the_last_word_as_surname() -> None:
    text = "Minister Kim Darroch arrived. Darroch said the fleet was ready."
    person = _finder(text).resolve("Darroch")
    assert person is not None and person.surname == "Darroch"


def test_a_tagged_person_without_title_or_verb_is_registered() -> None:
    text = "Among the guests were Odile Marchetti and a harbour pilot."
    assert _finder(text).resolve("Marchetti") is None
    person = _finder(text, ["Odile Marchetti"]).resolve("Marchetti")
    assert person is not None and person.name == "Odile Marchetti"


def test_an_honorific_gives_the_pronoun_gender() -> None:
    text = "Mrs. Ingeborg Halvorsen spoke first. Mr. Paul Brandt replied."
    finder = _finder(text)
    halvorsen, brandt = finder.resolve("Halvorsen"), finder.resolve("Brandt")
    assert halvorsen is not None and halvorsen.gender == "f"
    assert brandt is not None and brandt.gender == "m"


def test_lookups_by_offset() -> None:
    text = "Minister Lea Moser met Minister Ivo Brandl. Later Moser said the deal held."
    finder = _finder(text)
    second = text.rindex("Moser")
    at = finder.at(second, second + 5)
    assert at is not None and at.name == "Lea Moser"
    assert [p.name for p in finder.in_span(0, text.index("."))] == ["Lea Moser", "Ivo Brandl"]
    assert [p.name for _, _, p in finder.before(second)] == ["Ivo Brandl", "Lea Moser"]
    assert finder.last_before(second, exclude=[(text.index("Ivo"), text.index("."))]).name == "Lea Moser"  # type: ignore[union-attr]


def test_a_tagged_name_ends_at_a_possessive() -> None:
    text = "Odile Marchetti's Harbour Channel aired the talks. Marchetti said little."
    finder = _finder(text, ["Odile Marchetti's Harbour"])
    person = finder.resolve("Marchetti")
    assert person is not None and person.name == "Odile Marchetti"
    assert finder.resolve("Harbour") is None


def test_a_title_before_the_name_is_kept_with_where_it_is_given() -> None:
    text = "Talks began. Icelandic Foreign Minister Pavel Oster arrived first."
    person = _finder(text).resolve("Oster")
    assert person is not None and (person.role, person.country) == ("Foreign Minister", "Iceland")
    assert person.titled is not None
    assert text[person.titled[0] : person.titled[1]] == "Foreign Minister Pavel Oster"


def test_a_title_after_the_name_is_kept_with_where_it_is_given() -> None:
    text = "Talks began when Pavel Oster, the foreign minister, arrived."
    person = _finder(text).resolve("Oster")
    assert person is not None and person.titled is not None
    assert text[person.titled[0] : person.titled[1]] == "Pavel Oster, the foreign minister"


def test_a_former_title_is_not_the_post_held_now() -> None:
    person = _finder("Talks began. The former Foreign Minister Pavel Oster watched.").resolve("Oster")
    assert person is not None and person.role == "former Foreign Minister"


def test_a_title_word_ending_a_tagged_name_is_the_surname() -> None:
    text = "Adviser Lena Governor briefed reporters. Governor said the reef survey was late."
    person = _finder(text, ["Lena Governor"]).resolve("Governor")
    assert person is not None and person.name == "Lena Governor"


def _roles(text: str) -> set[tuple[str, str, str]]:
    return {(p.name, p.role, p.country) for p in _finder(text).people.values()}


def test_a_form_of_address_is_stripped_and_the_post_before_it_kept() -> None:
    text = "Kenya's Prime Minister Sheikh Omar bin Rashid Al-Farsi said the port deal was done."
    assert _roles(text) == {("Omar bin Rashid Al-Farsi", "Prime Minister", "Kenya")}


def test_a_title_after_a_possessive_country_is_no_part_of_the_name() -> None:
    text = "Peru's President Ana Quispe said the border would open."
    assert _roles(text) == {("Ana Quispe", "President", "Peru")}


def test_two_titled_people_in_one_run_of_capitals_are_both_found() -> None:
    text = (
        "Talks were led by Chilean Foreign Minister Ana Quispe and Peruvian Defence Minister Luis Rojas Vega."
    )
    assert _roles(text) == {
        ("Ana Quispe", "Foreign Minister", "Chile"),
        ("Luis Rojas Vega", "Defence Minister", "Peru"),
    }


def test_a_tagged_name_does_not_start_with_the_conjunction_before_it() -> None:
    text = "Because Judge Varga grew up on the docks, Judge Varga said he knew the port."
    people = PeopleFinder(text, [(0, len(text))], [(0, len("Because Judge Varga"))])
    assert [p.name for p in people.people.values()] == ["Judge Varga"]


def test_a_middle_initial_without_its_stop_stays_in_the_name() -> None:
    text = "The accord recalled a speech by Carlos M Rivera, who said the port would stay open."
    people = PeopleFinder(text, [(0, len(text))])
    person = people.resolve("Rivera")
    assert person is not None and person.name == "Carlos M Rivera"


def test_then_before_a_title_marks_a_post_held_at_another_time() -> None:
    text = "The accord recalled a speech by then Spanish president Carlos Rivera in the old port."
    person = PeopleFinder(text, [(0, len(text))]).resolve("Rivera")
    assert person is not None and person.role == "then president" and person.country == "Spain"


def test_a_former_title_with_no_name_after_it_takes_up_the_untitled_person_before_it() -> None:
    text = (
        "Spanish Prime Minister Carlos Rivera greeted Ana Ruiz, who said the port would open. "
        "The gesture seemed to surprise the former Spanish president, aides said."
    )
    people = PeopleFinder(text, [(0, len(text))])
    ruiz, rivera = people.resolve("Ruiz"), people.resolve("Rivera")
    assert ruiz is not None and ruiz.role == "former president" and ruiz.country == "Spain"
    assert rivera is not None and rivera.role == "Prime Minister"  # a titled person keeps their own


def test_a_plain_title_with_no_name_after_it_gives_no_one_a_post() -> None:
    text = "Ana Ruiz, who said the port would open, left early. The president arrived later."
    person = PeopleFinder(text, [(0, len(text))]).resolve("Ruiz")
    assert person is not None and person.role == ""


def test_a_station_named_with_an_acronym_is_no_person_but_a_possessive_surname_confirms_one() -> None:
    text = "Kwame Boateng spoke on Joy FM's morning show. Later, Ama Mensah's aides left the studio."
    names = {p.name for p in _finder(text).people.values()}
    assert "Joy FM" not in names
    assert "Ama Mensah" in names


def test_a_country_of_two_words_before_a_name_is_no_part_of_it() -> None:
    text = "The text was signed by the Minister of State of Costa Rica Elena Vargas Mora on Friday."
    [person] = _finder(text).people.values()
    assert (person.name, person.country) == ("Elena Vargas Mora", "Costa Rica")


def test_a_long_name_after_a_country_and_a_long_title_is_kept_whole() -> None:
    title = "United Arab Emirates Deputy Foreign Minister"
    text = f"{title} Hamad bin Khalid bin Rashid Al Mansouri Al Tamimi signed."
    [person] = _finder(text).people.values()
    assert person.name == "Hamad bin Khalid bin Rashid Al Mansouri Al Tamimi"
    assert person.country == "United Arab Emirates"


def test_a_courtesy_title_between_the_post_and_the_name_is_no_role() -> None:
    text = "Peru's Foreign Minister Dr. Lena Varga signed the accord. Mr. Tomas Ruiz watched."
    people = {p.name: p for p in _finder(text).people.values()}
    assert (people["Lena Varga"].role, people["Lena Varga"].country) == ("Foreign Minister", "Peru")
