"""The llm engine replayed from cassettes recorded against llama.cpp's server running SmolLM2-135M.

Recorded by scripts/record-cassettes, never by hand. The small model invents speakers, quotes and
numbers; these tests check that the grounding stage catches every invention.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from summariser.api import extract
from summariser.errors import EngineError
from summariser.models import Briefing, SummitOutcome
from summariser.news.names import surname_key
from summariser.options import EngineOptions
from summariser.pipeline import run
from tests.conftest import ROOT, seed


def brief_of(*args: Any, **kwargs: Any) -> Briefing:
    """The briefing of one pipeline run."""
    return run(*args, **kwargs).briefing


RECORDED_AT = "http://127.0.0.1:8765/v1"  # where scripts/record-cassettes runs the server
NAIROBI = ROOT / "tests" / "fixtures" / "nairobi" / "a_lakeside_daily.txt"
INJECTION = ROOT / "tests" / "fixtures" / "injection" / "reykjavik_injection.md"


def _options(mode: str, max_tokens: int = 1024) -> EngineOptions:
    return EngineOptions(
        engine="llm",
        model="llamacpp/smollm2-135m",
        base_url=RECORDED_AT,
        mode=mode,
        use_cache=False,
        timeout=600,
        max_tokens=max_tokens,
    )


def _asked(vcr: Any) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The chat completions a cassette holds, as (request body, answer) pairs; the server's GETs left out."""
    pairs = zip(vcr.requests, vcr.responses, strict=True)
    return [(json.loads(q.body), json.loads(r["body"]["string"])) for q, r in pairs if q.method == "POST"]


def _content(answer: dict[str, Any]) -> str:
    """The text of a chat completion."""
    return str(answer["choices"][0]["message"]["content"])


def _assert_grounded_or_unsupported(o: SummitOutcome, text: str) -> None:
    """Every item either slices back to words of the article or says it is unsupported."""
    evidence = [i.evidence for i in o.quotes] + [i.evidence for i in o.points]
    evidence += [i.evidence for i in o.open_issues] + [i.evidence for i in o.signatories]
    evidence += [i.evidence for i in o.figures]
    for ev in evidence:
        if ev.status == "unsupported":
            assert (ev.start, ev.end) == (0, 0)
        else:
            assert text[ev.start : ev.end].strip()


@pytest.mark.vcr
def test_clean_extraction_through_llama_cpp_json_schema_mode(vcr: Any) -> None:
    outcome = extract(NAIROBI, engine="llm", options=_options("json_object_schema"))
    assert outcome.engine == "llm"
    assert outcome.usage is not None
    asked = _asked(vcr)
    assert outcome.usage.requests == len(asked) >= 1
    assert outcome.usage.prompt_tokens > 500
    body = asked[0][0]
    assert body["response_format"]["type"] == "json_object"
    assert "quotes" in body["response_format"]["schema"]["properties"]
    user = body["messages"][-1]["content"]
    assert "<<<ARTICLE-" in user
    assert "[1] Ministers from 11 countries" in user
    _assert_grounded_or_unsupported(outcome, NAIROBI.read_text(encoding="utf-8"))


@pytest.mark.vcr
def test_invalid_output_is_re_asked_with_the_error(vcr: Any) -> None:
    # Plain JSON mode has no grammar: the small model answers with something that fails validation.
    outcome: SummitOutcome | None = None
    failure = ""
    try:
        outcome = extract(NAIROBI, engine="llm", options=_options("json"))
    except EngineError as exc:
        failure = exc.message
    assert outcome is not None or failure.startswith(str(NAIROBI))
    asked = _asked(vcr)
    assert len(asked) >= 2, "the first answer was valid: no re-ask was recorded"
    first_answer = _content(asked[0][1])
    second = asked[1][0]["messages"]
    assert any(m["role"] == "assistant" and m["content"] == first_answer for m in second)
    reask = second[-1]["content"].lower()
    assert "validation error" in reask or "cut off at the length limit" in reask
    if outcome is not None:
        _assert_grounded_or_unsupported(outcome, NAIROBI.read_text(encoding="utf-8"))


def _strings(node: Any) -> list[str]:
    """Every string value in a JSON answer."""
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


@pytest.mark.vcr
def test_small_model_fabrications_never_reach_the_memo(vcr: Any) -> None:
    from summariser.render.markdown import briefing_markdown

    path = seed("004")
    text = path.read_text(encoding="utf-8")
    briefing = brief_of([path], _options("json_object_schema"))
    assert briefing.engine == "llm"
    article_keys = {surname_key(w) for w in text.replace("’", "'").split()}
    for q in briefing.quotes:
        assert surname_key(q.speaker) in article_keys, f"invented speaker reached the memo: {q.speaker}"
        for c in q.evidence:
            assert c.status != "unsupported"
            assert text[c.start : c.end].strip()
    cited = [c for p in briefing.points for c in p.evidence] + [
        c for i in briefing.open_issues for c in i.evidence
    ]
    cited += [c for s in briefing.signatories for c in s.evidence]
    assert all(c.status != "unsupported" for c in cited)
    answer = json.loads(_content(_asked(vcr)[0][1]))
    invented = [s for s in _strings(answer) if s.strip() and s.casefold() not in text.casefold()]
    assert invented, "the recording holds no fabrication: re-record and look at it"
    listed = " ".join(u.text for u in briefing.unsupported)
    kept = briefing.model_copy(update={"unsupported": []})  # everything the memo states as found
    memo = briefing_markdown(kept) + kept.model_dump_json()
    for words in invented:  # dropped (an event field no source states) or listed as unsupported
        assert words not in memo, words
    assert any(words in listed for words in invented), "no invention was listed as unsupported"


@pytest.mark.vcr
def test_injected_instructions_hidden_text_and_links_never_reach_the_memo(vcr: Any) -> None:
    from summariser.render.html import briefing_html
    from summariser.render.markdown import briefing_markdown

    done = run([INJECTION], _options("json_object_schema"))
    briefing, texts = done.briefing, {sid: d.text for sid, d in done.documents().items()}
    user = _asked(vcr)[0][0]["messages"][-1]["content"]
    assert "Ignore previous instructions" not in user  # dropped before the model sees the article
    assert "\U000e0049" not in user
    assert "\u200b" not in user
    memo, html = briefing_markdown(briefing), briefing_html(briefing, texts)
    findings = memo.split("## Not supported by the sources")[0].split("## Sources")[0]
    assert "Kremlinov" not in findings
    assert "summit failed" not in findings
    assert "47 hidden characters found and ignored" in memo
    assert "2 sentence(s) addressed to an AI model were ignored" in memo
    assert "](http" not in memo
    body = html.split("</style>", 1)[1].lower()
    assert "<script" not in body
    assert "<img" not in body
    assert 'href="http' not in body


@pytest.mark.vcr
def test_eval_scores_the_llm_engine_through_a_cassette() -> None:
    from summariser.evaluation.score import evaluate, load_gold

    gold = load_gold(ROOT / "tests" / "gold" / "seeds.json")
    report = evaluate(gold, [seed("002")], _options("json_object_schema"))
    data = report.to_json()
    assert report.engine == "llm"
    assert [a["file"] for a in data["articles"]] == ["002_7ee46e21e9655e49.txt"]
    assert data["articles"][0]["tokens"] > 500
    assert data["fields"]["quotes"]["gold"] == 1
    assert data["grounding_rate"] is None or 0.0 <= data["grounding_rate"] <= 1.0


@pytest.mark.vcr
def test_the_generic_base_url_path_switches_a_server_that_ignores_the_schema_once(vcr: Any) -> None:
    from summariser.pipeline import extract_all, load_all

    # No provider prefix and no --mode: plain JSON mode, which llama.cpp does not hold to the schema.
    opts = EngineOptions(
        engine="llm", model="smollm2-135m", base_url=RECORDED_AT, use_cache=False, timeout=600
    )
    docs, _ = load_all([seed("002")])
    extract_all(docs, replace(opts, max_tokens=1024))
    formats = [body.get("response_format", {}) for body, _ in _asked(vcr)]
    assert formats[0] == {"type": "json_object"}
    assert "schema" in formats[-1]  # switched, and it stayed
    assert [n for n in docs[0].notes if "switched to --mode json_object_schema" in n]
