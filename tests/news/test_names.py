"""The shape of a name: titles just before it, keys that survive spelling, tokens that are not names."""

from summariser.news.names import Person, fold_name, is_person_token, role_before, surname_key


def test_a_title_ending_the_text_before_a_name_is_read_with_its_country_word() -> None:
    assert role_before("Talks opened when Chilean Foreign Minister") == ("Chilean", "Foreign Minister")
    assert role_before("the envoy met the prime minister,") == ("the", "prime minister")


def test_a_country_across_a_comma_or_a_stop_is_not_the_titles() -> None:
    assert role_before("for a lasting peace in Norland, President") == ("", "President")
    assert role_before("the ferries will run again from Norland. President") == ("", "President")
    assert role_before("welcomed by U.S. Secretary of State") == ("U.S.", "Secretary of State")


def test_a_title_moved_out_of_the_present_keeps_its_modifier() -> None:
    assert role_before("said former Foreign Minister")[1] == "former Foreign Minister"


def test_no_title_before_the_name_gives_nothing() -> None:
    assert role_before("On Friday the talks ended and") == ("", "")
    assert role_before("the delegates (") == ("", "")


def test_keys_survive_accents_doubling_and_transliterated_endings() -> None:
    assert fold_name("Ólafur Ragnar-Grímsson") == "olafur ragnargrimsson"
    assert surname_key("Dmitry Petrovskiy") == surname_key("Dmitri Petrovsky") == surname_key("Petrovskyy")
    assert surname_key("Anna Lind") != surname_key("Anna Lindh")


def test_countries_titles_and_their_plurals_are_not_name_tokens() -> None:
    assert is_person_token("Okonkwo") and is_person_token("Okonkwo's")
    assert not is_person_token("Portugal")
    assert not is_person_token("Ministers")


def test_the_second_reference_surname_depends_on_name_order() -> None:
    assert Person("Mara Okonkwo").surname == "Okonkwo"
    assert Person("Tan Wei Ming", family_first=True).surname == "Tan"


def test_a_title_governed_by_a_preposition_is_not_the_role_of_the_name_after_it() -> None:
    assert role_before("The port reopened. Through a spokesperson, ") == ("", "")
    assert role_before("It was signed.\nWith the minister, ") == ("", "")
    assert role_before("The prime minister, ")[1] == "prime minister"
    assert role_before("a summit hosted by the French president, ")[1] == "president"


def test_then_shifts_a_title_in_time_unless_it_tells_what_came_next() -> None:
    assert role_before("a speech by then Spanish president") == ("Spanish", "then president")
    assert role_before("the then prime minister") == ("then", "then prime minister")
    assert role_before("The talks stalled, then President")[1] == "President"
    assert role_before("They argued and then President")[1] == "President"
