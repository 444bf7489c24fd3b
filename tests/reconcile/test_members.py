"""reconcile/members.py: records, members, citations, and the word measures every merge uses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summariser.ingest.clean import from_text
from summariser.models import ArticleMeta, Citation, Source, SummitOutcome
from summariser.reconcile.members import Record, citations, content_words, jaccard, same_words, sids_of
from tests.reconcile.conftest import member


def test_a_record_reads_its_documents_text() -> None:
    doc = from_text("Envoys met in Quito.")
    record = Record(Source(id="1"), doc, SummitOutcome(article=ArticleMeta(id="q", sha256="0" * 64)))
    assert record.text == "Envoys met in Quito."


def test_citations_one_per_member_with_its_span() -> None:
    m = member("3", "signed the accord", source="Both envoys signed the accord.")
    assert citations([m]) == [Citation(source="3", start=12, end=29, status="exact")]


def test_sids_are_distinct_and_in_numeric_order() -> None:
    members = [member(s, "the accord") for s in ("10", "2", "2", "1")]
    assert sids_of(members) == ["1", "2", "10"]


def test_content_words_drop_function_words_and_join_acronyms() -> None:
    assert content_words("The ministers said they will sign a pact in the U.S.") == {
        "ministers",
        "sign",
        "pact",
        "us",
    }


def test_jaccard_of_word_sets() -> None:
    a, b = frozenset({"pact", "sign"}), frozenset({"sign", "quota"})
    assert jaccard(a, b) == 1 / 3
    assert jaccard(a, a) == 1.0
    assert jaccard(a, frozenset()) == 0.0


WORDS = st.frozensets(st.sampled_from(["pact", "quota", "sign", "fleet", "port", "treaty"]))


@given(WORDS, WORDS)
def test_jaccard_is_symmetric_and_a_share(a: frozenset[str], b: frozenset[str]) -> None:
    assert jaccard(a, b) == jaccard(b, a)
    assert 0.0 <= jaccard(a, b) <= 1.0


def test_same_words_ignores_contractions_case_quotes_and_closing_punctuation() -> None:
    assert same_words("We’ll act now,") == same_words("we will act now.") == "we will act now"
    assert same_words("They don't agree") == same_words("they do not agree")
    assert same_words("We will act now") != same_words("We will act later")
