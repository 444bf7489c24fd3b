"""Whole articles through the reconciler: the seeds, and the Lisbon and Nairobi sets (planted conflicts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summariser.api import brief
from summariser.errors import SummariserError
from summariser.models import Briefing
from summariser.reconcile.canonical import entity_key
from tests.conftest import ROOT, SEEDS

LISBON = sorted((ROOT / "tests" / "fixtures" / "lisbon").glob("*.txt"))
NAIROBI = sorted((ROOT / "tests" / "fixtures" / "nairobi").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds() -> Briefing:
    return brief(SEEDS, engine="extractive")


@pytest.fixture(scope="module")
def lisbon() -> Briefing:
    return brief(LISBON, engine="extractive")


def _sid(b: Briefing, prefix: str) -> str:
    return next(s.id for s in b.sources if Path(s.path).name.startswith(prefix))


def test_wire_copies_are_one_independent_source(seeds: Briefing) -> None:
    s000, s001 = _sid(seeds, "000"), _sid(seeds, "001")
    by_id = {s.id: s for s in seeds.sources}
    assert by_id[s000].syndicated_with == [s001]
    assert by_id[s001].syndicated_with == [s000]
    assert all(not s.syndicated_with for s in seeds.sources if s.id not in (s000, s001))
    assert "5 sources (4 independent)" in seeds.reading


def test_count_conflict_about_30_versus_35(seeds: Briefing) -> None:
    counts = [c for c in seeds.conflicts if c.kind == "count"]
    assert len(counts) == 1
    values = {c.text: c.sources for c in counts[0].claims}
    assert values["About 30 countries"] == [_sid(seeds, "003")]
    assert set(values["35 countries"]) >= {_sid(seeds, "000"), _sid(seeds, "001")}
    assert "more than two dozen countries" not in values


def test_signatories_supported_by_several_independent_sources(seeds: Briefing) -> None:
    sigs = {entity_key(s.name): s for s in seeds.signatories}
    for name in ("Macron", "Starmer", "Zelensky"):
        s = sigs[entity_key(name)]
        assert s.independent >= 3, (name, s.sources)
        assert len(s.evidence) == len(s.sources) or len(s.evidence) >= s.independent
    assert set(sigs[entity_key("Zelensky")].variants) == {"Volodymyr Zelensky", "Volodymyr Zelenskyy"}


def test_elided_starmer_quote_is_a_quote_variant_and_conflict(seeds: Briefing) -> None:
    starmer = next(q for q in seeds.quotes if q.text.startswith("We can only get to a peace deal"))
    assert "And so we have to be frank" in starmer.text
    elided = [v for v in starmer.variants if v.kind == "elided"]
    assert [v.sources for v in elided] == [[_sid(seeds, "004")]]
    conflict = next(c for c in seeds.conflicts if c.kind == "quote" and "Starmer" in c.summary)
    assert {cl.value for cl in conflict.claims} == {"as reported", "elided"}


def test_no_false_conflicts_on_the_seeds(seeds: Briefing) -> None:
    # Only the two real disagreements; "we will"/"we'll" and a dropped final comma are not rewordings.
    assert sorted(c.kind for c in seeds.conflicts) == ["count", "quote"]


def test_every_planted_conflict_is_found(lisbon: Briefing) -> None:
    by_kind: dict[str, list[str]] = {}
    for c in lisbon.conflicts:
        by_kind.setdefault(c.kind, []).append(c.summary)
    assert sorted(by_kind) == ["attribution", "claim", "count", "date", "quote", "role"]
    assert len(by_kind["count"]) == 1
    assert "about 40 nations" in by_kind["count"][0]
    assert "Fifty-two nations" in by_kind["count"][0]
    assert "three dozen" not in by_kind["count"][0]
    assert any("reworded" in s for s in by_kind["quote"])
    assert any("elided" in s for s in by_kind["quote"])
    assert "Marie Tremblay" in by_kind["attribution"][0]
    assert "Jón Sigurdsson" in by_kind["attribution"][0]
    assert "President" in by_kind["role"][0]
    assert "Prime Minister" in by_kind["role"][0]
    assert "Thursday" in by_kind["date"][0]
    assert "Friday" in by_kind["date"][0]
    assert "Marie Tremblay" in by_kind["claim"][0]


def test_conflict_claims_carry_evidence_that_slices_their_source(lisbon: Briefing) -> None:
    texts = {s.id: Path(s.path).read_text(encoding="utf-8") for s in lisbon.sources}
    for c in lisbon.conflicts:
        assert len(c.claims) >= 2
        for cl in c.claims:
            span = texts[cl.source][cl.evidence.start : cl.evidence.end]
            assert span, (c.kind, cl)
            if c.kind in ("count", "quote", "attribution"):
                assert span == cl.text


def test_agreeing_sources_produce_no_conflict() -> None:
    b = brief(NAIROBI)
    assert b.conflicts == []
    assert {s.name for s in b.signatories} == {"Amina Otieno", "Samuel Okello"}
    assert all(s.independent == 2 for s in b.signatories)
    quote = b.quotes[0]
    assert quote.sources == ["1", "2"]
    assert quote.variants == []


def test_failures_are_listed_and_all_failing_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    b = brief([*NAIROBI, empty])
    assert [f.path for f in b.failures] == [str(empty)]
    assert "1 article could not be processed" in b.reading
    with pytest.raises(SummariserError, match=r"no article could be processed: .*is empty"):
        brief([empty])


def test_date_and_claim_sides_quote_their_own_sentence(lisbon: Briefing) -> None:
    date = next(c for c in lisbon.conflicts if c.kind == "date")
    friday = next(cl for cl in date.claims if cl.value == "Friday")
    assert friday.text == (
        "Fifty-two nations took part in the Lisbon summit, where a compact limiting deep-sea trawling "
        "was signed on Friday."
    )
    claim = next(c for c in lisbon.conflicts if c.kind == "claim")
    refused = next(cl for cl in claim.claims if cl.value == "refused to sign")
    assert refused.text.startswith("Icelandic Prime Minister Jon Sigurdsson and Norway's")
    assert refused.text.endswith("citing the quota formula.")
