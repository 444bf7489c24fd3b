"""news/lexicon.py: word lists as commented data files; countries by name, alias, demonym and capital."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from summariser.news import lexicon
from summariser.news.lexicon import TITLES, country_of, same_title, word_list


def test_word_list_drops_comments_blank_lines_and_inline_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "ranks.txt").write_text(
        "# Ranks of envoys, one per line.\n\nambassador\n  chargé d'affaires  \n"
        "envoy  # as in 'special envoy'\n#\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(lexicon, "resources", SimpleNamespace(files=lambda _package: tmp_path))
    assert word_list("ranks") == ("ambassador", "chargé d'affaires", "envoy")


@pytest.mark.parametrize("name", ["titles", "speech_verbs", "non_person_words", "stopwords"])
def test_packaged_lists_hold_entries_not_comments(name: str) -> None:
    entries = word_list(name)
    assert len(entries) > 10
    assert not any("#" in e or e != e.strip() for e in entries)
    assert len(set(entries)) == len(entries), "a word is listed twice"


def test_titles_are_longest_first_so_prime_minister_beats_minister() -> None:
    assert TITLES.index("prime minister") < TITLES.index("minister")
    assert [len(t) for t in TITLES] == sorted((len(t) for t in TITLES), reverse=True)


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("British", "United Kingdom"),
        ("Britain's", "United Kingdom"),
        ("the U.S.", "United States"),
        ("American", "United States"),
        ("Holland", "Netherlands"),
        ("the Netherlands", "Netherlands"),
        ("Ukrainian", "Ukraine"),
        ("Atlantis", ""),
    ],
)
def test_country_of_names_aliases_and_demonyms(word: str, country: str) -> None:
    assert country_of(word) == country


def test_capitals_count_only_when_asked() -> None:
    assert country_of("London") == ""
    assert country_of("London", capitals=True) == "United Kingdom"
    assert country_of("Kiev", capitals=True) == country_of("Kyiv", capitals=True) == "Ukraine"
    assert country_of("Washington's", capitals=True) == "United States"


def test_every_country_is_its_own_canonical_form() -> None:
    assert all(country_of(c.name) == c.name for c in lexicon.countries())


def test_an_abbreviation_and_its_title_are_one_post() -> None:
    assert same_title("PM", "prime minister")
    assert same_title("Premier", "Prime Minister")
    assert not same_title("PM", "president")
