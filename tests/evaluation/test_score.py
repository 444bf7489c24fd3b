"""`summarise eval`: the matching rules, the report, and real figures for the extractive engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summariser.cli import main
from summariser.errors import InputError
from summariser.evaluation.gold import GoldArticle, GoldFigure, GoldQuote, GoldSet
from summariser.evaluation.score import _greedy, _text_match, evaluate, load_gold, score_article
from summariser.models import ArticleMeta, Evidence, Figure, Quote, SummitOutcome
from summariser.options import EngineOptions
from tests.conftest import ROOT, SEEDS

GOLD = ROOT / "tests" / "gold" / "seeds.json"
EV = Evidence(start=0, end=1, status="exact", score=100)


def test_text_matching_is_lenient_like_a_reader() -> None:
    assert _text_match("We’ll act, he said", "we will act, he said.")
    assert _text_match("the territorial question", "the most significant issue was the territorial question")
    assert not _text_match("peace", "no peace without progress")  # too short to count as contained
    assert not _text_match("we will act now", "we will wait")


def test_matching_is_one_to_one() -> None:
    pairs = _greedy(["a", "a"], ["a"], lambda g, p: g == p)
    assert len(pairs) == 1


def test_score_article_counts_speakers_and_intervals() -> None:
    gold = GoldArticle(
        file="x.txt",
        quotes=[
            GoldQuote(speaker="Zelenskyy", text="These are not just words"),
            GoldQuote(speaker="A", text="missing words here"),
        ],
        figures=[GoldFigure(what="nations", low=27, high=33)],
    )
    outcome = SummitOutcome(
        article=ArticleMeta(id="x", sha256="0" * 64),
        quotes=[
            Quote(
                speaker="Volodymyr Zelensky", text="These are not just words. There is content", evidence=EV
            )
        ],
        figures=[Figure(what="countries", low=27, high=33, text="about 30 countries", evidence=EV)],
    )
    report = score_article(gold, outcome, 0.1)
    assert (
        report.scores["quotes"].matched,
        report.scores["quotes"].gold,
        report.scores["quotes"].predicted,
    ) == (1, 2, 1)
    assert report.speaker_right == 1
    assert report.scores["figures"].matched == 1
    assert report.grounded == report.items == 2


def test_extractive_engine_on_the_seeds_reports_its_real_figures() -> None:
    report = evaluate(load_gold(GOLD), SEEDS, EngineOptions(engine="extractive"))
    data = report.to_json()
    assert data["engine"] == "extractive"
    assert [a["file"] for a in data["articles"]] == [p.name for p in SEEDS]
    assert data["fields"]["quotes"]["gold"] == 50
    assert data["fields"]["quotes"]["recall"] >= 0.9
    assert data["speaker_accuracy"] >= 0.9
    assert data["grounding_rate"] == 1.0
    assert data["conflicts"] == {"note": "", "gold": 2, "found": 2, "recall": 1.0, "false": []}
    for name, f in data["fields"].items():
        assert 0.0 <= f["precision"] <= 1.0, name
        assert f["matched"] <= min(f["gold"], f["predicted"]), name


def test_conflicts_are_not_scored_on_part_of_the_set() -> None:
    report = evaluate(load_gold(GOLD), SEEDS[:2], EngineOptions(engine="extractive"))
    assert report.conflicts.gold == 0
    assert "3 article(s) not evaluated" in report.conflicts_note


def test_a_broken_gold_file_says_what_is_wrong(tmp_path: Path) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text(json.dumps({"articles": [{"file": "a.txt", "quotes": [{"speaker": "x"}]}]}))
    with pytest.raises(InputError, match=r"not a valid gold file .*text"):
        load_gold(bad)


def test_eval_command_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--gold", str(GOLD), *map(str, SEEDS)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0] == "engine: extractive · 5 gold articles"
    assert "speaker accuracy" in table
    assert "conflicts: 2/2 found" in table
    assert main(["eval", "--gold", str(GOLD), *map(str, SEEDS), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["fields"]["signatories"]["gold"] == 18


def test_gold_schema_is_published() -> None:
    schema = json.loads((ROOT / "schemas" / "gold.json").read_text(encoding="utf-8"))
    assert schema["title"] == "GoldSet"
    GoldSet.model_validate_json(GOLD.read_text(encoding="utf-8"))
