"""The outline: one order of sections, the cap, and conflict summaries split once into words and citations."""

from __future__ import annotations

from summariser.models import Briefing, QuoteVariant, Source, SourcedQuote, SourcedSignatory, Unsupported
from summariser.render.outline import CAPS, FULL, QUOTES_FULL, SHORT_WORDS, Cite, Label, Line, Text, outline
from tests.render.conftest import cite, many_points, point

ALL_KEYS = [
    "bottom",
    "agreed",
    "intended",
    "dropped",
    "signatories",
    "issues",
    "quotes",
    "conflicts",
    "unsupported",
    "failures",
    "sources",
]


def _words(line: Line) -> str:
    """A line's words and marks as one string, to compare with what a reader sees."""
    return "".join(
        p.text if isinstance(p, Text | Label) else "".join(f"[{s}]" for s in p.sources) for p in line.parts
    )


def test_sections_come_in_one_order_bottom_line_first(memo: Briefing) -> None:
    o = outline(memo)
    assert [s.key for s in o.sections] == ALL_KEYS
    assert o.sections[0].lead and not any(s.lead for s in o.sections[1:])
    assert o.title == "Briefing: Port talks — Lakeside, Friday"


def test_empty_sections_are_left_out() -> None:
    o = outline(Briefing(sources=[Source(id="1", path="a.txt")]))
    assert [s.key for s in o.sections] == ["bottom", "sources"]
    assert o.title == "Briefing: the event"


def test_every_outcome_is_shown_the_first_in_full_the_rest_as_short_lines() -> None:
    long_text = "Ministers agreed " + " ".join(f"word{i}" for i in range(SHORT_WORDS + 5)) + "."
    points = [point(long_text) for _ in range(FULL + 2)]
    section = outline(Briefing(sources=[Source(id="1")], points=points)).sections[1]
    assert len(section.lines) == FULL + 2 and section.omitted == 0 and section.note() is None
    assert all(_words(line).startswith(long_text) for line in section.lines[:FULL])
    short = _words(section.lines[FULL])
    assert short.endswith("…[1]") and len(short.split()) == SHORT_WORDS + 1


def test_the_order_is_the_reconcilers() -> None:
    section = outline(many_points(4)).sections[1]
    assert _words(section.lines[-1]).startswith("The best supported outcome.")


def test_quotes_past_the_first_few_name_their_speakers_on_one_line() -> None:
    quotes = [
        SourcedQuote(speaker=f"Speaker {i}", text="words, longer", sources=[str(i)]) for i in range(1, 7)
    ]
    section = outline(Briefing(sources=[Source(id="1")], quotes=quotes)).sections[1]
    assert section.key == "quotes"
    assert len(section.lines) == QUOTES_FULL + 1
    assert _words(section.lines[-1]) == "Also quoted: Speaker 5[5]; Speaker 6[6]"


def test_unsupported_items_past_the_cap_are_counted() -> None:
    items = [
        Unsupported(source="1", field="quotes", text=f"invented {i}") for i in range(CAPS["unsupported"] + 2)
    ]
    section = outline(Briefing(sources=[Source(id="1")], unsupported=items)).sections[1]
    assert (len(section.lines), section.omitted) == (CAPS["unsupported"], 2)
    note = section.note()
    assert note is not None and _words(note) == "… and 2 more items, listed in the JSON memo (--format json)"


def test_quoted_marks_and_marks_of_other_sources_stay_words(memo: Briefing) -> None:
    line = outline(memo).sections[7].lines[0]
    cites = [p for p in line.parts if isinstance(p, Cite)]
    assert [c.sources for c in cites] == [("1",), ("3",)]
    words = "".join(p.text for p in line.parts if isinstance(p, Text))
    assert "“we accept [1] the terms [2]” is attributed to Ana Diaz " in words


def test_summary_marks_point_at_their_claims_spans(memo: Briefing) -> None:
    line = outline(memo).sections[7].lines[1]
    cites = [p for p in line.parts if isinstance(p, Cite)]
    assert [c.sources for c in cites] == [("2", "1"), ("3",)]
    assert cites[0].span("2") == cite("2", "About 12 ministers")
    assert cites[0].span("1") is None  # source 1 agrees with the claim but no span of it is cited
    assert line.parts[-1] == Text(" [+4]")


def test_article_words_are_kept_as_written_never_escaped() -> None:
    text = "Agreed *now* [see](http://example.invalid) <b>x</b> \\[2\\]"
    o = outline(many_points(1).model_copy(update={"bottom_line": text}))
    assert o.sections[0].lines[0].parts == (Text(text),)


def test_lines_show_labels_support_and_variants(memo: Briefing) -> None:
    o = outline(memo)
    by_key = {s.key: s for s in o.sections}
    assert _words(by_key["intended"].lines[0]) == "intended Tariffs will fall next year.[1]"
    assert by_key["intended"].lines[0].parts[0] == Label("intended", "status")
    assert [_words(x) for x in by_key["signatories"].lines] == [
        "Ana Diaz, minister (Norland) — port deal[2]",  # Norland, which she signs for, is not said twice
    ]
    quote = by_key["quotes"].lines[0]
    assert _words(quote.sub[0]) == "other-speaker as Ben Okafor's: “we accept the terms”[3]"
    assert _words(by_key["conflicts"].lines[1].sub[0]) == "[11, 13]: “About 12 ministers”[1][2]"
    source = by_key["sources"].lines[1]
    assert _words(source) == "[2] Wire · in/port`two.txt (same wire story as [3])"
    assert [_words(n) for n in source.sub] == ["note: a note"]


def test_states_nobody_signs_for_are_named_once_on_their_own_line(memo: Briefing) -> None:
    southland = SourcedSignatory(name="Southland", role="state", country="Southland", sources=["3"])
    more = memo.model_copy(update={"signatories": [*memo.signatories, southland]})
    lines = {s.key: s for s in outline(more).sections}["signatories"].lines
    assert [_words(x) for x in lines][1:] == ["States named as parties: Southland[3]"]


def test_spans_cover_every_cited_line_and_sub_line(memo: Briefing) -> None:
    spans = outline(memo).spans("3")
    assert cite("3", "we accept the terms") in spans  # a quote variant
    assert cite("3", "Twenty ministers") in spans  # a side of a conflict
    assert outline(many_points(5)).spans("1") == [cite("1", "agreed to reopen the river port")] * 5


def test_one_quote_per_speaker_and_topic_and_truncations_are_not_shown() -> None:
    same_topic = [
        SourcedQuote(speaker="Ana Diaz", text="The harbour levy stays", sources=["1", "2"], independent=2),
        SourcedQuote(speaker="Ana Diaz", text="Our harbour levy stays as it is", sources=["1"]),
        SourcedQuote(speaker="Ana Diaz", text="Ferries return in spring", sources=["1"]),
        SourcedQuote(
            speaker="Piet Roos",
            text="The harbour levy stays",
            sources=["2"],
            variants=[QuoteVariant(text="The harbour levy", sources=["1"], kind="truncated")],
        ),
    ]
    section = outline(Briefing(sources=[Source(id="1"), Source(id="2")], quotes=same_topic)).sections[1]
    shown = [_words(line) for line in section.lines]
    assert shown == [
        "Ana Diaz: “The harbour levy stays”[1][2]",
        "Ana Diaz: “Ferries return in spring”[1]",
        "Piet Roos: “The harbour levy stays”[2]",
    ]
    assert all(not line.sub for line in section.lines)


def test_the_sources_section_grows_linearly_with_syndicated_copies() -> None:
    from summariser.render.markdown import briefing_markdown

    def sources_chars(n: int) -> int:
        ids = [str(i) for i in range(1, n + 1)]
        sources = [Source(id=i, path=f"copy{i}.txt", syndicated_with=[j for j in ids if j != i]) for i in ids]
        memo = briefing_markdown(Briefing(sources=sources))
        return len(memo.split("## Sources", 1)[1])

    small, large = sources_chars(100), sources_chars(400)
    assert large < 4.5 * small  # four times the copies, about four times the section (not sixteen)
    assert "and 95 more)" in briefing_markdown(
        Briefing(sources=[Source(id="1", path="a.txt", syndicated_with=[str(i) for i in range(2, 102)])])
    )


def test_weak_items_have_their_own_section_with_the_score_never_among_findings() -> None:
    from summariser.models import Weak

    b = Briefing(sources=[], weak=[Weak(source="1", field="points", text="Ports reopen soon", score=81.8)])
    o = outline(b)
    weak = next(s for s in o.sections if s.key == "weak")
    assert [s.key for s in o.sections] == ["bottom", "weak"]
    words = "".join(p.text for p in weak.lines[0].parts if isinstance(p, Text))
    assert words == " points: “Ports reopen soon” — weakly supported (score 81.8)"


def test_findings_past_the_length_are_folded_in_the_html_memo_never_only_in_the_json() -> None:
    from summariser.render.html import Cites, _section

    long_points = [point(" ".join(["Outcome", str(i), *(["word"] * 60)]) + ".") for i in range(150)]
    memo = Briefing(sources=[Source(id="1")], points=long_points)
    memo_outline = outline(memo)
    section = memo_outline.sections[1]
    assert section.key == "agreed" and section.omitted > 0  # the premise: the length left some out
    assert len(section.folded) == section.omitted
    note = section.note()
    assert note is not None and "JSON" not in _words(note) and "folded in the HTML memo" in _words(note)
    html = _section(section, Cites(memo_outline, {}))
    assert html.count("<details>") == 1 and html.count("<li>") == len(section.lines) + section.omitted
