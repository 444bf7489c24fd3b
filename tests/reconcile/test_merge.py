"""reconcile/merge.py and reconcile/__init__.py: each field merged across records; the unsupported routed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summariser.api import brief
from summariser.ingest.clean import from_text
from summariser.models import (
    ArticleMeta,
    Event,
    Evidence,
    Figure,
    Participant,
    Point,
    Quote,
    Signatory,
    Source,
    SummitOutcome,
    Usage,
)
from summariser.reconcile import Record, reconcile, source_entry, total_usage
from tests.reconcile.conftest import evidence_in


def _record(sid: str, text: str, **fields: Any) -> Record:
    doc = from_text(text, name=f"{sid}.txt")
    outcome = SummitOutcome(article=ArticleMeta(id=sid, sha256="0" * 64), **fields)
    return Record(source_entry(int(sid), doc, outcome), doc, outcome)


def _signatory(text: str, name: str, *, refused: bool = False, role: str = "") -> Signatory:
    return Signatory(name=name, role=role, evidence=evidence_in(text, name), refused=refused)


def _point(text: str, sentence: str, status: str) -> Point:
    return Point.model_validate({"text": sentence, "status": status, "evidence": evidence_in(text, sentence)})


def test_unsupported_items_and_wrong_speakers_never_become_findings() -> None:
    text = "Leaders met in Oslo. “We will act now,” said Anna Berg, the prime minister."
    bad = Evidence(start=0, end=0, status="unsupported", score=10)
    good = Evidence(start=22, end=37, status="exact", score=100)
    outcome = SummitOutcome(
        article=ArticleMeta(id="x", sha256="0" * 64),
        quotes=[
            Quote(speaker="Anna Berg", text="We will surrender", evidence=bad),
            Quote(speaker="Invented Person", text="We will act now", evidence=good, speaker_check="mismatch"),
        ],
    )
    b = reconcile([Record(Source(id="1"), from_text(text), outcome)], [])
    assert b.quotes == []
    assert {(u.field, u.text) for u in b.unsupported} == {
        ("quotes", "Anna Berg: We will surrender"),
        ("quotes.speaker", "Invented Person: We will act now"),
    }
    assert "2 items no source supports" in b.reading


def test_unsupported_figures_and_participants_are_reported() -> None:
    text = "Leaders of 12 nations met in Oslo."
    bad = Evidence(start=0, end=0, status="unsupported", score=0)
    outcome = SummitOutcome(
        article=ArticleMeta(id="x", sha256="0" * 64),
        figures=[Figure(what="soldiers", low=10, high=10, text="a team of 10 soldiers", evidence=bad)],
        participants=[Participant(name="Invented Person", evidence=bad)],
    )
    b = reconcile([Record(Source(id="1"), from_text(text), outcome)], [])
    assert {(u.field, u.text) for u in b.unsupported} == {
        ("figures", "a team of 10 soldiers"),
        ("participants", "Invented Person"),
    }
    assert b.conflicts == []


def test_many_sources_keep_summaries_short_and_claims_complete(tmp_path: Path) -> None:
    paths = []
    for i in range(40):
        count = "about 40 nations" if i % 2 else "52 nations"
        p = tmp_path / f"a{i:02}.txt"
        p.write_text(f"Leaders of {count} met in Lisbon on Thursday. Reporter {i} filed this story today.\n")
        paths.append(p)
    b = brief(paths, engine="extractive")
    (conflict,) = [c for c in b.conflicts if c.kind == "count"]
    assert "[+12]" in conflict.summary
    assert sorted(len(c.sources) for c in conflict.claims) == [20, 20]


def test_source_entry_copies_the_documents_identity() -> None:
    doc = from_text("Envoys met.\u200b", name="dir/envoys.txt")
    entry = source_entry(3, doc)
    assert (entry.id, entry.path, entry.article_id, entry.hidden_characters) == (
        "3",
        "dir/envoys.txt",
        "envoys",
        1,
    )
    assert entry.notes == doc.notes and entry.notes


def test_copies_name_each_other_and_the_records_are_left_alone() -> None:
    text = "Ines Varga and Tomas Lund signed the harbour accord in Gdansk on Monday after two days of talks."
    records = [_record("1", text), _record("2", text), _record("3", "Envoys from Chile met in Quito.")]
    b = reconcile(records, [])
    assert [s.syndicated_with for s in b.sources] == [["2"], ["1"], []]
    assert records[0].source.syndicated_with == []
    assert "Read from 3 sources (2 independent)" in b.reading


def test_signatories_merge_across_spellings_with_majority_role() -> None:
    a = "President Ines Varga signed the accord."
    b = "Varga, the president, signed the accord."
    c = "Ines Varga signed it as prime minister."
    b_ = reconcile(
        [
            _record("1", a, signatories=[_signatory(a, "Ines Varga", role="President")]),
            _record("2", b, signatories=[_signatory(b, "Varga", role="President")]),
            _record("3", c, signatories=[_signatory(c, "Ines Varga", role="Prime Minister")]),
        ],
        [],
    )
    (sig,) = b_.signatories
    assert (sig.name, sig.role, sig.sources, sig.independent) == (
        "Ines Varga",
        "President",
        ["1", "2", "3"],
        3,
    )
    assert sig.variants == ["Ines Varga", "Varga"]


def test_signed_against_refused_is_a_claim_and_refusers_are_not_signatories() -> None:
    a = "Tomas Lund signed the accord in Gdansk."
    b = "Tomas Lund refused to sign the accord."
    briefing = reconcile(
        [
            _record("1", a, signatories=[_signatory(a, "Tomas Lund")]),
            _record("2", b, signatories=[_signatory(b, "Tomas Lund", refused=True)]),
        ],
        [],
    )
    assert [s.sources for s in briefing.signatories] == [["1"]]
    (conflict,) = briefing.conflicts
    assert conflict.kind == "claim"
    assert [c.value for c in conflict.claims] == ["signed", "refused to sign"]


def test_points_take_the_majority_status_and_opposite_ones_conflict() -> None:
    sentence = "The states will run joint patrols of the northern fishing grounds"
    openings = [
        "Harbour masters gathered in Gdansk for a long and often bitter round of talks.",
        "After a night of bargaining over herring, the ministers finally emerged smiling.",
        "Small boat owners protested outside the hall while delegates argued about fuel.",
    ]
    statuses = ["agreed", "agreed", "rejected"]
    records = []
    for i, (opening, status) in enumerate(zip(openings, statuses, strict=True), start=1):
        text = f"{opening} {sentence}."
        records.append(_record(str(i), text, points=[_point(text, sentence, status)]))
    briefing = reconcile(records, [])
    assert [(p.status, p.sources) for p in briefing.points] == [("agreed", ["1", "2", "3"])]
    assert [c.kind for c in briefing.conflicts] == ["claim"]


def test_two_clauses_of_one_sentence_stay_two_outcomes_across_copies() -> None:
    whole = "Norland and Sudmark signed a ferry accord in Riga, with both states pledging to lower the tolls"
    clause = "both states pledging to lower the tolls"
    wordings = {  # each holds words the other lacks: neither sentence contains the other
        "1": "Riga, Monday - After a night of hard bargaining over herring quotas, " + whole,
        "2": whole + " - and the mayor boasting of a new era of trade for the harbour towns",
    }
    records = []
    for sid, sentence in wordings.items():
        text = f"Ferry talks ended on Monday. {sentence}."
        points = [_point(text, sentence, "agreed"), _point(text, clause, "intended")]
        records.append(_record(sid, text, points=points))
    briefing = reconcile(records, [])
    assert sorted((p.status, p.sources) for p in briefing.points) == [
        ("agreed", ["1", "2"]),
        ("intended", ["1", "2"]),
    ]
    assert [p.text for p in briefing.points if p.status == "intended"] == [clause]


def test_the_main_decision_told_again_with_nothing_added_is_its_line() -> None:
    sentences = {
        "1": "Norland and Sudmark signed a ferry accord in Riga on Monday to cut tolls on the strait",
        "2": "Norland and Sudmark signed a ferry accord in Riga on Monday to cut tolls on the strait",
        "3": "A deal was signed by Norland and Sudmark",  # the same act, nothing added
        "4": "The two delegations also signed a separate fishing protocol",  # another act
    }
    records = []
    for sid, sentence in sentences.items():
        text = f"Ferry talks ended. {sentence}."
        point = Point.model_validate(
            {
                "text": sentence,
                "status": "agreed",
                "kind": "decision",
                "predicate": "sign",
                "evidence": evidence_in(text, sentence),
            }
        )
        records.append(_record(sid, text, points=[point]))
    briefing = reconcile(records, [])
    assert [p.sources for p in briefing.points] == [["1", "2", "3"], ["4"]]


def test_the_event_is_the_majority_name_place_and_day() -> None:
    events = [Event(name="Harbour Summit", location="Gdansk"), Event(location="Gdansk", date="Monday")]
    events.append(Event(name="Harbour Summit", location="Sopot"))
    records = [_record(str(i + 1), f"Report number {i + 1}.", event=e) for i, e in enumerate(events)]
    assert reconcile(records, []).event == Event(name="Harbour Summit", location="Gdansk", date="Monday")


def test_usage_is_summed_and_absent_without_a_model() -> None:
    assert total_usage([SummitOutcome(article=ArticleMeta(id="a", sha256="0" * 64))]) is None
    used = [
        SummitOutcome(
            article=ArticleMeta(id=n, sha256="0" * 64),
            usage=Usage(prompt_tokens=10, requests=1, seconds=0.25),
        )
        for n in ("a", "b")
    ]
    assert total_usage(used) == Usage(prompt_tokens=20, requests=2, seconds=0.5)


def test_reordering_the_articles_changes_nothing_but_the_numbering() -> None:
    texts = [
        "Ines Varga and Tomas Lund signed the harbour accord in Gdansk on Monday after two days of talks. "
        "About 30 countries took part.",
        "Ines Varga and Tomas Lund signed the harbour accord in Gdansk on Monday after two days of talks. "
        "About 30 countries took part.",
        "Envoys said 45 countries took part in the harbour talks in Gdansk.",
    ]

    def records(order: list[int]) -> list[Record]:
        out = []
        for n, i in enumerate(order, 1):
            text = texts[i]
            fig = text[text.find("About 30") :][:18] if "About 30" in text else "45 countries"
            low, high = (27.0, 33.0) if fig.startswith("About") else (45.0, 45.0)
            figure = Figure(
                what="countries",
                low=low,
                high=high,
                hedge="about" if low != high else "",
                text=fig,
                evidence=evidence_in(text, fig),
            )
            out.append(_record(str(n), text, figures=[figure]))
        return out

    def shape(order: list[int]) -> tuple[list[int], list[list[str]]]:
        b = reconcile(records(order), [])
        paths = {s.id: order[int(s.id) - 1] for s in b.sources}
        groups = sorted(len(s.syndicated_with) for s in b.sources)
        sides = sorted(sorted(str(paths[x]) for x in c.sources) for k in b.conflicts for c in k.claims)
        return groups, sides

    assert shape([0, 1, 2]) == shape([2, 0, 1]) == shape([1, 2, 0])
    assert shape([0, 1, 2])[1] == [["0", "1"], ["2"]]
